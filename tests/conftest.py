"""Shared fixtures: every path goes into a temporary folder, every database is a
real SQLite file, and Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk import bootstrap
from salesdesk.core.models import Pipeline, Stage
from salesdesk.core.services import pipelines
from salesdesk.storage.database import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user folders."""
    monkeypatch.setenv("SALESDESK_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.sqlite", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def pipeline(db: Database) -> Pipeline:
    return bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))


@pytest.fixture
def stages(db: Database, pipeline: Pipeline) -> list[Stage]:
    with db.transaction() as s:
        return pipelines.stages(s, pipeline.id or 0)
