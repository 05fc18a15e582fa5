"""The corpus of one-feature OpenAPI documents (``tests/fixtures/openapi-corpus/``).

Each document is generated once per session the direct way (``generate --spec``'s function),
imported, checked with ``mypy --strict`` (one run over every package) and every component is
round-tripped through the package's own strategies, each document validated against the
component's JSON Schema. Each document under ``refused/`` ends in one line naming the JSON
pointer its first line gives, with no traceback and no package written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.imported.importer import direct_spec
from generator.openapi.document import load_document
from tests.support.generated_packages import generate_package, import_generated
from tests.support.inline_specs import InlineClient, assert_round_trips
from tests.support.paths import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "openapi-corpus"
DOCUMENTS = sorted(CORPUS.glob("*.yaml"))
REFUSED = sorted((CORPUS / "refused").glob("*.yaml"))
REFUSED_MARK = "# refused: "


def package_name(document: Path) -> str:
    return "corpus_" + document.stem.replace("-", "_").replace(".", "_")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, ModuleType, Any]]:
    """Every document of the corpus: its package directory, the imported package, its spec."""
    generated: dict[str, tuple[Path, ModuleType, Any]] = {}
    for document in DOCUMENTS:
        output = tmp_path_factory.mktemp(document.stem)
        generate_package(document, output)
        package = import_generated(output, package_name(document))
        spec = direct_spec(load_document(document), source_name=document.name)
        generated[document.name] = (output / package_name(document), package, spec)
    return generated


def test_the_corpus_has_documents() -> None:
    assert len(DOCUMENTS) >= 8
    assert len(REFUSED) >= 5


def test_every_package_passes_mypy_strict(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    packages = [str(directory) for directory, _, _ in corpus.values()]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_component_round_trips(
    document: Path, corpus: dict[str, tuple[Path, ModuleType, Any]]
) -> None:
    _, package, spec = corpus[document.name]
    client = InlineClient(package, spec)
    components = list(spec["components"]["schemas"])
    assert set(components) <= set(package.testing.STRATEGIES)
    for component in components:
        if component in package.MODELS:
            assert_round_trips(client, component)


@pytest.mark.parametrize("document", REFUSED, ids=lambda path: path.name)
def test_a_refused_form_is_one_line_naming_its_pointer(document: Path, tmp_path: Path) -> None:
    first_line = document.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith(REFUSED_MARK)
    pointer = first_line[len(REFUSED_MARK) :]
    output = tmp_path / "generated"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", document, "--output", output],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert pointer in lines[0]
    assert "Traceback" not in result.stderr
    assert not output.exists()
