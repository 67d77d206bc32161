"""The interoperability matrix as a table: one row per feature, one column per moment.

Each column is the deployment at one moment ("now", "during the rollout", "after"): either one cell
of the core's matrix (every server at one version) or two (the 1.0 servers and the SP1 servers of a
mixed deployment, which work together but do not offer the same). Cells that differ from the first
column are highlighted: that is what changes. Labels and explanations come from
:data:`rms_wizard.core.fleet.interop.FEATURES`, the values from :func:`~rms_wizard.core.fleet.interop.value_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core.fleet.interop import FEATURES, FeatureValue, InteropFeatures, value_text
from ...i18n import tr_message
from ..theme import Tone, tint

#: The highlight of a cell that changes (a light green that reads on white and grey).
#: Item data role holding True on a highlighted cell (tests and screen readers' tooltips use it).
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class InteropColumn:
    """One moment of the deployment. ``cells``: one matrix cell, or (1.0 servers, SP1 servers)."""

    key: str
    header: str
    cells: tuple[InteropFeatures, ...]

    def values(self, feature: str) -> tuple[FeatureValue, ...]:
        return tuple(getattr(cell, feature) for cell in self.cells)


class _NoFocusFrame(QStyledItemDelegate):
    """Cells are read, not chosen: no focus frame on the current one."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus


class InteropTable(QTableWidget):
    """The matrix for a few moments of one deployment, the changes highlighted."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._columns: list[InteropColumn] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setItemDelegate(_NoFocusFrame(self))
        self.setWordWrap(True)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    # ---- content

    def set_columns(self, columns: Sequence[InteropColumn]) -> None:
        """Show ``columns`` (the first is the reference the others are compared with)."""
        self._columns = list(columns)
        self.clear()
        self.setRowCount(len(FEATURES))
        self.setColumnCount(len(self._columns))
        self.setHorizontalHeaderLabels([column.header for column in self._columns])
        reference = self._columns[0] if self._columns else None
        for row, feature in enumerate(FEATURES):
            explanation = tr_message(feature.explanation)
            header = QTableWidgetItem(tr_message(feature.label))
            header.setToolTip(explanation)
            header.setData(Qt.ItemDataRole.AccessibleDescriptionRole, explanation)
            self.setVerticalHeaderItem(row, header)
            for col, column in enumerate(self._columns):
                values = column.values(feature.key)
                changed = (
                    reference is not None
                    and col > 0
                    and set(values) != set(reference.values(feature.key))
                )
                item = QTableWidgetItem(self._text(values))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(CHANGED_ROLE, changed)
                item.setToolTip(explanation)
                # Read by screen readers with the cell: the explanation is not only on hover,
                # and the highlight is not only a colour.
                item.setData(
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                    self._description(explanation, reference if changed else None),
                )
                if changed:
                    item.setBackground(QBrush(tint(Tone.DONE)))
                    font = QFont(self.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, col, item)
        self.resizeRowsToContents()
        self.updateGeometry()

    def _text(self, values: tuple[FeatureValue, ...]) -> str:
        if len(set(values)) == 1:
            return tr_message(value_text(values[0]))
        return (
            self.tr("1.0 servers: %1\nSP1 servers: %2")
            .replace("%1", tr_message(value_text(values[0])))
            .replace("%2", tr_message(value_text(values[-1])))
        )

    def _description(self, explanation: str, changed_from: InteropColumn | None) -> str:
        """A cell's explanation, and for a highlighted one what it differs from."""
        if changed_from is None:
            return explanation
        differs = self.tr("Highlighted: differs from \u201c%1\u201d.")
        return f"{explanation} {differs.replace('%1', changed_from.header)}"

    def explanation(self, row: int) -> str:
        """What the feature of ``row`` means (shown under the table for the current row)."""
        return tr_message(FEATURES[row].explanation) if 0 <= row < len(FEATURES) else ""

    # ---- what tests (and the page) read

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

    def cell(self, feature: str, column: str) -> tuple[str, bool]:
        """(the text, highlighted?) of one cell."""
        row = next(i for i, f in enumerate(FEATURES) if f.key == feature)
        col = self.column_keys().index(column)
        item = self.item(row, col)
        assert item is not None
        return item.text(), bool(item.data(CHANGED_ROLE))

    def changed_cells(self) -> list[tuple[str, str]]:
        """(feature, column) of every highlighted cell."""
        found = []
        for row, feature in enumerate(FEATURES):
            for col, column in enumerate(self._columns):
                item = self.item(row, col)
                if item is not None and item.data(CHANGED_ROLE):
                    found.append((feature.key, column.key))
        return found
