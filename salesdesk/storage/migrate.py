"""Alembic, driven from code: upgrade to head on an open engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(migrations: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations or MIGRATIONS))
    return cfg


def script_revisions(migrations: Path | None = None) -> list[str]:
    """Revisions of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(config(migrations))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine) -> None:
    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
