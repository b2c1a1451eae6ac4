"""Storage: the SQLite engine, migrations, backups and error sorting. Never imports Qt."""
