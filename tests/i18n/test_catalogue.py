"""The committed catalogues are complete, current and consistent with the sources."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from i18n_catalogue import (
    LANGUAGES,
    PACKAGE,
    ROOT,
    TRANSLATIONS,
    Entry,
    fresh_extraction,
    is_qt_context,
    placeholders,
    read_ts,
)

CATALOGUES = {lang: TRANSLATIONS / f"rms_wizard_{lang}.ts" for lang in LANGUAGES}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    return fresh_extraction(tmp_path_factory.mktemp("lupdate"))


@pytest.fixture(scope="module", params=sorted(LANGUAGES))
def catalogue(request: pytest.FixtureRequest) -> tuple[str, list[Entry]]:
    language = request.param
    return language, read_ts(CATALOGUES[language])


def _show(keys: set[tuple[str, str, str]]) -> str:
    return "\n".join(f"  [{c}] {s!r}" + (f" ({m})" if m else "") for c, s, m in sorted(keys))


def test_every_source_string_is_in_the_committed_catalogues(
    extracted: list[Entry], catalogue: tuple[str, list[Entry]]
) -> None:
    language, entries = catalogue
    assert extracted, "lupdate found no strings at all: is the package path right?"
    missing = {e.key for e in extracted} - {e.key for e in entries}
    assert not missing, (
        f"rms_wizard_{language}.ts lacks strings the sources mark; run `make translations-extract` "
        f"and translate them:\n{_show(missing)}"
    )


def test_no_string_is_in_the_catalogues_that_left_the_sources(
    extracted: list[Entry], catalogue: tuple[str, list[Entry]]
) -> None:
    language, entries = catalogue
    stale = {e.key for e in entries} - {e.key for e in extracted}
    assert not stale, (
        f"rms_wizard_{language}.ts keeps strings the sources no longer have; run "
        f"`make translations-extract`:\n{_show(stale)}"
    )


def test_plural_marking_matches_the_sources(
    extracted: list[Entry], catalogue: tuple[str, list[Entry]]
) -> None:
    language, entries = catalogue
    numerus = {e.key: e.numerus for e in extracted}
    wrong = {e.key for e in entries if e.key in numerus and numerus[e.key] != e.numerus}
    assert not wrong, (
        f"rms_wizard_{language}.ts: plural marking differs from lupdate's:\n{_show(wrong)}"
    )


def test_every_translation_is_finished_and_not_empty(catalogue: tuple[str, list[Entry]]) -> None:
    language, entries = catalogue
    bad = [
        f"  [{e.context}] {e.source!r}: {e.state or 'empty'}"
        for e in entries
        if e.state or not e.forms or not all(f.strip() for f in e.forms)
    ]
    assert not bad, f"rms_wizard_{language}.ts has entries to translate:\n" + "\n".join(bad)


def test_plural_entries_have_both_forms(catalogue: tuple[str, list[Entry]]) -> None:
    # Dutch and English both have a singular and a plural form (n == 1 / otherwise).
    language, entries = catalogue
    bad = [
        f"  [{e.context}] {e.source!r}: {e.forms}"
        for e in entries
        if e.numerus and len(e.forms) != 2
    ]
    assert not bad, f"rms_wizard_{language}.ts: plural entries need 2 forms:\n" + "\n".join(bad)


def test_placeholders_are_kept(catalogue: tuple[str, list[Entry]]) -> None:
    language, entries = catalogue
    bad = [
        f"  [{e.context}] {e.source!r} -> {form!r}"
        for e in entries
        for form in e.forms
        if placeholders(form) != placeholders(e.source)
    ]
    assert not bad, f"rms_wizard_{language}.ts: placeholders differ from the source:\n" + "\n".join(
        bad
    )


def test_english_translations_are_the_source_text() -> None:
    for e in read_ts(CATALOGUES["en"]):
        if not e.numerus:
            assert e.forms == (e.source,), (e.context, e.source, e.forms)


def test_every_count_string_is_a_plural_entry(extracted: list[Entry]) -> None:
    # A %n string extracted as a plain entry is looked up with n >= 0 at run time and then never
    # found (Qt picks plural form 1 of a one-form message): Dutch users would read English.
    # Such strings must go through self.tr(text, "", n) or QCoreApplication.translate(ctx, text,
    # None, n), which lupdate records as plural entries; QT_TRANSLATE_NOOP cannot mark plurals.
    plain = {e.key for e in extracted if "%n" in e.source and not e.numerus}
    assert not plain, f"%n strings not marked as plurals:\n{_show(plain)}"


# --- strings marked in ways lupdate cannot read ---------------------------------------------

# Helpers that take a text to translate; lupdate reads none of them. Their text must come from a
# QT_TRANSLATE_NOOP(...) call (or a name bound to one). Value: how many leading arguments are not
# text (translated(context, text, ...) starts with its context).
HELPERS = {"msg": 0, "_t": 0, "_tr": 0, "translated": 1}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _marked_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call):
                calls.append((path, node))
    return calls


def _is_noop(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) == "QT_TRANSLATE_NOOP"


def test_helpers_get_their_text_from_a_marker() -> None:
    # e.g. msg("Passed") or _tr(translate, "Not passed"): translated at run time, never extracted.
    bad = []
    for path, call in _marked_calls():
        skip = HELPERS.get(_call_name(call))
        if skip is None or any(_is_noop(a) for a in call.args):
            continue
        if any(_literal(a) or isinstance(a, ast.JoinedStr) for a in call.args[skip:]):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            bad.append(f"  {where}: {_call_name(call)}(...) takes unmarked text")
    assert not bad, (
        "lupdate does not see these texts; wrap them in QT_TRANSLATE_NOOP(context, ...):\n"
        + "\n".join(bad)
    )


def test_tr_and_translate_get_literal_text() -> None:
    # self.tr(f"...") or translate(ctx, "a" + x) is looked up at run time but never extracted;
    # translate(CONTEXT, "...") with the context in a variable is not extracted either.
    bad = []
    for path, call in _marked_calls():
        name = _call_name(call)
        index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if index is None or len(call.args) <= index:
            continue
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if isinstance(call.args[index], ast.JoinedStr | ast.BinOp):
            bad.append(f"  {where}: {name}() with a built string")
        if index == 1 and _literal(call.args[1]) is not None and _literal(call.args[0]) is None:
            bad.append(f"  {where}: {name}() with the context in a variable (write it out)")
    assert not bad, "lupdate reads only literal contexts and texts:\n" + "\n".join(bad)


def test_every_literal_marked_in_the_code_is_extracted(extracted: list[Entry]) -> None:
    # Catches marks lupdate's Python parser skips (e.g. inside f-strings or odd nesting). With a
    # literal context (translate, QT_TRANSLATE_NOOP) the pair must match; tr() is checked by text.
    pairs = {(e.context, e.source) for e in extracted}
    sources = {e.source for e in extracted}
    missed = []
    for path, call in _marked_calls():
        name = _call_name(call)
        index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if index is None or len(call.args) <= index:
            continue
        text = _literal(call.args[index])
        context = _literal(call.args[0]) if index == 1 else None
        if text is None or (context is not None and is_qt_context(context)):
            continue  # not a literal, or Qt's own string read from qtbase's catalogue on purpose
        found = (context, text) in pairs if context is not None else text in sources
        if not found:
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            missed.append(f"  {where}: [{context or 'class'}] {text!r}")
    assert not missed, "marked in the code but not extracted by lupdate:\n" + "\n".join(missed)


def test_extraction_changes_nothing_in_the_committed_catalogues(tmp_path: Path) -> None:
    # `make translations-extract` on the committed files is a no-op: they are exactly what the
    # tool writes (lupdate's layout, English completed, Qt's contexts left to qtbase).
    from lupdate import english_plural, extract

    for ts in CATALOGUES.values():
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    extract(tmp_path)
    for ts in CATALOGUES.values():
        assert (tmp_path / ts.name).read_bytes() == ts.read_bytes(), (
            f"run `make translations-extract` ({ts.name})"
        )
    assert english_plural("%n file(s) written.") == ("%n file written.", "%n files written.")
    assert english_plural("%n entr(y|ies)") == ("%n entry", "%n entries")
    assert english_plural("%n past log entries") is None
