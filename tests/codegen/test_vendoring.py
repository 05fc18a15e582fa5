"""``generated/`` is a standalone distribution: it installs on its own, and works vendored."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

from tests.support.paths import ROOT

GENERATED = ROOT / "generated"
PACKAGE = GENERATED / "ukc_client"

# Decodes a JSON instance, encodes it back, and prints whether nothing was lost.
ROUND_TRIP = """
import {package} as client
from {package}.models import Instance

wire = {{"uuid": "c1d2e3f4-5678-90ab-cdef-1234567890ab", "name": "funky-town",
         "state": "running", "memory_mb": 128, "env": {{"A": "b"}}}}
instance = client.converter.structure(wire, Instance)
print(client.converter.unstructure(instance) == wire, instance.name, client.SPEC_VERSION)
"""


def copy_distribution(destination: Path) -> Path:
    return shutil.copytree(GENERATED, destination, ignore=shutil.ignore_patterns("__pycache__"))


def clean_environment() -> dict[str, str]:
    """The environment without the test run's own import path."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}


def test_the_distribution_depends_only_on_attrs_cattrs_and_urllib3() -> None:
    project = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [requirement.split(">=")[0] for requirement in project["dependencies"]]
    assert names == ["attrs", "cattrs", "urllib3"]
    assert [r.split(">=")[0] for r in project["optional-dependencies"]["testing"]] == ["hypothesis"]


def test_the_package_is_marked_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()


def test_the_stamp_names_the_spec_version_and_the_inputs_hash() -> None:
    meta = (PACKAGE / "_meta.py").read_text(encoding="utf-8")
    project = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert 'SPEC_VERSION = "document-' in meta
    assert "INPUTS_SHA256 = " in meta
    assert f'__version__ = "{project["version"]}"' in meta


def test_every_import_inside_the_package_is_relative() -> None:
    absolute = []
    for module in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module.split(".")[0] == "ukc_client":
                    absolute.append(f"{module.name}: from {node.module}")
            elif isinstance(node, ast.Import):
                absolute.extend(
                    f"{module.name}: import {alias.name}"
                    for alias in node.names
                    if alias.name.split(".")[0] == "ukc_client"
                )
    assert absolute == []


def test_it_installs_into_a_fresh_environment_with_only_its_dependencies(tmp_path: Path) -> None:
    distribution = copy_distribution(tmp_path / "ukc-client")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(distribution),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_environment(),
        check=False,
    )
    assert install.returncode == 0, install.stderr
    installed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        env=clean_environment(),
        check=True,
    )
    names = {line.split("==")[0].lower() for line in installed.stdout.splitlines()}
    # cattrs brings typing_extensions; pip and setuptools come with every environment.
    assert names - {"pip", "setuptools"} == {
        "attrs",
        "cattrs",
        "typing_extensions",
        "urllib3",
        "ukc-client",
    }
    round_trip = subprocess.run(
        [str(python), "-c", ROUND_TRIP.format(package="ukc_client")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_environment(),
        check=False,
    )
    assert round_trip.returncode == 0, round_trip.stderr
    assert round_trip.stdout.split()[:2] == ["True", "funky-town"]


def test_it_works_copied_under_another_top_level_package(tmp_path: Path) -> None:
    vendored = tmp_path / "acme" / "vendored"
    shutil.copytree(PACKAGE, vendored / "ukc_client", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "acme" / "__init__.py").write_text("", encoding="utf-8")
    (vendored / "__init__.py").write_text("", encoding="utf-8")
    probe = ROUND_TRIP.format(package="acme.vendored.ukc_client") + (
        "import sys\nprint('ukc_client' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**clean_environment(), "PYTHONPATH": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["True", "funky-town"]
    assert lines[1] == "False"
