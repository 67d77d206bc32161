"""The HTML pages' templates: escaped as the pages always were, and Jinja2 loaded only to render."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from rms_wizard.core.common.html_templates import TEMPLATES_DIR, render_page

ROOT = Path(__file__).resolve().parents[2]


def test_a_value_is_escaped_with_html_escape_s_spelling() -> None:
    page = render_page("base.html.j2", lang="\"><script>alert('x')</script>&amp;")
    assert (
        '<html lang="&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;amp;">' in page
    )
    assert "<script" not in page
    assert render_page("base.html.j2", lang=None).count('<html lang="">') == 1


def test_importing_the_report_and_debrief_modules_loads_no_jinja2() -> None:
    code = (
        "import sys\n"
        "import rms_wizard.run_report, rms_wizard.training.debrief_html, rms_wizard.cli.main\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'markupsafe')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_templates_ship_with_the_package_and_the_frozen_app() -> None:
    assert TEMPLATES_DIR == ROOT / "rms_wizard" / "templates"
    assert {p.name for p in TEMPLATES_DIR.glob("*.j2")} >= {
        "base.html.j2",
        "macros.html.j2",
        "run_report.html.j2",
        "debrief.html.j2",
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "templates/*.j2" in project["tool"]["setuptools"]["package-data"]["rms_wizard"]
    assert any(d.lower().startswith("jinja2") for d in project["project"]["dependencies"])
    spec = (ROOT / "packaging" / "rms_wizard.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "rms_wizard" / "templates"), "rms_wizard/templates")' in spec
