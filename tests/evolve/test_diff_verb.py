"""``python -m generator diff OLD NEW``: readable output, JSON for tools, an exit status for CI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from tests.support.document_edits import add_integer_property
from tests.support.paths import DOCUMENT, ROOT
from tests.support.small_spec import base_spec, schemas


def write_spec(path: Path, spec: dict[str, Any]) -> Path:
    if path.suffix == ".json":
        path.write_text(json.dumps(spec), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


@pytest.fixture
def old_spec(tmp_path: Path) -> Path:
    return write_spec(tmp_path / "old.yaml", base_spec())


def spec_with_new_field(tmp_path: Path) -> Path:
    spec = base_spec()
    schemas(spec)["Instance"]["properties"]["vcpus"] = {"type": "integer"}
    return write_spec(tmp_path / "new.json", spec)


def spec_with_removed_enum_value(tmp_path: Path) -> Path:
    spec = base_spec()
    schemas(spec)["InstanceState"]["enum"].remove("standby")
    schemas(spec)["Instance"]["properties"]["vcpus"] = {"type": "integer"}
    return write_spec(tmp_path / "breaking.yaml", spec)


def test_same_specs_exit_0_and_say_no_changes(
    old_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(old_spec), str(old_spec)]) == 0
    assert capsys.readouterr().out.strip() == "No changes."


def test_only_compatible_changes_exit_0(
    old_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(old_spec), str(spec_with_new_field(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Non-breaking changes (1):",
        "  - added field Instance.vcpus: a new optional field",
    ]


def test_breaking_changes_exit_1_and_are_listed_first(
    old_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(old_spec), str(spec_with_removed_enum_value(tmp_path))]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Breaking changes (1):",
        "  - removed enum value InstanceState = 'standby': "
        "clients that send it or match on it break",
        "",
        "Non-breaking changes (1):",
        "  - added field Instance.vcpus: a new optional field",
    ]


def test_json_output_lists_each_change_with_its_location(
    old_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["diff", "--json", str(old_spec), str(spec_with_removed_enum_value(tmp_path))])
    document = json.loads(capsys.readouterr().out)
    assert document["breaking"] == 1
    assert document["total"] == 2
    breaking = [change for change in document["changes"] if change["breaking"]]
    assert breaking == [
        {
            "kind": "removed",
            "subject": "enum value",
            "location": {"schema": "InstanceState", "enum_value": "standby"},
            "breaking": True,
            "reason": "clients that send it or match on it break",
        }
    ]


def test_fail_on_any_exits_1_for_compatible_changes(old_spec: Path, tmp_path: Path) -> None:
    new = spec_with_new_field(tmp_path)
    assert main(["diff", "--fail-on", "any", str(old_spec), str(new)]) == 1


def test_fail_on_never_exits_0_for_breaking_changes(old_spec: Path, tmp_path: Path) -> None:
    new = spec_with_removed_enum_value(tmp_path)
    assert main(["diff", "--fail-on", "never", str(old_spec), str(new)]) == 0


def test_a_missing_file_is_an_input_error_naming_it(
    old_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.yaml"
    assert main(["diff", str(old_spec), str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_a_file_that_is_not_a_spec_is_an_input_error(
    old_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_spec = tmp_path / "list.yaml"
    not_a_spec.write_text("- just\n- a list\n", encoding="utf-8")
    assert main(["diff", str(old_spec), str(not_a_spec)]) == 2
    assert "expected an OpenAPI document" in capsys.readouterr().err


def test_an_unknown_suffix_is_an_input_error(
    old_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "spec.toml"
    other.write_text("", encoding="utf-8")
    assert main(["diff", str(old_spec), str(other)]) == 2
    assert ".txt" in capsys.readouterr().err


def test_schema_documents_are_normalized_with_the_project_inputs_before_comparing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = DOCUMENT.read_text(encoding="utf-8")
    new_document = tmp_path / "schemas.txt"
    new_document.write_text(
        add_integer_property(document, "Instance", "boot_count", "How often it booted."),
        encoding="utf-8",
    )
    assert main(["diff", "--root", str(ROOT), str(DOCUMENT), str(new_document)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Non-breaking changes (1):",
        "  - added field Instance.boot_count: a new optional field",
    ]


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path: Path) -> None:
    """``diff --json | head -1``: the closed pipe is no traceback."""
    import os
    import subprocess
    import sys

    spec = base_spec()
    for index in range(2000):  # an answer far longer than a pipe's buffer
        schemas(spec)[f"Extra{index}"] = {"type": "object", "properties": {}}
    new = write_spec(tmp_path / "new.yaml", spec)
    old = write_spec(tmp_path / "old.yaml", base_spec())
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "diff", "--json", str(old), str(new)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(1) == b"{"
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
