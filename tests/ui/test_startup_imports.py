"""The window opens before SQLAlchemy, SQLModel and the ORM models are imported
(~0.4 s): the board reads with plain sqlite3, and the ORM loads in the background
once the board is on screen. A fresh process is the only honest place to check."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from salesdesk import bootstrap
from salesdesk.core import demo
from salesdesk.storage.database import open_database

CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from salesdesk.ui import app as gui, i18n
translators = i18n.install(app, "en")
running = gui.launch(sys.argv[1], "en")
target = running.window.board.columns[0].view.viewport()
HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "salesdesk.core.models")
report = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if obj is target and event.type() == QEvent.Type.Paint and "at_paint" not in report:
            report["at_paint"] = sorted(m for m in HEAVY if m in sys.modules)
            report["cards"] = sum(len(c.model.visible) for c in running.window.board.columns)
            QTimer.singleShot(0, later)
        return False

def later():
    thread = running.store.warm_up_in_background()
    thread.join(60)
    report["after_warm_up"] = sorted(m for m in HEAVY[:2] if m in sys.modules)
    # The ORM works once loaded: an edit through the services lands.
    card = running.window.board.columns[0].model.visible[0]
    running.store.edit_deal(card.id, title="Renamed after start")
    report["renamed"] = running.window.board.columns[0].model.visible[0].title
    print(json.dumps(report), flush=True)
    running.close()
    app.quit()

watch = Watch()
target.installEventFilter(watch)
app.exec()
"""


def test_board_paints_before_the_orm_is_imported(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = open_database(data / "salesdesk.sqlite")
    pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
    conn = db.raw()
    demo.generate(conn, pipeline.id, 200, seed=3)
    conn.close()
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["at_paint"] == [] and report["cards"] > 0
    assert report["after_warm_up"] == ["sqlalchemy", "sqlmodel"]
    assert report["renamed"] == "Renamed after start"
