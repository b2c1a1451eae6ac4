#!/bin/sh
# Adds SalesDesk to this user's desktop: the launcher in the applications menu,
# the icon, the AppStream entry, and `salesdesk` on the PATH (~/.local/bin).
# The program stays in this folder; move the folder, then run this again.
#   ./install.sh              install for this user (no root needed)
#   ./install.sh --uninstall  remove those entries (your data stays where it is)
# Only what points at this folder is ever replaced or removed: another
# program's `salesdesk` command, or another SalesDesk copy's menu entry, stays.
set -eu
APP_ID=com.salesdesk.SalesDesk
HERE=$(CDPATH='' cd -P -- "$(dirname -- "$0")" >/dev/null && pwd -P)
PROGRAM=$HERE/salesdesk
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${SALESDESK_BIN_DIR:-$HOME/.local/bin}
DESKTOP=$DATA/applications/$APP_ID.desktop
ICON=$DATA/icons/hicolor/scalable/apps/$APP_ID.svg
METAINFO=$DATA/metainfo/$APP_ID.metainfo.xml
LINK=$BIN/salesdesk
EXEC_LINE="Exec=\"$PROGRAM\""

refresh() {
    # Menus pick up the change sooner where these tools exist; harmless elsewhere.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

link_is_ours() {
    [ -L "$LINK" ] && [ "$(readlink "$LINK")" = "$PROGRAM" ]
}

entry_is_ours() {
    [ -f "$DESKTOP" ] && grep -qxF "$EXEC_LINE" "$DESKTOP"
}

if [ "${1:-}" = "--uninstall" ]; then
    if entry_is_ours; then
        rm -f "$DESKTOP" "$ICON" "$METAINFO"
        echo "SalesDesk was removed from the applications menu."
    elif [ -f "$DESKTOP" ]; then
        echo "The menu entry belongs to a SalesDesk in another folder; it was left alone."
    fi
    if link_is_ours; then
        rm -f "$LINK"
    fi
    refresh
    echo "This program folder and your data were left as they are."
    exit 0
fi
if [ -n "${1:-}" ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$PROGRAM" ]; then
    echo "install.sh: $PROGRAM is missing; run this script from the SalesDesk folder." >&2
    exit 1
fi
# A launcher's Exec line cannot carry these safely (quoting and field codes).
case $PROGRAM in
    *[\"\`\$\\%]*)
        echo "install.sh: the folder $HERE has one of \" \` \$ \\ % in its path, which a" \
            "menu entry cannot hold. Move SalesDesk to a plainer folder and run this again." >&2
        exit 1
        ;;
esac

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$METAINFO")" "$BIN"
# The launcher runs this folder's program by its full path (quoted: it may hold
# spaces); & | and \ are escaped for sed.
REPLACEMENT=$(printf '%s' "$EXEC_LINE" | sed 's/[&|\\]/\\&/g')
sed "s|^Exec=salesdesk\$|$REPLACEMENT|" "$HERE/share/$APP_ID.desktop" > "$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
cp "$HERE/share/$APP_ID.svg" "$ICON"
cp "$HERE/share/$APP_ID.metainfo.xml" "$METAINFO"
# The command: ours, or a link left dangling by a moved SalesDesk folder, is
# (re)pointed here; anything else is someone else's.
if [ -L "$LINK" ] && { link_is_ours || [ ! -e "$LINK" ]; }; then
    ln -sfn "$PROGRAM" "$LINK"
    COMMAND=yes
elif [ -e "$LINK" ] || [ -L "$LINK" ]; then
    echo "install.sh: $LINK is another program's; it was left alone." >&2
    COMMAND=no
else
    ln -s "$PROGRAM" "$LINK"
    COMMAND=yes
fi
refresh
echo "SalesDesk is in your applications menu."
if [ "$COMMAND" = yes ]; then
    echo "'salesdesk' runs it from a terminal."
    case ":$PATH:" in
        *":$BIN:"*) ;;
        *) echo "($BIN is not on your PATH: add it, or start SalesDesk from the menu.)" ;;
    esac
fi
