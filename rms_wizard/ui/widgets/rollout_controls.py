"""The cluster page's inputs and buttons: the backup folder, the private-key password, Start (or
Resume) and Stop, the servers done, and the status line. Its texts keep the cluster page's
translation context, where they were first written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..announce_hooks import announce_question
from ..pages.base import error_style, note_style, push_button
from ..rollout_session import LineStyle
from .accessible import plain_text
from .folder_row import set_folder_row_texts
from .password_field import PasswordField
from .status_line import StatusLine


class RolloutControls(QWidget):
    """``error_slot``: where the page shows its inline error (under the inputs it is about)."""

    def __init__(
        self,
        default_folder: Callable[[], Path],
        on_start: Callable[[], object],
        on_stop: Callable[[], object],
    ) -> None:
        super().__init__()
        self._default_folder = default_folder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QGridLayout()
        form.setHorizontalSpacing(8)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("rolloutFolderLabel")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("rolloutFolderEdit")
        self.folder_label.setBuddy(self.folder_edit)
        self.browse = push_button("rolloutBrowseButton", self._browse)
        self.password_label = QLabel()
        self.password_label.setObjectName("rolloutPasswordLabel")
        self.password_field = PasswordField("rolloutPassword")
        self.password_label.setBuddy(self.password_field.edit)
        form.addWidget(self.folder_label, 0, 0)
        form.addWidget(self.folder_edit, 0, 1)
        form.addWidget(self.browse, 0, 2)
        form.addWidget(self.password_label, 1, 0)
        form.addWidget(self.password_field, 1, 1, 1, 2)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        self.error_slot = QVBoxLayout()
        layout.addLayout(self.error_slot)

        row = QHBoxLayout()
        self.start = push_button("rolloutStartButton", on_start)
        self.stop = push_button("rolloutStopButton", on_stop)
        self.progress = QProgressBar()
        self.progress.setObjectName("rolloutProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        row.addWidget(self.start)
        row.addWidget(self.stop)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.status = StatusLine("rolloutStatus")
        layout.addWidget(self.status)

    def offer_folder(self, folder: Path) -> None:
        """``folder`` in the field, unless one is there already."""
        if not self.folder_edit.text():
            self.folder_edit.setText(str(folder))

    def folder(self) -> Path | None:
        """The backup folder typed or chosen (None: none yet)."""
        text = self.folder_edit.text().strip()
        return Path(text) if text else None

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text() or str(self._default_folder())
        chosen = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("ClusterPage", "Choose the folder for the backups"),
            str(Path(start).parent),
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def show_state(self, *, busy: bool, startable: bool, stoppable: bool, resume: bool) -> None:
        """``busy``: a check or the run goes on; ``resume``: a run ended before every server was
        at SP1 (Start resumes it)."""
        focused = QApplication.focusWidget()
        for widget in (self.folder_edit, self.browse, self.password_field):
            widget.setEnabled(not busy)
        self.start.setEnabled(not busy and startable)
        self.stop.setEnabled(stoppable)
        if (
            focused is None
            or focused is self.window()  # it went while the password was checked
            or (self.isAncestorOf(focused) and not focused.isEnabled())
        ):
            # The control in use went grey (Start as the run begins): the keyboard and a screen
            # reader stay here, on what can be pressed now, not on the bare window.
            for target in (self.stop, self.start):
                if target.isEnabled():
                    target.setFocus()
                    break
        self.start.setText(
            QCoreApplication.translate("ClusterPage", "Resume the &rollout")
            if resume
            else QCoreApplication.translate("ClusterPage", "Start the &rollout")
        )
        self.start.setAccessibleName(
            QCoreApplication.translate("ClusterPage", "Resume the rollout")
            if resume
            else QCoreApplication.translate("ClusterPage", "Start the rollout")
        )

    def show_running(self, servers: int) -> None:
        """A run has started on ``servers`` servers."""
        self.progress.setRange(0, servers)
        self.progress.setValue(0)
        self.status.setText(
            QCoreApplication.translate("ClusterPage", "The rollout is running\u2026")
        )

    def show_status(self, text: str, style: LineStyle, *, busy: bool) -> None:
        """The status line: ``text`` (nothing: the line of the check or the run stays while
        ``busy``)."""
        if text:
            self.status.setText(text)
            styles = {"error": error_style(), "note": note_style()}
            self.status.setStyleSheet(styles.get(style, ""))
            return
        if not busy:
            self.status.clear()
        self.status.setStyleSheet("")

    def ask_to_stop(self) -> bool:
        """The wizard's Cancel (or close) while the rollout runs: whether to stop it."""
        text = QCoreApplication.translate(
            "ClusterPage",
            "The rollout is running. If you stop it, the servers being updated now finish "
            "their update and no other server is started. Updated servers run SP1, the others "
            "stay at 1.0; they work together, and you can resume later.\n\nStop the rollout?",
        )
        announce_question(self, text)  # as the Cancel question during an update
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ClusterPage", "Stop the rollout"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def retranslate_ui(self) -> None:
        set_folder_row_texts(
            (self.folder_label, self.folder_edit, self.browse),
            QCoreApplication.translate("ClusterPage", "Backup &folder:"),
            QCoreApplication.translate("ClusterPage", "Br&owse\u2026"),
            QCoreApplication.translate("ClusterPage", "Choose the folder for the backups"),
            QCoreApplication.translate("ClusterPage", "Backup folder"),
        )
        self.password_label.setText(
            QCoreApplication.translate("ClusterPage", "Private-key pass&word:")
        )
        self.password_field.set_accessible_name(plain_text(self.password_label.text()))
        self.stop.setText(QCoreApplication.translate("ClusterPage", "S&top"))
        self.stop.setAccessibleName(
            QCoreApplication.translate("ClusterPage", "Stop the rollout between servers")
        )
        self.progress.setAccessibleName(QCoreApplication.translate("ClusterPage", "Servers done"))
