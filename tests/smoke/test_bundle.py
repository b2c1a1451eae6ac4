"""The built bundle, started as a rep starts it (`make smoke`, after `make
package`): its version, its self-test in English and Persian, where it keeps
data (the user folder, or beside itself when portable; never inside itself
otherwise), and the Linux archive's install.sh. Nothing here is skipped: a
missing bundle fails, saying how to build it.

SALESDESK_DIST points at another dist/ folder (default: dist/ in the repo)."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.helpers import packaging_tool

ROOT = Path(__file__).resolve().parents[2]
build = packaging_tool("build")

DIST = Path(os.environ.get("SALESDESK_DIST", ROOT / "dist")).resolve()
APP_ID = build.APP_ID


@pytest.fixture(scope="module")
def exe() -> Path:
    path = build.executable(DIST)
    assert path.is_file(), f"no bundle at {path}: run `make package` first"
    return path


def clean_env(tmp_path: Path) -> dict[str, str]:
    """A rep's environment: no data folder chosen, home in tmp_path, no display."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SALESDESK_DATA_DIR", "SALESDESK_RESOURCES", "PYTHONPATH")
    }
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        LANG="en_US.UTF-8",
    )
    return env


def run(
    exe: Path, *args: str, env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=120, cwd=cwd
    )


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under the folder with its size and mtime (a folder's
    changes when an entry is added): proof nothing was written."""
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in [folder, *folder.rglob("*")]
    }


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system
        shutil.copy2(source, target)


def linked_copy(tmp_path: Path) -> Path:
    """The bundle copied by hard links (quick, and the original stays untouched)."""
    target = tmp_path / "SalesDesk"
    shutil.copytree(build.bundle_dir(DIST), target, copy_function=_link_or_copy, symlinks=True)
    return target


def run_window(exe: Path, *args: str, env: dict[str, str], ready: Path) -> None:
    """Starts the window (offscreen), waits until the start backup appears in
    `ready` (the board has painted and the app settled), then ends it."""
    process = subprocess.Popen(
        [str(exe), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not (ready.is_dir() and any(ready.iterdir())):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the window did not settle within 60 s"
            time.sleep(0.2)
        time.sleep(1)  # the backup finishes; the log has its lines
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_version_comes_from_the_package_metadata(exe: Path, tmp_path: Path):
    done = run(exe, "--version", env=clean_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"SalesDesk {version('salesdesk')}"
    assert "+source" not in done.stdout


@pytest.mark.parametrize("language", ["en", "fa"])
def test_self_test_creates_and_moves_a_deal(exe: Path, tmp_path: Path, language: str):
    before = snapshot(build.bundle_dir(DIST))
    data = tmp_path / "data"
    done = run(
        exe,
        "--data-dir",
        str(data),
        "--language",
        language,
        "--self-test",
        env=clean_env(tmp_path),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for step in ("version", "translations", "language", "new deal", "drag to next stage", "saved"):
        assert f"ok   {step}:" in done.stdout
    assert "0 failed" in done.stdout
    assert (data / "salesdesk.sqlite").is_file()
    assert snapshot(build.bundle_dir(DIST)) == before  # nothing written inside the install


def test_self_test_without_a_folder_cleans_up_after_itself(exe: Path, tmp_path: Path):
    env = clean_env(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    done = run(exe, "--self-test", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert str(temp) in done.stdout.splitlines()[0]
    assert list(temp.iterdir()) == []
    assert not (tmp_path / "home").exists()  # the rep's folders were not touched
    assert "propagateSizeHints" not in done.stderr  # no platform noise for the rep


def test_self_test_refuses_a_folder_with_a_database(exe: Path, tmp_path: Path):
    data = tmp_path / "data"
    env = clean_env(tmp_path)
    assert run(exe, "--data-dir", str(data), "init", env=env).returncode == 0
    stamp = (data / "salesdesk.sqlite").stat().st_mtime_ns
    done = run(exe, "--data-dir", str(data), "--self-test", env=env)
    assert done.returncode == 2
    assert "already holds a database" in done.stderr
    assert (data / "salesdesk.sqlite").stat().st_mtime_ns == stamp


def test_installed_app_keeps_data_in_the_user_folder(exe: Path, tmp_path: Path):
    before = snapshot(build.bundle_dir(DIST))
    env = clean_env(tmp_path)
    done = run(exe, "demo", "--deals", "20", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    expected = Path(env["XDG_DATA_HOME"]) / "SalesDesk" / "salesdesk.sqlite"
    assert str(expected) in done.stdout and expected.is_file()
    assert snapshot(build.bundle_dir(DIST)) == before


def test_window_writes_only_to_the_user_folders(exe: Path, tmp_path: Path):
    env = clean_env(tmp_path)
    assert run(exe, "init", env=env, cwd=tmp_path).returncode == 0
    before = snapshot(build.bundle_dir(DIST))
    data = Path(env["XDG_DATA_HOME"]) / "SalesDesk"
    run_window(exe, env=env, ready=data / "backups")
    assert snapshot(build.bundle_dir(DIST)) == before
    assert (Path(env["XDG_CACHE_HOME"]) / "SalesDesk" / "log" / "salesdesk.log").is_file()


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_portable_mode_keeps_everything_beside_the_executable(tmp_path: Path, marker: str):
    folder = linked_copy(tmp_path)
    (folder / marker).write_text("")
    env = clean_env(tmp_path)
    exe = folder / build.executable(DIST).name
    done = run(exe, "init", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    run_window(exe, env=env, ready=folder / "data" / "backups")
    data = folder / "data"
    assert (data / "salesdesk.sqlite").is_file() and (data / "settings.ini").is_file()
    assert (data / "logs" / "salesdesk.log").is_file()
    assert not (tmp_path / "home").exists()  # nothing on the computer it runs on


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .tar.gz is Linux's")
def test_linux_archive_installs_into_the_menu(tmp_path: Path):
    archive = DIST / f"SalesDesk-{version('salesdesk')}-linux-{platform.machine()}.tar.gz"
    assert archive.is_file(), f"no {archive.name}: run `make package` first"
    place = tmp_path / "opt & more"  # spaces and & in the path a rep chose
    place.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(place, filter="tar")
    folder = place / "SalesDesk"
    env = clean_env(tmp_path)
    env["SALESDESK_BIN_DIR"] = str(tmp_path / "bin")
    done = subprocess.run(
        [str(folder / "install.sh")], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    share = Path(env["XDG_DATA_HOME"])
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{folder}/salesdesk"' in desktop.read_text().splitlines()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    link = tmp_path / "bin" / "salesdesk"
    assert run(link, "--version", env=env).stdout.startswith("SalesDesk ")
    if shutil.which("desktop-file-validate"):  # where the tool is installed, it agrees
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0

    done = subprocess.run(
        [str(folder / "install.sh"), "--uninstall"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert not desktop.exists() and not link.is_symlink()
    assert (folder / "salesdesk").is_file()  # the program folder stays


def test_install_script_leaves_another_programs_command_alone(tmp_path: Path):
    folder = linked_copy(tmp_path)
    env = clean_env(tmp_path)
    env["SALESDESK_BIN_DIR"] = str(tmp_path / "bin")
    (tmp_path / "bin").mkdir()
    theirs = tmp_path / "bin" / "salesdesk"
    theirs.symlink_to("/bin/true")  # e.g. a pipx command of the same name
    for args in ([], ["--uninstall"]):
        done = subprocess.run(
            [str(folder / "install.sh"), *args], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
        assert os.readlink(theirs) == "/bin/true"
    assert (
        "left alone"
        in subprocess.run(
            [str(folder / "install.sh")], capture_output=True, text=True, env=env
        ).stderr
    )
