#!/usr/bin/env bash
# Build the Linux bundle and try it as a new user would (run by scripts/test.sh, so by CI):
#   1. python packaging/build.py: the app folder + tarball (size budget, system libraries)
#   2. the bundle's --smoke-test, offscreen, with no keyring and with a real Secret Service
#   3. unpack the tarball, install.sh into a throw-away HOME, validate the .desktop file
#   4. start the launcher's Exec line under Xvfb, wait for the "MiniMax Chat" window,
#      chat with the loopback fake server, close it with SIGTERM (exit 0)
#   5. uninstall.sh removes everything it added
# and then the other two Linux routes: packaging/ci_deb.sh (apt-get install the .deb, its
# smoke test, remove, purge) and packaging/ci_wheel.sh (python -m build, pipx install the
# wheel, its smoke test and `list` outside the checkout, pipx uninstall).
# Needs: the venv with .[build], xvfb, xdotool, desktop-file-utils, gnome-keyring, dbus,
# root or sudo for apt-get.
# Usage: packaging/ci_smoke.sh [--skip-build]   (--skip-build: test the dist/ already there)
set -euo pipefail
SKIP_BUILD=0
[ "${1:-}" = "--skip-build" ] && SKIP_BUILD=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
cd "$ROOT"
APP_ID="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import appmeta; print(appmeta.APP_ID)')"

WORK="$(mktemp -d)"
APP_PID=""
SERVER_PID=""
XVFB_PID=""
cleanup() {
  for pid in "$APP_PID" "$SERVER_PID" "$XVFB_PID"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

PASSED=0
CURRENT=""
step() {  # a new step begins: the one before it passed
  if [ -n "${CURRENT:-}" ]; then PASSED=$((PASSED + 1)); fi
  CURRENT="$*"
  echo "== bundle: $*"
}
fail() { echo "FAILED (${CURRENT:-bundle}): $*" >&2; exit 1; }
json_ok() {  # json_ok FILE EXPR: evaluate EXPR on the report "r"
  "$PY" -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}

if [ "$SKIP_BUILD" = 0 ]; then
  step "build"
  "$PY" packaging/build.py
fi
# The archive's name as build.py makes it (appmeta knows the platform tag, e.g. arm64).
TARBALL="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import appmeta
print(f"dist/{appmeta.NAME}-{appmeta.version()}-{appmeta.platform_tag()}.tar.gz")')"
[ -f "$TARBALL" ] || fail "no $TARBALL"
BIN="$ROOT/dist/MiniMaxChat/MiniMaxChat"

step "smoke test (offscreen, no keyring)"
PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  "$BIN" --smoke-test --data-dir "$WORK/smoke" --smoke-report "$WORK/smoke.json" >/dev/null ||
  { cat "$WORK/smoke.json" 2>/dev/null; fail "the bundle's smoke test failed"; }
json_ok "$WORK/smoke.json" 'r["ok"] and r["app"]["frozen"] and r["checks"]["window"]["ok"]' ||
  fail "unexpected smoke report: $(cat "$WORK/smoke.json")"
echo "smoke test passed: $("$PY" -c 'import json,sys; r=json.load(open(sys.argv[1])); print(", ".join(r["checks"]))' "$WORK/smoke.json")"

step "smoke test with a real Secret Service (key stored, read back, deleted)"
mkdir -p "$WORK/keyring-home" "$WORK/runtime"
chmod 700 "$WORK/runtime"
HOME="$WORK/keyring-home" XDG_RUNTIME_DIR="$WORK/runtime" dbus-run-session -- sh -ec '
  printf %s "ci-only-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$0" --smoke-test --smoke-keyring-write --data-dir "$1/smoke-kr" --smoke-report "$1/kr.json" >/dev/null
' "$BIN" "$WORK" 2>&1 | grep -v "Failed to set fd limit" || true
json_ok "$WORK/kr.json" 'r["ok"] and r["checks"]["keyring"]["usable"] and r["checks"]["keyring"]["round_trip"]' ||
  fail "the keyring did not work in the bundle: $(cat "$WORK/kr.json" 2>/dev/null)"
echo "keyring backend: $("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["checks"]["keyring"]["backend"])' "$WORK/kr.json")"

step "unpack and install.sh into a throw-away HOME"
USER_HOME="$WORK/home"
mkdir -p "$USER_HOME" "$WORK/unpacked"
tar -xzf "$TARBALL" -C "$WORK/unpacked"
env -u XDG_DATA_HOME HOME="$USER_HOME" "$WORK/unpacked/MiniMaxChat/install.sh"
DESKTOP="$USER_HOME/.local/share/applications/$APP_ID.desktop"
[ -f "$DESKTOP" ] || fail "install.sh wrote no $DESKTOP"
desktop-file-validate "$DESKTOP" || fail "the installed .desktop file does not validate"
for size in 16x16 32x32 48x48 128x128 256x256 512x512; do
  [ -f "$USER_HOME/.local/share/icons/hicolor/$size/apps/$APP_ID.png" ] || fail "no $size icon"
