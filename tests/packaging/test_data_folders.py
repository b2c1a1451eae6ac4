"""Where an installed SalesDesk keeps its data: the user data folder, or data/
beside the executable when a portable marker is there; never the install folder
otherwise. A frozen app is played by setting sys.frozen and sys.executable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from salesdesk import paths


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An 'installed' SalesDesk in tmp_path/Sales Desk; no data folder chosen."""
    folder = tmp_path / "Sales Desk"
    folder.mkdir()
    (folder / "salesdesk").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "salesdesk"))
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    return folder


def test_installed_app_keeps_data_in_the_user_folder(frozen: Path, tmp_path: Path):
    found = paths.resolve()
    home_data = tmp_path / "home" / ".local" / "share"  # XDG_DATA_HOME, set by conftest
    assert found.data_dir == (home_data / paths.APP_NAME).resolve()
    assert frozen not in found.data_dir.parents and found.data_dir != frozen
    assert found.logs != found.data_dir / "logs"  # the system's log folder


@pytest.mark.parametrize("marker", paths.PORTABLE_MARKERS)
def test_portable_marker_keeps_data_beside_the_executable(frozen: Path, marker: str):
    (frozen / marker).write_text("")
    found = paths.resolve()
    assert found.data_dir == frozen / paths.PORTABLE_DATA
    assert found.logs == frozen / paths.PORTABLE_DATA / "logs"  # nothing outside the folder
    assert found.settings_file.parent == frozen / paths.PORTABLE_DATA


def test_a_folder_named_portable_is_not_a_marker(frozen: Path):
    (frozen / "portable").mkdir()
    assert paths.portable_data_dir() is None


def test_data_dir_and_environment_win_over_portable(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    (frozen / "portable").write_text("")
    assert paths.resolve(tmp_path / "chosen").data_dir == tmp_path / "chosen"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.resolve().data_dir == tmp_path / "from-env"


def test_source_tree_is_never_portable(monkeypatch: pytest.MonkeyPatch):
    """Python's own folder is no install folder, whatever lies in it."""
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.install_dir() is None
    assert paths.portable_data_dir() is None


def test_macos_marker_goes_beside_the_app(tmp_path: Path):
    exe = tmp_path / "Apps" / "SalesDesk.app" / "Contents" / "MacOS" / "SalesDesk"
    exe.parent.mkdir(parents=True)
    exe.write_text("")
    assert paths.install_dir(str(exe)) == tmp_path / "Apps"
    (tmp_path / "Apps" / "portable").write_text("")
    assert paths.portable_data_dir(str(exe)) == tmp_path / "Apps" / paths.PORTABLE_DATA


def test_frozen_resources_come_from_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("SALESDESK_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"
