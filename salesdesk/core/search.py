"""Search everything: one index over deals, organizations, contacts, the objection
library, the objections raised on deals and notes, answering as the rep types.

Built once from a sqlite3 connection (on a worker thread), then queried on every
keystroke. The speed comes from three things:

- every searchable text is normalized once (core.textsearch: case, accents,
  Persian/Arabic letter variants, digits) and identical texts share one key,
  so 30,000 notes saying "No answer" are tested once;
- a query is tested with `word in key` driven from C (map/compress), never a
  Python loop per record; a query that grows narrows the previous hits only;
- only the `limit` best hits are ever ranked and built; the total is a sum.

Ranking: exact title match, then title prefix, then every word at a word start
of the title, then every word at a word start anywhere (a deal found by its
organization's name), then substring. On ties the kinds keep their order (deals
first, notes last), within a kind open and recent first (prefix matches: by title)."""

from __future__ import annotations

import bisect
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, compress, islice, repeat
from operator import and_, contains, not_

from salesdesk.core.textsearch import normalize

# Kinds, in the order ties are broken.
DEAL, ORGANIZATION, CONTACT, LIBRARY, OBJECTION, NOTE = range(6)
KINDS = ("deal", "organization", "contact", "library", "objection", "note")
# Ranks, best first.
EXACT, PREFIX, TITLE_WORDS, WORD_START, SUBSTRING = range(5)

LIMIT = 50
MARK = "\x1f"  # put before every word start inside a key; never in normalized text
TITLE_KEY_MAX = 200  # exact and prefix matching look at a title's start only
LONG_TEXT = 4096  # texts longer than this keep checkpoints for snippets
CHUNK = 1024
SNIPPET = 80  # characters of a note shown around the match

_WORD_START = re.compile(r"(?<!\w)(?=\w)")
_CONTROL = str.maketrans({MARK: " ", "\x00": " "})
_LINE_BREAKS = re.compile(r"\s+")


# The index's name for the app's one text key (ASCII fast path included).
fold = normalize


def mark(key: str) -> str:
    """`key` with MARK before each word start, so "<MARK>ro" finds "rollout" only
    where a word begins, with the same C-level `in` as a plain substring test."""
    return _WORD_START.sub(MARK, key.translate(_CONTROL))


def item_keys(title: str, *more: str) -> tuple[str, str]:
    """(title key, whole key) of an item searched outside an index (see Query.rank):
    found by its title and the `more` texts."""
    head = mark(fold(title))
    return head, " ".join([head, *(mark(fold(m)) for m in more)])


def _title_of(key: str) -> str:
    """The title form of a marked key: its start only (a 1 MB note is not copied),
    with a NUL after one cut short, so it can never equal a query."""
    head = key[: TITLE_KEY_MAX * 4]
    plain = " ".join(head.replace(MARK, "").split())
    if len(plain) > TITLE_KEY_MAX or len(key) > len(head):
        return plain[:TITLE_KEY_MAX] + "\x00"
    return plain


@dataclass(frozen=True)
class Query:
    """A typed query made ready: `text` the normalized words joined by one space;
    `inner` each word as found anywhere; `starts` each word as found at a word start."""

    text: str
    inner: tuple[str, ...]
    starts: tuple[str, ...]

    @classmethod
    def parse(cls, typed: str) -> Query:
        words = fold(typed).translate(_CONTROL).split()
        marked = [mark(w) for w in words]
        inner = tuple(m.removeprefix(MARK) for m in marked)
        # A word led by punctuation ("#12") starts a word after a space.
        starts = tuple(m if m.startswith(MARK) else " " + m for m in marked)
        return cls(" ".join(words), inner, starts)

    def __bool__(self) -> bool:
        return bool(self.text)

    def rank(self, head: str, key: str) -> int | None:
        """The rank of one item whose title's key is `head` and whole key `key` (both
        made by mark(fold(...))), or None when a word is missing. For short lists
        such as the app's actions."""
        if not self.text or not all(w in key for w in self.inner):
            return None
        title = _title_of(head)
        if title == self.text:
            return EXACT
        if title.startswith(self.text):
            return PREFIX
        if all(w in head for w in self.starts):
            return TITLE_WORDS
        return WORD_START if all(w in key for w in self.starts) else SUBSTRING


