"""The names of call outcomes and activity types, in the rep's language. The
database stores keys (core.services.interactions), so counts survive a change
of language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("outcomes", text)


def outcome_labels() -> dict[str, str]:
    return {
        "reached": _t("Reached"),
        "no_answer": _t("No answer"),
        "voicemail": _t("Left a voicemail"),
        "meeting_held": _t("Meeting held"),
        "rescheduled": _t("Rescheduled"),
        "not_interested": _t("Not interested"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "call": _t("Call"),
        "meeting": _t("Meeting"),
        "email": _t("Email"),
        "note": _t("Note"),
        "task": _t("Task"),
    }


def outcome_label(key: str) -> str:
    """Imported data may carry free text: shown as it is."""
    return outcome_labels().get(key, key)
