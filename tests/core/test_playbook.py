from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from sqlmodel import select

from salesdesk import bootstrap
from salesdesk.core import playbook as pb
from salesdesk.core.models import ExitCriterion, LostReason, ObjectionEntry, Stage, StageQuestion

CATALOGUE = bootstrap.shipped_playbooks()
ALL_FILES = [path for files in CATALOGUE.values() for path in files.values()]
PIPELINES = ("b2b-7-step", "six-stage-cycle", "proposal-negotiation", "four-bases")
QUESTION_SETS = ("bant", "champ", "meddic")


def test_every_playbook_ships_in_all_five_languages():
    assert set(CATALOGUE) == set(PIPELINES) | set(QUESTION_SETS)
    for pid, files in CATALOGUE.items():
        assert set(files) == set(pb.LANGUAGES), pid


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_shipped_playbook_is_valid(path: Path):
    book = pb.load(path)
    assert book.id == path.parent.name and book.language == path.stem
    for stage in book.open_stages:
        assert sum(c.weight for c in stage.criteria) == 100
        assert stage.questions
    if book.kind == "pipeline":
        assert len(book.objections) >= 7 and book.lost_reasons


@pytest.mark.parametrize("pid", sorted(CATALOGUE))
def test_languages_share_one_structure(pid: str):
    english = pb.load(CATALOGUE[pid]["en"])

    def shape(book: pb.Playbook) -> object:
        return (
            book.kind,
            [
                (s.key, s.probability, s.stalled_after_days, s.end, [c.weight for c in s.criteria])
                for s in book.stages
            ],
            [(s.key, len(s.questions)) for s in book.sections],
            [len(s.questions) for s in book.stages],
            len(book.objections),
            len(book.lost_reasons),
        )

    for lang, path in CATALOGUE[pid].items():
        book = pb.load(path)
        assert shape(book) == shape(english), lang
        if lang != "en":
            assert book.name != english.name, f"{pid}/{lang} is not translated"


def _texts(book: pb.Playbook) -> list[str]:
    texts = [book.name, book.description, *book.lost_reasons]
    for stage in book.stages:
        texts += [stage.name, *stage.questions, *(c.text for c in stage.criteria)]
    for section in book.sections:
        texts += [section.name, *section.questions]
    for objection in book.objections:
        texts += [objection.category, objection.text, objection.answer]
    return [t for t in texts if t]


# The script each translation is written in; a file pasted from English fails.
SCRIPTS = {
    "fa": "\u0600-\u06ff",
    "ar": "\u0600-\u06ff",
    "zh_CN": "\u4e00-\u9fff",
}


@pytest.mark.parametrize("pid", sorted(CATALOGUE))
@pytest.mark.parametrize("lang", ["fa", "ar", "zh_CN", "fi"])
def test_translation_is_written_in_its_language(pid: str, lang: str):
    import re

    english = set(_texts(pb.load(CATALOGUE[pid]["en"])))
    texts = _texts(pb.load(CATALOGUE[pid][lang]))
    copied = [t for t in texts if t in english and not t.isupper()]  # BANT etc. may stay
    assert not copied, f"{pid}/{lang} keeps English text: {copied[:3]}"
    if lang in SCRIPTS:
        script = re.compile(f"[{SCRIPTS[lang]}]")
        assert all(script.search(t) for t in texts), f"{pid}/{lang} has text outside its script"
    if lang == "fa":  # Persian keyboards type ی and ک; the Arabic forms break search and sorting
        assert not any(ch in t for t in texts for ch in "يك"), pid
    if lang == "fi":  # Finnish text has its own letters somewhere in a playbook
        assert any(ch in t for t in texts for ch in "äöÄÖ"), pid


def test_default_is_the_seven_step_process():
    book = bootstrap.load_shipped(pb.DEFAULT_PLAYBOOK, "en")
    assert [s.key for s in book.open_stages] == [
        "research",
        "prospecting",
        "needs",
        "pitch",
        "objections",
        "closing",
        "followup",
    ]
    categories = {o.category.lower() for o in book.objections}
    for expected in ("price", "timing", "competition", "authority", "need", "trust"):
        assert any(expected in c for c in categories), expected


