"""Edits of the schema document, as a newer version of the API might make them.

Each edit writes the document's own notation (a property line is the name, the type and the
format run together, with no-break spaces around the dots), so the edited document goes through
the parser like the published one.
"""

from __future__ import annotations

import re

DOT = "\u00a0·\u00a0"


def _schema_span(document: str, schema: str) -> tuple[int, int]:
    """Where the block of ``schema`` starts (its heading) and ends (the next heading)."""
    heading = re.search(rf"^{re.escape(schema)}$", document, re.MULTILINE)
    if heading is None:
        raise ValueError(f"no schema {schema} in the document")
    following = re.compile(r"^[A-Z][A-Za-z0-9]*$", re.MULTILINE).search(document, heading.end())
    return heading.start(), following.start() if following else len(document)


def add_integer_property(document: str, schema: str, name: str, description: str) -> str:
    """The document with an optional ``uint64`` property appended to ``schema``."""
    _, end = _schema_span(document, schema)
    block = document[:end].rstrip("\n") + "\n"
    property_text = f"  • {name}integer{DOT}uint64\n\n    {description}\n\n    Example: 3\n\n"
    return block + property_text + document[end:]


def add_schema(document: str, schema: str, field: str, description: str) -> str:
    """The document with a new schema of one string property, placed in alphabetical order."""
    headings = re.finditer(r"^([A-Z][A-Za-z0-9]*)$", document, re.MULTILINE)
    after = next(heading for heading in headings if heading.group(1) == "Schemas")
    position = len(document)
    for heading in re.finditer(r"^([A-Z][A-Za-z0-9]*)$", document[after.end() :], re.MULTILINE):
        if heading.group(1) > schema:
            position = after.end() + heading.start()
            break
    block = f"{schema}\n\n  • {field}string\n\n    {description}\n\n"
    return document[:position] + block + document[position:]


def remove_enum_value(document: str, schema: str, value: str) -> str:
    """The document without one line of an enum value list inside ``schema``."""
    start, end = _schema_span(document, schema)
    section = document[start:end]
    line = f"\n    {value}\n"
    if line not in section:
        raise ValueError(f"no enum value {value} in schema {schema}")
    return document[:start] + section.replace(line, "\n", 1) + document[end:]
