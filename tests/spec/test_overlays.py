"""What a person can say in the overlays, and the one-line error each mistake gets.

On a copy of the frozen page and overlays (``tests/fixtures/frozen``): every error is one line
naming the file, the line and column or the key path, and what was expected; the previous
outputs stay untouched.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.spec.inputs import SPEC, SpecInputs
from generator.spec.normalizer import normalize
from tests.support.paths import FROZEN_ROOT

DOCUMENT = Path("spec/source/unikraft-cloud-platform-schemas.txt")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    shutil.copytree(FROZEN_ROOT / "spec", tmp_path / "spec")
    assert main(["normalize", "--root", str(tmp_path)]) == 0
    return tmp_path


def edit_yaml(project: Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = project / "spec" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def failure(project: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Normalize; expect the one-line error and the previous spec untouched."""
    before = (project / SPEC).read_bytes()
    capsys.readouterr()
    assert main(["normalize", "--root", str(project)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert (project / SPEC).read_bytes() == before
    return err.removeprefix("error: ").strip()


def test_a_mistyped_type_in_the_supplement_names_its_key_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d["schemas"]["CreateVolumeRequest"]["properties"]["size_mb"].update(
            type="integr"
        ),
    )
    assert failure(project, capsys).startswith(
        "spec/supplement.yaml: schemas.CreateVolumeRequest.properties.size_mb.type: expected "
        "one of array, boolean, integer, null, number, object, string, found the string 'integr'"
    )


def test_an_unknown_keyword_in_the_supplement_is_named(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d["schemas"]["Domain"]["properties"]["fqdn"].update(fromat="hostname"),
    )
    assert failure(project, capsys).startswith(
        "spec/supplement.yaml: schemas.Domain.properties.fqdn.fromat: unknown key: expected one of"
    )


def test_a_supplied_ref_naming_no_schema_blames_the_supplement(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d["schemas"]["WaitInstanceByUUIDRequestBody"]["properties"]["state"].update(
            {"$ref": "#/components/schemas/InstanceStat"}
        ),
    )
    assert failure(project, capsys) == (
        "spec/supplement.yaml: schemas.WaitInstanceByUUIDRequestBody.properties.state: "
        "$ref '#/components/schemas/InstanceStat' names no schema"
    )


def test_the_supplement_adds_a_schema_with_its_reason(project: Path) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d["schemas"].update(
            ConsoleLine={
                "reason": "The console operation answers lines the page does not list.",
                "description": "One line of an instance's console.",
                "properties": {"text": {"type": "string", "description": "The line."}},
                "required": ["text"],
            }
        ),
    )
    result = normalize(SpecInputs.at(project))
    component = result.spec["components"]["schemas"]["ConsoleLine"]
    assert component["required"] == ["text"]
    assert component["properties"]["text"]["type"] == "string"
    [finding] = [f for f in result.report.findings if f.location == "ConsoleLine"]
    assert (finding.kind, finding.confidence) == ("supplied", "supplied")
    assert "answers lines the page does not list" in finding.evidence


def test_a_new_schema_without_a_reason_says_how_to_add_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d["schemas"].update(ConsoleLine={"properties": {"text": {"type": "string"}}}),
    )
    assert failure(project, capsys) == (
        "spec/supplement.yaml: schemas.ConsoleLine: no such schema in the document; to add it "
        "as a new component, give its `reason` (and its `properties`)"
    )


def test_the_supplement_corrects_a_format_with_its_reason(project: Path) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d.update(
            corrections={"Instance.memory_mb": {"format": "int64", "reason": "The API answers -1."}}
        ),
    )
    result = normalize(SpecInputs.at(project))
    memory = result.spec["components"]["schemas"]["Instance"]["properties"]["memory_mb"]
    assert (memory["type"], memory["format"], memory["minimum"]) == ("integer", "int64", -(2**63))
    assert "x-format" not in memory
    [finding] = [f for f in result.report.findings if f.kind == "correction"]
    assert finding.location == "Instance.memory_mb"
    assert finding.decision == "integer (uint64) -> integer (int64)"


