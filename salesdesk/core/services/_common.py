"""Small helpers shared by the services: lookups and text checks."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, TypeVar

from salesdesk.core.errors import NotFoundError, Term, ValidationError, translatable

if TYPE_CHECKING:  # the move service uses these helpers without loading the ORM
    from sqlmodel import Session, SQLModel

T = TypeVar("T", bound="SQLModel")

MAX_NAME = 300  # titles and names: a card line, not an essay
MAX_TEXT = 1_000_000  # notes and answers: a 1 MB note is still stored intact

# Category Cc is exactly U+0000-U+001F and U+007F-U+009F: as character classes the
# checks run in C, so a 1 MB note costs a millisecond, not a Python loop.
_CONTROL_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # and line separators
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # \t \n \r allowed
# A lone surrogate is not text: UTF-8 (so SQLite) cannot encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")


# The words `get()` and the pipeline checks fill into {what} or {kind}, listed
# so extraction finds them (call sites pass them as plain strings).
THINGS = (
    translatable("deal"),
    translatable("contact"),
    translatable("organization"),
    translatable("objection"),
    translatable("library objection"),
    translatable("question"),
    translatable("exit criterion"),
    translatable("stage"),
    translatable("follow-up"),
    translatable("won"),
    translatable("lost"),
)


def get(session: Session, model: type[T], ident: int | None, what: str) -> T:
    row = session.get(model, ident) if ident is not None else None
    if row is None:
        raise NotFoundError(translatable("The {what} no longer exists."), what=Term(what))
    return row


def has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def is_invisible(text: str) -> bool:
    """Nothing a rep could see or search for: spaces and format characters only
    (zero-width space and joiners, bidi marks, soft hyphen, BOM). Such a name
    shows as a blank card, so it counts as empty."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def check_name(text: str, field: str, label: str, limit: int = MAX_NAME) -> str:
    """Refuses an (already trimmed) name that is empty or invisible, longer than
    `limit`, or holds control characters, line separators or lone surrogates."""
    if len(text) > limit:
        raise ValidationError(
            field,
            translatable("The {label} is too long ({length} characters; {limit} at most)."),
            label=label,
            length=len(text),
            limit=limit,
        )
    if is_invisible(text):  # "" included
        raise ValidationError(field, translatable("The {label} cannot be empty."), label=label)
    if _CONTROL_IN_NAME.search(text):
        raise ValidationError(
            field, translatable("The {label} contains control characters."), label=label
        )
    if has_surrogate(text):
        raise ValidationError(
            field,
            translatable("The {label} contains characters that are not valid text."),
            label=label,
        )
    return text


def clean_name(value: str | None, field: str, label: str) -> str:
    """Trims a one-line name; refuses empty, over-long or control-character text."""
    return check_name((value or "").strip(), field, label)


def clean_text(value: str | None, field: str) -> str:
    """Free text (notes, answers): kept as typed, bounded in size."""
    text = value or ""
    if len(text) > MAX_TEXT:
        raise ValidationError(field, translatable("The text is too long (1 MB at most)."))
    if _CONTROL_IN_TEXT.search(text):
        raise ValidationError(field, translatable("The text contains control characters."))
    if has_surrogate(text):
        raise ValidationError(
            field, translatable("The text contains characters that are not valid text.")
        )
    return text
