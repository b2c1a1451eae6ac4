"""The deal workspace: a deal's overview, checklist, objections and activity,
beside the board."""
