"""Small helpers shared by the services: lookups and text checks."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, TypeVar

from salesdesk.core.errors import NotFoundError, ValidationError, translatable

if TYPE_CHECKING:  # the move service uses these helpers without loading the ORM
    from sqlmodel import Session, SQLModel

T = TypeVar("T", bound="SQLModel")

MAX_NAME = 300  # titles and names: a card line, not an essay
MAX_TEXT = 1_000_000  # notes and answers: a 1 MB note is still stored intact


def get(session: Session, model: type[T], ident: int | None, what: str) -> T:
    row = session.get(model, ident) if ident is not None else None
    if row is None:
        raise NotFoundError(translatable("The {what} no longer exists."), what=what)
    return row


def _has_control(text: str, allow_newlines: bool) -> bool:
    allowed = {"\n", "\t", "\r"} if allow_newlines else set()
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def clean_name(value: str | None, field: str, label: str) -> str:
    """Trims a one-line name; refuses empty, over-long or control-character text."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, translatable("The {label} cannot be empty."), label=label)
    if len(text) > MAX_NAME:
        raise ValidationError(
            field,
            translatable("The {label} is too long ({length} characters; {limit} at most)."),
            label=label,
            length=len(text),
            limit=MAX_NAME,
        )
    if _has_control(text, allow_newlines=False):
        raise ValidationError(
            field, translatable("The {label} contains control characters."), label=label
        )
    return text


def clean_text(value: str | None, field: str) -> str:
    """Free text (notes, answers): kept as typed, bounded in size."""
    text = value or ""
    if len(text) > MAX_TEXT:
        raise ValidationError(field, translatable("The text is too long (1 MB at most)."))
    if _has_control(text, allow_newlines=True):
        raise ValidationError(field, translatable("The text contains control characters."))
    return text
