"""The SP1 payload and 1.0 baseline manifests: shipped files, bad manifests, and fuzzing."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.common.paths import resources_dir
from rms_wizard.core.engine.payload import (
    Manifest,
    ManifestFile,
    Payload,
    baseline_payload,
    load_manifest,
    load_payload,
    sp1_payload,
)
from rms_wizard.core.install.fileversion import scan_file
from rms_wizard.core.install.models import FileVersion

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("payload", [sp1_payload(), baseline_payload()], ids=["sp1", "baseline"])
def test_shipped_files_match_their_manifest(payload: Payload) -> None:
    for item in payload.manifest.files:
        scan = scan_file(payload.source(item.path))
        assert (scan.sha256, scan.size, scan.version) == (item.sha256, item.size, item.version)
    on_disk = sorted(
        p.relative_to(payload.files_dir).as_posix()
        for p in payload.files_dir.rglob("*")
        if p.is_file()
    )
    assert on_disk == sorted(f.path for f in payload.manifest.files)


def test_the_payload_has_every_kind_of_change() -> None:
    """Issue 2: files SP1 adds, replaces with a higher version, leaves at the same version, an
    unversioned file it updates, and the configuration-database change."""
    v1 = baseline_payload().manifest.by_path()
    sp1 = sp1_payload().manifest
    added = [f for f in sp1.files if f.path.lower() not in v1]
    versioned = [(f, v1[f.path.lower()]) for f in sp1.files if f.path.lower() in v1 and f.version]
    higher = [f for f, old in versioned if old.version and f.version and f.version > old.version]
    same = [f for f, old in versioned if old.version == f.version]
    unversioned_updated = [
        f
        for f in sp1.files
        if f.version is None and f.path.lower() in v1 and v1[f.path.lower()].sha256 != f.sha256
    ]
    assert added and higher and same and unversioned_updated
    assert sp1.config_db_migration is not None and sp1.config_db_migration.add_columns


def _manifest_dict() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "sp1" / "manifest.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/etc/passwd", "absolute path"),
        ("C:/Windows/system32/evil.dll", "absolute path"),
        ("c:evil.dll", "absolute path"),
        ("bin/../../../etc/passwd", "'..'"),
        ("..", "'..'"),
        ("bin/./x.dll", "'.'"),
        ("bin//x.dll", "empty parts"),
        ("bin\\x.dll", "not a relative path"),
        ("", "not a relative path"),
        ("bin/x\x00.dll", "not a relative path"),
    ],
)
def test_manifest_paths_must_stay_inside(tmp_path: Path, path: str, words: str) -> None:
    data = _manifest_dict()
    data["files"][0]["path"] = path
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInputError) as info:
        load_manifest(manifest)
    assert words in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["files"].append(dict(d["files"][0])), "duplicate path"),
        (
            lambda d: d["files"].append({**d["files"][0], "path": d["files"][0]["path"].upper()}),
            "duplicate path",
        ),
        (lambda d: d["files"][0].update(sha256="XYZ"), "sha256"),
        (lambda d: d["files"][0].update(version="5.2.3790.134.1"), "version"),
        (lambda d: d["files"][0].update(size=-1), "size"),
        (lambda d: d["files"][0].update(component="kernel"), "component"),
        (lambda d: d.update(release="SP2"), "release"),
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d.update(format=2), "format"),
        (
            lambda d: d["config_db_migration"]["add_columns"][0].update(table="x; DROP TABLE y"),
            "table",
        ),
    ],
)
def test_invalid_manifests_are_refused(tmp_path: Path, change: Any, words: str) -> None:
    data = _manifest_dict()
    change(data)
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInputError) as info:
        load_manifest(manifest)
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "not valid JSON"),
        (b'{"format": 1, "release": "SP1", "files": [', "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        (b"[]", "not valid"),
    ],
)
def test_unreadable_or_truncated_manifest(tmp_path: Path, raw: bytes, words: str) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_bytes(raw)
    with pytest.raises(BadInputError) as info:
        load_manifest(manifest)
    assert words in str(info.value)


def test_missing_manifest_and_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="Cannot read the manifest"):
        load_payload(tmp_path)
    (tmp_path / "manifest.json").mkdir()
    with pytest.raises(BadInputError, match="Cannot read the manifest"):
        load_payload(tmp_path)


def test_payload_source_refuses_links_leaving_the_payload(tmp_path: Path) -> None:
    files = tmp_path / "files"
    (files / "bin").mkdir(parents=True)
    (tmp_path / "secret.dll").write_bytes(b"outside")
    (files / "bin" / "evil.dll").symlink_to(tmp_path / "secret.dll")
    (files / "bin" / "ok.dll").write_bytes(b"inside")
    (files / "bin" / "alias.dll").symlink_to("ok.dll")
    payload = Payload(manifest=sp1_payload().manifest, files_dir=files)
    with pytest.raises(BadInputError, match="points outside the payload"):
        payload.source("bin/evil.dll")
    with pytest.raises(BadInputError, match="is missing"):
        payload.source("bin/none.dll")
    assert payload.source("bin/alias.dll") == (files / "bin" / "ok.dll").resolve()


# ------------------------------------------------------------------------------ fuzzing

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
path_parts = st.sampled_from(
    ["bin", "..", ".", "", "C:", "c:", "x.dll", "a b", "\\", "\x00", "é", "/"]
)
paths = st.lists(path_parts | st.text(max_size=8), min_size=0, max_size=5).map("/".join) | st.text(
    max_size=20
)


@FUZZ
@given(json_values)
def test_fuzz_manifest_from_any_json(value: Any) -> None:
    with contextlib.suppress(ValidationError):
        Manifest.model_validate(value)


@FUZZ
@given(st.data())
def test_fuzz_manifest_with_one_field_replaced(data: st.DataObject) -> None:
    """A valid manifest with one field (top level, a file or the migration) set to anything."""
    manifest = _manifest_dict()
    where = data.draw(st.sampled_from(["top", "file", "migration"]))
    target: dict[str, Any]
    if where == "top":
        target = manifest
    elif where == "file":
        target = data.draw(st.sampled_from(manifest["files"]))
    else:
        target = manifest["config_db_migration"]["add_columns"][0]["column"]
    key = data.draw(st.sampled_from([*target.keys(), "unexpected"]))
    target[key] = data.draw(json_values | paths)
    try:
        parsed = Manifest.model_validate(manifest)
    except ValidationError:
        return
    for item in parsed.files:
        _assert_safe(item.path)


@FUZZ
@given(paths)
def test_fuzz_manifest_file_paths(path: str) -> None:
    try:
        item = ManifestFile(path=path, component="server", sha256="0" * 64, size=0)
    except ValidationError:
        return
    _assert_safe(item.path)


@FUZZ
@given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_fuzz_load_manifest_raises_only_bad_input(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    manifest = tmp_path_factory.mktemp("fuzz") / "manifest.json"
    manifest.write_bytes(raw)
    try:
        load_manifest(manifest)
    except BadInputError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.text(max_size=25))
def test_fuzz_file_version_text(text: str) -> None:
    try:
        version = FileVersion.parse(text)
    except BadInputError as exc:
        assert repr(text) in str(exc)
        return
    assert FileVersion.parse(str(version)) == version
    assert all(0 <= p <= 0xFFFF for p in version.as_tuple())


def _assert_safe(path: str) -> None:
    parts = path.split("/")
    assert not path.startswith("/") and not re.match(r"^[A-Za-z]:", path)  # no drive
    assert all(p not in ("", ".", "..") for p in parts)
    assert "\\" not in path and "\x00" not in path
    # it stays inside any folder it is joined to
    base = Path("/payload")
    assert (base / path).resolve().is_relative_to(base)
