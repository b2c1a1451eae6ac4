from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel, select

from salesdesk.core.models import Deal, Organization
from salesdesk.storage import database, migrate, schema
from salesdesk.storage.database import head_revision, open_database
from salesdesk.storage.errors import NewerVersionError, NotADatabaseError, ReadOnlyError
from tests.helpers import read_only_folder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_pragmas_and_private_permissions(tmp_path):
    db = open_database(tmp_path / "new.sqlite", tmp_path / "b")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()
    assert stat.S_IMODE(os.stat(tmp_path / "new.sqlite").st_mode) == 0o600


def test_models_match_the_migrations(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"), db.transaction() as s:
        s.add(Deal(pipeline_id=1234, stage_id=5678, title="orphan"))


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 50)
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="not a SalesDesk database"):
        open_database(path, tmp_path / "b")
    assert _digest(path) == before


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(path, tmp_path / "b")
    assert _digest(path) == before
    assert not (tmp_path / "b").exists()


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerVersionError, match="newer version"):
        open_database(path, tmp_path / "b")
    assert _digest(path) == before


def test_fixture_database_of_first_schema_opens_with_its_data(tmp_path):
    path = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    db = open_database(path, tmp_path / "b")
    with db.transaction() as s:
        assert [o.name for o in s.exec(select(Organization)).all()] == ["Fixture Oy"]
        assert s.exec(select(Deal)).first().title == "Fixture deal"
    db.close()


def test_migration_backs_up_first_and_keeps_data(tmp_path, monkeypatch):
    """A real second revision (added in a temporary copy of the migrations):
    the old file is backed up through the backup API, then migrated in batch mode."""
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations)
    (migrations / "versions" / "0099_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '0099'\ndown_revision = '{head_revision()}'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('deal') as b:\n"
        "        b.add_column(sa.Column('source_id', sa.String(), nullable=True))\n"
    )
    path = tmp_path / "data.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)
    monkeypatch.setattr(database, "HEAD", "0099")
    monkeypatch.setattr(database, "REVISIONS", (*database.REVISIONS, "0099"))
    db = open_database(path, tmp_path / "backups")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0099"
        indexes = {r[1] for r in c.exec_driver_sql("PRAGMA index_list(deal)")}
        assert "ix_deal_figures" in indexes  # 0002 ran on the way
        assert c.exec_driver_sql("SELECT title, source_id FROM deal").all() == [
            ("Fixture deal", None)
        ]
    db.close()
    backups = list((tmp_path / "backups").glob("*before-migration-0001*.sqlite"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_read_only_folder_gives_clear_error_and_creates_nothing(tmp_path):
    with read_only_folder(tmp_path / "ro") as folder:
        with pytest.raises(ReadOnlyError) as err:
            open_database(folder / "salesdesk.sqlite")
        assert err.value.advice and "--data-dir" in err.value.advice
        assert list(folder.iterdir()) == []


def test_existing_database_in_read_only_folder_is_refused_untouched(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "salesdesk.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # no -wal/-shm left beside it
    conn.close()
    before = _digest(path)
    with read_only_folder(folder), pytest.raises(ReadOnlyError):
        open_database(path)
    assert _digest(path) == before


def test_known_revisions_match_the_migration_scripts():
    assert list(schema.REVISIONS) == migrate.script_revisions()
    assert schema.REVISIONS[-1] == schema.HEAD


def test_killed_during_the_first_migration_the_next_start_finishes_it(tmp_path, monkeypatch):
    """The file is marked as ours before the schema is made, so a first start that
    dies half way is finished by the next one instead of being refused."""
    path = tmp_path / "salesdesk.sqlite"

    real = migrate.upgrade

    def killed(engine):
        real(engine)
        raise KeyboardInterrupt  # the process dies right after the schema's commit

    monkeypatch.setattr(migrate, "upgrade", killed)
    with pytest.raises(KeyboardInterrupt):
        open_database(path)
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    conn.close()
    db = open_database(path)
    with db.sql() as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    db.close()
