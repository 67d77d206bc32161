"""Ready to update: the plan, file by file, with counts and a filter. The commit page: Install."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QWizard

from ...core.engine.plan import PlanKind, UpdatePlan
from ...core.install.models import FileAction
from ...i18n import tr_message
from ..page_id import PageId
from ..state import WizardState
from ..widgets.accessible import name_item_view
from ..widgets.destination_folder import DestinationFolder
from ..widgets.plan_model import PlanFilterModel, PlanTableModel
from ..widgets.save_answers import SaveAnswers
from .base import BasePage, fmt, note_style, plain_label
from .disk_space import disk_space_line, measure


class ReadyPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "readyPage")
        self.setCommitPage(True)
        self.summary = plain_label("planSummary")
        self.body.addWidget(self.summary)
        # A fresh install asks where to go, as installers do (hidden for an update).
        self.destination = DestinationFolder(state)
        self.destination.changed.connect(self._on_destination)
        self.destination.hide()
        self.body.addWidget(self.destination)
        self.modified = plain_label("planModifiedFiles")
        self.modified.setStyleSheet(note_style())
        self.body.addWidget(self.modified)

        row = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setObjectName("planFilterLabel")
        self.filter = QComboBox()
        self.filter.setObjectName("planFilterCombo")
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._on_filter)
        self.counts = plain_label("planCounts")
        row.addWidget(self.filter_label)
        row.addWidget(self.filter)
        row.addSpacing(12)
        row.addWidget(self.counts, 1)
        self.body.addLayout(row)

        self.model = PlanTableModel(self)
        self.proxy = PlanFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.body.addWidget(self.table, 1)

        self.extra = plain_label("planExtra")
        self.body.addWidget(self.extra)
        self._space: tuple[int, int] | None = None
        self.space = plain_label("planDiskSpace")
        self.body.addWidget(self.space)
        self.save_answers = SaveAnswers(state, self.log)
        self.body.addWidget(self.save_answers)
        self.retranslate_ui()

    def initializePage(self) -> None:
        state = self.state
        self._space = (
            measure(state.plan, state.install, state.root)
            if state.plan is not None and state.root is not None
            else None
        )
        fresh = state.plan is not None and state.plan.kind is PlanKind.FRESH_INSTALL
        self.destination.setVisible(fresh)
        if fresh and state.plan is not None:
            self.destination.start(state.plan.bytes_to_write)
        self.model.set_plan(self.state.plan)
        self.save_answers.refresh()
        self.table.resizeColumnsToContents()
        self.retranslate_ui()  # the texts depend on the plan (update or fresh install)

    def nextId(self) -> int:
        return PageId.UPDATING

    def isComplete(self) -> bool:
        plan = self.state.plan
        if plan is not None and plan.kind is PlanKind.FRESH_INSTALL:
            return self.destination.is_valid()
        return plan is not None and plan.kind is not PlanKind.NOTHING

    @Slot()
    def _on_destination(self) -> None:
        self.completeChanged.emit()

    @Slot(int)
    def _on_filter(self, index: int) -> None:
        data = self.filter.itemData(index)
        self.proxy.set_action(str(data) if data else None)

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All files"), "")
        for action in FileAction:
            self.filter.addItem(self.model.action_text(action), action.value)
        index = max(0, self.filter.findData(current if current is not None else ""))
        self.filter.setCurrentIndex(index)
        self.filter.blockSignals(False)

    def _render(self) -> None:
        plan = self.state.plan
        if plan is None:
            self.summary.clear()
            self.counts.clear()
            self.modified.hide()
            self.extra.clear()
            self.space.clear()
            return
        counts = plan.counts()
        fresh = plan.kind is PlanKind.FRESH_INSTALL
        if fresh:
            self.summary.setText(
                self.tr(
                    "RMS is not installed on this server: Setup installs RMS with SP1, %n file(s).",
                    "",
                    len(plan.actions),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Setup changes only what SP1 needs: %n file(s) are added or replaced; every "
                    "other file stays as it is.",
                    "",
                    len(plan.changes()),
                )
            )
        self.counts.setText(
            fmt(
                self.tr("Add: %1   Replace: %2   Keep: %3   Keep (changed by you): %4"),
                counts["add"],
                counts["replace"],
                counts["keep"],
                counts["keep-modified"],
            )
        )
        modified = [a.path for a in plan.actions if a.action is FileAction.KEEP_MODIFIED]
        if modified:
            self.modified.setText(
                self.tr(
                    "You (or a colleague) changed %n file(s) since RMS 1.0 installed them. Setup "
                    "keeps your changes; review these files after the update: ",
                    "",
                    len(modified),
                )
                + ", ".join(modified)
            )
            self.modified.show()
        else:
            self.modified.hide()
        self.extra.setText("\n".join(self._database_lines(plan)))
        space, short = disk_space_line(self._space, fresh=fresh)
        self.space.setText(space)
        self.space.setStyleSheet(note_style() if short else "")
        self.space.setVisible(bool(space))

    def _database_lines(self, plan: UpdatePlan) -> list[str]:
        """What the update does to the databases (and a fresh install's notes), one line each."""
        lines: list[str] = []
        migration = plan.config_db_migration
        if migration is not None:
            fields = [f"{c.table}.{c.column.name}" for c in migration.add_columns]
            fields += [t.table for t in migration.create_tables]
            lines.append(
                fmt(
                    self.tr(
                        "Configuration database: SP1 adds %1. RMS keeps its data; a 1.0 server "
                        "would ignore these fields."
                    ),
                    ", ".join(fields),
                )
            )
        if plan.recreate_logging_db:
            if self.state.keep_statistics:
                lines.append(
                    self.tr(
                        "Logging database: recreated with the SP1 schema; the past entries are "
                        "copied back from the backup."
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "Logging database: recreated with the SP1 schema; past statistics are not "
                        "kept."
                    )
                )
        lines.extend(tr_message(n) for n in plan.notes if plan.kind is PlanKind.FRESH_INSTALL)
        return lines

    def retranslate_ui(self) -> None:
        fresh = self.state.plan is not None and self.state.plan.kind is PlanKind.FRESH_INSTALL
        self.setTitle(self.tr("Ready to install"))
        self.setSubTitle(
            self.tr("Check what Setup will do, then click Install. After this you cannot go back.")
            if not fresh
            else self.tr(
                "Choose where Setup installs RMS, check what it will install, then click Install."
            )
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Install"))
        self.destination.retranslate_ui()
        self.filter_label.setText(self.tr("&Show:"))
        self.filter.setAccessibleName(self.tr("Show files"))
        name_item_view(self.table, self.tr("Files SP1 installs"))
        self._fill_filter()
        self.model.retranslate()
        self._render()
