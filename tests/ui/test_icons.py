"""The app icon: the PNG, ICO and ICNS files are well formed, hold every size
their OS asks for, and still show what the SVG draws (an edited SVG with stale
files fails here); the window gets the icon, and a broken install a stand-in."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from salesdesk.paths import resources_dir
from salesdesk.ui import icon
from tests.helpers import packaging_tool

icons = packaging_tool("icons")
FOLDER = resources_dir() / "icons"


def image(data: bytes) -> QImage:
    picture = QImage.fromData(data, "PNG")
    assert not picture.isNull()
    return picture


def ico_entries(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    found = {}
    for i in range(count):
        w, h, _, _, _, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert w == h and bits == 32
        found[w or 256] = data[offset : offset + size]
    return found


def icns_entries(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        found[kind] = data[at + 8 : at + length]
        at += length
    assert at == len(data)
    return found


def difference(a: QImage, b: QImage) -> float:
    """Mean difference per channel, 0-255."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    raw_a, raw_b = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(raw_a, raw_b, strict=True)) / len(raw_a)


def test_ico_holds_every_windows_size():
    entries = ico_entries((FOLDER / "salesdesk.ico").read_bytes())
    assert set(entries) == set(icons.ICO_SIZES) >= {16, 32, 48, 256}
    for size, data in entries.items():
        assert image(data).size().width() == size


def test_icns_holds_every_macos_size():
    entries = icns_entries((FOLDER / "salesdesk.icns").read_bytes())
    assert [kind for kind, _ in icons.ICNS_TYPES] == list(entries)
    for kind, size in icons.ICNS_TYPES:
        assert image(entries[kind]).size().width() == size, kind


@pytest.mark.parametrize("size", icons.PNG_SIZES)
def test_pngs_are_drawn_from_the_svg(qapp, size):
    committed = image((FOLDER / icons.png_name(size)).read_bytes())
    (fresh,) = icons.render(FOLDER / "salesdesk.svg", {size}).values()
    assert committed.size().width() == size
    assert difference(committed, image(fresh)) < 2.0, "run packaging/icons.py after editing the SVG"


def test_ico_and_icns_hold_the_same_drawing(qapp):
    """Each entry of the Windows and macOS files matches the SVG drawn at its size."""
    entries = [*ico_entries((FOLDER / "salesdesk.ico").read_bytes()).values()]
    entries += icns_entries((FOLDER / "salesdesk.icns").read_bytes()).values()
    pictures = [image(data) for data in entries]
    fresh = icons.render(FOLDER / "salesdesk.svg", {p.width() for p in pictures})
    for picture in pictures:
        assert difference(picture, image(fresh[picture.width()])) < 2.0, picture.width()


def test_stale_files_would_be_caught(qapp, tmp_path: Path):
    """The check above can fail: another drawing differs well past its limit."""
    other = (FOLDER / "salesdesk.svg").read_text().replace("#ffb300", "#00c853")
    (tmp_path / "other.svg").write_text(other)
    (fresh,) = icons.render(tmp_path / "other.svg", {64}).values()
    committed = image((FOLDER / icons.png_name(64)).read_bytes())
    assert difference(committed, image(fresh)) > 2.0


def test_writer_round_trips(qapp, tmp_path: Path):
    pngs = icons.render(FOLDER / "salesdesk.svg", {16, 256})
    assert ico_entries(icons.ico(pngs)) == pngs


def test_window_icon_has_every_size(qapp):
    icon.app_icon.cache_clear()
    sizes = {s.width() for s in icon.app_icon().availableSizes()}
    assert sizes == set(icon.SIZES)


def test_a_broken_install_still_has_an_icon(qapp, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SALESDESK_RESOURCES", str(tmp_path))
    icon.app_icon.cache_clear()
    try:
        stand_in = icon.app_icon()
        assert not stand_in.isNull()
        assert {s.width() for s in stand_in.availableSizes()} == {16, 32, 64}
    finally:
        icon.app_icon.cache_clear()
