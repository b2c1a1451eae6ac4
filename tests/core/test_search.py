"""Search everything, the core: an index over a real database, queried the way a
rep types (any script, spelling variants, word by word)."""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesdesk.core import search
from salesdesk.core.services import activities, contacts, deals, objections
from salesdesk.core.textsearch import normalize


def add_deal(db, pipeline, stages, title: str, org: str | None = None, stage: int = 0) -> int:
    with db.transaction() as s:
        deal = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[stage].id,
            title=title,
            organization_name=org,
        )
        return deal.id


def add_note(db, deal_id: int, text: str, kind: str = "note", at: datetime | None = None) -> int:
    with db.transaction() as s:
        return activities.log_activity(s, deal_id, kind, text=text, at=at).id


def index_of(db) -> search.SearchIndex:
    with db.sql() as conn:
        return search.build(conn)


def found(index: search.SearchIndex, query: str) -> list[tuple[str, str]]:
    """(kind, title) of every hit, best first."""
    return [(search.KINDS[h.entry.kind], h.entry.title) for h in index.search(query).hits]


def titles(index: search.SearchIndex, query: str, kind: int = search.DEAL) -> list[str]:
    return [h.entry.title for h in index.search(query).hits if h.entry.kind == kind]


@pytest.fixture
def world(db, pipeline, stages):
    """Deals, people, notes and objections in five scripts."""
    ids = {
        "fa": add_deal(db, pipeline, stages, "قرارداد پشتیبانی کیک‌پزی", "نوین تجارت"),
        "ar": add_deal(db, pipeline, stages, "توريد أجهزة الخليج", "الأمل للتجارة"),
        "zh": add_deal(db, pipeline, stages, "华信科技服务器升级", "华信集团"),
        "fi": add_deal(db, pipeline, stages, "Äänekosken öljynvaihto", "Jyväskylän Sähkö Oy"),
        "en": add_deal(db, pipeline, stages, "Laptop fleet", "Acme Ltd"),
    }
    with db.transaction() as s:
        org_id = deals.organization_by_name(s, "Acme Ltd").id
        person = contacts.contact_by_name(s, "Leila Karimi", org_id)
        person.role, person.email = "CFO", "leila@acme.example"
        s.add(person)
    return ids


def test_persian_typed_with_arabic_letters_is_found(db, world):
    index = index_of(db)
    # Arabic kaf and yeh (ك ي) typed for Persian keheh and yeh (ک ی), no half-space.
    assert titles(index, "كيكپزي") == ["قرارداد پشتیبانی کیک‌پزی"]
    assert titles(index, "پشتيباني") == ["قرارداد پشتیبانی کیک‌پزی"]
    assert found(index, "نوين")[0] == ("organization", "نوین تجارت")


def test_arabic_without_hamza_and_with_arabic_digits(db, pipeline, stages, world):
    add_deal(db, pipeline, stages, "عقد ٢٠٢٦")
    index = index_of(db)
    assert titles(index, "اجهزه") == ["توريد أجهزة الخليج"]  # أ and ة typed as ا and ه
    assert titles(index, "الامل") == ["توريد أجهزة الخليج"]  # found by its organization
    assert titles(index, "2026") == ["عقد ٢٠٢٦"]


def test_chinese_is_found_inside_a_run_without_spaces(db, world):
    index = index_of(db)
    assert titles(index, "服务器") == ["华信科技服务器升级"]
    assert titles(index, "集团") == ["华信科技服务器升级"]  # its organization
    assert ("organization", "华信集团") in found(index, "华信")


def test_finnish_letters_typed_without_dots(db, world):
    index = index_of(db)
    assert titles(index, "aanekosken oljy") == ["Äänekosken öljynvaihto"]
    assert titles(index, "JYVASKYLAN") == ["Äänekosken öljynvaihto"]
    assert ("organization", "Jyväskylän Sähkö Oy") in found(index, "sahko")


def test_every_word_must_occur(db, world):
    index = index_of(db)
    assert titles(index, "laptop acme") == ["Laptop fleet"]
    assert titles(index, "laptop globex") == []
    assert index.search("laptop globex").total == 0


def test_contacts_found_by_name_role_and_email(db, world):
    index = index_of(db)
    for query in ("leila", "karimi cfo", "leila@acme"):
        assert ("contact", "Leila Karimi") in found(index, query), query
    hit = next(h for h in index.search("karimi").hits if h.entry.kind == search.CONTACT)
    assert (hit.entry.context, hit.entry.extra) == ("Acme Ltd", "CFO")


