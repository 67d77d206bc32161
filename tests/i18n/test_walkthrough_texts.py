"""Issue 14: every UI text a walkthrough quotes is a text the wizard shows, in that language.

A walkthrough names what the reader sees: page titles (the step headings), buttons, fields and
labels in **bold**, messages in *italics*. Each of them must be in the language's catalogue --
``translations/rms_wizard_<lang>.ts`` (English: its sources and translations; Dutch: its
translations), Qt's own catalogue for QWizard's stock buttons, and the scenarios' own texts (their
titles and goals) -- so the documents cannot drift from the pages again. In a quote, "…" stands for
what the page fills in (a folder, a name), and a number may stand for a placeholder (``%1``,
``%n``). Bold paragraph leads of the trainer notes ("**Varied runs.**") and bold lines that head a
list are the document's own structure, not quotes.
"""

from __future__ import annotations

import functools
import json
import re

import pytest
from i18n_catalogue import ROOT, read_ts
from PySide6.QtCore import QLibraryInfo, QTranslator

DOCS = ROOT / "docs"
#: QWizard's buttons as the wizard sets them (their texts come from Qt's catalogue, "QWizard").
WIZARD_BUTTONS = ("< &Back", "&Next >", "&Finish", "Cancel", "&Help")
BOLD = re.compile(r"\*\*([^*]+?)\*\*")
ITALIC = re.compile(r"(?<![*\w])\*([^*\s][^*]*?)\*(?![*\w])")
STEP = re.compile(r"^### (?:Step|Stap) \d+ — (.+)$", re.MULTILINE)
#: What a page fills in: a placeholder, or (in a quote) a number or a release (SP1, 1.0).
NUMBER = re.compile(r"%L?[1-9n]|\bSP1\b|\d+(?:[.,]\d+)*")


def _plain(text: str) -> str:
    """A shown text as a reader sees it: no mnemonic marker, one kind of ellipsis and space;
    placeholders and numbers alike as one mark."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("...", "…").replace("\u00a0", " ")
    return NUMBER.sub("§", re.sub(r"\s+", " ", text))


def _scenario_texts(lang: str) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get(lang), str):
                found.append(node[lang])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((ROOT / "resources" / "scenarios").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def catalogue(lang: str) -> list[str]:
    texts: list[str] = []
    for entry in read_ts(ROOT / "translations" / f"rms_wizard_{lang}.ts"):
        texts.extend(form for form in entry.forms if form)
        if lang == "en":
            texts.append(entry.source)
    qt = QTranslator()
    if lang != "en":
        assert qt.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        )
    texts.extend(qt.translate("QWizard", button) or button for button in WIZARD_BUTTONS)
    texts.extend(_scenario_texts(lang))
    return [_plain(text) for text in texts]


def quotes(lang: str) -> list[str]:
    """The walkthrough's quoted UI texts: step titles, bold and italic phrases."""
    text = (DOCS / f"walkthrough.{lang}.md").read_text(encoding="utf-8")
    # The steps of the update and the removal are named after their pages ("Preparation: back up
    # first" is the page "Preparation"); the trainer's steps (part 3) are what the trainer does.
    pages = text.split("\n## 3.", 1)[0]
    found = [title.split(":")[0].strip() for title in STEP.findall(pages)]
    body = "\n".join(
        line
        for line in text.splitlines()
        if not line.startswith("#") and not re.fullmatch(r"\*\*[^*]+\*\*", line.strip())
    )
    body = re.sub(r"`[^`]*`", "", re.sub(r"\s*\n\s*", " ", body))
    for phrase in BOLD.findall(body):
        if not phrase.rstrip().endswith("."):  # a paragraph's lead, not a quote
            found.append(phrase.strip())
    found.extend(phrase.strip() for phrase in ITALIC.findall(BOLD.sub("", body)))
    return found


def _shown(phrase: str, texts: list[str]) -> bool:
    """Every part of ``phrase`` between "…" is, in order, in one catalogue text (a quote of
    several sentences: each sentence in one)."""
    sentences = re.split(r"(?<=[.!?]) (?=[A-Z])", _plain(phrase))
    if len(sentences) > 1:
        return all(_shown(sentence, texts) for sentence in sentences)
    parts = [p.strip() for p in sentences[0].split("…") if p.strip(" .:")]
    for text in texts:
        at = 0
        for part in parts:
            at = text.find(part, at)
            if at < 0:
                break
            at += len(part)
        else:
            return True
    # A whole text whose placeholder holds words ("Setup found %1 that did not finish.").
    return any(pattern.fullmatch(sentences[0]) for pattern in _patterns(tuple(texts)))


@functools.cache
def _patterns(texts: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [
        re.compile(".{1,60}?".join(re.escape(piece) for piece in text.split("§")))
        for text in texts
        if "§" in text and len(re.sub(r"[^a-zA-Z]", "", text)) >= 12
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_quoted_ui_text_is_in_the_catalogue_of_its_language(lang: str) -> None:
    texts = catalogue(lang)
    found = quotes(lang)
    assert len(found) > 60, "the walkthrough quotes the pages"
    missing = [phrase for phrase in found if not _shown(phrase, texts)]
    assert not missing, f"walkthrough.{lang}.md quotes texts no page shows: {missing}"


def test_a_changed_label_is_caught() -> None:
    texts = catalogue("en")
    assert _shown("Keep past statistics (include the logging database)", texts)
    assert _shown("Verified backup in …", texts)
    assert _shown("it is exactly RMS 1.0.", texts)
    assert not _shown("Keep old statistics (include the logging database)", texts)
    assert not _shown("Verified the backup in …", texts)
