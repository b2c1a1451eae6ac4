"""What the filter box and the quick filters let through, on the board and in the
deals table alike: every typed word in the card's search key (any script), and
the stalled / follow-up overdue / closing-this-month rules."""

from __future__ import annotations

from datetime import date

from salesdesk.core import board
from salesdesk.core.board import Card, StageColumn
from salesdesk.core.textsearch import normalize

QUICK = ("stalled", "overdue", "closing")


def prepare_search_key(card: Card) -> str:
    """What the filter box matches: title, organization and contact, in any script.
    Kept on the card, made on first need (or ahead, while the board is idle)."""
    card.search_key = normalize(f"{card.title} {card.organization} {card.contact}")
    return card.search_key


class CardFilter:
    def __init__(self) -> None:
        self.query = ""  # normalised
        self.words: list[str] = []
        self.quick: set[str] = set()
        self.now = board.now_text()
        self.month = date.today().strftime("%Y-%m")

    def set_query(self, text: str) -> bool | None:
        """None when the query is unchanged; else True when it only narrows the last
        one (typing on: what it matches, the shorter query matched too)."""
        key = normalize(text.strip())
        if key == self.query:
            return None
        narrowing = bool(self.query) and key.startswith(self.query)
        self.query, self.words = key, key.split()
        return narrowing

    def set_quick(self, name: str, on: bool) -> bool:
        """Turns a quick filter on or off; True when that changed anything."""
        before = set(self.quick)
        self.quick.add(name) if on else self.quick.discard(name)
        return self.quick != before

    def is_active(self) -> bool:
        return bool(self.query or self.quick)

    def tick(self, narrowing: bool) -> bool:
        """Reads the clock before a refilter; narrowing holds only within the same
        minute, since "stalled" and "overdue" move with the clock."""
        now = board.now_text()
        narrowing = narrowing and now[:16] == self.now[:16]
        self.now, self.month = now, date.today().strftime("%Y-%m")
        return narrowing

    def accepts(self, card: Card, column: StageColumn | None) -> bool:
        if self.words:
            # Words tested inline, query split once: a call per word cost a widening
            # keystroke ~4 ms at 10,000 cards (measured on the board).
            key = card.search_key or prepare_search_key(card)
            for word in self.words:
                if word not in key:
                    return False
        quick = self.quick
        if not quick:
            return True
        if "stalled" in quick and (column is None or not board.is_stalled(card, column, self.now)):
            return False
        if "overdue" in quick and not board.is_overdue(card, self.now):
            return False
        return not ("closing" in quick and not board.closes_in_month(card, self.month))
