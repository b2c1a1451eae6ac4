"""Automatic backups, backup now, restore."""
