"""A pipeline's process as a playbook file, and a playbook file as a new pipeline,
so a team can share one process. Format: resources/playbooks/README.md."""

from __future__ import annotations

import re
import sqlite3
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

from salesdesk.core import playbook as pb
from salesdesk.core.errors import NotFoundError, translatable
from salesdesk.core.io import atomic
from salesdesk.core.sql import dbapi

if TYPE_CHECKING:
    from sqlmodel import Session

    from salesdesk.core.models import Pipeline

HEADER = (
    "# A SalesDesk playbook (format: resources/playbooks/README.md).\n"
    "# Import it with File > Import playbook... or `salesdesk playbook import FILE`.\n\n"
)
SLUG_MAX = 60
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # as playbook.py requires of ids


@dataclass(frozen=True)
class Exported:
    text: str  # the TOML file's content
    playbook: pb.Playbook  # the text parsed back: what an import will create
    skipped_objections: int  # library entries left out: no answer (the format needs one)


def slug(name: str) -> str:
    """'Ventes B2B (été)' -> 'ventes-b2b-ete'; a name with no Latin letters or
    digits at all (Persian, Chinese) gives 'playbook'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:SLUG_MAX].strip("-") or "playbook"


def _conn(session_or_conn: Session | sqlite3.Connection) -> sqlite3.Connection:
    if isinstance(session_or_conn, sqlite3.Connection):
        return session_or_conn
    return dbapi(session_or_conn)  # shares the session's transaction


def _value(value: Any) -> str:
    """One TOML value, quoted and escaped by tomli_w."""
    return tomli_w.dumps({"v": value})[len("v = ") :].rstrip("\n")


def _table(header: str, values: dict[str, Any]) -> str:
    # tomli_w writes a flat table well; the layout around it (one [[stages]] per
    # stage, criteria as inline tables) is ours, so the file reads like the docs.
    return f"{header}\n{tomli_w.dumps(values)}"


def _criteria(criteria: list[tuple[str, int]]) -> str:
    if not criteria:
        return ""
    items = "".join(
        f"    {{ text = {_value(text)}, weight = {weight} }},\n" for text, weight in criteria
    )
    return f"criteria = [\n{items}]\n"


def _stage(row: tuple[Any, ...], questions: list[str], criteria: list[tuple[str, int]]) -> str:
    _id, key, name, probability, stalled, follow_up, idle, end = row
    values: dict[str, Any] = {"key": key, "name": name}
    if end is not None:
        values |= {"end": end, "probability": probability}
        return _table("[[stages]]", values)
    values |= {
        "probability": probability,
        "stalled_after_days": stalled,
        "follow_up_days": follow_up,
        "idle_after_days": idle,
        "questions": questions,
    }
    return _table("[[stages]]", values) + _criteria(criteria)


def export(session_or_conn: Session | sqlite3.Connection, pipeline_id: int) -> Exported:
    """The pipeline's stages, questions and criteria with the objection library and
    lost reasons (both shared by every pipeline) as playbook text. The text is
    parsed back before it is returned: a pipeline that breaks a playbook rule
    (weights not adding up to 100, an open stage without questions...) raises
    PlaybookError listing every problem, rather than making a file no one can import."""
    conn = _conn(session_or_conn)
    head = conn.execute(
        "SELECT name, playbook_id, language, description FROM pipeline WHERE id = ?",
        (pipeline_id,),
    ).fetchone()
    if head is None:
        raise NotFoundError(
            translatable("There is no pipeline with id {pipeline_id}."), pipeline_id=pipeline_id
        )
    name, playbook_id, language, description = head
    stages = conn.execute(
        "SELECT id, key, name, probability, stalled_after_days, follow_up_days, "
        "idle_after_days, end_kind FROM stage WHERE pipeline_id = ? ORDER BY position, id",
        (pipeline_id,),
    ).fetchall()
    questions: dict[int, list[str]] = {}
    for stage_id, text in conn.execute(
        "SELECT q.stage_id, q.text FROM stagequestion q JOIN stage s ON s.id = q.stage_id "
        "WHERE s.pipeline_id = ? ORDER BY q.position, q.id",
        (pipeline_id,),
    ):
        questions.setdefault(stage_id, []).append(text)
    criteria: dict[int, list[tuple[str, int]]] = {}
    for stage_id, text, weight in conn.execute(
        "SELECT c.stage_id, c.text, c.weight FROM exitcriterion c JOIN stage s ON s.id = c.stage_id "
        "WHERE s.pipeline_id = ? ORDER BY c.position, c.id",
        (pipeline_id,),
    ):
        criteria.setdefault(stage_id, []).append((text, weight))
    library = conn.execute("SELECT category, text, answer FROM objectionentry ORDER BY id")
    objections, skipped = [], 0
    for category, text, answer in library:
        if category.strip() and text.strip() and answer.strip():
            objections.append({"category": category, "text": text, "answer": answer})
        else:
            skipped += 1
    reasons = [r[0] for r in conn.execute("SELECT text FROM lostreason ORDER BY position, id")]

    head_values = {
        # The id names the process, not this database's copy of it: keep the
        # playbook's own id so a colleague's import is recognisably the same process.
        "id": playbook_id if _KEY.match(playbook_id or "") else slug(name),
        "kind": "pipeline",
        "language": language,
        "name": name,
        "description": description,
        "lost_reasons": reasons,
    }
    parts = [HEADER, f"schema = {pb.SCHEMA}\n\n", _table("[playbook]", head_values)]
    parts += [
        "\n" + _stage(row, questions.get(row[0], []), criteria.get(row[0], [])) for row in stages
    ]
    parts += ["\n" + _table("[[objections]]", o) for o in objections]
    text = "".join(parts)
    try:
        book = pb.parse(tomllib.loads(text), name)
    except pb.PlaybookError as exc:
        raise pb.PlaybookError(name, exc.problems) from exc
    return Exported(text, book, skipped)


def to_toml(session_or_conn: Session | sqlite3.Connection, pipeline_id: int) -> str:
    """The pipeline as playbook text (see `export`)."""
    return export(session_or_conn, pipeline_id).text


def write(path: Path, text: str) -> None:
    """Writes beside `path` and renames into place: the old file stays whole until
    the new one is. OSError when the folder cannot be written (nothing is left behind)."""
    atomic.write_text(path, text)


# --- import ------------------------------------------------------------------------------


def unique_name(session: Session, name: str) -> str:
    """`name`, or 'name (2)', 'name (3)'... when a pipeline already has it."""
    from sqlmodel import select

    from salesdesk.core.models import Pipeline

    taken = set(session.exec(select(Pipeline.name)).all())
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def import_playbook(session: Session, path: Path) -> Pipeline:
    """Creates a new pipeline from a playbook file and makes it the current one;
    its objections and lost reasons join the shared library. The file is checked
    whole before anything is written: PlaybookError lists every problem. The
    caller's transaction makes the rest all or nothing."""
    from salesdesk.core.services import pipelines

    book = pb.load(path)
    if book.kind != "pipeline":
        raise pb.PlaybookError(
            book.source, ["this is a question set: it adds questions to a stage, not a pipeline"]
        )
    pipeline = pb.apply_pipeline(session, replace(book, name=unique_name(session, book.name)))
    assert pipeline.id is not None
    pipelines.set_current_pipeline(session, pipeline.id)
    return pipeline
