#!/bin/sh
# Adds SalesDesk to this user's desktop: the launcher in the applications menu,
# the icon, the AppStream entry, and `salesdesk` on the PATH (~/.local/bin).
# The program stays in this folder; move the folder, then run this again.
#   ./install.sh              install for this user (no root needed)
#   ./install.sh --uninstall  remove those entries (your data stays where it is)
set -eu
APP_ID=com.salesdesk.SalesDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${SALESDESK_BIN_DIR:-$HOME/.local/bin}
DESKTOP=$DATA/applications/$APP_ID.desktop
ICON=$DATA/icons/hicolor/scalable/apps/$APP_ID.svg
METAINFO=$DATA/metainfo/$APP_ID.metainfo.xml
LINK=$BIN/salesdesk

refresh() {
    # Menus pick up the change sooner where these tools exist; harmless elsewhere.
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DESKTOP" "$ICON" "$METAINFO"
    if [ -L "$LINK" ]; then rm -f "$LINK"; fi
    refresh
    echo "SalesDesk was removed from the menu. Its program folder and your data were left as they are."
    exit 0
fi
if [ -n "${1:-}" ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$HERE/salesdesk" ]; then
    echo "install.sh: $HERE/salesdesk is missing; run this script from the SalesDesk folder." >&2
    exit 1
fi

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$METAINFO")" "$BIN"
# The launcher runs this folder's program by its full path (quoted: it may hold
# spaces); & | and \ are escaped for sed.
TARGET=$(printf '%s' "$HERE/salesdesk" | sed 's/[&|\\]/\\&/g')
sed "s|^Exec=salesdesk\$|Exec=\"$TARGET\"|" "$HERE/share/$APP_ID.desktop" > "$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
cp "$HERE/share/$APP_ID.svg" "$ICON"
cp "$HERE/share/$APP_ID.metainfo.xml" "$METAINFO"
if [ -e "$LINK" ] && [ ! -L "$LINK" ]; then
    echo "install.sh: $LINK exists and is not ours; left it alone." >&2
else
    ln -sfn "$HERE/salesdesk" "$LINK"
fi
refresh
echo "SalesDesk is in your applications menu; 'salesdesk' runs it from a terminal."
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "($BIN is not on your PATH: add it, or start SalesDesk from the menu.)" ;;
esac
