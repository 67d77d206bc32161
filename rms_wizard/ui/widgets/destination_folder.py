"""The destination folder of a fresh install, as installers ask for it: a field with the standard
folder, Browse..., and a plain line when the folder cannot be used (not a full path, outside the
server's files or the sandbox, not empty, not writable, too little disk space).

Shown on the Ready page when no RMS was found. The check is the core's
(:func:`rms_wizard.core.engine.destination.check_destination`, the same as ``apply --install-dir``); the
chosen folder is kept in ``state.install_path`` and the fresh install goes there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.common.messages import BadInputError
from ...core.common.paths import root_to_windows, windows_to_root
from ...core.engine.destination import DEFAULT_INSTALL_PATH, check_destination
from ...i18n import tr_message
from ..pages.base import error_style, plain_label
from ..state import WizardState
from .accessible import announce_as_shown, plain_text


class DestinationFolder(QWidget):
    """Label, field and Browse...; ``changed`` is emitted when the folder's verdict may differ."""

    changed = Signal()

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.setObjectName("destinationFolder")
        self._state = state
        self._needed = 0
        self._valid = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel()
        self.label.setObjectName("destinationFolderLabel")
        self.edit = QLineEdit()
        self.edit.setObjectName("destinationFolderEdit")
        self.label.setBuddy(self.edit)
        self.edit.textChanged.connect(self._on_edited)
        self.browse = QPushButton()
        self.browse.setObjectName("destinationBrowseButton")
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.label)
        row.addSpacing(6)  # the label never touches its field (longer Dutch words)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        outer.addLayout(row)
        self.problem = plain_label("destinationFolderProblem", selectable=True)
        self.problem.setStyleSheet(error_style())
        self.problem.hide()
        outer.addWidget(self.problem)
        self.retranslate_ui()

    def start(self, needed: int) -> None:
        """The page is shown: the standard folder (or the one chosen before), checked for
        ``needed`` bytes."""
        self._needed = needed
        if not self.edit.text():
            self.edit.setText(self._state.install_path or DEFAULT_INSTALL_PATH)
        self._check()

    def is_valid(self) -> bool:
        return self._valid

    @Slot()
    def _on_edited(self) -> None:
        self._check()
        self.changed.emit()

    def _check(self) -> None:
        root = self._state.root
        problem = ""
        self._state.install_path = None
        if root is not None:
            try:
                found = check_destination(root, self.edit.text(), self._needed)
            except BadInputError as exc:
                problem = tr_message(exc.message)
            else:
                self._state.install_path = found.windows_path
        self._valid = root is not None and not problem
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.setVisible(bool(problem))
        self.edit.setAccessibleDescription(problem)

    @Slot()
    def _browse(self) -> None:
        root = self._state.root
        if root is None:
            return
        try:
            start = windows_to_root(root, self.edit.text().strip())
        except ValueError:
            start = root
        start = next((f for f in (start, *start.parents) if f.is_dir()), root)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the destination folder"), str(start)
        )
        if not chosen:
            return
        windows = root_to_windows(root, Path(chosen))
        if windows is None:  # a folder outside the server's files (the sandbox's, in a drill)
            self.edit.setText(chosen)  # the check says why it cannot be used
        else:
            self.edit.setText(windows)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Destination folder:"))
        self.edit.setAccessibleName(plain_text(self.label.text()))
        self.browse.setText(self.tr("B&rowse\u2026"))
        announce_as_shown(self.browse, self.tr("Choose the destination folder"))
        if self.edit.text():
            self._check()


__all__ = ["DestinationFolder"]
