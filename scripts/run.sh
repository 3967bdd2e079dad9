#!/usr/bin/env bash
# Launch MiniMax Chat from a source checkout (sets up what it needs on first use).
set -euo pipefail
source "$(dirname "$0")/_setup.sh"
install_packages "${RUNTIME_PACKAGES[@]}"
ensure_venv ""
exec "$VENV/bin/minimax-chat" "$@"
