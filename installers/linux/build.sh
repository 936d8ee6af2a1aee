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

# Smoke test: the frozen binary starts and knows its version.
QT_QPA_PLATFORM=offscreen dist/mapstudio/mapstudio --version

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