class Entry:
    """One thing the search can find. `text` is what its key was made from, for
    snippets (deals and contacts: their title only). `context` and `extra` depend on the kind: deal: organization, stage
    (`status` open, won or lost); organization: -, - (`count` its deals); contact:
    organization, role; library: category, -; objection: deal title, category
    (`status` 'resolved' or ''); note: deal title, activity kind (`at` its time)."""

    __slots__ = (
        "at",
        "context",
        "count",
        "deal_id",
        "extra",
        "id",
        "kind",
        "status",
        "text",
        "title",
        "uid",
    )

    def __init__(
        self,
        kind: int,
        id: int,
        title: str,
        text: str | None = None,
        *,
        deal_id: int | None = None,
        context: str = "",
        extra: str = "",
        status: str = "",
        at: str | None = None,
        count: int = 0,
    ) -> None:
        self.kind, self.id, self.title, self.deal_id = kind, id, title, deal_id
        self.text = title if text is None else text
        self.context, self.extra, self.status, self.at = context, extra, status, at
        self.count = count
        self.uid = -1  # its number in the index, set there

    def __repr__(self) -> str:
        return f"Entry({KINDS[self.kind]}, {self.id}, {self.title[:40]!r})"


@dataclass(frozen=True)
class Hit:
    entry: Entry
    rank: int


@dataclass(frozen=True)
class Results:
    query: Query
    hits: list[Hit]  # the best `limit`, best first
    total: int  # how many entries match in all


