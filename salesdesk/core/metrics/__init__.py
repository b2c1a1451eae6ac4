"""Insights: pure figures over the stage history, without Qt.

`history.load(conn, pipeline_id)` reads a snapshot in six queries; every figure
(funnel, time in stage, flows, outcomes, forecast, reasons, alerts) is a pure
function of that snapshot and a `period.Period`; `report.report` gathers them all."""

from salesdesk.core.metrics.history import History, load
from salesdesk.core.metrics.period import Period
from salesdesk.core.metrics.report import build, report

__all__ = ["History", "Period", "build", "load", "report"]
