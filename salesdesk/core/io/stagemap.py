"""Another tool's stage names onto this pipeline's stages: what the rep chose in
the wizard, what was remembered from an earlier import of the same source, the
stage's own name or key, and the words every CRM uses for won and lost."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from salesdesk.core.textsearch import normalize

SKIP = 0  # the rep chose to leave rows of this stage out

_WON = {"won", "closed won", "closedwon", "closed/won", "deal won", "win"}
_LOST = {"lost", "closed lost", "closedlost", "closed/lost", "deal lost", "loss"}


class StageMatcher:
    def __init__(
        self,
        conn: sqlite3.Connection,
        pipeline_id: int,
        source: str,
        choices: dict[str, int] | None = None,
    ) -> None:
        self.pipeline_id, self.source = pipeline_id, source
        self.choices = {self.fold(k): v for k, v in (choices or {}).items()}
        rows = conn.execute(
            "SELECT id, key, name, end_kind FROM stage WHERE pipeline_id = ? ORDER BY position",
            (pipeline_id,),
        ).fetchall()
        self.open_ids = [r[0] for r in rows if r[3] is None]
        self.ends: dict[str, int] = {r[3]: r[0] for r in rows if r[3] is not None}
        self.by_name: dict[str, int] = {}
        for sid, key, name, _end in rows:
            self.by_name.setdefault(self.fold(name), sid)
            self.by_name.setdefault(self.fold(key), sid)
        self._resolved: dict[tuple[str, str], tuple[int | None, str]] = {}
        self.remembered = {
            name: sid
            for name, sid in conn.execute(
                "SELECT name, stage_id FROM stagealias WHERE pipeline_id = ? AND source = ?",
                (pipeline_id, source),
            )
        }

    @staticmethod
    @lru_cache(maxsize=4096)
    def fold(name: str) -> str:
        return " ".join(normalize(name.replace("_", " ")).split())

    def match(self, name: str) -> int | None:
        """A stage id, SKIP, or None when the rep has to choose."""
        folded = self.fold(name)
        if not folded:
            return self.open_ids[0] if self.open_ids else None
        for table in (self.choices, self.remembered, self.by_name):
            if folded in table:
                return table[folded]
        if folded in _WON:
            return self.ends.get("won")
        if folded in _LOST:
            return self.ends.get("lost")
        return None

    def resolve(self, name: str, status: str) -> tuple[int | None, str]:
        """(open stage or None, status). An end stage decides the status; a deal
        closed in the source needs no open stage, so its stage name may stay unknown."""
        key = (name, status)
        if key not in self._resolved:  # a file has a handful of stage names, many rows
            self._resolved[key] = self._resolve(name, status)
        return self._resolved[key]

    def _resolve(self, name: str, status: str) -> tuple[int | None, str]:
        sid = self.match(name)
        if sid == SKIP:
            return SKIP, status
        for kind, end_id in self.ends.items():
            if sid == end_id:
                return None, kind
        if status in ("won", "lost"):
            return sid, status
        return sid, "open"

    def remember(self, conn: sqlite3.Connection) -> None:
        """Keeps the rep's choices for the next import from this source."""
        conn.executemany(
            "INSERT INTO stagealias (pipeline_id, source, name, stage_id) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (pipeline_id, source, name) DO UPDATE SET stage_id = excluded.stage_id",
            [
                (self.pipeline_id, self.source, name, sid)
                for name, sid in self.choices.items()
                if sid != SKIP and name
            ],
        )
