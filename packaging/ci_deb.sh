#!/usr/bin/env bash
# The Debian package as a user gets it (run by ci_smoke.sh, so by CI):
#   1. lintian, when installed: no errors or warnings beyond the shipped overrides
#   2. apt-get install ./dist/minimax-chat_<version>_<arch>.deb (its Depends resolve)
#   3. /usr/bin/minimax-chat --smoke-test, the launcher validates, icons and man page there
#   4. apt-get remove: every file the package installed is gone, the user's data is not
#   5. purge: dpkg forgets the package; nothing left in /opt, /usr, /var/lib/dpkg
# Needs root (or sudo), apt-get, desktop-file-utils, and the .deb that build.py wrote.
# A minimax-chat already installed is left alone (the test is skipped) unless CI=true.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
cd "$ROOT"
meta() { "$PY" -c "import sys; sys.path.insert(0, 'packaging'); import appmeta, deb; print($1)"; }
PACKAGE="$(meta deb.PACKAGE)"
APP_ID="$(meta appmeta.APP_ID)"
DEB="$ROOT/$(meta 'f"dist/{deb.PACKAGE}_{deb.debian_version(appmeta.version())}_{deb.architecture()}.deb"')"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
APT=($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Use-Pty=0)  # sudo resets the env

PASSED=0
CURRENT=""
step() {
  if [ -n "$CURRENT" ]; then PASSED=$((PASSED + 1)); fi
  CURRENT="$*"
  echo "== deb: $*"
}
fail() { echo "FAILED (${CURRENT:-deb}): $*" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "install ok installed"; }
known() { dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -qv "not-installed"; }

[ -f "$DEB" ] || fail "no $DEB (scripts/build.sh writes it where dpkg-deb exists)"
if installed && [ "${CI:-}" != true ]; then
  echo "== deb: skipped: $PACKAGE is installed on this machine and the test would remove it"
  exit 0
fi

WORK="$(mktemp -d)"
chmod 755 "$WORK"  # apt's unprivileged download user reads the .deb from here
OURS=0
cleanup() {
  if [ "$OURS" = 1 ] && known; then "${APT[@]}" purge "$PACKAGE" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cp "$DEB" "$WORK/"
LOCAL_DEB="$WORK/$(basename "$DEB")"
chmod 644 "$LOCAL_DEB"

step "lintian"
if command -v lintian >/dev/null; then
  # The overrides travel inside the package (packaging/linux/lintian-overrides).
  CODE=0
  lintian --fail-on error,warning "$LOCAL_DEB" >"$WORK/lintian.out" 2>&1 || CODE=$?
  grep -v "running with root privileges" "$WORK/lintian.out" || true
  [ "$CODE" -eq 0 ] || fail "lintian reports errors or warnings (above)"
else
  echo "lintian is not installed: skipped (apt-get install lintian to run it)"
fi

step "apt-get install $(basename "$DEB")"
echo "Depends: $(dpkg-deb --field "$LOCAL_DEB" Depends)"
OURS=1
if ! "${APT[@]}" install --no-install-recommends "$LOCAL_DEB" >"$WORK/apt.log" 2>&1; then
  # Package lists missing or stale (a fresh machine): refresh once and try again.
  "${APT[@]}" update >/dev/null 2>&1 || true
  "${APT[@]}" install --no-install-recommends "$LOCAL_DEB" >"$WORK/apt.log" 2>&1 ||
    { cat "$WORK/apt.log" >&2; fail "apt-get install failed"; }
fi
installed || fail "dpkg does not list $PACKAGE as installed"
dpkg-query -L "$PACKAGE" >"$WORK/files"
$SUDO dpkg --verify "$PACKAGE" || fail "installed files differ from the package's md5sums"
[ "$(command -v minimax-chat)" = /usr/bin/minimax-chat ] || fail "minimax-chat is not /usr/bin's"

step "/usr/bin/minimax-chat --smoke-test (a user's HOME, offscreen, no keyring)"
USER_HOME="$WORK/home"
mkdir -p "$USER_HOME"
(cd "$WORK" && env -u XDG_DATA_HOME -u PYTHONPATH HOME="$USER_HOME" \
  PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  /usr/bin/minimax-chat --smoke-test --smoke-report "$WORK/smoke.json" >/dev/null) ||
  { cat "$WORK/smoke.json" 2>/dev/null; fail "the installed app's smoke test failed"; }
"$PY" - "$WORK/smoke.json" <<'EOF' || fail "unexpected smoke report: $(cat "$WORK/smoke.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] and r["app"]["frozen"], r["failed"]
folder = r["checks"]["resources"]["folder"]
assert folder == "/opt/minimax-chat/_internal/gui/resources", folder
assert "translations/minimax_chat_zh_CN.qm" in r["checks"]["resources"]["files"]
EOF
DATA="$USER_HOME/.local/share/MiniMaxChat"
[ -d "$DATA" ] || fail "the app made no data folder in the user's HOME"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop" ||
  fail "the installed launcher does not validate"
grep -qx "Exec=minimax-chat" "/usr/share/applications/$APP_ID.desktop" || fail "wrong Exec line"
for size in 16x16 32x32 48x48 128x128 256x256 512x512; do
  [ -f "/usr/share/icons/hicolor/$size/apps/$APP_ID.png" ] || fail "no $size icon"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no SVG icon"
[ -f /usr/share/man/man1/minimax-chat.1.gz ] || fail "no man page"

step "apt-get remove: the package's files go, the user's data stays"
"${APT[@]}" remove "$PACKAGE" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; fail "remove"; }
installed && fail "$PACKAGE is still installed"
LEFT=()
while IFS= read -r path; do
  # Shared folders (/usr/bin, /usr/share/icons/hicolor/…) stay; files and links must go.
  if [ -e "$path" ] || [ -L "$path" ]; then
    [ -d "$path" ] && [ ! -L "$path" ] && continue
    LEFT+=("$path")
  fi
done <"$WORK/files"
[ ${#LEFT[@]} -eq 0 ] || fail "left behind: ${LEFT[*]:0:10}"
for path in /opt/minimax-chat /usr/share/doc/minimax-chat /usr/share/lintian/overrides/minimax-chat; do
  [ ! -e "$path" ] || fail "$path is still there"
done
[ -d "$DATA" ] || fail "removing the package touched the user's data folder"

step "purge: dpkg forgets it"
# With no configuration files the package is gone after remove already, and apt, which
# knows a local .deb only while it is installed, would not find it: dpkg purges then.
if known; then
  "${APT[@]}" purge "$PACKAGE" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; fail "purge"; }
else
  $SUDO dpkg --purge "$PACKAGE" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; fail "purge"; }
fi
known && fail "dpkg still knows $PACKAGE: $(dpkg-query -W -f='${Status}' "$PACKAGE")"
OURS=0
if find /opt /usr/bin /usr/share/applications /var/lib/dpkg/info -maxdepth 1 \
  \( -name 'minimax-chat*' -o -name "$APP_ID*" \) | grep .; then
  fail "something of $PACKAGE is still on the system (above)"
fi
[ -d "$DATA" ] || fail "purging the package touched the user's data folder"

PASSED=$((PASSED + 1))
echo "deb: $PASSED passed, 0 failed"
