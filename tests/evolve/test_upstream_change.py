"""A realistic upstream change, followed as a maintainer would, on a copy of the whole project.

The copy starts from the frozen page and overlays (``tests/fixtures/frozen``), generated once,
so that this test does not depend on what the live page holds today. Then the page loses a field
of ``Instance`` and gains another, gains a schema, renames an enum value of the instance state
everywhere it is listed, and ``spec/operations.yaml`` gains an operation. In the copy,
``generate`` must succeed and name what changed, ``check`` must be clean, and the toolkit's own
tests over the live inputs (and the frozen-page tests) must pass unchanged.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from tests.support.document_edits import add_integer_property, add_schema
from tests.support.paths import FROZEN_ROOT, ROOT

DOCUMENT = Path("spec/source/unikraft-cloud-platform-schemas.txt")
OPERATIONS = Path("spec/operations.yaml")
# The tests a maintainer runs after a page change; they read the copy's own inputs.
LIVE_TESTS = (
    "tests/spec/test_live_inputs.py",
    "tests/page",
    "tests/spec/test_normalizer.py",
    "tests/codegen/test_operation_graph.py",
    "tests/codegen/test_generated_models.py",
)

NEW_OPERATION = """  /v1/instances/{uuid}/console:
    get:
      operationId: get_instance_console_by_uuid
      tags:
        - instances
      summary: Get the console output of an instance by UUID
      parameters:
        - name: uuid
          in: path
          required: true
          description: The UUID of the instance.
          schema:
            type: string
            format: uuid
      responses:
        '200':
          description: Success.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/GetInstanceLogsResponse'
        default:
          description: 'An error: the same envelope, with status error.'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/GetInstanceLogsResponse'

"""


def remove_property(document: str, schema: str, name: str) -> str:
    """The document without the bullet ``name`` of ``schema`` and its body."""
    heading = re.search(rf"^{schema}$", document, re.MULTILINE)
    assert heading is not None
    bullet = re.compile(rf"^  • {name}[a-z\[\]]*(\u00a0·.*)?$", re.MULTILINE)
    found = bullet.search(document, heading.end())
    assert found is not None
    following = re.compile(r"^(  • |[A-Z])", re.MULTILINE).search(document, found.end())
    assert following is not None
    return document[: found.start()] + document[following.start() :]


def rename_enum_value(document: str, old: str, new: str) -> str:
    renamed = document.replace(f"\n    {old}\n", f"\n    {new}\n")
    assert renamed != document
    return renamed


def run(project: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, "PYTHONPATH": str(project), "CI": "true"},
    )


@attrs.frozen
class Followed:
    project: Path
    generate: subprocess.CompletedProcess[str]
    check: subprocess.CompletedProcess[str]
    tests: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def followed(tmp_path_factory: pytest.TempPathFactory) -> Followed:
    project = tmp_path_factory.mktemp("upstream") / "project"
    ignore = shutil.ignore_patterns("__pycache__", ".*")
    for part in ("generator", "tests", "spec", "generated"):
        shutil.copytree(ROOT / part, project / part, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(FROZEN_ROOT / "spec", project / "spec", dirs_exist_ok=True)
    baseline = run(project, "-m", "generator", "generate")
    assert baseline.returncode == 0, baseline.stderr

    document = (project / DOCUMENT).read_text(encoding="utf-8")
    document = remove_property(document, "Instance", "private_fqdn")
    document = add_integer_property(document, "Instance", "boot_count", "How often it booted.")
    document = add_schema(document, "InstanceConsoleLine", "text", "One line of the console.")
    document = rename_enum_value(document, "draining", "evacuating")
    (project / DOCUMENT).write_text(document, encoding="utf-8")
    operations = (project / OPERATIONS).read_text(encoding="utf-8")
    anchor = "  /v1/instances/{uuid}/metrics:\n"
    (project / OPERATIONS).write_text(
        operations.replace(anchor, NEW_OPERATION + anchor, 1), encoding="utf-8"
    )

    generate = run(project, "-m", "generator", "generate")
    check = run(project, "-m", "generator", "check")
    tests = run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", *LIVE_TESTS)
    return Followed(project, generate, check, tests)


def test_generate_succeeds_and_names_each_change(followed: Followed) -> None:
    assert followed.generate.returncode == 0, followed.generate.stderr
    summary = followed.generate.stdout.splitlines()
    assert "schemas added: InstanceConsoleLine" in summary
    assert "fields added: Instance.boot_count" in summary
    assert "fields removed: Instance.private_fqdn" in summary
    assert any(line.startswith("enum values added:") and "'evacuating'" in line for line in summary)
    assert any(line.startswith("enum values removed:") and "'draining'" in line for line in summary)
    assert any(
        line.startswith("operations added:") and "get_instance_console_by_uuid" in line
        for line in summary
    )
    assert "client methods added: client.instances.get_console_by_uuid" in summary


def test_check_is_clean_after_the_change(followed: Followed) -> None:
    assert followed.check.returncode == 0, followed.check.stdout + followed.check.stderr


def test_the_toolkit_tests_over_the_live_inputs_pass(followed: Followed) -> None:
    assert followed.tests.returncode == 0, followed.tests.stdout[-3000:]
    assert " passed" in followed.tests.stdout


def test_the_generated_client_follows_the_change(followed: Followed) -> None:
    probe = (
        "import attrs\n"
        "from ukc_client import OPERATIONS\n"
        "from ukc_client.models import Instance, InstanceConsoleLine, InstanceState\n"
        "fields = attrs.fields_dict(Instance)\n"
        "print('private_fqdn' in fields, 'boot_count' in fields)\n"
        "print(OPERATIONS['get_instance_console_by_uuid'].path)\n"
        "print(sorted(state.value for state in InstanceState))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(followed.project / "generated")},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "False True"
    assert lines[1] == "/v1/instances/{uuid}/console"
    assert "'evacuating'" in lines[2] and "'draining'" not in lines[2]
