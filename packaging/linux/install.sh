#!/usr/bin/env bash
# Install MiniMax Chat for this user: copy the app folder, add it to the application menu
# (~/.local/share/applications, ~/.local/share/icons) and put `minimax-chat` in ~/.local/bin.
# No root needed. Undo with uninstall.sh. Usage: ./install.sh [--dir DIR] [--replace-command]
set -euo pipefail

APP_ID="io.github.minimax_chat.MiniMaxChat"
EXE_NAME="MiniMaxChat"
MARKER=".minimax-chat-installed"

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
DEST="$HOME/.local/opt/MiniMaxChat"
BIN_DIR="$HOME/.local/bin"
REPLACE_COMMAND=0

usage() {
  echo "Usage: $0 [--dir DIR] [--replace-command]"
  echo "  --dir DIR          where to put the app (default: $DEST)"
  echo "  --replace-command  point $BIN_DIR/minimax-chat here even if another install"
  echo "                     (e.g. pipx) owns it"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DEST="${2:?--dir needs a folder}"; shift 2 ;;
    --dir=*) DEST="${1#--dir=}"; shift ;;
    --replace-command) REPLACE_COMMAND=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

fail() { echo "install.sh: $*" >&2; exit 1; }

[ -x "$SRC/$EXE_NAME" ] && [ -d "$SRC/_internal" ] ||
  fail "run this script from the extracted MiniMaxChat folder (no $EXE_NAME next to it)"
case "$DEST" in /*) ;; *) DEST="$PWD/$DEST" ;; esac
# The launcher's Exec line cannot safely carry these characters.
case "$DEST" in *[\"\`\$\\%]*) fail "choose a folder whose path has no \" \` \$ \\ or %" ;; esac

# Compare folders, not strings: a trailing slash or a symlinked $HOME spells the same
# folder differently, and "replace it whole" would then delete the app being installed.
while [ "${DEST%/}" != "$DEST" ] && [ "$DEST" != "/" ]; do DEST="${DEST%/}"; done
REAL_SRC="$(cd -P "$SRC" && pwd -P)"
REAL_DEST=""
[ -d "$DEST" ] && REAL_DEST="$(cd -P "$DEST" && pwd -P)"
if [ -n "$REAL_DEST" ] && [ "$REAL_SRC" != "$REAL_DEST" ]; then
  case "$REAL_SRC/" in "$REAL_DEST"/*) fail "run this script from outside $DEST (it would delete itself)" ;; esac
  case "$REAL_DEST/" in "$REAL_SRC"/*) fail "$DEST is inside the folder being installed" ;; esac
fi
if [ "$REAL_SRC" != "$REAL_DEST" ]; then
  if [ -e "$DEST" ]; then
    [ -f "$DEST/$MARKER" ] || fail "$DEST exists and is not a MiniMax Chat installation"
    rm -rf "$DEST"  # an earlier version: replace it whole
  fi
  mkdir -p "$(dirname "$DEST")"
  cp -a "$SRC" "$DEST"
fi
touch "$DEST/$MARKER"

# The launcher: Exec/TryExec point at the installed executable.
EXEC_PATH="$DEST/$EXE_NAME"
case "$EXEC_PATH" in *[[:space:]\'\>\<~\|\&\;\*\?\#\(\)]*) EXEC_VALUE="\"$EXEC_PATH\"" ;; *) EXEC_VALUE="$EXEC_PATH" ;; esac
APPS="$DATA_HOME/applications"
mkdir -p "$APPS"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec=%s\n' "$EXEC_VALUE" ;;
    TryExec=*) printf 'TryExec=%s\n' "$EXEC_PATH" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$DEST/share/applications/$APP_ID.desktop" > "$APPS/$APP_ID.desktop.tmp"
mv -f "$APPS/$APP_ID.desktop.tmp" "$APPS/$APP_ID.desktop"

# Icons, in every size the bundle has.
ICONS="$DATA_HOME/icons/hicolor"
for dir in "$DEST"/share/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  for icon in "$dir"/"$APP_ID".*; do
    mkdir -p "$ICONS/$size/apps"
    cp -f "$icon" "$ICONS/$size/apps/"
  done
done

# The command-line name, unless something else already owns it: a `minimax-chat` that pipx
# (or anything but this installer) put there is replaced only when asked.
LINK="$BIN_DIR/minimax-chat"
made_here() {  # a link of this installer's: to an installed copy (its marker beside it), or dangling
  [ -L "$LINK" ] || return 1
  [ -e "$LINK" ] || return 0
  local target
  target="$(readlink -f "$LINK")"
  [ "$(basename "$target")" = "$EXE_NAME" ] && [ -f "$(dirname "$target")/$MARKER" ]
}
LINKED=0
if { [ ! -e "$LINK" ] && [ ! -L "$LINK" ]; } || made_here; then
  mkdir -p "$BIN_DIR"
  ln -sfn "$EXEC_PATH" "$LINK"
  LINKED=1
elif [ -L "$LINK" ] && [ "$REPLACE_COMMAND" = 1 ]; then
  echo "Note: $LINK pointed to $(readlink "$LINK"); replaced, as asked (--replace-command)."
  ln -sfn "$EXEC_PATH" "$LINK"
  LINKED=1
elif [ -L "$LINK" ]; then
  echo "Note: $LINK points to $(readlink "$LINK") (installed another way, e.g. with pipx);"
  echo "  left alone. Run this again with --replace-command to point it at this installation."
else
  echo "Note: $LINK exists and is not a link; left alone."
fi

# Tell the desktop about the new entry (each tool is optional).
touch "$ICONS" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || true
command -v xdg-desktop-menu >/dev/null && xdg-desktop-menu forceupdate 2>/dev/null || true

echo "MiniMax Chat is installed in $DEST"
echo "  menu entry: $APPS/$APP_ID.desktop"
if [ "$LINKED" = 1 ]; then
  echo "  command:    $LINK"
  case ":$PATH:" in *":$BIN_DIR:"*) ;; *) echo "  ($BIN_DIR is not on your PATH; the menu entry works regardless)" ;; esac
fi
echo "Start it from your application menu (it may take a moment to appear)."
echo "To remove it: $DEST/uninstall.sh"
