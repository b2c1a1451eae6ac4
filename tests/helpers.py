"""Test helpers that need real operating-system behaviour."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """Makes `folder` unwritable for this process. Root ignores mode bits, so as
    root the folder is made immutable (chattr +i), which binds root too."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        try:
            yield folder
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)


def drive_modal(kind: type, action: Callable[[Any], None], seen: dict[str, Any]) -> None:
    """Runs `action` on the next modal dialog of `kind` (within a second), from the
    event loop that `exec()` runs; the dialog is closed afterwards whatever happens,
    so a failing check never hangs. An exception lands in `seen["error"]`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    tries = iter(range(50))

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if next(tries, None) is not None:
                QTimer.singleShot(20, handle)
            return
        try:
            action(dialog)
        except BaseException as exc:  # reported by the test after exec() returns
            seen["error"] = exc
        finally:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, handle)


def fill_the_disk(monkeypatch: Any, spare_pages: int = 0) -> Callable[[], None]:
    """SQLite's max_page_count stands in for a full disk: each database
    connection opened from now on can grow by `spare_pages` pages at most.
    Returns the function that frees the disk again (for later connections)."""
    from salesdesk.storage import database

    real = database._on_connect

    def no_room(conn: Any, record: Any) -> None:
        real(conn, record)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    monkeypatch.setattr(database, "_on_connect", no_room)
    return lambda: monkeypatch.setattr(database, "_on_connect", real)


def packaging_tool(name: str) -> Any:
    """packaging/<name>.py (a build script, not part of the package), loaded once."""
    import importlib.util
    import sys
    from pathlib import Path

    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parents[1] / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def translations_tool() -> Any:
    """packaging/translations.py."""
    return packaging_tool("translations")
