"""The HTML pages the wizard writes (the run report, the debrief), from the Jinja2 templates in
``rms_wizard/templates/``.

The Python side translates every text (the strings stay marked for lupdate there) and hands the
template plain values; the template holds the markup. Autoescape is on and every printed value
goes through :func:`html.escape` (``None`` prints as nothing), so a hostile name is text on the
page, never markup. Jinja2 is imported only when a page is rendered: start-up does not pay for it.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment

#: Beside the package's modules (PyInstaller's spec copies it to the same place in the bundle).
TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"


def _escaped(value: object) -> object:
    """Every ``{{ value }}``: escaped as the pages always were (``&quot;``, ``&#x27;``); the markup
    the templates' own macros return passes as it is."""
    from markupsafe import Markup

    if isinstance(value, Markup):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        finalize=_escaped,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_page(template: str, **values: object) -> str:
    """The page ``template`` (a file name in ``rms_wizard/templates/``) filled with ``values``."""
    return _environment().get_template(template).render(**values)
