"""The update plan as a table: one row per SP1 file, with a filter on the action.

For screen readers (issue 18) the headers have full names and say what their column means, a cell
shown as "–" is read as what it means, and the file and action cells carry the row's reason as
their description: a user moving down the file column hears what happens to each file and why,
without going to the far end of the row (whose text is often cut off on screen).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ...core.common.messages import fill_placeholders
from ...core.engine.plan import PlannedFile, UpdatePlan
from ...core.install.labels import action_label, component_label
from ...core.install.models import FileAction
from ...i18n import tr_message
from ..theme import Tone, tint, tone_color

AnyIndex = QModelIndex | QPersistentModelIndex

#: The action of a row, for filtering (Qt.ItemDataRole.UserRole).
ACTION_ROLE = Qt.ItemDataRole.UserRole


class PlanTableModel(QAbstractTableModel):
    """File, component, action, installed -> new version, reason."""

    FILE, COMPONENT, ACTION, INSTALLED, NEW, REASON = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedFile] = []

    def set_plan(self, plan: UpdatePlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.actions) if plan is not None else []
        self.endResetModel()

    def item(self, row: int) -> PlannedFile:
        return self._rows[row]

    def retranslate(self) -> None:
        """Texts changed language: headers and cells are rendered again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def action_text(self, action: FileAction) -> str:
        return tr_message(action_label(action.value))

    def component_text(self, component: str) -> str:
        return tr_message(component_label(component))

    # ---- QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("File"),
                self.tr("Component"),
                self.tr("Action"),
                self.tr("Installed"),
                self.tr("New"),
                self.tr("Reason"),
            ][section]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # "New" alone does not say new what
            return [
                self.tr("File"),
                self.tr("Component"),
                self.tr("Action"),
                self.tr("Installed version"),
                self.tr("New version"),
                self.tr("Reason"),
            ][section]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return [
                self.tr("The file's path in the install folder"),
                self.tr("The part of RMS the file belongs to"),
                self.tr("What Setup does with the file"),
                self.tr("The file's version on the server now"),
                self.tr("The version SP1 installs"),
                self.tr("Why Setup does this with the file"),
            ][section]
        return None

    def _accessible_text(self, item: PlannedFile, column: int) -> str | None:
        """What a cell shown as "–" means, read instead of "dash"; None: its shown text."""
        if column == self.INSTALLED and not item.installed_version:
            if item.installed_sha256 is None:
                return self.tr("not on the server")
            return self.tr("no version")
        if column == self.NEW and not item.new_version:
            return self.tr("no version")
        return None

    def _accessible_description(self, item: PlannedFile, column: int) -> str | None:
        if column == self.ACTION:
            return tr_message(item.reason)
        if column == self.FILE:
            return fill_placeholders(
                "%1: %2", (self.action_text(item.action), tr_message(item.reason))
            )
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        modified = item.action is FileAction.KEEP_MODIFIED
        if role == ACTION_ROLE:
            return item.action.value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(item, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._accessible_description(item, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FILE:
                return item.path
            if column == self.COMPONENT:
                return self.component_text(item.component.value)
            if column == self.ACTION:
                return self.action_text(item.action)
            if column == self.INSTALLED:
                return item.installed_version or "–"
            if column == self.NEW:
                return item.new_version or "–"
            if column == self.REASON:
                return tr_message(item.reason)
        if role == Qt.ItemDataRole.FontRole and modified:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and modified:
            return QBrush(tone_color(Tone.NOTE, tint(Tone.NOTE)))
        if role == Qt.ItemDataRole.BackgroundRole and modified:
            return QBrush(tint(Tone.NOTE))
        return None


class PlanFilterModel(QSortFilterProxyModel):
    """Shows the rows of one action (or all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action: str | None = None

    def set_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self._action = action
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._action is None:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return bool(model.data(index, ACTION_ROLE) == self._action)
