"""verify_state: exactly 1.0, 1.0 with reported admin changes, exactly SP1, or the differences."""

from __future__ import annotations

from pathlib import Path

import pytest
from enginekit import Prepared, Templates, install_dir, prepare

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.engine.verify import expected_hashes, verify_state
from rms_wizard.core.install.fileversion import versioned_binary
from rms_wizard.core.install.models import FileVersion, Release


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("verify-templates"))


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Prepared:
    return prepare(tmp_path_factory.mktemp("verify"), templates)


def texts(root: Path) -> tuple[Release | None, list[str], list[str]]:
    result = verify_state(detect_install(root))
    assert result.ok == (result.state is not None)
    return result.state, result.modified, [str(d) for d in result.differences]


def test_known_states(prepared: Prepared, templates: Templates) -> None:
    assert texts(prepared.v1) == (Release.V1, [], [])
    assert texts(prepared.sp1) == (Release.SP1, [], [])
    assert texts(templates.template("already-sp1")) == (Release.SP1, [], [])
    assert texts(templates.template("user-modified-config")) == (
        Release.V1,
        ["_wmcs/web.config"],
        [],
    )
    assert texts(templates.template("no-rms")) == (None, [], ["No RMS install was found."])


def test_expected_sp1_tree_follows_the_plan_rules() -> None:
    sp1, v1 = sp1_payload(), baseline_payload()
    expected = expected_hashes(Release.SP1, sp1, v1)
    new, old = sp1.manifest.by_path(), v1.manifest.by_path()
    assert expected["bin/drmsserver.dll"][0] == new["bin/drmsserver.dll"].sha256  # replaced
    assert expected["bin/drmscertification.dll"][0] == old["bin/drmscertification.dll"].sha256
    assert expected["bin/drmstrace.dll"][0] == old["bin/drmstrace.dll"].sha256  # SP1 leaves it
    assert (
        expected["client/secprocserverlockbox.dll"][0]
        == new["client/secprocserverlockbox.dll"].sha256
    )
    assert set(expected) == set(new) | set(old)
    fresh = expected_hashes(Release.SP1, sp1, v1, fresh=True)
    assert set(fresh) == set(new)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: (d / "bin" / "Extra.dll").write_bytes(b"MZ"), "bin/Extra.dll is not part"),
        (lambda d: (d / "readme-1.0.txt").unlink(), "readme-1.0.txt is missing."),
        (
            lambda d: (d / "bin" / "DRMSTrace.dll").write_bytes(
                versioned_binary(FileVersion.parse("5.2.3790.134"), "patched")
            ),
            "bin/DRMSTrace.dll differs from the expected file.",
        ),
    ],
    ids=["extra-file", "missing-unversioned", "changed-binary"],
)
@pytest.mark.parametrize("which", ["v1", "sp1"])
def test_differences_are_listed(
    prepared: Prepared,
    tmp_path: Path,
    which: str,
    change,
    words: str,  # type: ignore[no-untyped-def]
) -> None:
    root = prepared.copy(which, tmp_path / "s")
    change(install_dir(root))
    state, _modified, differences = texts(root)
    assert state is None
    assert any(words in d for d in differences), differences


def test_an_admin_change_to_an_unversioned_file_is_reported_not_a_difference(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    with (install_dir(root) / "admin" / "admin.css").open("a") as handle:
        handle.write("/* tuned */\n")
    assert texts(root) == (Release.SP1, ["admin/admin.css"], [])


def test_the_databases_schemas_must_fit_the_release(prepared: Prepared, tmp_path: Path) -> None:
    """Not only the files: an SP1 server with a 1.0 configuration database, or a 1.0 server with
    SP1's logging database, is not in a known state. A 1.0 server that kept SP1's configuration
    database (uninstall --keep-config-db) is 1.0, and verify says the database keeps SP1's
    fields."""
    import shutil

    from enginekit import config_db, logging_db

    from rms_wizard.core.engine.configdb import migrate_to_sp1

    sp1 = shutil.copytree(prepared.sp1, tmp_path / "sp1", symlinks=True)
    shutil.copyfile(config_db(prepared.v1), config_db(sp1))
    assert texts(sp1) == (None, [], ["The configuration database has the 1.0 schema."])

    v1 = shutil.copytree(prepared.v1, tmp_path / "v1", symlinks=True)
    shutil.copyfile(logging_db(prepared.sp1), logging_db(v1))
    assert texts(v1) == (None, [], ["The logging database does not have the schema of RMS 1.0."])

    kept = shutil.copytree(prepared.v1, tmp_path / "kept", symlinks=True)
    migration = sp1_payload().manifest.config_db_migration
    assert migration is not None
    migrate_to_sp1(config_db(kept), migration)
    result = verify_state(detect_install(kept))
    assert result.ok and result.state is Release.V1
    assert [str(n) for n in result.notes] == [
        "The configuration database keeps the fields SP1 added (RMS 1.0 ignores them)."
    ]
