"""``python -m generator normalize``: deterministic, atomic, strict about its inputs, and its
spec readable by other generators without a warning."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from generator.cli import main
from generator.spec.inputs import SPEC
from tests.support.paths import FROZEN_ROOT, ROOT


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the frozen page and overlays, normalized once, to break in isolation."""
    shutil.copytree(FROZEN_ROOT / "spec", tmp_path / "spec")
    assert main(["normalize", "--root", str(tmp_path)]) == 0
    return tmp_path


@pytest.fixture()
def live_project(tmp_path: Path) -> Path:
    """A copy of the project's live inputs and outputs."""
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    return tmp_path


def normalize(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["normalize", "--root", str(root)])
    return code, capsys.readouterr().err


def test_normalizing_twice_gives_byte_identical_outputs(
    live_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = live_project
    assert normalize(project, capsys)[0] == 0
    first = {p.name: p.read_bytes() for p in (project / "spec").glob("*.*")}
    assert normalize(project, capsys)[0] == 0
    second = {p.name: p.read_bytes() for p in (project / "spec").glob("*.*")}
    assert first == second
    assert (ROOT / SPEC).read_bytes() == second["openapi.yaml"], "spec/openapi.yaml is stale"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t[: t.index("Decision Table", 5000)], "ends inside a oneOf block"),
        (
            lambda t: t.replace("  • sizeinteger\u00a0·", "  • sizefloat\u00a0·", 1),
            "unknown type word",
        ),
        (lambda t: t + "\n\nService\n\n  • portinteger\n", "duplicate schema name 'Service'"),
        (lambda t: t.replace("  • enabledboolean", "  • boolean", 1), "expected a property name"),
    ],
    ids=["cut-off", "unknown-type", "duplicate-schema", "nameless-bullet"],
)
def test_broken_document_fails_with_its_line_and_leaves_the_spec_untouched(
    project: Path, capsys: pytest.CaptureFixture[str], edit: object, message: str
) -> None:
    document = project / "spec/source/unikraft-cloud-platform-schemas.txt"
    before = (project / SPEC).read_bytes()
    document.write_text(edit(document.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    code, err = normalize(project, capsys)
    assert code == 2
    assert message in err
    assert "unikraft-cloud-platform-schemas.txt:" in err  # file:line
    assert (project / SPEC).read_bytes() == before
    assert not list((project / "spec").glob(".openapi.yaml.*")), "a temporary file was left behind"


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "overrides.yaml",
            "  Image.kernel:",
            "  Image.colonel:",
            "references.Image.colonel: no such schema field",
        ),
        ("overrides.yaml", "    target: Object", "    target: Objet", "no schema named 'Objet'"),
        (
            "overrides.yaml",
            "InstanceState: Instance.state",
            "InstanceState: Instance.stat",
            "is not an enum field",
        ),
        (
            "supplement.yaml",
            "  CreateVolumeRequest:",
            "  CreateVolumeRequests:",
            "schemas.CreateVolumeRequests: no such schema",
        ),
        (
            "supplement.yaml",
            "    required: [size_mb]",
            "    required: [size_gb]",
            "no property 'size_gb'",
        ),
        ("operations.yaml", "/GetImageResponse'", "/GetImagesResponse'", "names no schema"),
        (
            "overrides.yaml",
            "description, reason}.\n",
            "description, reason}.\nalternatives:\n  ConfigurationInstanceCreateArg:\n"
            "    variants: [ServiceGroupTemplate]\n    reason: a person's choice\n",
            "alternatives.ConfigurationInstanceCreateArg: no such schema",
        ),
        (
            # Without the field the configuration is read back with, nothing on the page says
            # what the unshown variant of create_args is: a person must name it.
            "source/unikraft-cloud-platform-schemas.txt",
            "  \u2022 templateobject\n",
            "  \u2022 templatestring\n",
            "alternatives.ConfigurationInstanceCreateArgs.variants: expected the 1 variant(s)",
        ),
    ],
    ids=[
        "override-field",
        "override-target",
        "shared-enum",
        "supplement-schema",
        "supplement-required",
        "operation-ref",
        "alternative-schema",
        "alternative-variants",
    ],
)
def test_input_naming_what_does_not_exist_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str], file: str, old: str, new: str, message: str
) -> None:
    path = project / "spec" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    before = (project / SPEC).read_bytes()
    code, err = normalize(project, capsys)
    assert code == 2
    assert message in err
    assert (project / SPEC).read_bytes() == before


def test_openapi_python_client_generates_without_a_warning(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(ROOT / SPEC),
         "--output-path", str(tmp_path / "client"), "--meta", "none"],
        capture_output=True, text=True, check=False,
        # openapi-python-client runs `ruff` from PATH: the one installed beside this interpreter.
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    output = (result.stdout + result.stderr).lower()
    assert "warning" not in output and "error" not in output, output
    assert list((tmp_path / "client").rglob("models/*.py"))


def test_datamodel_code_generator_generates_without_a_warning(tmp_path: Path) -> None:
    from datamodel_code_generator import DataModelType, InputFileType, generate

    output = tmp_path / "models.py"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        generate(
            (ROOT / SPEC).read_text(encoding="utf-8"),
            input_file_type=InputFileType.OpenAPI,
            output=output,
            output_model_type=DataModelType.PydanticV2BaseModel,
            formatters=[],
        )
    assert "(BaseModel):" in output.read_text(encoding="utf-8")
