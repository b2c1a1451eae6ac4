"""Guards against a Qt binding that loses references to None.

PySide6 6.12.0 decrements None's reference count each time a Python `data()`
override hands None back to C++. On Python 3.11 None is not immortal, so a
board that is hovered and repainted for a while aborts the process
("none_dealloc"). The board model returns None for roles it does not serve, as
Qt's API expects; this test fails on a binding with the bug."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 50

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None  # what Qt calls an invalid QVariant


def test_none_returned_to_cpp_keeps_its_references(qapp):
    model = _Model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(20):  # each sort asks data() from C++ for every comparison
        proxy.sort(0)
        proxy.invalidate()
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"the Qt binding lost {lost} references to None"
