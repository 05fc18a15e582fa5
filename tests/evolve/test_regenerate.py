"""Regenerating on a spec change, on a copy of the project whose schema document changed.

The document gains a property on ``Instance`` and a new schema, and loses the enum value
``busy`` of ``Volume.state``. Then, in order: ``check`` fails, ``diff`` classifies the changes,
``generate`` regenerates, ``check`` passes, and a second ``generate`` changes no byte.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from generator.cli import main
from tests.support.document_edits import add_integer_property, add_schema, remove_enum_value
from tests.support.paths import ROOT

DOCUMENT = Path("spec/source/unikraft-cloud-platform-schemas.txt")


@attrs.frozen
class Run:
    status: int
    out: str
    err: str


def run_verb(*argv: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return Run(status, out.getvalue(), err.getvalue())


def tree_files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@attrs.frozen
class Story:
    project: Path
    check_before: Run
    diff: Run
    generate: Run
    check_after: Run
    files_after_first: dict[str, bytes]
    generate_again: Run
    files_after_second: dict[str, bytes]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "spec", project / "spec")
    shutil.copytree(ROOT / "generated", project / "generated")
    document = (project / DOCUMENT).read_text(encoding="utf-8")
    document = add_integer_property(document, "Instance", "boot_count", "How often it booted.")
    document = add_schema(document, "InstanceBootRecord", "note", "A note about one boot.")
    document = remove_enum_value(document, "Volume", "busy")
    (project / DOCUMENT).write_text(document, encoding="utf-8")

    root = ["--root", str(project)]
    check_before = run_verb("check", *root)
    diff = run_verb(
        "diff", *root, "--json", str(project / "spec/openapi.yaml"), str(project / DOCUMENT)
    )
    generate = run_verb("generate", *root)
    check_after = run_verb("check", *root)
    files_after_first = tree_files(project)
    generate_again = run_verb("generate", *root)
    return Story(
        project,
        check_before,
        diff,
        generate,
        check_after,
        files_after_first,
        generate_again,
        tree_files(project),
    )


def changes_at(story: Story, **location: str) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = json.loads(story.diff.out)["changes"]
    return [change for change in changes if change["location"] == location]


def test_check_fails_before_the_regeneration_with_a_unified_diff(story: Story) -> None:
    assert story.check_before.status == 1
    assert story.check_before.out.startswith("--- a/spec/openapi.yaml\n+++ b/spec/openapi.yaml\n")
    assert "+        boot_count:\n" in story.check_before.out


def test_check_names_every_drifted_file(story: Story) -> None:
    listing = story.check_before.out.split("differ from what the inputs produce:\n")[1]
    assert "  different: spec/openapi.yaml" in listing
    assert "  different: generated/ukc_client/_models/instance.py" in listing
    assert "  different: generated/ukc_client/_meta.py" in listing


def test_diff_flags_the_removed_enum_value_as_breaking(story: Story) -> None:
    assert story.diff.status == 1
    [change] = changes_at(story, schema="Volume", field="state", enum_value="busy")
    assert (change["kind"], change["breaking"]) == ("removed", True)


def test_diff_flags_the_new_property_as_not_breaking(story: Story) -> None:
    [change] = changes_at(story, schema="Instance", field="boot_count")
    assert (change["kind"], change["breaking"]) == ("added", False)


def test_diff_flags_the_new_schema_as_not_breaking(story: Story) -> None:
    [change] = changes_at(story, schema="InstanceBootRecord")
    assert (change["kind"], change["breaking"]) == ("added", False)


def test_generate_summarizes_what_changed(story: Story) -> None:
    assert story.generate.status == 0
    assert story.generate.out.splitlines()[1:] == [
        "schemas added: InstanceBootRecord",
        "fields added: Instance.boot_count",
        "enum values removed: Volume.state = 'busy'",
        "1 breaking change(s) for clients (`python -m generator diff` says why).",
    ]


def test_check_passes_after_the_regeneration(story: Story) -> None:
    assert (story.check_after.status, story.check_after.out.startswith("up to date")) == (0, True)


def test_the_new_property_is_in_the_generated_model(story: Story) -> None:
    probe = (
        "import attrs\n"
        "from ukc_client.models import Instance, InstanceBootRecord\n"
        "print('boot_count' in attrs.fields_dict(Instance))\n"
        "print(InstanceBootRecord(note='first').note)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=story.project,
        env={**os.environ, "PYTHONPATH": str(story.project / "generated")},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True", "first"]


def test_the_removed_enum_value_is_gone_from_the_generated_package(story: Story) -> None:
    models = "".join(
        text.decode()
        for path, text in story.files_after_first.items()
        if path.startswith("generated/ukc_client/_models/")
    )
    committed = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "generated/ukc_client/_models").glob("*.py"))
    )
    assert '"busy"' in committed
    assert '"busy"' not in models


def test_the_stamp_records_the_new_inputs(story: Story) -> None:
    meta = story.files_after_first["generated/ukc_client/_meta.py"]
    assert meta != (ROOT / "generated/ukc_client/_meta.py").read_bytes()


def test_regenerating_twice_gives_byte_identical_files(story: Story) -> None:
    assert story.generate_again.status == 0
    assert story.files_after_second == story.files_after_first
    assert "No changes" in story.generate_again.out


def test_no_staging_directory_is_left_behind(story: Story) -> None:
    assert sorted(path.name for path in story.project.iterdir()) == ["generated", "spec"]


def test_a_broken_document_leaves_the_spec_and_package_as_they_were(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(ROOT / "generated", tmp_path / "generated")
    document = tmp_path / DOCUMENT
    text = document.read_text(encoding="utf-8")
    document.write_text(
        text.replace("integer\u00a0·\u00a0uint64", "quaternion\u00a0·\u00a0uint64", 1), "utf-8"
    )
    before = tree_files(tmp_path)
    result = run_verb("generate", "--root", str(tmp_path))
    assert result.status == 2
    assert str(DOCUMENT.name) in result.err
    assert tree_files(tmp_path) == before