def _valid() -> dict:
    return tomllib.loads((CATALOGUE["four-bases"]["en"]).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("breaks", "message"),
    [
        (lambda d: d["stages"][0]["criteria"][0].update(weight=1), "add up to"),
        (lambda d: d["stages"].pop(), "exactly one 'won' and one 'lost'"),
        (lambda d: d["stages"][1].update(key=d["stages"][0]["key"]), "duplicate stage keys"),
        (lambda d: d["stages"][0].update(probability=99), "must not decrease"),
        (lambda d: d["stages"][0].update(probability=101), "from 0 to 100"),
        (lambda d: d["stages"][0].update(questions=[]), "at least one question"),
        (lambda d: d["stages"].insert(0, d["stages"].pop()), "after every open stage"),
        (lambda d: d["playbook"].update(kind="recipe"), "kind must be"),
        (lambda d: d.update(schema=99), "schema = 1"),
        (lambda d: d["objections"][0].update(answer=""), "'answer' must be non-empty"),
    ],
)
def test_broken_playbooks_are_explained(breaks, message):
    data = _valid()
    breaks(data)
    with pytest.raises(pb.PlaybookError) as err:
        pb.parse(data, "team.toml")
    assert message in str(err.value) and "team.toml" in str(err.value)


def test_unreadable_toml_is_explained(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[playbook\nid = 'x'", encoding="utf-8")
    with pytest.raises(pb.PlaybookError, match="not valid TOML"):
        pb.load(bad)
    assert pb.main([str(bad)]) == 1


def test_apply_pipeline_creates_everything(db):
    book = bootstrap.load_shipped("b2b-7-step", "fa")
    pipeline = bootstrap.start_pipeline(db, book)
    with db.transaction() as s:
        stages = s.exec(
            select(Stage).where(Stage.pipeline_id == pipeline.id).order_by(Stage.position)
        ).all()
        assert [st.key for st in stages] == [st.key for st in book.stages]
        assert stages[-1].end_kind == "lost" and stages[-2].end_kind == "won"
        questions = s.exec(select(StageQuestion)).all()
        assert len(questions) == sum(len(st.questions) for st in book.stages)
        assert sum(c.weight for c in s.exec(select(ExitCriterion)).all()) == 100 * len(
            book.open_stages
        )
        assert len(s.exec(select(ObjectionEntry)).all()) == len(book.objections)
        assert len(s.exec(select(LostReason)).all()) == len(book.lost_reasons)
    # Applying a second playbook adds a pipeline without duplicating library rows.
    bootstrap.start_pipeline(db, book)
    with db.transaction() as s:
        assert len(s.exec(select(ObjectionEntry)).all()) == len(book.objections)


def test_apply_question_set_to_a_stage(db, pipeline, stages):
    bant = bootstrap.load_shipped("bant", "en")
    target = stages[1]
    with db.transaction() as s:
        before = len(s.exec(select(StageQuestion).where(StageQuestion.stage_id == target.id)).all())
        added = pb.apply_question_set(s, target.id, bant)
        assert added == sum(len(sec.questions) for sec in bant.sections)
        assert pb.apply_question_set(s, target.id, bant) == 0  # not twice
        after = s.exec(select(StageQuestion).where(StageQuestion.stage_id == target.id)).all()
        assert len(after) == before + added
        assert any(q.text.startswith("Budget: ") for q in after)
    with pytest.raises(pb.PlaybookError), db.transaction() as s:
        pb.apply_pipeline(s, bant)


def test_best_language_falls_back_sensibly():
    langs = {"en", "fa", "zh_CN"}
    assert pb.best_language(langs, "fa_IR") == "fa"
    assert pb.best_language(langs, "zh_TW") == "zh_CN"
    assert pb.best_language(langs, "de_DE") == "en"
