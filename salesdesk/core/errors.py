"""Typed errors with messages a rep can read.

Messages are English templates with named fields. The UI translates the template
(context "errors") and then fills in the fields, so the core stays Qt-free while
every message can still reach the rep in their own language.
"""

from __future__ import annotations

from typing import Any


class Term(str):
    """A word of SalesDesk's own ("title", "deal", "won") filled into a message:
    the UI translates it with the message, where the rep's data is quoted as typed."""


def translatable(text: str) -> Term:
    """Marks a message template or a term for translation extraction."""
    return Term(text)


def excerpt(text: str, limit: int = 60) -> str:
    """A rep's text quoted in a message, cut short: a message quotes a cell, not
    the megabyte someone pasted into it."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SalesDeskError(Exception):
    """Base of every error the rep may see. `str()` gives the English message."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(SalesDeskError):
    """Input the rep gave is not acceptable; `field` names the input at fault."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(SalesDeskError):
    """Something the caller referred to does not exist (any more)."""


class ConflictError(SalesDeskError):
    """The request contradicts the current state (e.g. reopening an open deal)."""
