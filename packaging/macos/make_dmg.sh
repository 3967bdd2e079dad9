#!/usr/bin/env bash
# Wrap MiniMaxChat.app in a compressed disk image with an Applications shortcut (macOS).
# Usage: make_dmg.sh dist/MiniMaxChat.app dist/MiniMaxChat-<version>-macos-<arch>.dmg
set -euo pipefail

APP="${1:?usage: make_dmg.sh APP.app OUT.dmg}"
OUT="${2:?usage: make_dmg.sh APP.app OUT.dmg}"
VOLUME="MiniMax Chat"

[ -d "$APP/Contents/MacOS" ] || { echo "not an app bundle: $APP" >&2; exit 1; }
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

# ditto keeps the bundle's symlinks, permissions and code signatures intact.
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
rm -f "$OUT"
hdiutil create -volname "$VOLUME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT" >/dev/null
hdiutil verify "$OUT" >/dev/null
echo "$OUT"
