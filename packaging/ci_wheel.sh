#!/usr/bin/env bash
# The Python route as a user takes it (run by ci_smoke.sh, so by CI):
#   1. python -m build: an sdist and a wheel built from it, without backend warnings
#   2. both carry the resources (translations, icons, style sheet) and the licence
#   3. pipx install the wheel (a fresh venv in a temp folder), then from outside the checkout
#      minimax-chat --smoke-test and minimax-chat list, finding everything inside the venv
#   4. pipx uninstall leaves no command and no venv
# Needs the venv with .[build] (build, pipx). Writes dist/minimax_chat-<version>*.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
cd "$ROOT"
VERSION="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import appmeta; print(appmeta.version())')"
WHEEL="dist/minimax_chat-$VERSION-py3-none-any.whl"
SDIST="dist/minimax_chat-$VERSION.tar.gz"

PASSED=0
CURRENT=""
step() {
  if [ -n "$CURRENT" ]; then PASSED=$((PASSED + 1)); fi
  CURRENT="$*"
  echo "== wheel: $*"
}
fail() { echo "FAILED (${CURRENT:-wheel}): $*" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

step "python -m build (sdist, then the wheel from it)"
rm -f "$WHEEL" "$SDIST"
"$PY" -m build --outdir dist . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; fail "build"; }
# A fresh clone builds quietly: no deprecation or configuration warnings from setuptools.
if grep -n -i -E "deprecat|SetuptoolsWarning|!!" "$WORK/build.log"; then
  fail "the build backend warns (above)"
fi
[ -f "$WHEEL" ] && [ -f "$SDIST" ] || fail "no $WHEEL or $SDIST"
ls -l "$WHEEL" "$SDIST"

step "the wheel and the sdist carry the resources"
"$PY" - "$WHEEL" "$SDIST" "$VERSION" <<'EOF' || fail "files missing (above)"
import sys, tarfile, zipfile
wheel, sdist, version = sys.argv[1:]
resources = ["icons/minimax-chat.svg", "icons/minimax-chat-256.png", "styles/app.qss",
             "translations/minimax_chat_zh_CN.qm", "translations/minimax_chat_en.qm"]
in_wheel = set(zipfile.ZipFile(wheel).namelist())
in_sdist = {name.split("/", 1)[1] for name in tarfile.open(sdist).getnames() if "/" in name}
missing = [f"wheel: gui/resources/{r}" for r in resources if f"gui/resources/{r}" not in in_wheel]
missing += [f"sdist: resources/{r}" for r in resources if f"resources/{r}" not in in_sdist]
missing += [f"wheel: {n}" for n in [f"minimax_chat-{version}.dist-info/licenses/LICENSE"]
            if n not in in_wheel]
missing += [f"sdist: {n}" for n in ("LICENSE", "setup.py", "pyproject.toml") if n not in in_sdist]
if missing:
    sys.exit("\n".join(missing))
EOF

step "pipx install the wheel, then --smoke-test and list from outside the checkout"
export PIPX_HOME="$WORK/pipx" PIPX_BIN_DIR="$WORK/bin" PIPX_MAN_DIR="$WORK/man"
"$PY" -m pipx install "$ROOT/$WHEEL" >"$WORK/pipx.log" 2>&1 ||
  { cat "$WORK/pipx.log" >&2; fail "pipx install"; }
COMMAND="$WORK/bin/minimax-chat"
[ -x "$COMMAND" ] || fail "pipx made no minimax-chat command"
mkdir -p "$WORK/outside" "$WORK/home"
# Nothing from the checkout: another folder, no PYTHONPATH, a fresh HOME.
run() { (cd "$WORK/outside" && env -u PYTHONPATH -u XDG_DATA_HOME HOME="$WORK/home" \
  PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring "$COMMAND" "$@"); }
run --smoke-test --smoke-report "$WORK/smoke.json" >/dev/null ||
  { cat "$WORK/smoke.json" 2>/dev/null; fail "the smoke test failed"; }
"$PY" - "$WORK/smoke.json" "$PIPX_HOME" <<'EOF' || fail "unexpected report: $(cat "$WORK/smoke.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] and not r["app"]["frozen"], r["failed"]
folder = r["checks"]["resources"]["folder"]
assert folder.startswith(sys.argv[2] + "/venvs/minimax-chat/"), folder
assert folder.endswith("/site-packages/gui/resources"), folder
assert "translations/minimax_chat_zh_CN.qm" in r["checks"]["resources"]["files"]
print("resources:", folder)
EOF
run list >"$WORK/list.out" 2>&1 || { cat "$WORK/list.out" >&2; fail "minimax-chat list"; }
cat "$WORK/list.out"
grep -q "No conversations in $WORK/home/.local/share/MiniMaxChat" "$WORK/list.out" ||
  fail "list did not read the new user's data folder"

step "pipx uninstall"
"$PY" -m pipx uninstall minimax-chat >/dev/null || fail "pipx uninstall"
[ ! -e "$COMMAND" ] && [ ! -L "$COMMAND" ] || fail "the minimax-chat command is still there"
[ ! -e "$PIPX_HOME/venvs/minimax-chat" ] || fail "the venv is still there"

PASSED=$((PASSED + 1))
echo "wheel: $PASSED passed, 0 failed"
