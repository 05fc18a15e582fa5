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


def models_of(corpus: dict[str, tuple[Path, ModuleType, Any]], document: str) -> ModuleType:
    return corpus[document][1].models


def test_a_closed_object_refuses_a_field_it_does_not_have(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["closed-object.yaml"][1]
    with pytest.raises(package.DecodeError) as raised:
        package.structure({"a": "x", "c": 1}, package.models.Closed)
    assert raised.value.path == "c"
    closed = package.models.Closed(a="x")
    closed.additional_properties["c"] = 1
    with pytest.raises(package.EncodeError, match="'c'"):
        package.unstructure(closed)


def test_an_open_object_beside_a_closed_one_keeps_unknown_fields(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["closed-object.yaml"][1]
    document = {"closed": {"a": "x"}, "inline": {"x": True}, "later": [1]}
    value = package.structure(document, package.models.Open)
    assert value.additional_properties == {"later": [1]}
    assert package.unstructure(value) == document
    with pytest.raises(package.DecodeError) as raised:
        package.structure({"inline": {"x": True, "y": 2}}, package.models.Open)
    assert raised.value.path == "inline.y"


def test_an_integer_enum_keeps_a_value_it_does_not_know(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["enums.yaml"][1]
    level = package.structure(9, package.models.Level)
    assert level == 9
    assert not level.is_known
    assert package.unstructure(level) == 9
    assert package.structure(-1, package.models.Level) is package.models.Level.V_MINUS_1
    with pytest.raises(package.DecodeError):
        package.structure(True, package.models.Level)
    with pytest.raises(package.DecodeError):
        package.structure("1", package.models.Level)


def test_a_mixed_enum_is_a_literal_that_tells_its_json_types_apart(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["enums.yaml"][1]
    setting = {"level": 1, "mode": None, "mixed": True, "choice": False}
    value = package.structure(setting, package.models.Setting)
    assert value.mixed is True
    assert value.choice is False
    assert package.unstructure(value) == setting
    with pytest.raises(package.DecodeError) as raised:
        package.structure({**setting, "choice": 1}, package.models.Setting)
    assert raised.value.path == "choice"
    assert "0, 'off', false" in str(raised.value)


def test_a_const_reads_only_its_value(corpus: dict[str, tuple[Path, ModuleType, Any]]) -> None:
    package = corpus["const.yaml"][1]
    fixed = package.structure({"kind": "fixed", "version": 2}, package.models.Fixed)
    assert (fixed.kind, fixed.version) == ("fixed", 2)
    for wrong in (
        {"kind": "loose"},
        {"kind": "fixed", "version": 2.0},
        {"kind": "fixed", "flag": 1},
    ):
        with pytest.raises(package.DecodeError):
            package.structure(wrong, package.models.Fixed)


def test_inline_objects_are_named_from_their_place(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    models = models_of(corpus, "inline-object.yaml")
    hints = {
        name: vars(models)[name].__annotations__ for name in models.__all__ if name != "MODELS"
    }
    # ``OuterInner`` is a component already: the inline object takes the next name.
    assert hints["Outer"]["inner"] == "OuterInnerModel | Unset"
    assert hints["OuterInnerModel"]["deep"] == "OuterInnerModelDeep | Unset"
    assert hints["Outer"]["pairs"] == "list[OuterPairsItem] | Unset"
    assert hints["Outer"]["empty"] == "OuterEmpty | Unset"
    # Inside a model the client only receives, an inline object is received too.
    assert hints["ReplyData"]["note"] == "str | None"
    assert hints["ReplyData"]["tags"] == "list[str]"


def test_an_any_of_union_reads_json_that_fits_several_variants_as_the_first(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["any-of.yaml"][1]
    both = {"meows": True, "barks": True}
    assert isinstance(package.structure(both, package.models.Pet), package.models.Cat)
    assert isinstance(package.structure({"barks": False}, package.models.Pet), package.models.Dog)
    with pytest.raises(package.DecodeError, match="a variant of Pet"):
        package.structure({"name": "Rex"}, package.models.Pet)


def test_any_of_a_schema_and_null_is_a_nullable_field(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["any-of.yaml"][1]
    home = package.structure({"cat": None, "size": None}, package.models.Home)
    assert (home.cat, home.size, home.pet) == (None, None, package.UNSET)
    assert package.unstructure(home) == {"cat": None, "size": None}


def test_an_optional_field_that_is_not_nullable_refuses_null(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["any-of.yaml"][1]
    assert package.models.Cat.__annotations__["name"] == "str | Unset"
    with pytest.raises(package.DecodeError) as raised:
        package.structure({"meows": True, "name": None}, package.models.Cat)
    assert raised.value.path == "name"


def test_all_of_beside_type_object_keeps_the_inherited_fields(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["allof-3.0.yaml"][1]
    cat = package.structure({"name": "Tom", "meows": None}, package.models.Cat)
    assert (cat.name, cat.meows) == ("Tom", None)
    with pytest.raises(package.DecodeError, match="required by Cat"):
        package.structure({"meows": True}, package.models.Cat)


def test_all_of_in_a_3_1_document_keeps_the_inherited_fields(
    corpus: dict[str, tuple[Path, ModuleType, Any]],
) -> None:
    package = corpus["allof-3.1.yaml"][1]
    dog = package.structure({"name": "Rex", "barks": True}, package.models.Dog)
    assert (dog.name, dog.barks) == ("Rex", True)
    with pytest.raises(package.DecodeError, match="required by Dog"):
        package.structure({"barks": True}, package.models.Dog)
