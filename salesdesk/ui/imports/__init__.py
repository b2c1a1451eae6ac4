"""Importing deals from other tools' CSV exports."""
