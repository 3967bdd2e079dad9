#!/usr/bin/env bash
# Build the Linux desktop app (dist/MiniMaxChat/ and its .tar.gz) from a source checkout.
# Installs what it needs on first use; arguments go to packaging/build.py (e.g. --smoke-test).
set -euo pipefail
source "$(dirname "$0")/_setup.sh"
cd "$ROOT"
# binutils: PyInstaller reads and strips the libraries with objdump/strip. The runtime
# libraries must be present so that PyInstaller bundles them (xcb-cursor and friends).
install_packages "${RUNTIME_PACKAGES[@]}" binutils
ensure_venv "[build]"
exec "$VENV/bin/python" packaging/build.py "$@"
