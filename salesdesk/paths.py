"""Where files live: appdirs' user data directory, overridden by --data-dir or
SALESDESK_DATA_DIR. Everything of one rep (database, backups, logs, settings)
sits under one folder, so a test or a portable install redirects it all at once."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "SalesDesk"
ENV_DATA_DIR = "SALESDESK_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "salesdesk.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "salesdesk.lock"

    def ensure(self) -> AppPaths:
        """Creates the folders readable by the rep only (0700 on POSIX)."""
        for folder in (self.data_dir, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or appdirs.user_data_dir(APP_NAME, False)
    return AppPaths(Path(chosen).expanduser().resolve())


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
