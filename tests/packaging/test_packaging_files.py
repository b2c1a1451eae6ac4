"""The files each OS reads about SalesDesk agree with each other and with the
app: one app id, one version, every language, every file they point at."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest

from salesdesk.ui.app import DESKTOP_ID
from salesdesk.ui.i18n import LANGUAGES
from tests.helpers import packaging_tool

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
build = packaging_tool("build")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / f"{build.APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_salesdesk_with_its_icon():
    entry = desktop_entry()
    assert build.APP_ID == DESKTOP_ID  # Wayland matches the window to this file by it
    assert entry["Type"] == "Application" and entry["Exec"] == "salesdesk"
    assert entry["Icon"] == DESKTOP_ID and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"]
    for language in LANGUAGES[1:]:  # English is the untranslated key
        assert entry[f"Comment[{language}]"] and entry[f"GenericName[{language}]"]


def test_install_script_rewrites_the_exec_line_it_finds():
    script = (PACKAGING / "linux" / "install.sh").read_text()
    assert "s|^Exec=salesdesk\\$|" in script and f"APP_ID={build.APP_ID}" in script


def test_appstream_metainfo_matches_the_desktop_file_and_version():
    root = ET.parse(PACKAGING / "linux" / f"{build.APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("provides/binary") == desktop_entry()["Exec"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == version("salesdesk")
    assert len(root.findall("description/p")) >= 1


def test_installed_version_is_the_declared_one():
    """The bundle's --version and file names read the installed metadata; a
    version bumped in pyproject.toml without reinstalling would ship the old one."""
    assert build.project_version() == version("salesdesk")
    assert build.check_version() == version("salesdesk")


def test_build_refuses_stale_metadata(monkeypatch):
    monkeypatch.setattr(build, "project_version", lambda: "99.0.0")
    with pytest.raises(SystemExit, match=r"pyproject\.toml says 99\.0\.0"):
        build.check_version()


def test_only_changed_translations_are_rebuilt(tmp_path: Path, monkeypatch):
    tool = build.translations
    for language in tool.LANGUAGES:
        (tmp_path / f"salesdesk_{language}.ts").write_text("<TS/>")
        (tmp_path / f"salesdesk_{language}.qm").write_bytes(b"")
    monkeypatch.setattr(tool, "ts_path", lambda language: tmp_path / f"salesdesk_{language}.ts")
    assert build.stale_translations() == ()
    os.utime(tmp_path / "salesdesk_fa.ts", (2e9, 2e9))  # edited after the build
    (tmp_path / "salesdesk_fi.qm").unlink()
    assert build.stale_translations() == ("fa", "fi")


def test_macos_info_plist_names_the_app_and_its_languages():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] == DESKTOP_ID
    assert info["CFBundlePackageType"] == "APPL" and info["NSHighResolutionCapable"] is True
    assert info["CFBundleLocalizations"] == list(LANGUAGES)


def test_inno_setup_script_has_start_menu_entry_uninstaller_and_our_name():
    iss = (PACKAGING / "windows" / "salesdesk.iss").read_text()
    sections = set(re.findall(r"^\[(\w+)\]", iss, re.MULTILINE))
    assert {"Setup", "Files", "Icons", "Run", "Languages"} <= sections
    assert re.search(
        r'^Name: "\{autoprograms\}\\SalesDesk"; Filename: "\{app\}\\SalesDesk.exe"',
        iss,
        re.MULTILINE,
    )
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.MULTILINE)
    assert "Uninstallable=no" not in iss  # Inno registers the uninstaller by default
    assert "SetupIconFile=..\\..\\resources\\icons\\salesdesk.ico" in iss
    assert (ROOT / "resources" / "icons" / "salesdesk.ico").is_file()
    # build.py looks for the installer under the name the script gives it.
    assert "OutputBaseFilename=SalesDesk-{#AppVersion}-windows-x64-setup" in iss
    assert "windows-x64-setup.exe" in (PACKAGING / "build.py").read_text()


def test_spec_is_python_and_names_files_that_exist():
    spec = (PACKAGING / "salesdesk.spec").read_text()
    compile(spec, "salesdesk.spec", "exec")
    for relative in ("packaging/launcher.py", "packaging/macos/Info.plist"):
        assert relative.split("/")[-1] in spec and (ROOT / relative).is_file()
    assert 'copy_metadata("salesdesk")' in spec  # --version in the bundle


def test_bundle_layout_per_os(monkeypatch, tmp_path: Path):
    for platform, exe in (
        ("linux", "SalesDesk/salesdesk"),
        ("win32", "SalesDesk/salesdesk-cli.exe"),
        ("darwin", "SalesDesk.app/Contents/MacOS/SalesDesk"),
    ):
        monkeypatch.setattr(build.sys, "platform", platform)
        assert build.executable(tmp_path) == tmp_path / exe
