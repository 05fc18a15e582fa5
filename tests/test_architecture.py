"""The toolkit's structure: stages import only earlier stages, and OpenAPI facts have one home."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import ROOT

PACKAGE = ROOT / "generator"
# Each stage may import its own modules and those of earlier stages, never a later one.
STAGE_ORDER = {
    "errors": 0,
    "files": 0,
    "openapi": 0,
    "page": 1,
    "spec": 2,
    # The published OpenAPI document's importer: the page normalizer's sibling, which shares its
    # report and which the spec stage's outputs call for a document of that kind.
    "imported": 2,
    "codegen": 3,
    "evolve": 4,
    "mock": 5,
    "contract": 6,
    "verbs": 7,
    "cli": 7,
    "__main__": 7,
}
HTTP_METHOD_NAMES = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
INTEGER_FORMAT_NAMES = {"int32", "int64", "uint32", "uint64"}


def toolkit_modules() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "templates" not in path.relative_to(PACKAGE).parts and "__pycache__" not in path.parts
    )


def stage_of(module: str) -> str:
    """``generator.codegen.render`` -> ``codegen``; ``generator`` itself is the base."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "errors"


def module_name(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> Iterator[str]:
    """Every ``generator`` module that ``path`` imports, at the top or inside a function."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def code_constants(path: Path) -> Iterator[ast.AST]:
    """The nodes of ``path`` apart from docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if id(node) not in docstrings:
            yield node


def strings_of(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        elements = node.elts
    elif isinstance(node, ast.Dict):
        elements = [key for key in node.keys if key is not None]
    else:
        return set()
    return {e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)}


MODULES = toolkit_modules()


def test_every_module_belongs_to_a_stage() -> None:
    assert {stage_of(module_name(path)) for path in MODULES} <= STAGE_ORDER.keys()


@pytest.mark.parametrize("path", MODULES, ids=lambda path: module_name(path))
def test_a_stage_imports_no_later_stage(path: Path) -> None:
    own = STAGE_ORDER[stage_of(module_name(path))]
    later = [
        imported
        for imported in imported_modules(path)
        if imported.startswith("generator.") and STAGE_ORDER[stage_of(imported)] > own
    ]
    assert later == [], f"{module_name(path)} imports a later stage"


@pytest.mark.parametrize(
    "path",
    [path for path in MODULES if stage_of(module_name(path)) != "openapi"],
    ids=lambda path: module_name(path),
)
def test_only_the_openapi_layer_knows_references_methods_formats_and_paths(path: Path) -> None:
    stage = stage_of(module_name(path))
    for node in code_constants(path):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert "#/components/schemas/" not in node.value, f"line {node.lineno}"
            # The spec stage writes `paths` from the operations overlay, the importer from the
            # published document; nobody else reads it.
            if stage not in ("spec", "imported"):
                assert node.value != "paths", f"line {node.lineno} reads paths"
        strings = strings_of(node)
        assert len(strings & HTTP_METHOD_NAMES) < 3, f"a list of HTTP methods at {node.lineno}"
        assert len(strings & INTEGER_FORMAT_NAMES) < 2, f"integer formats at {node.lineno}"


@pytest.mark.parametrize("document", ["README.md", "docs/architecture.md"])
def test_the_module_maps_name_every_module(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    unnamed = [
        module_name(path)
        for path in MODULES
        if path.name != "__init__.py"
        and path.parent.name != "handlers"
        and path.relative_to(PACKAGE).as_posix() not in text
        and path.name not in text
    ]
    assert unnamed == []


def test_the_distribution_lists_every_package() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    packages = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "templates" not in init.parts
    }
    assert packages - listed == set()
