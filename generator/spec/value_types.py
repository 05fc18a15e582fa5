"""Read the value type of each property an update sets from its ``value`` description.

The page gives an update's ``value`` no type; its description lists one per property instead
(``- For "memory_mb": integer``). This module turns that list into the ``x-value-types``
extension of the update schema: ``prop`` value -> a JSON Schema of the value
(``docs/spec-conventions.md``), so that the client can type ``value`` by ``prop``. A phrase it
cannot read is an error naming the schema and the property, never a silent ``any``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from generator.errors import ToolkitError
from generator.openapi.refs import ref_target, schema_pointer
from generator.spec.report import NormalizationReport

VALUE_TYPES_KEY = "x-value-types"

# ``- For "memory_mb": integer`` (one line of the description's list).
_ENTRY = re.compile(r'^\s*-\s*For\s+"(?P<prop>[^"]+)":\s*(?P<phrase>.+?)\s*$')
# Qualifiers that say when, not what: ``(for SET/ADD)``, ``, must be <= "hard_limit"``.
_WHEN = re.compile(r"\s*\(for [^)]*\)")
_CONDITION = re.compile(r",\s*must be .*$")
_RANGE = re.compile(r"^integer \((?P<low>\d+)\s*[–-]\s*(?P<high>\d+)\)$")
_CODES = re.compile(r"(\d+) - [^,]+")
_QUOTED_CHOICES = re.compile(r'^"[^"]+"(?: or "[^"]+")+$')
_ARRAY = re.compile(r"^array of (?:(?P<scalar>[A-Za-z]+?)s|(?P<model>[A-Z]\w*) objects)$")
_SCALARS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "unsigned integer": {"type": "integer", "minimum": 0},
    "boolean": {"type": "boolean"},
}


def add_value_types(
    components: dict[str, dict[str, Any]],
    report: NormalizationReport,
    page_location: Callable[[str, str], str] | None = None,
) -> None:
    """Set ``x-value-types`` on every schema with a ``prop`` enum and a described ``value``.

    ``page_location(schema, field)`` names where a property is on the page (``file:line``),
    for the one-line error of a description that cannot be read.

    Where two schemas with the same ``prop`` enum type one property differently, neither is
    known to be right: both get the ``anyOf`` of the two (a client then refuses neither), and
    the report lists the contradiction.
    """
    tables: dict[str, tuple[str, dict[str, dict[str, Any]]]] = {}
    for name, schema in components.items():
        properties = schema.get("properties") or {}
        prop_enum = ref_target(properties.get("prop", {}))
        value = properties.get("value")
        if (
            prop_enum is None
            or not isinstance(value, dict)
            or "For " not in value.get("description", "")
        ):
            continue
        pointer = (
            f"{schema_pointer(name)}/properties/value"
            if page_location is None
            else f"{page_location(name, 'value')}: {name}.value"
        )
        allowed = set(components.get(prop_enum, {}).get("enum", ()))
        table: dict[str, dict[str, Any]] = {}
        for line in value["description"].splitlines():
            entry = _ENTRY.match(line)
            if entry is None:
                continue
            prop = entry["prop"]
            if prop not in allowed:
                raise ToolkitError(
                    f"{pointer}: the description types {prop!r}, no value of {prop_enum}"
                )
            table[prop] = value_schema(entry["phrase"], f"{pointer} (for {prop!r})")
        if table:
            tables[name] = (prop_enum, table)
    _join_contradictions(tables, report)
    for name, (_, table) in tables.items():
        components[name][VALUE_TYPES_KEY] = table


def _join_contradictions(
    tables: dict[str, tuple[str, dict[str, dict[str, Any]]]], report: NormalizationReport
) -> None:
    variants: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for name, (prop_enum, table) in tables.items():
        for prop, schema in table.items():
            variants.setdefault((prop_enum, prop), []).append((name, schema))
    for (_, prop), found in variants.items():
        distinct = [
            schema
            for index, (_, schema) in enumerate(found)
            if schema not in [other for _, other in found[:index]]
        ]
        if len(distinct) < 2:
            continue
        joined = {"anyOf": distinct}
        for name, _ in found:
            tables[name][1][prop] = joined
        names = ", ".join(f"{name}: {json.dumps(schema)}" for name, schema in found)
        report.add(
            "contradiction",
            f"{found[-1][0]}.value",
            f"`{prop}` takes any of the value types the schemas give",
            f"the update schemas type `{prop}` differently ({names})",
            "low",
        )


def value_schema(phrase: str, where: str) -> dict[str, Any]:
    """The JSON Schema of one phrase of the list (``string or array of strings``)."""
    text = _CONDITION.sub("", _WHEN.sub("", phrase.strip())).strip()
    if _QUOTED_CHOICES.match(text):
        return {"type": "string", "enum": re.findall(r'"([^"]+)"', text)}
    codes = _CODES.findall(text)
    if codes and _CODES.sub("", text).strip(", ") == "":
        return {"type": "integer", "enum": [int(code) for code in codes]}
    alternatives = [_one_type(part.strip(), phrase, where) for part in re.split(r" or |/", text)]
    return alternatives[0] if len(alternatives) == 1 else {"anyOf": alternatives}


def _one_type(text: str, phrase: str, where: str) -> dict[str, Any]:
    lowered = text.lower()
    if lowered in _SCALARS:
        return dict(_SCALARS[lowered])
    bounded = _RANGE.match(lowered)
    if bounded:
        return {"type": "integer", "minimum": int(bounded["low"]), "maximum": int(bounded["high"])}
    if lowered == "object" or lowered.startswith("object with "):
        return {"type": "object"}
    array = _ARRAY.match(text)
    if array and array["model"]:
        # "array of Service objects": the JSON objects of a model, as the client sends them.
        return {"type": "array", "items": {"type": "object"}}
    if array and array["scalar"].lower() in _SCALARS:
        return {"type": "array", "items": dict(_SCALARS[array["scalar"].lower()])}
    raise ToolkitError(
        f"{where}: cannot read the value type {phrase!r}; expected string, integer, unsigned "
        'integer, boolean, object, "array of <type>s", "integer (<low>-<high>)", quoted '
        'choices ("a" or "b") or numbered codes ("1 - a, 2 - b"), joined by "or" or "/"'
    )
