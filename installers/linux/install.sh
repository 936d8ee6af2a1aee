#!/bin/sh
# Install Map Studio from this unpacked tarball.
#   ./install.sh            for the current user (~/.local)
#   sudo ./install.sh --system   for everyone (/opt/mapstudio, /usr/local)
#   ./install.sh --uninstall [--system]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.mapstudio.MapStudio
MODE=user
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --system) MODE=system ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
if [ "$MODE" = system ]; then
    APPDIR=/opt/mapstudio; PREFIX=/usr/local
else
    PREFIX=$HOME/.local; APPDIR=$PREFIX/lib/mapstudio
fi
SHARE=$PREFIX/share

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && \
        update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && \
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$APPDIR"
    rm -f "$PREFIX/bin/mapstudio" "$SHARE/applications/$APP_ID.desktop" \
          "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.xml"
    find "$SHARE/icons/hicolor" \( -name "$APP_ID.png" -o -name "$APP_ID.svg" \
          -o -name application-x-mapstudio.png \) -delete 2>/dev/null || true
    refresh
    echo "Map Studio removed."
    exit 0
fi

mkdir -p "$APPDIR" "$PREFIX/bin"
rm -rf "$APPDIR"
cp -a "$HERE/mapstudio" "$APPDIR"
ln -sf "$APPDIR/mapstudio" "$PREFIX/bin/mapstudio"
( cd "$HERE/share" && find . -type f ) | while read -r file; do
    mkdir -p "$SHARE/$(dirname "$file")"
    cp "$HERE/share/$file" "$SHARE/$file"
done
# The .desktop file must find the binary even when ~/.local/bin is not on PATH.
sed -i "s|^Exec=mapstudio|Exec=$PREFIX/bin/mapstudio|; s|^TryExec=mapstudio|TryExec=$PREFIX/bin/mapstudio|" \
    "$SHARE/applications/$APP_ID.desktop"
refresh
echo "Map Studio installed: $PREFIX/bin/mapstudio"
