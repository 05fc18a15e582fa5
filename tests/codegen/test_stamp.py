"""The stamp of the generated distribution: spec version and a hash of the inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.codegen.stamp import input_files, inputs_sha256, stamp_distribution
from generator.errors import ToolkitError


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project tree with one input of each kind."""
    (tmp_path / "spec/source").mkdir(parents=True)
    (tmp_path / "spec/source/unikraft-cloud-platform-schemas.txt").write_text(
        "Instance\n", encoding="utf-8"
    )
    (tmp_path / "spec/operations.yaml").write_text("paths: {}\n", encoding="utf-8")
    (tmp_path / "spec/overrides.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "generator/codegen/templates/package").mkdir(parents=True)
    (tmp_path / "generator/codegen/templates/package/README.md.jinja").write_text("# x\n", "utf-8")
    return tmp_path


def templates(project: Path) -> Path:
    return project / "generator/codegen/templates"


def test_the_inputs_are_the_normalizer_inputs_and_the_templates(project: Path) -> None:
    assert list(input_files(project, templates(project))) == [
        "spec/operations.yaml",
        "spec/overrides.yaml",
        "spec/source/unikraft-cloud-platform-schemas.txt",
        "templates/package/README.md.jinja",
    ]


def test_a_copy_of_the_inputs_elsewhere_gives_the_same_hash(project: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(project, tmp_path.parent / f"{tmp_path.name}-copy")
    assert inputs_sha256(copy, templates(copy)) == inputs_sha256(project, templates(project))


def test_a_changed_document_changes_the_hash(project: Path) -> None:
    before = inputs_sha256(project, templates(project))
    (project / "spec/source/unikraft-cloud-platform-schemas.txt").write_text(
        "Instance\nVolume\n", encoding="utf-8"
    )
    assert inputs_sha256(project, templates(project)) != before


def test_a_changed_template_changes_the_hash(project: Path) -> None:
    before = inputs_sha256(project, templates(project))
    (project / "generator/codegen/templates/package/README.md.jinja").write_text("# y\n", "utf-8")
    assert inputs_sha256(project, templates(project)) != before


def test_bytes_moved_between_files_change_the_hash(project: Path) -> None:
    before = inputs_sha256(project, templates(project))
    (project / "spec/operations.yaml").write_text("paths: {}\nInstance\n", encoding="utf-8")
    (project / "spec/source/unikraft-cloud-platform-schemas.txt").write_text("", encoding="utf-8")
    assert inputs_sha256(project, templates(project)) != before


def test_outputs_and_leftovers_do_not_change_the_hash(project: Path) -> None:
    before = inputs_sha256(project, templates(project))
    (project / "spec/openapi.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    (project / "spec/normalization-report.md").write_text("# report\n", encoding="utf-8")
    (project / "generator/codegen/templates/.README.md.jinja.swp").write_text("x", encoding="utf-8")
    (project / "generator/codegen/templates/__pycache__").mkdir()
    (project / "generator/codegen/templates/__pycache__/x.pyc").write_bytes(b"\0")
    assert inputs_sha256(project, templates(project)) == before


def test_the_stamp_carries_the_spec_version_as_the_package_version(project: Path) -> None:
    stamp = stamp_distribution({"info": {"version": "1.2.0"}}, project, templates(project))
    assert (stamp.spec_version, stamp.version) == ("1.2.0", "1.2.0")
    assert stamp.inputs_sha256 == inputs_sha256(project, templates(project))


def test_the_runtime_requirements_are_attrs_cattrs_and_urllib3(project: Path) -> None:
    stamp = stamp_distribution({"info": {"version": "1"}}, project, templates(project))
    assert [requirement.split(">=")[0] for requirement in stamp.requirements] == [
        "attrs",
        "cattrs",
        "urllib3",
    ]
    assert [requirement.split(">=")[0] for requirement in stamp.testing_requirements] == [
        "hypothesis"
    ]


def test_a_spec_without_a_version_is_an_error(project: Path) -> None:
    with pytest.raises(ToolkitError, match="/info/version"):
        stamp_distribution({"info": {}}, project, templates(project))


def test_a_spec_version_that_is_not_a_release_number_is_the_local_label_of_release_0(
    project: Path,
) -> None:
    stamp = stamp_distribution(
        {"info": {"version": "document-d80d1114d508"}}, project, templates(project)
    )
    assert (stamp.spec_version, stamp.version) == (
        "document-d80d1114d508",
        "0+document.d80d1114d508",
    )


def test_a_spec_version_without_letters_or_digits_is_an_error(project: Path) -> None:
    with pytest.raises(ToolkitError, match="/info/version"):
        stamp_distribution({"info": {"version": "--"}}, project, templates(project))


def test_by_default_the_templates_are_those_this_generator_renders(project: Path) -> None:
    names = list(input_files(project))
    assert "templates/package/pyproject.toml.jinja" in names
    assert "templates/package/README.md.jinja" in names
