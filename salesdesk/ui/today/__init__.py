"""Today: the follow-ups and deals that need the rep now (see core/agenda.py)."""
