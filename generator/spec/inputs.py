"""The hand-maintained inputs in ``spec/``: where they are, loading them, and checking their shape.

The schema document is the only generated-from input; the operations, the supplement and the
overrides are reviewed YAML files that a person edits. Each overlay is checked against the forms
it may take before the normalizer reads it, so that a mistake is one line naming the file, the
key path and what was expected (``spec/supplement.yaml: schemas.X.properties.y.type: expected
one of array, boolean, ...; found 'integr'``), never a traceback or a validator's dump.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import yaml

from generator.errors import ToolkitError
from generator.files import line_and_column, read_text
from generator.openapi.refs import SCHEMA_REF_PREFIX

DOCUMENT = Path("spec/source/unikraft-cloud-platform-schemas.txt")
OPERATIONS = Path("spec/operations.yaml")
SUPPLEMENT = Path("spec/supplement.yaml")
OVERRIDES = Path("spec/overrides.yaml")
SPEC = Path("spec/openapi.yaml")
REPORT_MD = Path("spec/normalization-report.md")
REPORT_JSON = Path("spec/normalization-report.json")

# libyaml when PyYAML was built with it: the overlays load several times faster.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@attrs.frozen
class SpecInputs:
    """Paths of every input of the normalizer, relative to a project root."""

    root: Path
    document: Path
    operations: Path
    supplement: Path
    overrides: Path

    @classmethod
    def at(cls, root: Path, document: Path | None = None) -> SpecInputs:
        return cls(
            root=root,
            document=document if document is not None else root / DOCUMENT,
            operations=root / OPERATIONS,
            supplement=root / SUPPLEMENT,
            overrides=root / OVERRIDES,
        )

    def all_paths(self) -> tuple[Path, ...]:
        return (self.document, self.operations, self.supplement, self.overrides)


@attrs.frozen
class Overlays:
    """The three reviewed YAML inputs, loaded and checked."""

    operations: dict[str, Any]
    supplement: dict[str, Any]
    overrides: dict[str, Any]


def load_overlays(inputs: SpecInputs) -> Overlays:
    """Load and check the operations, the supplement and the overrides under ``inputs``."""
    operations = load_yaml_mapping(inputs.operations)
    check_operations(operations, OPERATIONS.as_posix())
    supplement = load_yaml_mapping(inputs.supplement)
    check_supplement(supplement, SUPPLEMENT.as_posix())
    overrides = load_yaml_mapping(inputs.overrides)
    check_overrides(overrides, OVERRIDES.as_posix())
    return Overlays(operations, supplement, overrides)


def load_yaml_mapping(path: Path) -> dict[str, Any]:
    """A YAML file whose top level is a mapping; a missing file is an empty mapping."""
    if not path.exists():
        return {}
    text = read_text(path)
    try:
        loaded = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        raise ToolkitError(_yaml_error_line(path, error)) from None
    except yaml.YAMLError as error:
        position = getattr(error, "position", None)
        where = ""
        if isinstance(position, int):
            line, column = line_and_column(text, position)
            where = f"{line}:{column}: "
        raise ToolkitError(f"{path}:{where}not valid YAML: {_one_line(str(error))}") from None
    except RecursionError:
        raise ToolkitError(f"{path}: not valid YAML: nested too deeply") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ToolkitError(f"{path}: expected a mapping at the top level, found {_kind(loaded)}")
    return loaded


def _yaml_error_line(path: Path, error: yaml.MarkedYAMLError) -> str:
    mark = error.problem_mark or error.context_mark
    where = f"{mark.line + 1}:{mark.column + 1}: " if mark is not None else ""
    problem = " ".join(part for part in (error.context, error.problem) if part)
    return f"{path}:{where}not valid YAML: {_one_line(problem)}"


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({json.dumps(value)})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return f"the string {_one_line(value, 60)!r}"
    return type(value).__name__


_NOTHING = object()


class _Checker:
    """Walks one overlay, raising at the first value that does not have its expected form."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, expected: str, found: object = _NOTHING) -> ToolkitError:
        tail = "" if found is _NOTHING else f", found {_kind(found)}"
        return ToolkitError(f"{self.label}: {where}: {expected}{tail}")

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a mapping", value)
        for key in value:
            if not isinstance(key, str):
                raise self.fail(f"{where}.{key}", "expected a string key", key)
        return value

    def keys(self, value: dict[str, Any], where: str, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                raise self.fail(
                    _join(where, key), "unknown key: expected one of " + ", ".join(allowed)
                )

    def text(self, value: object, where: str, *, empty: bool = False) -> str:
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(where, "expected a non-empty string", value)
        return value

    def names(self, value: object, where: str) -> list[str]:
        if not isinstance(value, list):
            raise self.fail(where, "expected a list of names", value)
        for index, item in enumerate(value):
            self.text(item, f"{where}[{index}]")
        return value

    def name(self, value: object, where: str, pattern: re.Pattern[str], what: str) -> str:
        if not isinstance(value, str) or not pattern.match(value):
            raise self.fail(where, f"expected {what}", value)
        return value

    def entries(self, value: object, where: str, check: Callable[[str, Any, str], None]) -> None:
        if value is None:
            return
        for key, entry in self.mapping(value, where).items():
            check(key, entry, _join(where, key))


def _join(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)


_SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_FIELD_KEY = re.compile(r"^[A-Z][A-Za-z0-9]*\.[a-z_][a-z0-9_]*$")
_PROPERTY_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
# The JSON Schema keywords a supplied property may use (docs/spec-conventions.md).
_SCHEMA_KEYWORDS = (
    "$ref", "type", "format", "description", "enum", "items", "properties", "required",
    "additionalProperties", "minimum", "maximum", "minLength", "maxLength", "minItems",
    "maxItems", "pattern", "default", "examples", "oneOf", "anyOf", "allOf", "const",
)  # fmt: skip


def check_property_schema(checker: _Checker, value: object, where: str) -> None:
    """A supplied JSON Schema: known keywords, each with a value of its form."""
    schema = checker.mapping(value, where)
    checker.keys(schema, where, _SCHEMA_KEYWORDS)
    for key, item in schema.items():
        at = _join(where, key)
        if key == "type":
            types = item if isinstance(item, list) else [item]
            if not types or any(t not in JSON_TYPES for t in types):
                raise checker.fail(at, "expected one of " + ", ".join(JSON_TYPES), item)
        elif key == "$ref":
            if not isinstance(item, str) or not item.startswith(SCHEMA_REF_PREFIX):
                raise checker.fail(at, f"expected '{SCHEMA_REF_PREFIX}<Schema>'", item)
        elif key in ("format", "description", "pattern"):
            checker.text(item, at, empty=key == "description")
            if key == "pattern":
                try:
                    re.compile(item)
                except re.error as error:
                    raise checker.fail(at, f"expected a regular expression ({error})") from None
        elif key in ("items", "additionalProperties"):
            if not (key == "additionalProperties" and isinstance(item, bool)):
                check_property_schema(checker, item, at)
        elif key == "properties":
            for field, sub in checker.mapping(item, at).items():
                check_property_schema(checker, sub, _join(at, field))
        elif key in ("oneOf", "anyOf", "allOf"):
            if not isinstance(item, list) or not item:
                raise checker.fail(at, "expected a non-empty list of schemas", item)
            for index, sub in enumerate(item):
                check_property_schema(checker, sub, f"{at}[{index}]")
        elif key in ("enum", "examples"):
            if not isinstance(item, list) or not item:
                raise checker.fail(at, "expected a non-empty list", item)
        elif key == "required":
            checker.names(item, at)
        elif key in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
            if isinstance(item, bool) or not isinstance(item, (int, float)):
                raise checker.fail(at, "expected a number", item)


def check_supplement(supplement: dict[str, Any], label: str) -> None:
    """The forms of ``spec/supplement.yaml`` (its header comment documents them)."""
    checker = _Checker(label)
    checker.keys(supplement, "", ("schemas", "variants", "corrections"))

    def schema_entry(name: str, entry: object, where: str) -> None:
        checker.name(name, where, _SCHEMA_NAME, "a schema name (an identifier in CamelCase)")
        body = checker.mapping(entry, where)
        checker.keys(body, where, ("reason", "description", "properties", "required"))
        if "reason" in body:
            checker.text(body["reason"], f"{where}.reason")
        if "description" in body:
            checker.text(body["description"], f"{where}.description", empty=True)
        for field, schema in checker.mapping(
            body.get("properties") or {}, f"{where}.properties"
        ).items():
            at = f"{where}.properties.{field}"
            checker.name(field, at, _PROPERTY_NAME, "a property name (snake_case)")
            check_property_schema(checker, schema, at)
        if "required" in body:
            checker.names(body["required"], f"{where}.required")

    def variant_entries(name: str, entries: object, where: str) -> None:
        if not isinstance(entries, list) or not entries:
            raise checker.fail(where, "expected a list of variants", entries)
        for index, entry in enumerate(entries):
            at = f"{where}[{index}]"
            body = checker.mapping(entry, at)
            checker.keys(body, at, ("name", "description", "properties", "required"))
            checker.name(body.get("name"), f"{at}.name", _SCHEMA_NAME, "a schema name")
            checker.text(body.get("description", ""), f"{at}.description", empty=True)
            checker.names(body.get("properties", []), f"{at}.properties")
            checker.names(body.get("required", []), f"{at}.required")

    def correction(key: str, entry: object, where: str) -> None:
        checker.name(key, where, _FIELD_KEY, "<Schema>.<field>")
        body = checker.mapping(entry, where)
        checker.keys(body, where, ("type", "format", "reason"))
        if "type" not in body and "format" not in body:
            raise checker.fail(where, "expected a corrected `type`, `format` or both")
        if "type" in body and body["type"] not in JSON_TYPES:
            raise checker.fail(
                f"{where}.type", "expected one of " + ", ".join(JSON_TYPES), body["type"]
            )
        if "format" in body and body["format"] is not None:
            checker.text(body["format"], f"{where}.format")
        checker.text(body.get("reason"), f"{where}.reason")

    checker.entries(supplement.get("schemas"), "schemas", schema_entry)
    checker.entries(supplement.get("variants"), "variants", variant_entries)
    checker.entries(supplement.get("corrections"), "corrections", correction)


def check_overrides(overrides: dict[str, Any], label: str) -> None:
    """The forms of ``spec/overrides.yaml`` (its header comment documents them)."""
    checker = _Checker(label)
    checker.keys(overrides, "", ("references", "shared_enums", "alternatives"))

    def reference(key: str, entry: object, where: str) -> None:
        checker.name(key, where, _FIELD_KEY, "<Schema>.<field>")
        body = checker.mapping(entry, where)
        checker.keys(body, where, ("target", "reason"))
        if "target" not in body:
            raise checker.fail(where, "expected a `target` (a schema name, or null)")
        if body["target"] is not None:
            checker.name(body["target"], f"{where}.target", _SCHEMA_NAME, "a schema name")
        checker.text(body.get("reason"), f"{where}.reason")

    def shared_enum(name: str, site: object, where: str) -> None:
        checker.name(name, where, _SCHEMA_NAME, "a schema name")
        checker.name(site, where, _FIELD_KEY, "<Schema>.<field>")

    def alternative(name: str, entry: object, where: str) -> None:
        checker.name(name, where, _SCHEMA_NAME, "a schema name")
        body = checker.mapping(entry, where)
        checker.keys(body, where, ("variants", "description", "reason"))
        for index, variant in enumerate(checker.names(body.get("variants"), f"{where}.variants")):
            checker.name(variant, f"{where}.variants[{index}]", _SCHEMA_NAME, "a schema name")
        checker.text(body.get("description", ""), f"{where}.description", empty=True)
        checker.text(body.get("reason"), f"{where}.reason")

    checker.entries(overrides.get("references"), "references", reference)
    checker.entries(overrides.get("shared_enums"), "shared_enums", shared_enum)
    checker.entries(overrides.get("alternatives"), "alternatives", alternative)


_OPERATIONS_KEYS = ("servers", "security", "tags", "components", "paths")


def check_operations(operations: dict[str, Any], label: str) -> None:
    """``spec/operations.yaml`` against the OpenAPI 3.1 schema, as the part of a spec it is."""
    checker = _Checker(label)
    checker.keys(operations, "", _OPERATIONS_KEYS)
    components = checker.mapping(operations.get("components") or {}, "components")
    checker.keys(components, "components", ("securitySchemes",))
    skeleton = {
        "openapi": "3.1.0",
        "info": {"title": "operations", "version": "0"},
        "paths": {},
        **operations,
    }
    _check_inline_schemas(checker, operations, "")
    error = next(_openapi_validator().iter_errors(skeleton), None)
    if error is not None:
        where = ".".join(str(part) for part in error.instance_path) or "(top level)"
        raise checker.fail(where, f"not valid OpenAPI 3.1: {_one_line(error.message, 160)}")


def _check_inline_schemas(checker: _Checker, node: object, where: str) -> None:
    """Every key is a string, and every ``schema`` of a parameter or a media type is a JSON
    Schema (2020-12)."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
    from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped]

    if isinstance(node, dict):
        for key, value in node.items():
            at = _join(where, key)
            if not isinstance(key, str):
                raise checker.fail(at, "expected a string key (quote it)", key)
            if key == "schema" and isinstance(value, (dict, bool)):
                try:
                    Draft202012Validator.check_schema(value)
                except SchemaError as error:
                    inner = ".".join(str(part) for part in error.path)
                    raise checker.fail(
                        _join(at, inner) if inner else at,
                        f"not a valid JSON Schema: {_one_line(error.message, 160)}",
                    ) from None
            else:
                _check_inline_schemas(checker, value, at)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_inline_schemas(checker, value, f"{where}[{index}]")


@functools.cache
def _openapi_validator() -> Any:
    """The OpenAPI 3.1 document schema shipped with openapi-spec-validator, compiled once.

    jsonschema-rs, because it checks the operations in milliseconds where the pure-Python
    validator takes seconds.
    """
    import jsonschema_rs

    resource = files("openapi_spec_validator") / "resources/schemas/v3.1/schema.json"
    return jsonschema_rs.validator_for(json.loads(resource.read_text(encoding="utf-8")))