def test_exact_title_first_then_prefix_then_words_then_substring(db, pipeline, stages):
    for title in ("Autopilot rollout", "Pilot project", "Second pilot", "Pilot"):
        add_deal(db, pipeline, stages, title)
    add_deal(db, pipeline, stages, "Fleet", "Pilot Works")
    index = index_of(db)
    ranked = [
        (search.KINDS[h.entry.kind], h.entry.title, h.rank)
        for h in index.search("pilot").hits
        if h.entry.kind in (search.DEAL, search.ORGANIZATION)  # not the playbook's objections
    ]
    assert ranked == [
        ("deal", "Pilot", search.EXACT),
        ("deal", "Pilot project", search.PREFIX),
        ("organization", "Pilot Works", search.PREFIX),
        ("deal", "Second pilot", search.TITLE_WORDS),
        ("deal", "Fleet", search.WORD_START),  # found by its organization's name
        ("deal", "Autopilot rollout", search.SUBSTRING),
    ]
    # Exact wins over kind: an organization named exactly so comes before a deal prefix.
    assert found(index, "pilot works")[0] == ("organization", "Pilot Works")


def test_exact_match_ignores_case_accents_and_spaces(db, pipeline, stages):
    add_deal(db, pipeline, stages, "Café  Réunion")
    add_deal(db, pipeline, stages, "Café Réunion extra")
    hits = index_of(db).search("  cafe reunion ").hits
    assert [(h.entry.title, h.rank) for h in hits] == [
        ("Café  Réunion", search.EXACT),
        ("Café Réunion extra", search.PREFIX),
    ]


def test_deals_before_notes_on_ties_and_notes_newest_first(db, pipeline, stages):
    deal = add_deal(db, pipeline, stages, "Budget review")
    now = datetime.now(UTC)
    add_note(db, deal, "Budget review moved to May", at=now - timedelta(days=3))
    add_note(db, deal, "Budget review went well", "call", at=now - timedelta(days=1))
    hits = index_of(db).search("budget").hits
    assert [(search.KINDS[h.entry.kind], h.entry.title) for h in hits] == [
        ("deal", "Budget review"),
        ("note", "Budget review moved to May"),  # prefix matches: by title
        ("note", "Budget review went well"),
    ]
    hits = index_of(db).search("review").hits
    assert [h.entry.title for h in hits][1:] == [
        "Budget review went well",  # the newer note first
        "Budget review moved to May",
    ]
    assert {h.entry.deal_id for h in hits} == {deal}


def test_notes_found_with_a_one_line_snippet_around_the_match(db, pipeline, stages):
    deal = add_deal(db, pipeline, stages, "Server upgrade")
    text = (
        ("Small talk about the weather. " * 10)
        + "\nThey want the Kubernetes\nmigration "
        + ("and more small talk. " * 10)
    )
    add_note(db, deal, text, "call")
    index = index_of(db)
    results = index.search("kubernetes")
    (hit,) = results.hits
    assert (hit.entry.kind, hit.entry.deal_id, hit.entry.extra) == (search.NOTE, deal, "call")
    snippet = index.snippet(hit.entry, results.query)
    assert "Kubernetes migration" in snippet  # the match as written, line breaks gone
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\n" not in snippet and len(snippet) <= search.SNIPPET + 2


def test_snippet_in_a_long_persian_note_maps_back_to_the_text(db, pipeline, stages):
    deal = add_deal(db, pipeline, stages, "Long notes")
    filler = "مذاکره درباره‌ی قیمت و زمان تحویل ادامه دارد. " * 400  # well past LONG_TEXT
    add_note(db, deal, filler + "مشتری کیوسک‌های جدید می‌خواهد. " + filler)
    index = index_of(db)
    results = index.search("كيوسك")  # Arabic kaf and yeh typed
    (hit,) = results.hits
    assert len(hit.entry.text) > search.LONG_TEXT and index.checkpoints
    snippet = index.snippet(hit.entry, results.query)
    assert "کیوسک‌های جدید" in snippet
    assert len(snippet) <= search.SNIPPET + 2


def test_a_megabyte_note_that_looks_like_html_is_found_and_cut_short(db, pipeline, stages):
    deal = add_deal(db, pipeline, stages, "Huge")
    text = "<b>bold</b> " + "x" * 900_000 + " needle at the end"
    add_note(db, deal, text)
    index = index_of(db)
    results = index.search("needle")
    (hit,) = results.hits
    snippet = index.snippet(hit.entry, results.query)
    assert snippet.startswith("…") and snippet.endswith("needle at the end")
    assert len(snippet) <= search.SNIPPET + 2
    assert index.search("<b>bold").total == 1  # text is text: the tags are searchable


def test_objections_and_library_entries_found_with_their_answers(db, pipeline, stages):
    deal = add_deal(db, pipeline, stages, "Fleet renewal")
    with db.transaction() as s:
        entry = objections.add_library_entry(
            s, "Timing", "We renew only in spring", "Offer a bridge licence until spring"
        )
        objections.add_objection(
            s,
            deal,
            "Our budget is frozen",
            category="Budget",
            answer_given="Proposed a quarterly payment plan",
        )
    index = index_of(db)
    assert found(index, "frozen") == [("objection", "Our budget is frozen")]
    results = index.search("quarterly payment")  # found by the answer given
    (hit,) = results.hits
    assert (hit.entry.kind, hit.entry.deal_id, hit.entry.extra) == (
        search.OBJECTION,
        deal,
        "Budget",
    )
    assert hit.entry.context == "Fleet renewal"
    assert "quarterly payment plan" in index.snippet(hit.entry, results.query)
    results = index.search("bridge licence")
    (hit,) = results.hits
    assert (hit.entry.kind, hit.entry.id, hit.entry.context) == (search.LIBRARY, entry.id, "Timing")


