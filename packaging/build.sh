#!/usr/bin/env bash
# Build the one-folder desktop bundle from this checkout (Linux and macOS).
#
#   packaging/build.sh            fresh virtual environment, then the bundle
#   REUSE_VENV=1 packaging/build.sh   keep packaging/build/venv from a previous run
#
# Result: packaging/dist/fieldnotes/ (on macOS also "Field Notes.app").
# Prints the bundle's size and the build time at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$here/build"
dist="$here/dist"
python="${PYTHON:-python3}"
started=$(date +%s)

if [[ "${REUSE_VENV:-0}" != "1" || ! -x "$build/venv/bin/python" ]]; then
  rm -rf "$build/venv"
  mkdir -p "$build"
  "$python" -m venv "$build/venv"
fi
venv_py="$build/venv/bin/python"
"$venv_py" -m pip install --quiet --upgrade pip
# The project as a user gets it (not editable), and the bundler.
"$venv_py" -m pip install --quiet "$root" "pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2024.8"

rm -rf "$dist/fieldnotes" "$dist/Field Notes.app"
"$venv_py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$build/work" "$here/napsurvey.spec"

exe="$dist/fieldnotes/fieldnotes"
"$exe" --version
size=$(du -sh "$dist/fieldnotes" | cut -f1)
files=$(find "$dist/fieldnotes" -type f | wc -l)
echo "bundle: $dist/fieldnotes  size $size  files $files  build $(( $(date +%s) - started )) s"
