"""Render the client package: every file under ``templates/package/``, one shared context.

The output tree mirrors the template tree: ``templates/package/ukc_client/models.py.jinja``
becomes ``<output>/ukc_client/models.py``; a file without the ``.jinja`` suffix is copied as
is. Every template gets the same context, built by ``build_context(spec)`` from the
``CONTEXT_PROVIDERS``: each provider returns some keys of the context, and no two may return
the same key. To give the templates more data, append a provider.

A template named in ``PER_ITEM_TEMPLATES`` is rendered once for each item of a list in the
context, with the item as ``module``, into ``<item.name>.py`` beside where it would go:
``_models/model_module.py.jinja`` becomes one module of ``_models/`` per ``model_modules`` item.
"""

from __future__ import annotations

import ast
import functools
import re
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs
import jinja2

from generator.codegen.converter_plan import alias_structure_hook, plan_models, plan_unions
from generator.codegen.docs_plan import plan_api_reference, plan_model_docs, plan_package_docs
from generator.codegen.kinds import (
    ANNOTATION_IMPORTS,
    strategy_variable,
    structure_hook_name,
    unstructure_hook_name,
)
from generator.codegen.model_graph import ModelGraph, build_model_graph
from generator.codegen.module_plan import plan_model_modules
from generator.codegen.operation_graph import build_operation_graph
from generator.codegen.strategy_plan import plan_strategies
from generator.errors import ToolkitError

TEMPLATES = Path(__file__).parent / "templates"
PACKAGE_TEMPLATES = TEMPLATES / "package"
TEMPLATE_SUFFIX = ".jinja"
# Template (relative to ``PACKAGE_TEMPLATES``) -> the context list it is rendered once per item of.
PER_ITEM_TEMPLATES = {"ukc_client/_models/model_module.py.jinja": "model_modules"}


@attrs.frozen
class ContextInputs:
    """What a context provider may read: the spec and the model graph built from it."""

    spec: Mapping[str, Any]
    graph: ModelGraph


ContextProvider = Callable[[ContextInputs], dict[str, Any]]


def models_context(inputs: ContextInputs) -> dict[str, Any]:
    """The models, enums, unions and aliases, and how the converter reads and writes them."""
    graph = inputs.graph
    model_plans = plan_models(graph)
    return {
        "graph": graph,
        # Every name ``models.py`` defines: the other modules import them all, and the ruff
        # step of the generation removes the ones a module does not use.
        "models_module_names": [
            "MODELS",
            *(
                item.name
                for group in (graph.models, graph.enums, graph.unions, graph.aliases)
                for item in group
            ),
        ],
        "model_plans": model_plans,
        "model_modules": plan_model_modules(graph, model_plans),
        "model_docs": plan_model_docs(graph, inputs.spec),
        "union_plans": plan_unions(graph),
        "alias_hooks": {alias.name: alias_structure_hook(alias.type) for alias in graph.aliases},
        # What the annotations of any kind may need; ruff drops what a spec does not use.
        "annotation_imports": ANNOTATION_IMPORTS,
    }


def spec_context(inputs: ContextInputs) -> dict[str, Any]:
    """The spec's title and version, for module docstrings."""
    info = inputs.spec.get("info", {})
    return {"api_title": info.get("title", ""), "api_version": str(info.get("version", ""))}


def operations_context(inputs: ContextInputs) -> dict[str, Any]:
    """The operations the client calls, grouped by tag."""
    operations = build_operation_graph(inputs.spec, inputs.graph)
    return {
        "operations": operations,
        "api_reference": plan_api_reference(operations, inputs.graph),
        "package_docs": plan_package_docs(operations, inputs.spec),
    }


def strategies_context(inputs: ContextInputs) -> dict[str, Any]:
    """The Hypothesis strategy of every model, enum, union and alias (``testing.py``)."""
    return plan_strategies(inputs.graph, inputs.spec)


CONTEXT_PROVIDERS: list[ContextProvider] = [
    spec_context,
    models_context,
    operations_context,
    strategies_context,
]


