"""Windows Installer's file-versioning rules, one row per documented rule.

The rows restate, in our own words, the rules of the Windows Installer pages "File Versioning
Rules", "Replacing Existing Files" (its example, FileA to FileJ), "Both Files Have a Version",
"One File Has a Version", "Neither File Has a Version" (with its file hash check) and the
"REINSTALLMODE" property. Each row gives SP1's file, the one on the server, the options, and which
copy the server keeps: ``"installed"`` (kept) or ``"sp1"`` (replaced, added, or already the same).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.engine import plan as plan_module
from rms_wizard.core.engine.payload import Manifest, ManifestFile, Payload
from rms_wizard.core.engine.plan import plan_update
from rms_wizard.core.engine.reinstall_mode import PlanOptions, ReinstallMode, UserModifiedRule
from rms_wizard.core.engine.versioning import Companion
from rms_wizard.core.install.models import (
    ComponentId,
    FileAction,
    FileVersion,
    InstalledFile,
    InstallState,
    InstallStatus,
    Release,
)

ENG, FRN, SPN, ITN, GER, NEUTRAL = 1033, 1036, 1034, 1040, 1031, 0


def sha(tag: str) -> str:
    return hashlib.sha256(tag.encode()).hexdigest()


def day(text: str) -> float:
    """A date of the example (``1/2/99`` is 2 January 1999), as POSIX time."""
    month, dom, year = (int(part) for part in text.split("/"))
    return datetime(1900 + year, month, dom, tzinfo=UTC).timestamp()


def sp1(
    version: str | None, langs: tuple[int, ...] = (), tag: str = "sp1", path: str = "bin/F.dll"
) -> ManifestFile:
    return ManifestFile(
        path=path,
        component=ComponentId.SERVER,
        version=FileVersion.parse(version) if version else None,
        languages=langs,
        sha256=sha(tag),
        size=1,
    )


def have(
    version: str | None,
    langs: tuple[int, ...] = (),
    tag: str = "installed",
    created: str | None = "1/1/99",
    modified: str | None = "1/1/99",
    path: str = "bin/F.dll",
) -> InstalledFile:
    return InstalledFile(
        path=path,
        size=1,
        sha256=sha(tag),
        version=FileVersion.parse(version) if version else None,
        languages=langs,
        created=day(created) if created else None,
        modified=day(modified) if modified else None,
    )


def opts(mode: str = "omus", rule: str = "content", product: int = ENG) -> PlanOptions:
    return PlanOptions(
        reinstall_mode=ReinstallMode.parse(mode),
        user_modified=UserModifiedRule(rule),
        product_language=product,
    )


DATES = opts(rule="dates")
#: The example of "Replacing Existing Files" installs a product whose language is neither the
#: installed files' English nor French (German fits every row of its result table).
EXAMPLE = opts(rule="dates", product=GER)
PARENT_SP1 = sp1("2.0", (ENG,), path="bin/Parent.dll")


def parent(version: str | None) -> Companion:
    installed = have(version, (ENG,), path="bin/Parent.dll") if version else None
    return Companion(PARENT_SP1, installed)


# (id, SP1's file, the installed file, options, companion parent, the copy the server keeps)
Row = tuple[str, ManifestFile, InstalledFile | None, PlanOptions, Companion | None, str]
ROWS: list[Row] = [
    # --- File Versioning Rules ------------------------------------------------------------
    ("rules/highest-version-wins", sp1("2.0"), have("1.0"), opts(), None, "sp1"),
    ("rules/highest-version-wins-even-on-the-server", sp1("1.0"), have("2.0"), opts(), None, "installed"),
    ("rules/versioned-wins-over-unversioned", sp1("1.0"), have(None), opts(), None, "sp1"),
    ("rules/versioned-on-the-server-wins", sp1(None), have("1.0"), opts(), None, "installed"),
    ("rules/favor-the-product-language", sp1("1.0", (FRN,)), have("1.0", (ENG,)), opts(product=FRN), None, "sp1"),
    ("rules/favor-the-product-language-on-the-server", sp1("1.0", (ENG,)), have("1.0", (FRN,)), opts(product=FRN), None, "installed"),
    ("rules/neutral-is-one-more-language", sp1("1.0", (ENG,)), have("1.0", (NEUTRAL,)), opts(), None, "sp1"),
    ("rules/neutral-sp1-file-loses-to-the-product-language", sp1("1.0", (NEUTRAL,)), have("1.0", (ENG,)), opts(), None, "installed"),
    ("rules/neutral-sp1-file-wins-over-another-language", sp1("1.0", (NEUTRAL,)), have("1.0", (FRN,)), opts(), None, "sp1"),
    ("rules/mismatched-languages-favor-the-product", sp1("1.0", (ITN, ENG, GER)), have("1.0", (ENG, FRN, SPN)), opts(product=GER), None, "sp1"),
    ("rules/mismatched-languages-product-on-the-server", sp1("1.0", (ENG, GER)), have("1.0", (ENG, FRN)), opts(product=FRN), None, "installed"),
    ("rules/preserve-a-superset-on-the-server", sp1("1.0", (GER,)), have("1.0", (ENG, GER)), opts(product=GER), None, "installed"),
    ("rules/preserve-a-superset-from-sp1", sp1("1.0", (ENG, FRN)), have("1.0", (ENG,)), opts(), None, "sp1"),
    ("rules/unversioned-modified-after-created-is-user-data", sp1(None), have(None, modified="1/2/99"), DATES, None, "installed"),
    ("rules/unversioned-same-dates-is-replaced", sp1(None), have(None), DATES, None, "sp1"),
    ("rules/unversioned-created-after-modified-is-replaced", sp1(None), have(None, created="1/3/99", modified="1/2/99"), DATES, None, "sp1"),
    ("rules/companion-skipped-when-its-parent-is-higher", sp1("1.0"), have("1.0"), opts(), parent("3.0"), "installed"),
    ("rules/companion-installed-with-an-equal-parent", sp1("1.0"), have("5.0"), opts(), parent("2.0"), "sp1"),
    ("rules/companion-installed-with-a-lower-parent", sp1("1.0"), have("5.0"), opts(), parent("1.0"), "sp1"),
    ("rules/companion-installed-when-its-parent-is-missing", sp1("1.0"), have("5.0"), opts(), parent(None), "sp1"),
    ("rules/unversioned-companion-follows-its-parent", sp1(None), have(None, modified="1/2/99"), DATES, parent("1.0"), "sp1"),
    ("rules/unversioned-companion-kept-with-a-higher-parent", sp1(None), have(None), DATES, parent("3.0"), "installed"),
    ("rules/unversioned-companion-equal-parent-with-o", sp1(None), have(None), opts("omus"), parent("2.0"), "sp1"),
    ("rules/unversioned-companion-equal-parent-without-o-or-e", sp1(None), have(None), opts("dmus"), parent("2.0"), "installed"),
    ("rules/missing-companion-is-installed", sp1(None), None, opts(), parent("2.0"), "sp1"),
    # --- Replacing Existing Files: the example, FileA to FileJ -------------------------------
    ("replacing/FileA-same-version-same-language", sp1("1.0.0000", (ENG,), tag="A-sp1"), have("1.0.0000", (ENG,), tag="A-on-server"), EXAMPLE, None, "installed"),
    ("replacing/FileB-earlier-version-in-the-package", sp1("1.0.0000", (ENG,)), have("2.0.0000", (ENG,)), EXAMPLE, None, "installed"),
    ("replacing/FileC-later-version-in-the-package", sp1("2.0.0000", (ENG,)), have("1.0.0000", (ENG,)), EXAMPLE, None, "sp1"),
    ("replacing/FileD-later-version-wins-over-dates-and-language", sp1("2.0.0000", (FRN,)), have("1.0.0000", (ENG,), modified="1/2/99"), EXAMPLE, None, "sp1"),
    ("replacing/FileE-unversioned-marked-same", sp1(None, tag="E"), have(None, tag="E"), EXAMPLE, None, "sp1"),
    ("replacing/FileF-unversioned-modified-after-created", sp1(None, tag="F-new"), have(None, modified="1/2/99"), EXAMPLE, None, "installed"),
    ("replacing/FileG-new-language", sp1("1.0.0000", (FRN,)), have("1.0.0000", (ENG,)), EXAMPLE, None, "sp1"),
    ("replacing/FileH-other-languages", sp1("1.0.0000", (ITN, ENG, GER)), have("1.0.0000", (ENG, FRN, SPN)), EXAMPLE, None, "sp1"),
    ("replacing/FileI-more-languages", sp1("1.0.0000", (ENG, FRN, SPN)), have("1.0.0000", (ENG, FRN)), EXAMPLE, None, "sp1"),
    ("replacing/FileJ-fewer-languages", sp1("1.0.0000", (GER,)), have("1.0.0000", (ENG, GER, ITN)), EXAMPLE, None, "installed"),
    # --- Both Files Have a Version ----------------------------------------------------------
    ("both/sp1-higher", sp1("5.2.3790.300"), have("5.2.3790.134"), opts(), None, "sp1"),
    ("both/installed-higher", sp1("5.2.3790.300"), have("5.2.3790.400"), opts(), None, "installed"),
    ("both/equal-same-language", sp1("5.2", (ENG,)), have("5.2.0.0", (ENG,)), opts(), None, "installed"),
    ("both/sp1-has-a-language-the-installed-none", sp1("5.2", (ENG,)), have("5.2", ()), opts(), None, "sp1"),
    ("both/neither-has-a-language", sp1("5.2", ()), have("5.2", ()), opts(), None, "installed"),
    # --- One File Has a Version -------------------------------------------------------------
    ("one/sp1-versioned-replaces-even-a-changed-file", sp1("1.0"), have(None, modified="1/2/99"), DATES, None, "sp1"),
    ("one/installed-versioned-stays", sp1(None), have("1.0"), DATES, None, "installed"),
    # --- Neither File Has a Version (and the file hash check) -------------------------------
    ("neither/modified-later-than-created-stays", sp1(None), have(None, modified="1/5/99"), DATES, None, "installed"),
    ("neither/within-two-seconds-is-the-same-date", sp1(None), have(None), DATES, None, "sp1"),
    ("neither/creation-date-unknown-stays", sp1(None), have(None, created=None), DATES, None, "installed"),
    ("neither/identical-hash-is-not-copied", sp1(None, tag="same"), have(None, tag="same", modified="1/5/99"), DATES, None, "sp1"),
    ("neither/content-rule-changed-since-1.0-stays", sp1(None), have(None, tag="edited"), opts(), None, "installed"),
    # --- REINSTALLMODE ----------------------------------------------------------------------
    ("mode/p-installs-a-missing-file", sp1("2.0"), None, opts("pmus"), None, "sp1"),
    ("mode/p-leaves-an-older-version", sp1("2.0"), have("1.0"), opts("pmus"), None, "installed"),
    ("mode/o-replaces-an-older-version", sp1("2.0"), have("1.0"), opts("omus"), None, "sp1"),
    ("mode/o-leaves-an-equal-version", sp1("2.0"), have("2.0"), opts("omus"), None, "installed"),
    ("mode/e-replaces-an-equal-version", sp1("2.0", tag="x"), have("2.0", tag="y"), opts("emus"), None, "sp1"),
    ("mode/e-replaces-an-older-version", sp1("2.0"), have("1.0"), opts("emus"), None, "sp1"),
    ("mode/e-leaves-a-newer-version", sp1("2.0"), have("3.0"), opts("emus"), None, "installed"),
    ("mode/d-replaces-a-newer-version", sp1("2.0"), have("3.0"), opts("dmus"), None, "sp1"),
    ("mode/d-replaces-a-different-unversioned-file", sp1(None), have(None, tag="edited"), opts("dmus"), None, "sp1"),
    ("mode/d-leaves-the-same-version", sp1("2.0"), have("2.0"), opts("dmus"), None, "installed"),
    ("mode/c-replaces-a-damaged-file", sp1("2.0", tag="good"), have("2.0", tag="damaged"), opts("cmus"), None, "sp1"),
    ("mode/c-leaves-an-intact-file", sp1("2.0", tag="good"), have("2.0", tag="good"), opts("cmus"), None, "sp1"),
    ("mode/c-leaves-an-older-version", sp1("2.0"), have("1.0"), opts("cmus"), None, "installed"),
    ("mode/a-replaces-a-newer-version", sp1("2.0"), have("3.0"), opts("amus"), None, "sp1"),
    ("mode/a-replaces-a-changed-unversioned-file", sp1(None), have(None, tag="edited"), opts("amus"), None, "sp1"),
    ("mode/letters-add-up-pecms", sp1("2.0", tag="x"), have("2.0", tag="y"), opts("pecms"), None, "sp1"),
    ("mode/umsv-alone-reinstall-no-present-file", sp1("2.0"), have("1.0"), opts("umsv"), None, "installed"),
    ("mode/case-and-order-do-not-matter", sp1("2.0"), have("1.0"), opts("SUMO"), None, "sp1"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("new", "installed", "options", "companion", "survivor"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_documented_rule(
    new: ManifestFile,
    installed: InstalledFile | None,
    options: PlanOptions,
    companion: Companion | None,
    survivor: str,
) -> None:
    pristine = sp1(None, tag="installed") if new.version is None else None
    action, reason = plan_module.decide(new, installed, pristine, options, companion)
    replaced = action in (FileAction.ADD, FileAction.REPLACE)
    already_sp1 = installed is not None and installed.sha256 == new.sha256
    assert ("sp1" if replaced or already_sp1 else "installed") == survivor, str(reason)
    if installed is None:
        assert action is FileAction.ADD
    assert str(reason) and "%" not in str(reason)


def test_the_default_mode_is_omus_and_letters_are_checked() -> None:
    assert PlanOptions().reinstall_mode.letters == "omus"
    assert ReinstallMode.parse(" OmUs ").file_letters == {"o"}
    assert ReinstallMode.parse("pecms").file_letters == {"p", "e", "c"}
    for bad in ("", "x", "omusx", "o m", "1"):
        with pytest.raises(BadInputError) as caught:
            ReinstallMode.parse(bad)
        assert repr(bad) in str(caught.value)


def test_every_page_has_rows() -> None:
    pages = {row[0].split("/")[0] for row in ROWS}
    assert pages == {"rules", "replacing", "both", "one", "neither", "mode"}
    example = {row[0].split("/")[1][:5] for row in ROWS if row[0].startswith("replacing/")}
    assert example >= {"FileA", "FileB", "FileC", "FileD"}


def test_the_plan_finds_a_companion_parent_in_the_manifest(tmp_path: Path) -> None:
    parent_file = sp1("2.0", (ENG,), path="bin/Parent.dll")
    companion = sp1(None, path="bin/Parent.config").model_copy(
        update={"companion": "bin/Parent.dll"}
    )
    payload = Payload(
        manifest=Manifest(
            release=Release.SP1, product_version=FileVersion.parse("2.0"),
            files=[parent_file, companion],
        ),
        files_dir=tmp_path,
    )  # fmt: skip
    state = InstallState(
        root=str(tmp_path),
        status=InstallStatus.INSTALLED,
        version=Release.V1,
        files=[
            have("3.0", (ENG,), path="bin/Parent.dll"),
            have(None, tag="edited", path="bin/Parent.config"),
        ],
    )
    actions = {a.path: a.action for a in plan_update(state, payload, payload).actions}
    assert actions == {"bin/Parent.dll": FileAction.KEEP, "bin/Parent.config": FileAction.KEEP}
    lower = state.model_copy(
        update={"files": [have("1.0", (ENG,), path="bin/Parent.dll"), state.files[1]]}
    )
    actions = {a.path: a.action for a in plan_update(lower, payload, payload).actions}
    assert actions == {
        "bin/Parent.dll": FileAction.REPLACE,
        "bin/Parent.config": FileAction.REPLACE,
    }


def test_a_companion_must_be_another_versioned_file_of_the_manifest() -> None:
    unversioned = sp1(None, path="bin/a.txt")
    for companion in ("bin/a.txt", "bin/missing.dll", "bin/b.config"):
        with pytest.raises(ValidationError, match="companion"):
            Manifest(
                release=Release.SP1,
                product_version=FileVersion.parse("1"),
                files=[
                    unversioned,
                    sp1(None, path="bin/b.config").model_copy(update={"companion": companion}),
                ],
            )
