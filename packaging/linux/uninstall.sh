#!/usr/bin/env bash
# Remove MiniMax Chat for this user: the app folder, the menu entry, the icons and the
# `minimax-chat` link. Conversations and settings stay unless --purge is given.
# Usage: ./uninstall.sh [--dir DIR] [--purge]
set -euo pipefail

APP_ID="io.github.minimax_chat.MiniMaxChat"
EXE_NAME="MiniMaxChat"
MARKER=".minimax-chat-installed"

main() {
  local here data_home dest purge=0
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
  dest="$HOME/.local/opt/MiniMaxChat"
  [ -f "$here/$MARKER" ] && dest="$here"  # run from the installed copy
  while [ $# -gt 0 ]; do
    case "$1" in
      --dir) dest="${2:?--dir needs a folder}"; shift 2 ;;
      --dir=*) dest="${1#--dir=}"; shift ;;
      --purge) purge=1; shift ;;
      -h|--help) echo "Usage: $0 [--dir DIR] [--purge]"; return 0 ;;
      *) echo "Usage: $0 [--dir DIR] [--purge]" >&2; return 2 ;;
    esac
  done

  rm -f "$data_home/applications/$APP_ID.desktop"
  rm -f "$data_home"/icons/hicolor/*/apps/"$APP_ID".png "$data_home"/icons/hicolor/*/apps/"$APP_ID".svg
  local link="$HOME/.local/bin/minimax-chat"
  if [ -L "$link" ] && [ "$link" -ef "$dest/$EXE_NAME" ]; then  # same file, however spelt
    rm -f "$link"
  fi
  if [ -f "$dest/$MARKER" ]; then
    rm -rf "$dest"
    echo "Removed $dest"
  elif [ -e "$dest" ]; then
    echo "Left $dest alone: it is not an installed copy of MiniMax Chat." >&2
  fi
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  echo "Removed the menu entry, the icons and the minimax-chat command."

  local data="$data_home/MiniMaxChat"
  if [ "$purge" = 1 ]; then
    rm -rf "$data"
    echo "Removed your conversations, settings and logs ($data)."
    if command -v secret-tool >/dev/null; then
      secret-tool clear service "MiniMax Chat" 2>/dev/null || true
      echo "Removed the API keys saved in the keyring."
    else
      echo "Remove the saved API keys with your keyring manager (entries named \"MiniMax Chat\")."
    fi
  elif [ -d "$data" ]; then
    echo "Your conversations and settings are still in $data"
    echo "(run with --purge to remove them and the saved API keys as well)."
  fi
}

main "$@"
exit
