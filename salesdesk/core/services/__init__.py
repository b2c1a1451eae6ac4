"""Use cases. Each function is one unit of work on a session the caller owns
(`with db.transaction() as s:`), returns what changed, and never touches Qt."""
