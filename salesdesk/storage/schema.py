"""The schema revisions this version knows, oldest first. Kept as plain data so
that start-up can tell "up to date", "needs migrating" and "too new" without
importing Alembic; tests/storage check it against the migration scripts."""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
