"""The ``generate`` verb: deterministic output, checked by ruff and mypy, written atomically,
and the committed ``generated/`` is what the spec generates."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
import yaml

from generator.cli import main
from generator.codegen.operation_graph import build_operation_graph
from generator.codegen.package import generate_from_spec
from generator.codegen.render import (
    PACKAGE_TEMPLATES,
    PER_ITEM_TEMPLATES,
    TEMPLATE_SUFFIX,
    build_context,
)
from generator.errors import ToolkitError
from tests.support.paths import REAL_SPEC, ROOT


@pytest.fixture(scope="module")
def generated_twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = tmp_path_factory.mktemp("first") / "generated"
    second = tmp_path_factory.mktemp("second") / "generated"
    generate_from_spec(REAL_SPEC, first)
    generate_from_spec(REAL_SPEC, second)
    return first, second


def tree_files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_generating_twice_gives_identical_bytes(generated_twice: tuple[Path, Path]) -> None:
    first, second = generated_twice
    assert tree_files(first) == tree_files(second)


def test_committed_package_is_what_the_spec_generates(generated_twice: tuple[Path, Path]) -> None:
    first, _ = generated_twice
    committed = tree_files(ROOT / "generated" / "ukc_client")
    fresh = tree_files(first / "ukc_client")
    assert sorted(committed) == sorted(fresh)
    drifted = [name for name in fresh if committed[name] != fresh[name]]
    assert drifted == [], "run: python -m generator generate"


def test_output_mirrors_the_template_tree(generated_twice: tuple[Path, Path]) -> None:
    first, _ = generated_twice
    templates = {
        path.relative_to(PACKAGE_TEMPLATES).as_posix()
        for path in PACKAGE_TEMPLATES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    once = {name.removesuffix(TEMPLATE_SUFFIX) for name in templates - PER_ITEM_TEMPLATES.keys()}
    files = set(tree_files(first))
    assert once <= files
    # The rest are the modules of a template rendered once per item, in that template's folder.
    folders = {PurePosixPath(name).parent for name in PER_ITEM_TEMPLATES}
    made = files - once
    assert made
    assert all(PurePosixPath(name).parent in folders for name in made)


def test_generated_package_passes_ruff_check_and_format(
    generated_twice: tuple[Path, Path],
) -> None:
    package = generated_twice[0] / "ukc_client"
    ruff = [sys.executable, "-m", "ruff"]
    # The line length the generation's import and format steps use (generator/codegen/package.py).
    check = subprocess.run(
        [*ruff, "check", "--isolated", "--line-length", "100", str(package)], capture_output=True
    )
    assert check.returncode == 0, check.stdout.decode()
    options = ["--isolated", "--line-length", "100", "--check", str(package)]
    form = subprocess.run([*ruff, "format", *options], capture_output=True)
    assert form.returncode == 0, form.stdout.decode()


def test_generated_package_passes_mypy_strict(generated_twice: tuple[Path, Path]) -> None:
    package = generated_twice[0] / "ukc_client"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(package)],
        capture_output=True,
        cwd=package.parent,
    )
    assert result.returncode == 0, result.stdout.decode()


def test_bad_spec_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    generate_from_spec(REAL_SPEC, output)
    before = tree_files(output)
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Broken:\n      type: object\n"
        "      properties:\n        size: {type: number, format: decimal128}\n"
    )
    with pytest.raises(ToolkitError, match="Broken/properties/size"):
        generate_from_spec(broken, output)
    assert tree_files(output) == before
    # No staging directory is left behind either.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.yaml", "generated"]


def test_stale_files_are_removed(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    (output / "ukc_client").mkdir(parents=True)
    (output / "ukc_client" / "stale.py").write_text("")
    generate_from_spec(REAL_SPEC, output)
    assert not (output / "ukc_client" / "stale.py").exists()


def test_verb_reports_an_unreadable_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.yaml"
    assert main(["generate", "--spec", str(missing), "--output", str(tmp_path / "out")]) == 2
    assert str(missing) in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_context_providers_may_not_set_the_same_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.codegen import render

    monkeypatch.setattr(
        render, "CONTEXT_PROVIDERS", [*render.CONTEXT_PROVIDERS, lambda inputs: {"graph": None}]
    )
    with pytest.raises(ValueError, match="graph"):
        build_context({"components": {"schemas": {}}})


def test_the_api_reference_names_every_client_method(generated_twice: tuple[Path, Path]) -> None:
    first, _ = generated_twice
    reference = (first / "api.md").read_text(encoding="utf-8")
    spec = yaml.safe_load(REAL_SPEC.read_text(encoding="utf-8"))
    for operation in build_operation_graph(spec).operations:
        call = f"client.{operation.group}.{operation.method_name}"
        assert f"### `{call}(" in reference
        assert f"\n{call}(" in reference


def test_check_catches_a_drift_of_the_api_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(ROOT / "generated", tmp_path / "generated")
    reference = tmp_path / "generated" / "api.md"
    reference.write_text(reference.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert main(["check", "--root", str(tmp_path)]) == 1
    assert "generated/api.md" in capsys.readouterr().out