def test_the_supplement_corrects_a_type(project: Path) -> None:
    edit_yaml(
        project,
        "supplement.yaml",
        lambda d: d.update(
            corrections={"Instance.memory_mb": {"type": "string", "reason": "A decimal string."}}
        ),
    )
    result = normalize(SpecInputs.at(project))
    memory = result.spec["components"]["schemas"]["Instance"]["properties"]["memory_mb"]
    assert memory["type"] == "string"
    assert not {"format", "x-format", "minimum", "maximum", "examples"} & set(memory)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"Instance.memory_gb": {"format": "int64", "reason": "r"}},
            "spec/supplement.yaml: corrections.Instance.memory_gb: no such property",
        ),
        (
            {"Instance.memory_mb": {"format": "int64"}},
            "spec/supplement.yaml: corrections.Instance.memory_mb.reason: expected a non-empty "
            "string, found null",
        ),
        (
            {"Instance.memory_mb": {"type": "integr", "reason": "r"}},
            "spec/supplement.yaml: corrections.Instance.memory_mb.type: expected one of array",
        ),
        (
            {"Instance.memory_mb": {"format": "int128", "reason": "r"}},
            "spec/supplement.yaml: corrections.Instance.memory_mb.format: expected an integer "
            "format",
        ),
    ],
    ids=["no-property", "no-reason", "type-typo", "integer-format"],
)
def test_a_wrong_correction_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str], entry: dict[str, Any], message: str
) -> None:
    edit_yaml(project, "supplement.yaml", lambda d: d.update(corrections=entry))
    assert failure(project, capsys).startswith(message)


def test_an_override_without_a_target_names_its_key_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(project, "overrides.yaml", lambda d: d["references"]["Quotas.hard"].pop("target"))
    assert failure(project, capsys) == (
        "spec/overrides.yaml: references.Quotas.hard: expected a `target` (a schema name, or null)"
    )


def test_a_broken_operation_names_operations_yaml_and_its_key_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(
        project, "operations.yaml", lambda d: d["paths"]["/v1/instances"]["get"].update(responses=3)
    )
    assert failure(project, capsys).startswith(
        "spec/operations.yaml: paths./v1/instances.get.responses: not valid OpenAPI 3.1"
    )


@pytest.mark.parametrize("name", ["operations.yaml", "supplement.yaml", "overrides.yaml"])
def test_a_non_utf8_overlay_names_line_and_column(
    project: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = project / "spec" / name
    lines = path.read_bytes().split(b"\n")
    lines[2] = b"ab\xff" + lines[2]
    path.write_bytes(b"\n".join(lines))
    assert failure(project, capsys) == (
        f"{path}:3:3: not UTF-8 text (byte 0xff); expected a UTF-8 text file"
    )


def test_a_binary_overlay_names_the_first_control_character(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "spec" / "overrides.yaml"
    path.write_bytes(b"# notes\nreferences:\x00\x01\x02")
    assert failure(project, capsys) == (
        f"{path}:2:12: control character U+0000; expected text (a binary file, or a stray byte?)"
    )


def test_a_yaml_syntax_error_is_one_line_with_line_and_column(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "spec" / "supplement.yaml"
    path.write_text("schemas:\n  Domain: [a\n  b: }\n", encoding="utf-8")
    message = failure(project, capsys)
    assert message.startswith(f"{path}:3:") and "not valid YAML" in message


def test_a_separator_typed_with_ordinary_spaces_says_what_the_page_uses(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / DOCUMENT
    text = path.read_text(encoding="utf-8")
    old = "  • uuidstring\u00a0·\u00a0uuid"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, "  • uuid string · uuid", 1), encoding="utf-8")
    message = failure(project, capsys)
    assert message.startswith(f"{path}:{line}: expected a property name glued to its type word")
    assert "non-breaking spaces, U+00A0), and this line has ordinary spaces" in message


def test_a_non_utf8_page_names_line_and_column(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / DOCUMENT
    lines = path.read_bytes().split(b"\n")
    lines[9] = lines[9][:4] + b"\xc3\x28" + lines[9][4:]
    path.write_bytes(b"\n".join(lines))
    assert failure(project, capsys) == (
        f"{path}:10:5: not UTF-8 text (byte 0xc3); expected a UTF-8 text file"
    )


def test_an_unresolved_path_parameter_names_operations_yaml_and_the_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(
        project,
        "operations.yaml",
        lambda d: d["paths"]["/v1/certificates/{uuid}"]["delete"].update(parameters=[]),
    )
    assert failure(project, capsys).startswith(
        "spec/operations.yaml: the normalized spec is not valid OpenAPI 3.1 at "
        "paths./v1/certificates/{uuid}: Path parameter 'uuid'"
    )
