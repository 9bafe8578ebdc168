#!/usr/bin/env bash
# Install the built bundle for the current user on Linux:
#   packaging/linux/install-linux.sh [BUNDLE_DIR]
# Copies the one-folder program to ~/.local/share/fieldnotes-app and adds a
# menu entry "Field Notes" with the notebook icon. Nothing needs root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${1:-$here/../dist/fieldnotes}"
target="${XDG_DATA_HOME:-$HOME/.local/share}/fieldnotes-app"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
[[ -x "$bundle/fieldnotes" ]] || { echo "no bundle in $bundle: run packaging/build.sh first" >&2; exit 1; }
mkdir -p "$(dirname "$target")"
rm -rf "$target.new"
cp -a "$bundle" "$target.new"
cp "$here/../icons/app.png" "$target.new/fieldnotes.png"
rm -rf "$target"
mv "$target.new" "$target"
mkdir -p "$apps"
sed "s|@APPDIR@|$target|g" "$here/fieldnotes.desktop" > "$apps/fieldnotes.desktop"
echo "installed in $target; menu entry: Field Notes"
