"""The AT-SPI desktop fixture (see ``atspi_desktop``)."""

from __future__ import annotations

from atspi_desktop import desktop

__all__ = ["desktop"]
