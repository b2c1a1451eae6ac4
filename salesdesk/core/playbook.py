"""Playbook files: load, validate and apply (stages, questions, exit criteria,
objections, lost reasons). Format: resources/playbooks/README.md."""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from salesdesk.core.defaults import DEFAULT_PLAYBOOK as DEFAULT_PLAYBOOK
from salesdesk.core.errors import SalesDeskError, ValidationError, translatable
from salesdesk.core.models import (
    ExitCriterion,
    LostReason,
    ObjectionEntry,
    Pipeline,
    Stage,
    StageQuestion,
)
from salesdesk.core.services._common import check_name, clean_text

SCHEMA = 1

LANGUAGES = ("en", "fa", "ar", "zh_CN", "fi")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class PlaybookError(SalesDeskError):
    """A playbook file is unreadable or breaks a rule; `problems` lists every fault."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            translatable("The playbook {source} has problems:\n{problems}"),
            source=source,
            problems="\n".join(f"- {p}" for p in problems),
        )


@dataclass(frozen=True)
class Criterion:
    text: str
    weight: int


@dataclass(frozen=True)
class StageSpec:
    key: str
    name: str
    probability: int
    stalled_after_days: int = 14
    follow_up_days: int = 3
    idle_after_days: int = 7
    questions: tuple[str, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    end: str | None = None


@dataclass(frozen=True)
class ObjectionSpec:
    category: str
    text: str
    answer: str


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Playbook:
    id: str
    kind: str  # "pipeline" or "questions"
    language: str
    name: str
    description: str = ""
    stages: tuple[StageSpec, ...] = ()
    objections: tuple[ObjectionSpec, ...] = ()
    lost_reasons: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    source: str = field(default="", compare=False)

    @property
    def open_stages(self) -> tuple[StageSpec, ...]:
        return tuple(s for s in self.stages if s.end is None)


# --- parsing -------------------------------------------------------------------------


def _text(data: dict[str, Any], key: str, where: str, problems: list[str]) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{key}' must be non-empty text")
        return ""
    return _checked(value.strip(), key, where, problems)


def _checked(text: str, key: str, where: str, problems: list[str]) -> str:
    """The services' rules: an answer is free text, anything else a one-line name
    (stage names, questions, objections: at most 300 characters, nothing invisible
    or control characters)."""
    try:
        if key == "answer":
            return clean_text(text, key)
        return check_name(text, key, f"'{key}'")
    except ValidationError as exc:
        problems.append(f"{where}: {exc.message}")
        return ""


def _int(data: dict[str, Any], key: str, where: str, problems: list[str], lo: int, hi: int) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        problems.append(f"{where}: '{key}' must be a whole number from {lo} to {hi}")
        return lo
    return value


def _texts(data: dict[str, Any], key: str, where: str, problems: list[str]) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: '{key}' must be a list of non-empty texts")
        return ()
    return tuple(_checked(v.strip(), key, where, problems) for v in value)


def _tables(data: dict[str, Any], key: str, problems: list[str]) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(f"'{key}' must be a list of tables ([[{key}]])")
        return []
    return value


def _stage(raw: dict[str, Any], index: int, problems: list[str]) -> StageSpec:
    where = f"stage {index + 1} ({raw.get('key', '?')})"
    key = _text(raw, "key", where, problems)
    if key and not _KEY.match(key):
        problems.append(f"{where}: key must use lowercase letters, digits and dashes")
    end = raw.get("end")
    if end is not None and end not in ("won", "lost"):
        problems.append(f'{where}: \'end\' must be "won" or "lost"')
    name = _text(raw, "name", where, problems)
    probability = _int(raw, "probability", where, problems, 0, 100)
    if end is not None:
        if raw.get("questions") or raw.get("criteria"):
            problems.append(f"{where}: an end stage has no questions or criteria")
        return StageSpec(key, name, probability, end=end)
    stalled = _int(raw, "stalled_after_days", where, problems, 1, 365)
    # The cadence is optional: a quarter of the stalled-after days touches a deal
    # about four times before it counts as stalled.
    follow_up = (
        _int(raw, "follow_up_days", where, problems, 1, 365)
        if "follow_up_days" in raw
        else max(1, stalled // 4)
    )
    idle = (
        _int(raw, "idle_after_days", where, problems, 1, 365)
        if "idle_after_days" in raw
        else max(1, stalled // 2)
    )
    questions = _texts(raw, "questions", where, problems)
    if not questions:
        problems.append(f"{where}: an open stage needs at least one question")
    criteria: list[Criterion] = []
    raw_criteria = raw.get("criteria", [])
    if not isinstance(raw_criteria, list) or not raw_criteria:
        problems.append(f"{where}: an open stage needs exit criteria")
        raw_criteria = []
    for j, item in enumerate(raw_criteria):
        if not isinstance(item, dict):
            problems.append(f"{where}: criterion {j + 1} must be a table")
            continue
        cwhere = f"{where}, criterion {j + 1}"
        criteria.append(
            Criterion(
                _text(item, "text", cwhere, problems),
                _int(item, "weight", cwhere, problems, 1, 100),
            )
        )
    total = sum(c.weight for c in criteria)
    if criteria and total != 100:
        problems.append(f"{where}: criteria weights add up to {total}, not 100")
    return StageSpec(key, name, probability, stalled, follow_up, idle, questions, tuple(criteria))


def _check_stage_order(stages: list[StageSpec], problems: list[str]) -> None:
    keys = [s.key for s in stages]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        problems.append(f"duplicate stage keys: {', '.join(dupes)}")
    opens = [s for s in stages if s.end is None]
    if not opens:
        problems.append("a pipeline needs at least one open stage")
    ends = [s.end for s in stages if s.end is not None]
    if sorted(ends) != ["lost", "won"]:
        problems.append("a pipeline needs exactly one 'won' and one 'lost' end stage")
    if stages and any(s.end is None for s in stages[len(opens) :]):
        problems.append("end stages must come after every open stage")
    probs = [s.probability for s in opens]
    if probs != sorted(probs):
        problems.append("win probabilities must not decrease from one open stage to the next")


def parse(data: dict[str, Any], source: str = "<playbook>") -> Playbook:
    """Builds a Playbook from parsed TOML, collecting every problem before raising."""
    problems: list[str] = []
    if data.get("schema") != SCHEMA:
        problems.append(f"'schema = {SCHEMA}' is required at the top of the file")
    head = data.get("playbook")
    if not isinstance(head, dict):
        raise PlaybookError(source, [*problems, "the [playbook] table is missing"])
    pid = _text(head, "id", "[playbook]", problems)
    if pid and not _KEY.match(pid):
        problems.append("[playbook]: id must use lowercase letters, digits and dashes")
    kind = head.get("kind")
    if kind not in ("pipeline", "questions"):
        problems.append('[playbook]: kind must be "pipeline" or "questions"')
    base = Playbook(
        id=pid,
        kind=str(kind),
        language=_text(head, "language", "[playbook]", problems),
        name=_text(head, "name", "[playbook]", problems),
        description=str(head.get("description", "")).strip(),
        source=source,
    )
    if kind == "questions":
        sections = []
        for i, raw in enumerate(_tables(data, "sections", problems)):
            where = f"section {i + 1}"
            sections.append(
                Section(
                    _text(raw, "key", where, problems),
                    _text(raw, "name", where, problems),
                    _texts(raw, "questions", where, problems),
                )
            )
        if not sections:
            problems.append("a question set needs at least one [[sections]] entry")
        if problems:
            raise PlaybookError(source, problems)
        return replace(base, sections=tuple(sections))
    stages = [_stage(raw, i, problems) for i, raw in enumerate(_tables(data, "stages", problems))]
    _check_stage_order(stages, problems)
    objections = []
    for i, raw in enumerate(_tables(data, "objections", problems)):
        where = f"objection {i + 1}"
        objections.append(
            ObjectionSpec(
                _text(raw, "category", where, problems),
                _text(raw, "text", where, problems),
                _text(raw, "answer", where, problems),
            )
        )
    lost = _texts(head, "lost_reasons", "[playbook]", problems)
    if problems:
        raise PlaybookError(source, problems)
    return replace(base, stages=tuple(stages), objections=tuple(objections), lost_reasons=lost)


def load(path: Path) -> Playbook:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PlaybookError(path.name, [f"cannot be read: {exc}"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(path.name, [f"is not valid TOML: {exc}"]) from exc
    return parse(data, path.name)


# --- the shipped catalogue -----------------------------------------------------------


def shipped(root: Path) -> dict[str, dict[str, Path]]:
    """{playbook id: {language: file}} for the playbooks under resources/playbooks."""
    found: dict[str, dict[str, Path]] = {}
    for file in sorted(root.glob("*/*.toml")):
        found.setdefault(file.parent.name, {})[file.stem] = file
    return found


def best_language(available: list[str] | set[str], wanted: str) -> str:
    """'fa_IR' -> 'fa', 'zh_TW' -> 'zh_CN' when that is all there is, else English."""
    if wanted in available:
        return wanted
    base = wanted.split("_")[0].split("-")[0]
    for lang in sorted(available):
        if lang.split("_")[0] == base:
            return lang
    return "en" if "en" in available else sorted(available)[0]


# --- applying --------------------------------------------------------------------------


def apply_pipeline(session: Session, playbook: Playbook) -> Pipeline:
    """Creates a pipeline with its stages, questions and criteria, and adds the
    playbook's objections and lost reasons to the shared library."""
    if playbook.kind != "pipeline":
        raise PlaybookError(playbook.source, ["this is a question set, not a pipeline"])
    pipeline = Pipeline(
        name=playbook.name,
        playbook_id=playbook.id,
        language=playbook.language,
        description=playbook.description,
    )
    session.add(pipeline)
    session.flush()
    assert pipeline.id is not None
    for position, spec in enumerate(playbook.stages):
        stage = Stage(
            pipeline_id=pipeline.id,
            key=spec.key,
            name=spec.name,
            position=position,
            probability=spec.probability,
            stalled_after_days=spec.stalled_after_days,
            follow_up_days=spec.follow_up_days,
            idle_after_days=spec.idle_after_days,
            end_kind=spec.end,
        )
        session.add(stage)
        session.flush()
        assert stage.id is not None
        session.add_all(
            StageQuestion(stage_id=stage.id, text=q, position=i)
            for i, q in enumerate(spec.questions)
        )
        session.add_all(
            ExitCriterion(stage_id=stage.id, text=c.text, weight=c.weight, position=i)
            for i, c in enumerate(spec.criteria)
        )
    known = {(o.category, o.text) for o in session.exec(select(ObjectionEntry)).all()}
    session.add_all(
        ObjectionEntry(
            category=o.category, text=o.text, answer=o.answer, language=playbook.language
        )
        for o in playbook.objections
        if (o.category, o.text) not in known
    )
    reasons = set(session.exec(select(LostReason.text)).all())
    start = len(reasons)
    session.add_all(
        LostReason(text=r, position=start + i)
        for i, r in enumerate(r for r in playbook.lost_reasons if r not in reasons)
    )
    session.flush()
    return pipeline


def apply_question_set(session: Session, stage_id: int, playbook: Playbook) -> int:
    """Adds a question set's questions to a stage (skipping ones it already has);
    returns how many were added."""
    if playbook.kind != "questions":
        raise PlaybookError(playbook.source, ["this is a pipeline, not a question set"])
    existing = session.exec(select(StageQuestion).where(StageQuestion.stage_id == stage_id)).all()
    have = {q.text for q in existing}
    position = len(existing)
    added = 0
    for section in playbook.sections:
        for question in section.questions:
            text = f"{section.name}: {question}"
            if text in have:
                continue
            session.add(StageQuestion(stage_id=stage_id, text=text, position=position))
            position += 1
            added += 1
    session.flush()
    return added


def main(argv: list[str] | None = None) -> int:
    """`python -m salesdesk.core.playbook FILE...`: validates playbook files."""
    failures = 0
    for name in argv if argv is not None else sys.argv[1:]:
        try:
            book = load(Path(name))
            print(f"ok    {name}: {book.kind} '{book.name}' ({book.language})")
        except PlaybookError as exc:
            failures += 1
            print(f"FAIL  {name}\n{exc.params['problems']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