def build_context(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The context every template is rendered with."""
    inputs = ContextInputs(spec=spec, graph=build_model_graph(spec))
    context: dict[str, Any] = {}
    for provider in CONTEXT_PROVIDERS:
        provided = provider(inputs)
        clash = context.keys() & provided.keys()
        if clash:
            raise ValueError(f"{provider.__name__} provides keys already set: {sorted(clash)}")
        context.update(provided)
    return context


# Spec text reaches generated code only through the filters below (``make_environment``):
# ``docstring`` (a whole docstring body), ``doctext`` (a piece of one), ``literal`` (a Python
# literal), ``comment`` (a ``#`` comment) and ``toml`` (a TOML basic string). Names reach it as
# identifiers the graphs have already made valid and reserved-free.
_TRIPLE_QUOTE = re.compile(r'"(?="")')


def _escape_character(char: str) -> str:
    """A character as it may stand in a non-raw string literal: itself, or its escape.

    Escaped: the backslash, every control character (a NUL cannot be in source at all, a CR
    would become a newline), line and paragraph separators, and lone surrogates (not UTF-8).
    """
    if char == "\\":
        return "\\\\"
    code = ord(char)
    if char.isprintable() or char == " ":
        return char
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def doctext(text: Any, closes: bool = True) -> str:
    """Text that stands inside a ``\"\"\"`` docstring on one line and reads back as itself.

    A newline becomes a space; a quote that would end the docstring is escaped: the first of
    three, and a last one when the closing quotes follow on the same line (``closes``).
    """
    value = " ".join(str(text).splitlines())
    escaped = "".join(_escape_character(char) for char in value)
    body = escaped.rstrip('"') if closes else escaped
    return _TRIPLE_QUOTE.sub('\\\\"', body) + '\\"' * (len(escaped) - len(body))


def docstring(text: str | None, indent: int = 0, width: int = 96) -> str:
    """The body of a triple-quoted docstring: wrapped, escaped, indented after line one."""
    if not text:
        return ""
    lines: list[str] = []
    for paragraph in str(text).strip().splitlines():
        wrapped = textwrap.wrap(
            paragraph,
            width=max(width - indent, 40),
            # Escape sequences are made after the wrap, which must not break a word apart.
            break_long_words=False,
        )
        lines.extend(wrapped or [""])
    last = len(lines) - 1
    escaped = [doctext(line, closes=index == last) for index, line in enumerate(lines)]
    pad = " " * indent
    return "\n".join([escaped[0], *[pad + line if line else "" for line in escaped[1:]]])


def python_literal(value: Any) -> str:
    """A Python literal of a JSON-like value (for strings: ``repr`` with double quotes)."""
    if isinstance(value, str):
        text = repr(value)
        if text.startswith("'") and '"' not in value:
            text = '"' + text[1:-1].replace("\\'", "'") + '"'
        return text
    if isinstance(value, tuple | list):
        inner = ", ".join(python_literal(item) for item in value)
        return f"({inner},)" if isinstance(value, tuple) and len(value) == 1 else f"({inner})"
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def comment(text: Any) -> str:
    """Text for the rest of a ``#`` comment: one line, control characters escaped."""
    return "".join(_escape_character(char) for char in " ".join(str(text).splitlines()))


def toml_string(value: Any) -> str:
    """A TOML basic string (quoted) of ``value``: quotes, backslashes and controls escaped."""
    escaped = "".join(
        "\\" + char
        if char in '"\\'
        else f"\\u{ord(char):04x}"
        if not char.isprintable() and char != " " and ord(char) <= 0xFFFF
        else char
        for char in str(value)
    )
    return f'"{escaped}"'


# Cached: the modules of ``_models/`` import from the same static modules, one render each.
@functools.cache
def static_module_names(module: str) -> tuple[str, ...]:
    """The names a template imports from ``ukc_client/<module>.py``, a module copied as is: its
    ``__all__``, or else its public functions and classes (ruff removes the unused ones)."""
    source = PACKAGE_TEMPLATES / "ukc_client" / f"{module}.py"
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            return tuple(str(name) for name in ast.literal_eval(node.value))
    return tuple(
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and not node.name.startswith("_")
    )


def make_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters["docstring"] = docstring
    environment.filters["doctext"] = doctext
    environment.filters["literal"] = python_literal
    environment.filters["comment"] = comment
    environment.filters["toml"] = toml_string
    environment.globals["structure_hook"] = structure_hook_name
    environment.globals["unstructure_hook"] = unstructure_hook_name
    environment.globals["strategy_variable"] = strategy_variable
    environment.globals["module_names"] = static_module_names
    return environment


def render_package(context: Mapping[str, Any], output: Path) -> list[Path]:
    """Render every package template into ``output``; return the files written, sorted."""
    environment = make_environment()
    written: list[Path] = []
    for source in sorted(PACKAGE_TEMPLATES.rglob("*")):
        if not source.is_file() or "__pycache__" in source.parts:
            continue
        relative = source.relative_to(PACKAGE_TEMPLATES)
        template_name = relative.as_posix()
        if template_name in PER_ITEM_TEMPLATES:
            for item in context[PER_ITEM_TEMPLATES[template_name]]:
                target = output / relative.parent / f"{item.name}.py"
                _render(environment, source, {**context, "module": item}, target)
                written.append(target)
            continue
        if source.name.endswith(TEMPLATE_SUFFIX):
            target = output / str(relative)[: -len(TEMPLATE_SUFFIX)]
            _render(environment, source, context, target)
        else:
            target = output / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
        written.append(target)
    return sorted(written)


def _render(
    environment: jinja2.Environment, source: Path, context: Mapping[str, Any], target: Path
) -> None:
    name = source.relative_to(PACKAGE_TEMPLATES).as_posix()
    try:
        text = environment.get_template(f"package/{name}").render(context)
    except jinja2.TemplateError as error:
        raise ToolkitError(f"{source}: {error}") from error
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
