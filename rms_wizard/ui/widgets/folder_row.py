"""The texts of a folder row: a label, its field and a Browse... button (the backup folder of the
Preparation page, the backup folder of a cluster rollout). Each owner keeps its texts in its own
translation context and passes them translated."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from .accessible import announce_as_shown, plain_text


def set_folder_row_texts(
    row: tuple[QLabel, QLineEdit, QAbstractButton],
    label_text: str,
    browse_text: str,
    chooses: str,
    field_name: str | None = None,
) -> None:
    """The label's text, the button's, and what the button chooses (read with it). The field is
    read aloud as ``field_name``, or as the label without its mnemonic and colon."""
    label, field, browse = row
    label.setText(label_text)
    field.setAccessibleName(plain_text(label_text) if field_name is None else field_name)
    browse.setText(browse_text)
    announce_as_shown(browse, chooses)


__all__ = ["set_folder_row_texts"]
