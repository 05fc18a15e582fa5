"""One parsed property -> its JSON Schema (types, formats and bounds, enums, patterns, defaults,
examples), recording in the report whatever it had to read from prose or drop.

Object-typed properties come back as a placeholder (``OBJECT_PLACEHOLDER``): which schema they
point to is the reference inference's job.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.openapi.formats import INTEGER_FORMAT_BOUNDS, REGISTERED_INTEGER_FORMATS
from generator.page.markdown import to_markdown
from generator.page.parser import ParsedProperty
from generator.spec.report import HIGH, MEDIUM, NormalizationReport

OBJECT_PLACEHOLDER = "x-object-placeholder"

_DEFAULT_IS = re.compile(r"\bDefault is ([^\s.,;]+)")
_DEFAULTS_TO = re.compile(r"\bdefaults to ([^\s.,;]+)")


def property_schema(
    owner: str, prop: ParsedProperty, report: NormalizationReport
) -> dict[str, Any]:
    """The JSON Schema of ``prop``, without its description's effect on references."""
    where = f"{owner}.{prop.name}"
    schema = _type_schema(prop, where, report)
    if prop.description:
        schema["description"] = to_markdown(prop.description)
    default = _default_from_prose(prop, where, report)
    if default is not None:
        schema["default"] = default
    example = _typed_example(prop, where, report)
    if example is not None:
        schema["examples"] = [example]
    return schema


def _type_schema(prop: ParsedProperty, where: str, report: NormalizationReport) -> dict[str, Any]:
    word = prop.type_word
    if word is None:
        return {}
    if word == "object":
        return {OBJECT_PLACEHOLDER: "object"}
    if word == "object[]":
        return {"type": "array", "items": {OBJECT_PLACEHOLDER: "object"}}
    if word == "string[]":
        items: dict[str, Any] = {"type": "string"}
        if prop.enum_values:
            items["enum"] = list(prop.enum_values)
        return {"type": "array", "items": items}
    if word == "boolean":
        return {"type": "boolean"}
    if word == "integer":
        return integer_schema(prop.format)
    schema: dict[str, Any] = {"type": "string"}
    if prop.format:
        schema["format"] = prop.format
    if prop.enum_values:
        schema["enum"] = list(prop.enum_values)
    if prop.pattern is not None:
        _apply_pattern(schema, prop, where, report)
    return schema


def integer_schema(fmt: str | None) -> dict[str, Any]:
    """An integer, with the bounds of its format when it has one of ``INTEGER_FORMAT_BOUNDS``."""
    schema: dict[str, Any] = {"type": "integer"}
    if fmt:
        # int32/int64 are registered OpenAPI formats; the unsigned ones are not, and tools
        # warn on them, so their bounds carry the meaning and x-format keeps the name.
        key = "format" if fmt in REGISTERED_INTEGER_FORMATS else "x-format"
        schema[key] = fmt
        schema["minimum"], schema["maximum"] = INTEGER_FORMAT_BOUNDS[fmt]
    return schema


def _apply_pattern(
    schema: dict[str, Any], prop: ParsedProperty, where: str, report: NormalizationReport
) -> None:
    assert prop.pattern is not None
    if prop.pattern_truncated:
        report.add(
            "pattern",
            where,
            "pattern left out; the rule stays in the description",
            f"the page cuts the pattern off with '…': {prop.pattern!r}; a prefix of a regex "
            "is not a regex, and emitting it would reject valid values",
            MEDIUM,
            prop.line,
        )
        return
    try:
        re.compile(prop.pattern)
    except re.error as error:
        report.add(
            "pattern", where, "pattern left out", f"does not compile: {error}", MEDIUM, prop.line
        )
        return
    schema["pattern"] = prop.pattern


def _default_from_prose(
    prop: ParsedProperty, where: str, report: NormalizationReport
) -> object | None:
    match = _DEFAULT_IS.search(prop.description) or _DEFAULTS_TO.search(prop.description)
    if match is None:
        return None
    value = _coerce(match.group(1), prop)
    if value is None:
        return None
    report.add(
        "default",
        where,
        f"default: {json.dumps(value)} (the server's behaviour; a client does not send it)",
        f"the description says {match.group(0)!r}",
        HIGH,
        prop.line,
    )
    return value


def _typed_example(prop: ParsedProperty, where: str, report: NormalizationReport) -> object | None:
    if prop.example is None:
        return None
    value = _coerce(prop.example, prop)
    if value is None:
        report.add(
            "example",
            where,
            f"example {prop.example!r} dropped",
            f"it is not a valid {_type_label(prop)}",
            HIGH,
            prop.example_line,
        )
    return value


def _type_label(prop: ParsedProperty) -> str:
    label = prop.type_word or "value"
    if prop.format:
        label += f" ({prop.format})"
    if prop.enum_values:
        label += " of the enum " + ", ".join(prop.enum_values)
    return label


def _coerce(text: str, prop: ParsedProperty) -> object | None:
    """``text`` as a value of the property's type, or None when it cannot be one."""
    word = prop.type_word
    if word == "integer":
        if not re.fullmatch(r"-?\d+", text):
            return None
        number = int(text)
        low, high = INTEGER_FORMAT_BOUNDS.get(prop.format or "", (None, None))
        if (low is not None and number < low) or (high is not None and number > high):
            return None
        return number
    if word == "boolean":
        return {"true": True, "false": False}.get(text)
    if word in ("object", "string[]", "object[]"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return None
        if word == "object":
            return value if isinstance(value, dict) else None
        if not isinstance(value, list):
            return None
        if word == "string[]" and not all(isinstance(item, str) for item in value):
            return None
        return value
    if word == "string":
        if prop.enum_values and text not in prop.enum_values:
            return None
        return text
    return None
