"""packaging/salesdesk.spec run with PyInstaller's building blocks replaced by
recorders, once per OS: what each OS's build would get (names, icons, console,
the macOS Info.plist), what goes into every bundle, and what the size filters
drop. The real PyInstaller run is `make smoke`'s; this covers Windows and macOS,
which no machine here builds."""

from __future__ import annotations

import plistlib
import sys
import types
from importlib.metadata import version
from pathlib import Path
from typing import Any, ClassVar

import pytest

from salesdesk.ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "salesdesk.spec"


class Recorder:
    made: ClassVar[list[Recorder]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        type(self).made.append(self)


def recorder(name: str, fixtures: dict[str, Any] | None = None) -> type[Recorder]:
    return type(name, (Recorder,), {"made": [], **(fixtures or {})})


# What an Analysis of PySide6 collects on Linux, and what each library needs.
COLLECTED = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "qxcb", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "qgtk3", "BINARY"),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "vk", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "quick", "BINARY"),
    ("libpango-1.0.so.0", "pango", "BINARY"),
    ("libglib-2.0.so.0", "glib", "BINARY"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "gui", "BINARY"),
]
IMPORTS = {
    "qxcb": ["libQt6Gui.so.6", "libglib-2.0.so.0"],
    "qgtk3": ["libpango-1.0.so.0", "libglib-2.0.so.0", "libgtk-3.so.0"],
    "vk": ["libQt6Quick.so.6"],
    "pango": ["libglib-2.0.so.0"],
}
COLLECTED_DATAS = [
    ("PySide6/Qt/translations/qtbase_fa.qm", "x", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
    ("PySide6/Qt/translations/qtdeclarative_fa.qm", "x", "DATA"),
    ("PySide6/translations/qtbase_zh_CN.qm", "x", "DATA"),  # the Windows wheel's layout
    ("PySide6/translations/qtmultimedia_fi.qm", "x", "DATA"),
]


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [  # type: ignore[attr-defined]
        n for n in ("salesdesk.cli", "salesdesk.storage.migrations.env") if filter(n)
    ]
    hooks.copy_metadata = lambda name: [("/site/salesdesk.dist-info", "salesdesk.dist-info")]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: {(n, None) for n in IMPORTS.get(src, [])}  # type: ignore[attr-defined]
    depend = types.ModuleType("PyInstaller.depend")
    depend.bindepend = bindepend  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": depend,
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)

    class Analysis(Recorder):
        made: ClassVar[list[Recorder]] = []

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.binaries = list(COLLECTED)
            # A TOC, as PyInstaller makes it: (destination, source, kind).
            ours = [(f"{t}/{Path(src).name}", src, "DATA") for src, t in kwargs["datas"]]
            self.datas = [*ours, *COLLECTED_DATAS]

    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        "Analysis": Analysis,
        **{name: recorder(name) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    monkeypatch.undo()
    return namespace


def test_linux_bundle_is_one_program_without_an_embedded_icon(monkeypatch):
    spec = run_spec("linux", monkeypatch)
    (exe,) = spec["EXE"].made
    assert exe.kwargs["name"] == "salesdesk" and exe.kwargs["icon"] is None
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    (collect,) = spec["COLLECT"].made
    assert collect.kwargs["name"] == "SalesDesk" and collect.args[0] is exe
    assert spec["BUNDLE"].made == []


def test_windows_gets_a_windowed_and_a_console_program(monkeypatch):
    spec = run_spec("win32", monkeypatch)
    app, cli = spec["EXE"].made
    assert (app.kwargs["name"], app.kwargs["console"]) == ("SalesDesk", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("salesdesk-cli", True)
    assert app.kwargs["icon"].endswith("salesdesk.ico") and Path(app.kwargs["icon"]).is_file()
    (collect,) = spec["COLLECT"].made
    assert collect.args[:2] == (app, cli)


def test_macos_app_carries_the_info_plist_and_the_version(monkeypatch):
    spec = run_spec("darwin", monkeypatch)
    (exe,) = spec["EXE"].made
    assert exe.kwargs["name"] == "SalesDesk" and exe.kwargs["icon"].endswith("salesdesk.icns")
    (bundle,) = spec["BUNDLE"].made
    info = bundle.kwargs["info_plist"]
    assert bundle.kwargs["name"] == "SalesDesk.app"
    assert bundle.kwargs["bundle_identifier"] == info["CFBundleIdentifier"]
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == version("salesdesk")
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as f:
        assert plistlib.load(f)["LSMinimumSystemVersion"] == info["LSMinimumSystemVersion"]


def test_every_bundle_carries_resources_migrations_and_metadata(monkeypatch):
    spec = run_spec("linux", monkeypatch)
    (analysis,) = spec["Analysis"].made
    targets = {(Path(src).name, target) for src, target in analysis.kwargs["datas"]}
    for language in LANGUAGES:
        assert (f"salesdesk_{language}.qm", "resources/translations") in targets
    assert ("0001_initial_schema.py", "salesdesk/storage/migrations/versions") in targets
    assert ("env.py", "salesdesk/storage/migrations") in targets
    assert ("salesdesk-256.png", "resources/icons") in targets
    assert (ROOT / "resources" / "playbooks").as_posix() in {
        Path(src).as_posix() for src, _ in analysis.kwargs["datas"]
    }
    assert ("salesdesk.dist-info", "salesdesk.dist-info") in targets  # --version
    # Migrations are files for Alembic, not modules in the archive.
    assert analysis.kwargs["hiddenimports"][0] == "salesdesk.cli"
    assert "salesdesk.storage.migrations.env" not in analysis.kwargs["hiddenimports"]


def test_size_filters_drop_unused_plugins_and_what_only_they_needed(monkeypatch):
    spec = run_spec("linux", monkeypatch)
    (analysis,) = spec["Analysis"].made
    kept = {Path(dest).name for dest, _, _ in analysis.binaries}
    assert kept == {"libqxcb.so", "libglib-2.0.so.0", "libQt6Gui.so.6"}  # pango went with gtk3
    datas = {dest for dest, _, _ in analysis.datas}
    assert "PySide6/Qt/translations/qtbase_fa.qm" in datas
    assert "resources/translations/salesdesk_fa.qm" in datas
    assert "PySide6/translations/qtbase_zh_CN.qm" in datas
    assert "PySide6/translations/qtmultimedia_fi.qm" not in datas
    assert (
        not {"PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qtdeclarative_fa.qm"}
        & datas
    )