class SearchIndex:
    """Made by `build` (or from entries, their keys and title keys, as mark()
    makes them); `search` and `snippet` are then called from one thread."""

    def __init__(
        self,
        entries: list[Entry],
        keys: list[str],
        heads: list[str],
        checkpoints: dict[int, list[int]] | None = None,
    ) -> None:
        self.entries = entries
        # Entries with the same key and title key share them: `keys[k]` and
        # `heads[k]` belong to the entries `groups[k]` (ascending); keys are
        # numbered in the order of their first entry.
        self.keys: list[str] = []
        self.heads: list[str] = []
        self.groups: list[list[int]] = []
        self.key_of: list[int] = []
        slot: dict[tuple[str, str], int] = {}
        for uid, (entry, key, head) in enumerate(zip(entries, keys, heads, strict=True)):
            entry.uid = uid
            k = slot.setdefault((key, head), len(self.keys))
            if k == len(self.keys):
                self.keys.append(key)
                self.heads.append(head)
                self.groups.append([])
            self.groups[k].append(uid)
            self.key_of.append(k)
        self.exact: dict[str, list[int]] = {}
        # Per kind, titles in order with their entries: a prefix is a bisect away.
        by_kind: list[list[tuple[str, int]]] = [[] for _ in KINDS]
        titles: dict[str, str] = {}
        for k, head in enumerate(self.heads):
            title = titles.get(head)
            if title is None:
                title = titles[head] = _title_of(head)
            for uid in self.groups[k]:
                self.exact.setdefault(title, []).append(uid)
                by_kind[entries[uid].kind].append((title, uid))
        self.sorted_titles: list[tuple[list[str], list[int]]] = []
        for pairs in by_kind:
            pairs.sort()
            self.sorted_titles.append(([t for t, _ in pairs], [u for _, u in pairs]))
        # Long texts: the key's length at each CHUNK of the text (see snippet()).
        self.checkpoints = checkpoints or {}
        self._last: tuple[str, list[int]] = ("", [])  # the last query and its hit keys

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, typed: str | Query, limit: int = LIMIT) -> Results:
        query = typed if isinstance(typed, Query) else Query.parse(typed)
        if not query:
            return Results(query, [], 0)
        last_text, last_hits = self._last
        # Each word of a longer query contains the word it was: narrow the last hits.
        narrowing = bool(last_text) and query.text.startswith(last_text)
        hits = self._filter(query.inner, last_hits if narrowing else None)
        self._last = (query.text, hits)
        total = sum(map(len, map(self.groups.__getitem__, hits)))
        return Results(query, self._best(query, hits, limit), total)

    def _filter(self, words: Iterable[str], keys: list[int] | None) -> list[int]:
        """Numbers of the keys holding every word; the longest word goes first."""
        for word in sorted(words, key=len, reverse=True):
            if keys is None:
                keys = list(compress(range(len(self.keys)), map(contains, self.keys, repeat(word))))
            else:
                keys = list(compress(keys, map(contains, self._texts(keys), repeat(word))))
        return keys if keys is not None else []

    def _texts(self, keys: list[int]) -> Iterator[str]:
        return map(self.keys.__getitem__, keys)

    def _best(self, query: Query, hits: list[int], limit: int) -> list[Hit]:
        out: list[Hit] = []
        seen: set[int] = set()

        def take(uids: Iterable[int], rank: int) -> None:
            for uid in uids:
                if len(out) >= limit:
                    return
                if uid not in seen:
                    seen.add(uid)
                    out.append(Hit(self.entries[uid], rank))

        take(sorted(self.exact.get(query.text, ())), EXACT)
        for titles, uids in self.sorted_titles:
            if len(out) >= limit:
                break
            first = bisect.bisect_left(titles, query.text)
            last = first
            while (
                last < len(titles) and last - first < limit and titles[last].startswith(query.text)
            ):
                last += 1
            take(uids[first:last], PREFIX)
        # The rest by where the words are: all at word starts of the title, all at
        # word starts anywhere, or anywhere. Each mask is lazy: it stops being
        # computed once `limit` entries are in.
        tiers = (
            (TITLE_WORDS, lambda: self._at_starts(query, hits, self.heads)),
            (
                WORD_START,
                lambda: map(
                    and_,
                    self._at_starts(query, hits, self.keys),
                    map(not_, self._at_starts(query, hits, self.heads)),
                ),
            ),
            (SUBSTRING, lambda: map(not_, self._at_starts(query, hits, self.keys))),
        )
        for rank, mask in tiers:
            if len(out) >= limit:
                break
            take(self._first_entries(compress(hits, mask()), limit + len(seen)), rank)
        return out

    def _at_starts(self, query: Query, hits: list[int], texts: list[str]) -> Iterator[bool]:
        """Lazily, per hit: does every word occur at a word start of `texts[hit]`?"""
        masks = [map(contains, map(texts.__getitem__, hits), repeat(w)) for w in query.starts]
        combined: Iterator[bool] = masks[0]
        for mask in masks[1:]:
            combined = map(and_, combined, mask)
        return combined

    def _first_entries(self, keys: Iterator[int], n: int) -> list[int]:
        """The `n` smallest entry numbers in the groups of `keys` (lazy, ascending).
        Keys are numbered by their first entry, so the n smallest entries lie in
        the groups of the first n keys."""
        groups = map(self.groups.__getitem__, islice(keys, n))
        return sorted(chain.from_iterable(groups))[:n]

    # --- snippets -----------------------------------------------------------------------

    def snippet(self, entry: Entry, query: Query, width: int = SNIPPET) -> str:
        """One line of the entry's text around the first match of the query's
        first word found (the start when none), with '…' where it is cut. A match
        in the title (an objection's text rather than its answer) shows the title."""
        text, uid = entry.text, entry.uid
        key, head = self.keys[self.key_of[uid]], self.heads[self.key_of[uid]]
        found = -1
        for word in query.inner:
            found = key.find(word)
            if found >= 0:
                break
        in_title = 0 <= found < len(head)  # the title's key begins the text's key
        if in_title or text is entry.title:
            text = entry.title
        start = 0
        # Deals and contacts keep no text beyond their title: a match in their
        # organization or role shows the title from its start.
        if found > 0 and (in_title or text is not entry.title):
            offset = found - key.count(MARK, 0, found)  # back to the unmarked key
            start = max(0, self._original_offset(uid, text, offset) - width // 3)
        piece = text[start : start + width + 1]
        line = _LINE_BREAKS.sub(" ", piece).strip()
        cut = len(text) > start + width
        if cut:
            line = line[:width].rstrip()
        return ("…" if start > 0 else "") + line + ("…" if cut else "")

    def _original_offset(self, uid: int, text: str, key_offset: int) -> int:
        """Where in `text` its normalized key's `key_offset` falls. normalize maps
        text piece by piece (key(a + b) == key(a) + key(b)), so lengths add up."""
        if text.isascii():
            return key_offset
        pos = acc = 0
        marks = self.checkpoints.get(uid)
        if marks:  # normalized lengths of each CHUNK of a long text, precomputed
            chunk = bisect.bisect_right(marks, key_offset) - 1
            pos, acc = chunk * CHUNK, marks[chunk]
        while pos < len(text):
            step = len(fold(text[pos]))
            if acc + step > key_offset:
                break
            acc += step
            pos += 1
        return pos


def _key_long(text: str) -> tuple[str, list[int]]:
    """The key of a long text, normalized a chunk at a time, with the key length
    at each chunk's start (for snippets)."""
    parts, marks, length = [], [], 0
    for start in range(0, len(text), CHUNK):
        marks.append(length)
        part = fold(text[start : start + CHUNK])
        parts.append(part)
        length += len(part)
    return "".join(parts), marks


# --- building ----------------------------------------------------------------------------

_DEALS = """
SELECT d.id, d.title, coalesce(o.name, ''), coalesce(c.name, ''), s.name, d.status
FROM deal d JOIN stage s ON s.id = d.stage_id
LEFT JOIN organization o ON o.id = d.organization_id
LEFT JOIN contact c ON c.id = d.contact_id
ORDER BY d.status != 'open', d.updated_at DESC, d.id DESC
"""
_ORGANIZATIONS = """
SELECT o.id, o.name, (SELECT count(*) FROM deal d WHERE d.organization_id = o.id)
FROM organization o ORDER BY o.name, o.id
"""
_CONTACTS = """
SELECT c.id, c.name, c.role, coalesce(o.name, ''), c.email, c.phone
FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.name, c.id
"""
_LIBRARY = "SELECT id, text, answer, category FROM objectionentry ORDER BY category, text, id"
_OBJECTIONS = """
SELECT x.id, x.deal_id, x.text, x.answer_given, x.category, x.resolved, d.title
FROM dealobjection x JOIN deal d ON d.id = x.deal_id ORDER BY x.raised_at DESC, x.id DESC
"""
# Follow-ups carry their due time; everything else when it happened.
_NOTES = """
SELECT a.id, a.deal_id, a.text, a.kind, coalesce(a.due_at, a.at), d.title
FROM activity a JOIN deal d ON d.id = a.deal_id
WHERE a.text != '' ORDER BY coalesce(a.due_at, a.at) DESC, a.id DESC
"""


class _Builder:
    """Entries and their keys, each distinct text normalized once."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.keys: list[str] = []
        self.heads: list[str] = []
        self.checkpoints: dict[int, list[int]] = {}
        self._cache: dict[str, str] = {}
        self._shared: dict[str, str] = {}

    def key(self, text: str) -> str:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = mark(fold(text))
        return found

    def share(self, text: str) -> str:
        """One string object for equal texts: 30,000 notes on 10,000 deals repeat
        the deal titles, the activity kinds and often the text itself."""
        return self._shared.setdefault(text, text)

    def add(self, entry: Entry, parts: tuple[str, ...] | None = None) -> None:
        """The key is made from `parts` joined by spaces (part by part: key(a + " " + b)
        == key(a) + " " + key(b)), else from the entry's text."""
        if parts is not None:
            key = " ".join(map(self.key, parts))
        elif len(entry.text) > LONG_TEXT:
            plain, marks = _key_long(entry.text)
            key = mark(plain)
            self.checkpoints[len(self.entries)] = marks
        else:
            key = self.key(entry.text)
        # The title's key: the key itself when the title is the whole text (notes).
        whole = parts is None and entry.title is entry.text
        head = key if whole else self.key(entry.title)
        self.entries.append(entry)
        self.keys.append(key)
        self.heads.append(head)


def build(conn: sqlite3.Connection) -> SearchIndex:
    """Reads everything searchable in one read transaction (a consistent snapshot)."""
    b = _Builder()
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        for i, title, org, contact, stage, status in conn.execute(_DEALS):
            title, org, stage = b.share(title), b.share(org), b.share(stage)
            entry = Entry(DEAL, i, title, context=org, extra=stage, status=status, deal_id=i)
            b.add(entry, (title, org, contact, stage))
        for i, name, deals in conn.execute(_ORGANIZATIONS):
            b.add(Entry(ORGANIZATION, i, name, count=deals))
        for i, name, role, org, email, phone in conn.execute(_CONTACTS):
            b.add(Entry(CONTACT, i, name, context=org, extra=role), (name, role, org, email, phone))
        for i, text, answer, category in conn.execute(_LIBRARY):
            b.add(Entry(LIBRARY, i, text, f"{text}\n{answer}\n{category}", context=category))
        share = b.share
        for i, deal, text, answer, category, resolved, title in conn.execute(_OBJECTIONS):
            entry = Entry(
                OBJECTION,
                i,
                share(text),
                share(f"{text}\n{answer}\n{category}"),
                deal_id=deal,
                context=share(title),
                extra=share(category),
                status="resolved" if resolved else "",
            )
            b.add(entry)
        for i, deal, text, kind, at, title in conn.execute(_NOTES):
            note = Entry(
                NOTE, i, share(text), deal_id=deal, context=share(title), extra=share(kind)
            )
            note.at = at
            b.add(note)
    finally:
        if own and conn.in_transaction:
            conn.execute("COMMIT")
    return SearchIndex(b.entries, b.keys, b.heads, b.checkpoints)