done
[ -f "$USER_HOME/.local/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no SVG icon"
[ -L "$USER_HOME/.local/bin/minimax-chat" ] || fail "no minimax-chat link"
EXEC_LINE="$(sed -n 's/^Exec=//p' "$DESKTOP")"
echo "Exec line: $EXEC_LINE"
[ -x "$EXEC_LINE" ] || fail "the Exec line is not the installed executable"

step "start the launcher under Xvfb and chat with the fake server"
"$PY" -m tests.fakes.serve --delay 0.005 > "$WORK/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do [ -s "$WORK/server.out" ] && break; sleep 0.1; done
SERVER_URL="$(head -1 "$WORK/server.out")"
case "$SERVER_URL" in http://127.0.0.1:*) ;; *) fail "the fake server did not start: $SERVER_URL" ;; esac

# -displayfd: Xvfb picks a free display itself and writes its number once it is ready.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(head -1 "$WORK/display")"

# The user's own environment: default data folder under the throw-away HOME, a key for the
# loopback server, no keyring service (the app then keeps the key for the session).
env -u XDG_DATA_HOME -u QT_QPA_PLATFORM HOME="$USER_HOME" \
  OPENAI_BASE_URL="$SERVER_URL" OPENAI_API_KEY=sk-api-demo \
  PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  "$EXEC_LINE" --message "Why is the sum of two odd numbers even?" \
  > "$WORK/app.out" 2> "$WORK/app.err" &
APP_PID=$!
WINDOW=""
for _ in $(seq 300); do
  WINDOW="$(xdotool search --onlyvisible --name '^MiniMax Chat' 2>/dev/null | head -1 || true)"
  [ -n "$WINDOW" ] && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.err" >&2; fail "the app exited early"; }
  sleep 0.1
done
[ -n "$WINDOW" ] || { cat "$WORK/app.err" >&2; fail "no \"MiniMax Chat\" window within 30 s"; }
echo "window $WINDOW: $(xdotool getwindowname "$WINDOW")"

DATA="$USER_HOME/.local/share/MiniMaxChat"
reply_complete() {
  "$PY" - "$DATA/conversations" <<'EOF'
import json, pathlib, sys
for path in pathlib.Path(sys.argv[1]).glob("*.json"):
    try:
        messages = json.loads(path.read_text("utf-8"))["messages"]
    except (ValueError, KeyError):
        continue
    if len(messages) >= 2 and messages[1].get("status") == "complete":
        sys.exit(0 if "always" in messages[1]["content"] else 2)
sys.exit(1)
EOF
}
for _ in $(seq 300); do reply_complete && break || sleep 0.1; done
reply_complete || { cat "$WORK/app.err" >&2; fail "the reply did not arrive complete"; }
echo "chat: the reply streamed in and was saved"
if [ -n "${MINIMAX_CHAT_SCREENSHOT:-}" ]; then
  import -window root "$MINIMAX_CHAT_SCREENSHOT" && echo "screenshot: $MINIMAX_CHAT_SCREENSHOT"
fi

kill -TERM "$APP_PID"
CODE=0
wait "$APP_PID" || CODE=$?
APP_PID=""
[ "$CODE" -eq 0 ] || { cat "$WORK/app.err" >&2; fail "the app exited with $CODE after SIGTERM"; }
if grep -E "Traceback|Task exception was never retrieved" "$WORK/app.err"; then
  fail "errors on stderr"
fi
[ -f "$DATA/logs/minimax-chat.log" ] || fail "no log file in $DATA/logs"

step "uninstall.sh"
env -u XDG_DATA_HOME HOME="$USER_HOME" "$USER_HOME/.local/opt/MiniMaxChat/uninstall.sh"
[ ! -e "$DESKTOP" ] || fail "the .desktop file is still there"
[ ! -e "$USER_HOME/.local/opt/MiniMaxChat" ] || fail "the app folder is still there"
[ ! -e "$USER_HOME/.local/bin/minimax-chat" ] || fail "the minimax-chat link is still there"
if find "$USER_HOME/.local/share/icons" -name "$APP_ID.*" | grep -q .; then
  fail "icons are still there"
fi
[ -d "$DATA/conversations" ] || fail "uninstall.sh removed the conversations (only --purge may)"

PASSED=$((PASSED + 1))
echo "bundle: $PASSED passed, 0 failed"

PY="$PY" bash "$ROOT/packaging/ci_deb.sh"
PY="$PY" bash "$ROOT/packaging/ci_wheel.sh"