def test_deals_of_every_pipeline_and_status(db, pipeline, stages):
    from salesdesk import bootstrap

    other = bootstrap.start_pipeline(db, bootstrap.load_shipped("four-bases", "en"))
    with db.transaction() as s:
        from salesdesk.core.services import pipelines

        first = pipelines.stages(s, other.id)[0]
        deals.create_deal(s, pipeline_id=other.id, stage_id=first.id, title="Zeta other pipeline")
    won = add_deal(db, pipeline, stages, "Zeta won")
    with db.transaction() as s:
        deals.win_deal(s, won)
    hits = index_of(db).search("zeta").hits
    assert {(h.entry.title, h.entry.status) for h in hits} == {
        ("Zeta other pipeline", "open"),
        ("Zeta won", "won"),
    }
    assert hits[0].entry.status == "open"  # open deals before closed ones


def test_limit_keeps_the_best_and_counts_them_all(db, pipeline, stages):
    with db.transaction() as s:
        for i in range(120):
            deals.create_deal(
                s, pipeline_id=pipeline.id, stage_id=stages[0].id, title=f"Widget order {i}"
            )
    index = index_of(db)
    results = index.search("widget")
    assert results.total == 120 and len(results.hits) == search.LIMIT
    assert index.search("order 11", limit=5).total == 11  # 11 and 110..119
    assert len(index.search("order 11", limit=5).hits) == 5


def test_typing_on_narrows_and_deleting_widens_again(db, pipeline, stages):
    for title in ("Qxal call", "Qxalout plan", "Payqxal", "Qxe play"):
        add_deal(db, pipeline, stages, title)
    index = index_of(db)
    typed = ("qx", "qxa", "qxal", "qxalo", "qxal", "qx", "", "qxe")
    assert [index.search(q).total for q in typed] == [4, 3, 3, 1, 3, 4, 0, 1]
    # A word start ranks before the same letters inside a word.
    assert [h.entry.title for h in index.search("qxal").hits][-1] == "Payqxal"


def test_query_rank_for_items_outside_the_index():
    head, key = search.item_keys("Back up now", "backup now", "backupNow")
    assert search.Query.parse("back up now").rank(head, key) == search.EXACT
    assert search.Query.parse("back").rank(head, key) == search.PREFIX
    assert search.Query.parse("now").rank(head, key) == search.TITLE_WORDS
    assert search.Query.parse("backup now").rank(head, key) == search.WORD_START
    assert search.Query.parse("ckup").rank(head, key) == search.SUBSTRING
    assert search.Query.parse("restore").rank(head, key) is None
    assert search.Query.parse("   ").rank(head, key) is None


def test_empty_database_and_empty_query(db, pipeline):
    index = index_of(db)
    assert index.search("").hits == [] and index.search("").total == 0
    assert index.search("anything").total == 0


# --- properties the speed-ups rest on -------------------------------------------------------

_TEXT = st.text(
    alphabet=st.sampled_from(
        string.ascii_letters + " -#.é\u0301ÄöÅßیيکكۀةأآ۱١\u064e\u200c华信 \n" + "\u0640ﷺ"
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT)
def test_keys_are_made_piece_by_piece(a, b):
    """fold and mark work character by character: composed keys (a deal's title and
    organization) and snippet offsets rely on key(a + b) == key(a) + key(b)."""
    assert search.fold(a) == normalize(a)
    assert search.fold(a + b) == search.fold(a) + search.fold(b)
    assert search.mark(search.fold(a + " " + b)) == (
        search.mark(search.fold(a)) + " " + search.mark(search.fold(b))
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=12), st.lists(_TEXT, min_size=1, max_size=6))
def test_search_finds_exactly_what_every_word_occurs_in(texts, queries):
    """Against the plain definition (every normalized word in the normalized text),
    whatever was typed before (narrowing must never lose a hit)."""
    entries = [search.Entry(search.NOTE, i, t) for i, t in enumerate(texts)]
    builder = search._Builder()
    for entry in entries:
        builder.add(entry)
    index = search.SearchIndex(builder.entries, builder.keys, builder.heads)
    typed = [q[:n] for q in queries for n in range(len(q) + 1)]  # as typed, letter by letter
    for query in typed:
        words = normalize(query).split()
        expected = {
            i for i, t in enumerate(texts) if words and all(w in normalize(t) for w in words)
        }
        results = index.search(query, limit=len(texts))
        assert {h.entry.id for h in results.hits} == expected, query
        assert results.total == len(expected)


def test_snippet_of_a_deal_found_by_its_organization_is_its_title(db, world):
    index = index_of(db)
    results = index.search("acme")
    hit = next(h for h in results.hits if h.entry.kind == search.DEAL)
    assert index.snippet(hit.entry, results.query) == "Laptop fleet"
