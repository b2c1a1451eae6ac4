"""The one cancellation every long import raises: the caller's transaction rolls
back, so a cancelled import leaves nothing behind."""

from __future__ import annotations

from salesdesk.core.errors import SalesDeskError, translatable


class ImportCancelled(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(translatable("The import was cancelled; nothing was imported."))
