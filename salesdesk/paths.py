"""Where files live: appdirs' user data directory, overridden by --data-dir or
SALESDESK_DATA_DIR, or by a `portable` marker file beside the installed app's
executable (then data/ beside it). The database, backups and settings sit in
that one folder; the logs go to the system's user log directory (appdirs'
user_log_dir), or to logs/ inside a data folder that was chosen explicitly, so
a test or a portable install redirects everything at once. An installed app
never writes inside its install folder unless it is made portable."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "SalesDesk"
ENV_DATA_DIR = "SALESDESK_DATA_DIR"
# Either name marks a portable install: Windows' Notepad saves "portable" as .txt.
PORTABLE_MARKERS = ("portable", "portable.txt")
PORTABLE_DATA = "data"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path | None = None  # None: logs/ in the data folder

    @property
    def database(self) -> Path:
        return self.data_dir / "salesdesk.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.log_dir or self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "salesdesk.lock"

    def ensure(self) -> AppPaths:
        """Creates the folders readable by the rep only (0700 on POSIX), and the
        settings file 0600: Qt keeps the mode of a file it rewrites, but makes a
        new one by the umask (0644, often)."""
        for folder in (self.data_dir, self.backups):  # logs.setup makes the log folder
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self.settings_file.exists():
            os.close(private_open(self.settings_file, os.O_WRONLY | os.O_CREAT))
        return self


def private_open(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_APPEND) -> int:
    """A file descriptor on a file created readable by the rep only (0600), and
    made so if it existed with looser permissions: logs, crash reports, settings."""
    # O_BINARY on Windows: the text layer above writes the line ends itself.
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return fd


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """--data-dir, then $SALESDESK_DATA_DIR, then a portable install's data/,
    then the user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return AppPaths(Path(chosen).expanduser().resolve())
    portable = portable_data_dir()
    if portable is not None:
        return AppPaths(portable)
    return AppPaths(
        Path(appdirs.user_data_dir(APP_NAME, False)).resolve(),
        Path(appdirs.user_log_dir(APP_NAME, False)).resolve(),
    )


def install_dir(executable: str | None = None) -> Path | None:
    """The folder a frozen app was installed in: the executable's, or on macOS
    the one holding SalesDesk.app. None when running from Python sources."""
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = sys.executable
    folder = Path(executable).resolve().parent
    # SalesDesk.app/Contents/MacOS/SalesDesk: a marker inside the .app would be
    # lost on every update, so it goes beside the .app.
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        return folder.parent.parent.parent
    return folder


def portable_data_dir(executable: str | None = None) -> Path | None:
    """data/ beside the executable when a portable marker is there."""
    folder = install_dir(executable)
    if folder is None:
        return None
    if any((folder / marker).is_file() for marker in PORTABLE_MARKERS):
        return folder / PORTABLE_DATA
    return None


def resources_dir() -> Path:
    """Playbooks, translations, icons: next to the package in a source tree,
    under the bundle root when frozen by PyInstaller."""
    override = os.environ.get("SALESDESK_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
