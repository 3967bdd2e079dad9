#!/usr/bin/env bash
# Refresh the translation catalogs from the sources, then compile them.
#   scripts/translations.sh          update .ts files (new strings appear as unfinished)
# Translate the new strings in resources/translations/*.ts (Qt Linguist: pyside6-linguist),
# then run this again to compile the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${MINIMAX_CHAT_VENV:-.venv}"
mapfile -t sources < <(find gui -name "*.py" | sort)
for lang in zh_CN en; do
  "$VENV/bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -target-language "$lang" \
    -ts "resources/translations/minimax_chat_${lang}.ts"
  "$VENV/bin/pyside6-lrelease" "resources/translations/minimax_chat_${lang}.ts" \
    -qm "resources/translations/minimax_chat_${lang}.qm"
done
