"""The SQLModel tables. Storage rules (../shared/DESIGN.md): money in integer minor
units plus an ISO code; every timestamp timezone-aware UTC; stage history append-only."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import CheckConstraint, Index, String, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from salesdesk.core.timeutil import from_storage, to_storage, utcnow

DEAL_STATUSES = ("open", "won", "lost")
ACTIVITY_KINDS = ("call", "meeting", "email", "note", "task")
END_KINDS = ("won", "lost")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as fixed-width UTC text; refuses naive ones on write."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else to_storage(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_storage(value)


def _ts(**kw: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kw)


class Setting(SQLModel, table=True):
    """Small per-database settings (current pipeline, exit-criteria policy, ...)."""

    key: str = Field(primary_key=True, max_length=100)
    value: str = ""


class Pipeline(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    playbook_id: str = ""
    language: str = "en"
    description: str = ""
    created_at: datetime = _ts(default_factory=utcnow)


class Stage(SQLModel, table=True):
    __table_args__: ClassVar[Any] = (
        UniqueConstraint("pipeline_id", "key"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="stage_probability_range"),
        CheckConstraint("end_kind IS NULL OR end_kind IN ('won', 'lost')", name="stage_end_kind"),
    )
    id: int | None = Field(default=None, primary_key=True)
    pipeline_id: int = Field(foreign_key="pipeline.id", index=True, ondelete="CASCADE")
    key: str
    name: str
    position: int = 0
    probability: int = 0  # percent
    stalled_after_days: int = 14
    follow_up_days: int = 3  # the next step after a call falls due this many days later
    idle_after_days: int = 7  # no activity for longer than this stalls a deal too
    end_kind: str | None = None  # None for an open stage, else "won" or "lost"

    @property
    def is_open(self) -> bool:
        return self.end_kind is None


class Organization(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    created_at: datetime = _ts(default_factory=utcnow)


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organization_id: int | None = Field(
        default=None, foreign_key="organization.id", index=True, ondelete="SET NULL"
    )
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    created_at: datetime = _ts(default_factory=utcnow)


class Deal(SQLModel, table=True):
    __table_args__: ClassVar[Any] = (
        CheckConstraint("status IN ('open', 'won', 'lost')", name="deal_status"),
        CheckConstraint("value_minor >= 0", name="deal_value_nonnegative"),
        # The board's one query: open deals of a pipeline, per stage, in column order.
        Index("ix_deal_board", "pipeline_id", "status", "stage_id", "position"),
        # Column figures read from the index alone (migration 0002).
        Index("ix_deal_figures", "pipeline_id", "status", "stage_id", "currency", "value_minor"),
    )
    id: int | None = Field(default=None, primary_key=True)
    pipeline_id: int = Field(foreign_key="pipeline.id", ondelete="CASCADE")
    stage_id: int = Field(foreign_key="stage.id", index=True)
    title: str
    organization_id: int | None = Field(
        default=None, foreign_key="organization.id", index=True, ondelete="SET NULL"
    )
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", index=True, ondelete="SET NULL"
    )
    value_minor: int = 0
    currency: str = Field(default="EUR", max_length=3)
    position: float = 0.0  # sortable within a column: a move writes one row
    status: str = "open"
    lost_reason: str | None = None
    expected_close: date | None = None
    created_at: datetime = _ts(default_factory=utcnow)
    updated_at: datetime = _ts(default_factory=utcnow)
    stage_entered_at: datetime = _ts(default_factory=utcnow)
    closed_at: datetime | None = _ts(default=None)
    next_follow_up_at: datetime | None = _ts(default=None, index=True)
    last_activity_at: datetime | None = _ts(default=None)  # kept by services/activities.py


class StageChange(SQLModel, table=True):
    """Append-only: time in stage, conversion and velocity are computed from it."""

    __table_args__: ClassVar[Any] = (Index("ix_stagechange_deal_at", "deal_id", "at"),)
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", ondelete="CASCADE")
    from_stage_id: int | None = Field(default=None, foreign_key="stage.id")
    to_stage_id: int = Field(foreign_key="stage.id", index=True)
    at: datetime = _ts(default_factory=utcnow)


class Activity(SQLModel, table=True):
    __table_args__: ClassVar[Any] = (
        CheckConstraint(
            "kind IN ('call', 'meeting', 'email', 'note', 'task')", name="activity_kind"
        ),
        CheckConstraint("duration_minutes >= 0", name="activity_duration_nonnegative"),
        Index("ix_activity_deal_at", "deal_id", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", ondelete="CASCADE")
    kind: str
    at: datetime = _ts(default_factory=utcnow)
    duration_minutes: int = 0
    outcome: str = ""
    text: str = ""
    due_at: datetime | None = _ts(default=None, index=True)
    done_at: datetime | None = _ts(default=None)
    created_at: datetime = _ts(default_factory=utcnow)


class StageQuestion(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stage_id: int = Field(foreign_key="stage.id", index=True, ondelete="CASCADE")
    text: str
    position: int = 0


class ExitCriterion(SQLModel, table=True):
    __table_args__: ClassVar[Any] = (
        CheckConstraint("weight BETWEEN 0 AND 100", name="criterion_weight_range"),
    )
    id: int | None = Field(default=None, primary_key=True)
    stage_id: int = Field(foreign_key="stage.id", index=True, ondelete="CASCADE")
    text: str
    weight: int = 0
    position: int = 0


class DealAnswer(SQLModel, table=True):
    __table_args__: ClassVar[Any] = (UniqueConstraint("deal_id", "question_id"),)
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True, ondelete="CASCADE")
    question_id: int = Field(foreign_key="stagequestion.id", ondelete="CASCADE")
    text: str = ""
    updated_at: datetime = _ts(default_factory=utcnow)


class DealCriterion(SQLModel, table=True):
    """A ticked exit criterion; unticking deletes the row."""

    deal_id: int = Field(foreign_key="deal.id", primary_key=True, ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="exitcriterion.id", primary_key=True, ondelete="CASCADE")
    checked_at: datetime = _ts(default_factory=utcnow)


class ObjectionEntry(SQLModel, table=True):
    """The shared library: an objection reps hear, grouped by category, with the agreed answer."""

    id: int | None = Field(default=None, primary_key=True)
    category: str = Field(index=True)
    text: str
    answer: str = ""
    language: str = "en"
    created_at: datetime = _ts(default_factory=utcnow)


class DealObjection(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True, ondelete="CASCADE")
    library_id: int | None = Field(
        default=None, foreign_key="objectionentry.id", index=True, ondelete="SET NULL"
    )
    stage_id: int | None = Field(default=None, foreign_key="stage.id")
    category: str = ""
    text: str
    answer_given: str = ""
    resolved: bool = False
    raised_at: datetime = _ts(default_factory=utcnow)


class LostReason(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(unique=True)
    position: int = 0


class ImportedRecord(SQLModel, table=True):
    """A source record (another tool's id, or a SalesDesk export's deal id) that
    became a deal: importing the same file again skips it."""

    __table_args__: ClassVar[Any] = (UniqueConstraint("source", "record_id"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str  # "pipedrive", "hubspot", "salesforce", "csv", "salesdesk:<database id>"
    record_id: str
    deal_id: int = Field(foreign_key="deal.id", index=True, ondelete="CASCADE")
    imported_at: datetime = _ts(default_factory=utcnow)


class StageAlias(SQLModel, table=True):
    """Another tool's stage name (casefolded) mapped onto a stage, per source."""

    __table_args__: ClassVar[Any] = (UniqueConstraint("pipeline_id", "source", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    pipeline_id: int = Field(foreign_key="pipeline.id", ondelete="CASCADE")
    source: str
    name: str
    stage_id: int = Field(foreign_key="stage.id", ondelete="CASCADE")
