#!/usr/bin/env bash
# Set up everything the test suite needs, then run lint, types and all tests (CI runs this),
# and finally build the Linux desktop bundle, its .deb and the wheel, and try each as a new
# user would (packaging/ci_smoke.sh; skip that part with MINIMAX_CHAT_SKIP_BUNDLE=1).
set -euo pipefail
source "$(dirname "$0")/_setup.sh"
cd "$ROOT"

TEST_PACKAGES=(
  "${RUNTIME_PACKAGES[@]}"
  dbus dbus-x11 gnome-keyring  # a real Secret Service for the keyring tests
  chromium                     # proves exported HTML is inert
  poppler-utils                # pdftotext, to read exported PDFs
  xvfb xauth xdotool           # a virtual X display for the real-platform smoke test
  desktop-file-utils           # validates the Linux launcher
  binutils                     # PyInstaller reads and strips libraries with it
  libwayland-client0 libwayland-cursor0 libwayland-egl1  # the .deb's Depends beyond Qt's
)
install_packages "${TEST_PACKAGES[@]}"
ensure_venv "[test,build]"
PY="$VENV/bin/python"

echo "== ruff"
"$PY" -m ruff check gui tests benchmarks packaging --output-format concise
"$PY" -m ruff format --check gui tests benchmarks packaging
echo "== mypy"
"$PY" -m mypy
echo "== tests (offscreen Qt, no keyring)"
QT_QPA_PLATFORM=offscreen "$PY" -m pytest tests -q -p no:cacheprovider "$@"

echo "== keyring tests against a real Secret Service"
export HOME_FOR_KEYRING="$(mktemp -d)"
RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$RUNTIME_DIR"
HOME="$HOME_FOR_KEYRING" XDG_RUNTIME_DIR="$RUNTIME_DIR" dbus-run-session -- sh -ec '
  printf %s "ci-only-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  MINIMAX_CHAT_REAL_KEYRING=1 QT_QPA_PLATFORM=offscreen "$0" -m pytest tests -q -p no:cacheprovider -m real_keyring
' "$PY" 2>&1 | grep -v "Failed to set fd limit" || exit 1
rm -rf "$HOME_FOR_KEYRING" "$RUNTIME_DIR"

if [ "${MINIMAX_CHAT_SKIP_BUNDLE:-0}" != 1 ]; then
  PY="$PY" bash packaging/ci_smoke.sh
fi
echo "== all green"
