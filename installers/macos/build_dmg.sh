#!/bin/sh
# Build "Map Studio.app" and a compressed disk image on macOS:
#   installers/macos/build_dmg.sh      -> dist/mapstudio-<version>-macos-<arch>.dmg
# Signing and notarisation: set CODESIGN_IDENTITY (and notarise the dmg afterwards
# with `xcrun notarytool submit --wait`); unsigned builds open with right-click ▸ Open.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
VERSION=$("$PYTHON" -c "import sys; sys.path.insert(0, 'installers'); import bundle_data; print(bundle_data.version())")
ARCH=$(uname -m)
APP="dist/Map Studio.app"
DMG="dist/mapstudio-$VERSION-macos-$ARCH.dmg"

"$PYTHON" installers/update_translations.py --compile
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    installers/mapstudio.spec
"$APP/Contents/MacOS/mapstudio" --version

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --timestamp \
        --sign "$CODESIGN_IDENTITY" "$APP"
fi

STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Map Studio $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "built $DMG"
