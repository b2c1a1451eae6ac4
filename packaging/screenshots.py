"""The board with demo data in every language, as PNG files to look at.

    python packaging/screenshots.py OUT_FOLDER [LANG ...]

Each language runs in its own process: translators and the layout direction
belong to the whole application. Runs offscreen (QT_QPA_PLATFORM=offscreen)
or on a real display."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "fa", "ar", "zh_CN", "fi")
SIZE = (1400, 860)


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(language: str, data_dir: Path, png: Path) -> None:
    """In this process: opens the app on `data_dir` in `language`, saves the board."""
    from PySide6.QtCore import QDate, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from salesdesk.paths import resolve
    from salesdesk.ui import formatting, i18n
    from salesdesk.ui.app import RunningApp, launch
    from salesdesk.ui.main_window import TODAY_SHOWN
    from salesdesk.ui.preferences import Preferences

    app = QApplication([sys.argv[0]])
    app.setApplicationName("SalesDesk")
    i18n.install(app, language)
    formatting.use_calendar(Preferences("", "").calendar_for(language))
    settings = QSettings(str(resolve(str(data_dir)).settings_file), QSettings.Format.IniFormat)
    settings.setValue(TODAY_SHOWN, QDate.currentDate().toString(Qt.DateFormat.ISODate))
    settings.sync()  # the board, not the morning's Today
    started = launch(str(data_dir), language, choose=lambda *_: None)
    if not isinstance(started, RunningApp):
        raise SystemExit(f"SalesDesk did not start in {language} (exit {started})")
    window = started.window
    window.resize(*SIZE)
    wait(2500)  # the board's first read and paint
    if not window.grab().save(str(png)):
        raise SystemExit(f"could not write {png}")
    started.close()


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "--one":
        shoot(argv[1], Path(argv[2]), Path(argv[3]))
        return 0
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    from salesdesk import cli

    for language in argv[1:] or LANGUAGES:
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            code = cli.main(
                ["--data-dir", str(data), "--language", language, "demo", "--deals", "80"]
            )
            if code:
                return code
            png = out / f"board-{language}.png"
            env = dict(os.environ, LANG=f"{language}.UTF-8")
            subprocess.run(
                [sys.executable, __file__, "--one", language, str(data), str(png)],
                check=True,
                env=env,
            )
            print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
