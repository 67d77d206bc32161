"""Texts of Qt's own dialogs that Qt's Dutch catalogue (``qtbase_nl``) does not translate.

``qtbase_nl`` is loaded for the stock buttons and dialogs, but it is older than the texts Qt shows
now: the file dialog asks for "&Look in:" and "Files of &type:" (``qtbase_nl`` has them without
the mnemonic) and names the file system "Computer". A dialog in Dutch with those three lines in
English reads as unfinished. :class:`QtCatalogueGaps` answers exactly those (context, text) pairs
from our own catalogue (context ``QtGaps``) and nothing else; installed before Qt's catalogue and
ours, it is asked last, so it never hides a translation ``qtbase`` has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from .core.common.messages import QT_TRANSLATE_NOOP

#: (Qt's context, Qt's source text) -> the same text, marked for our catalogue.
GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): QT_TRANSLATE_NOOP("QtGaps", "&Look in:"),
    ("QFileDialog", "Files of &type:"): QT_TRANSLATE_NOOP("QtGaps", "Files of &type:"),
    ("QFileSystemModel", "Computer"): QT_TRANSLATE_NOOP("QtGaps", "Computer"),
}


class QtCatalogueGaps(QTranslator):
    """Translates the (context, text) pairs of :data:`GAPS` through our catalogue."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = GAPS.get((context, source_text))
        if text is None:
            return None  # a null string: "not here", so Qt asks on (an empty one would be taken)
        return QCoreApplication.translate("QtGaps", text, disambiguation, n)

    def isEmpty(self) -> bool:
        return False
