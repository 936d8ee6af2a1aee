#!/bin/sh
# Build the Linux one-folder app and a tarball with an installer:
#   installers/linux/build.sh        -> dist/mapstudio-<version>-linux-x86_64.tar.gz
# Needs the project venv (.venv) with pyinstaller; set PYTHON to use another interpreter.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
VERSION=$("$PYTHON" -c "import sys; sys.path.insert(0, 'installers'); import bundle_data; print(bundle_data.version())")
ARCH=$(uname -m)
NAME=mapstudio-$VERSION-linux-$ARCH
APP_ID=io.mapstudio.MapStudio

"$PYTHON" installers/update_translations.py --compile
QT_QPA_PLATFORM=offscreen "$PYTHON" -m PyInstaller --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller installers/mapstudio.spec

# Smoke test, headless and in throw-away folders: the frozen binary knows its version,
# exports the demo to PDF, and its GUI starts (window, dialogs) and quits cleanly.
SMOKE=$(mktemp -d)
trap 'rm -rf "$SMOKE"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$SMOKE/config" \
    MAPSTUDIO_DATA_DIR="$SMOKE/data" MAPSTUDIO_LOG_DIR="$SMOKE/log" \
    MAPSTUDIO_CACHE_DIR="$SMOKE/cache"
dist/mapstudio/mapstudio --version
dist/mapstudio/mapstudio import resources/demo/mortgage.json -o "$SMOKE/demo.mapstudio"
dist/mapstudio/mapstudio export "$SMOKE/demo.mapstudio" -o "$SMOKE/demo.pdf"
MAPSTUDIO_SMOKE_TEST=1 dist/mapstudio/mapstudio "$SMOKE/demo.mapstudio"
unset QT_QPA_PLATFORM XDG_CONFIG_HOME MAPSTUDIO_DATA_DIR MAPSTUDIO_LOG_DIR MAPSTUDIO_CACHE_DIR

STAGE=build/$NAME
rm -rf "$STAGE"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/mime/packages"
cp -a dist/mapstudio "$STAGE/mapstudio"
cp installers/linux/$APP_ID.desktop "$STAGE/share/applications/"
cp installers/linux/$APP_ID.metainfo.xml "$STAGE/share/metainfo/"
cp installers/linux/mapstudio-mime.xml "$STAGE/share/mime/packages/$APP_ID.xml"
for size in 16 24 32 48 64 128 256 512; do
    dir="$STAGE/share/icons/hicolor/${size}x${size}"
    mkdir -p "$dir/apps" "$dir/mimetypes"
    cp "resources/icons/mapstudio-$size.png" "$dir/apps/$APP_ID.png"
    cp "resources/icons/mapstudio-$size.png" "$dir/mimetypes/application-x-mapstudio.png"
done
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp resources/icons/mapstudio.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cp installers/linux/install.sh "$STAGE/install.sh"
chmod +x "$STAGE/install.sh"
tar -C build -czf "dist/$NAME.tar.gz" "$NAME"
echo "built dist/$NAME.tar.gz"
