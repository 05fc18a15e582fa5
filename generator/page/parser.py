"""Stage 1: the rendered schema page -> parsed schemas, each item with its line number.

The page is the text of the API's schema reference. Its grammar, as this parser reads it:

- a schema heading is a bare identifier at column 0;
- a property is a bullet ``  • <name><type>[ · modifier]...``: the name is glued to its type word,
  and the separators are a middle dot between non-breaking spaces;
- a property's body is indented four spaces: description paragraphs, ``Enum values:`` followed by
  one value a line, and ``Example: ...``;
- a ``oneOf`` block lists its variants in a Decision Table and shows the properties of one of them;
- a top-level enum (``string · enum · enum``) lists its values at column 0;
- schemas are separated by their heading line between single blank lines, so two blank lines in
  a row never occur inside a schema: where they do, a heading was lost, and the properties after
  them would silently join the schema before (an error, as is a property listed twice in one
  schema).

The parser keeps the text as the page has it; typing examples, reading defaults and turning the
page's flattened tables back into Markdown happen in the next stages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from generator.errors import ToolkitError
from generator.files import read_text
from generator.openapi.formats import DATETIME_FORMAT, INTEGER_FORMAT_BOUNDS, UUID_FORMAT

SEPARATOR = "\u00a0·\u00a0"
# The separator typed with ordinary spaces, as an editor would: named in the error, not accepted.
_TYPED_SEPARATOR = " · "
BULLET = "  • "
BODY_INDENT = "    "
TYPE_WORDS = ("object[]", "string[]", "string", "integer", "boolean", "object")
FORMATS = frozenset({UUID_FORMAT, DATETIME_FORMAT, *INTEGER_FORMAT_BOUNDS})
ELLIPSIS = "…"

_HEADING = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_PROPERTY_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
# The shortest name whose remainder is a type word (or nothing, for an untyped property).
_NAME_AND_TYPE = re.compile(
    r"^(?P<name>.+?)(?P<type>" + "|".join(re.escape(t) for t in TYPE_WORDS) + r")?$"
)
_REQUIRES = re.compile(r"requires: ([a-z_][a-z0-9_]*)")


class DocumentError(ToolkitError):
    """The schema document does not follow the page's grammar."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


@attrs.frozen
class ParsedProperty:
    """One bullet of a schema: the property exactly as the page states it."""

    name: str
    line: int
    type_word: str | None  # one of TYPE_WORDS; None for an untyped property (any JSON value)
    format: str | None
    required: bool
    is_enum: bool
    pattern: str | None
    pattern_truncated: bool
    enum_values: tuple[str, ...]
    description: str
    example: str | None
    example_line: int | None


@attrs.frozen
class OneOfVariant:
    """One row of a Decision Table."""

    line: int
    criteria: str
    requires: tuple[str, ...]


@attrs.frozen
class ParsedOneOf:
    """A ``oneOf`` block: its variants and the properties the page shows for one of them."""

    line: int
    variants: tuple[OneOfVariant, ...]
    shown_for: str | None
    shown_properties: tuple[ParsedProperty, ...]


@attrs.frozen
class ParsedSchema:
    """One schema heading and everything listed under it."""

    name: str
    line: int
    properties: tuple[ParsedProperty, ...] = ()
    one_of: ParsedOneOf | None = None
    top_level_type: str | None = None
    enum_values: tuple[str, ...] = ()
    description: str = ""


@attrs.frozen(cache_hash=True)
class ParsedDocument:
    path: str
    title: str
    schemas: tuple[ParsedSchema, ...]

    @functools.cached_property
    def _by_name(self) -> dict[str, ParsedSchema]:
        return {schema.name: schema for schema in self.schemas}

    def schema(self, name: str) -> ParsedSchema:
        """The schema named ``name`` (``KeyError`` if none), without a scan of the page."""
        return self._by_name[name]

    def has(self, name: str) -> bool:
        return name in self._by_name


class _Lines:
    """A cursor over the page's lines, 1-based as an editor shows them."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.index = 0

    @property
    def number(self) -> int:
        return self.index + 1

    def at_end(self) -> bool:
        return self.index >= len(self.lines)

    def peek(self) -> str:
        return self.lines[self.index]

    def take(self) -> str:
        line = self.lines[self.index]
        self.index += 1
        return line

    def skip_blank(self) -> int:
        """Skip blank lines; return how many."""
        start = self.index
        while not self.at_end() and not self.peek().strip():
            self.index += 1
        return self.index - start


def parse_document(path: Path) -> ParsedDocument:
    """Parse the schema page at ``path``; raise ``DocumentError`` naming the line on bad input."""
    return parse_text(read_text(path), path)


def parse_text(text: str, path: Path | str = "<document>") -> ParsedDocument:
    return _Parser(text, path).parse()


class _Parser:
    def __init__(self, text: str, path: Path | str) -> None:
        self.cursor = _Lines(text)
        self.path = path

    def error(self, message: str, line: int | None = None) -> DocumentError:
        if line is None:
            line = min(self.cursor.number, len(self.cursor.lines))
        return DocumentError(self.path, line, message)

    def parse(self) -> ParsedDocument:
        title = self._parse_preamble()
        schemas: list[ParsedSchema] = []
        seen: dict[str, int] = {}
        while True:
            self.cursor.skip_blank()
            if self.cursor.at_end():
                break
            schema = self._parse_schema()
            if schema.name in seen:
                raise self.error(
                    f"duplicate schema name {schema.name!r}; first defined at line "
                    f"{seen[schema.name]}",
                    schema.line,
                )
            seen[schema.name] = schema.line
            schemas.append(schema)
        if not schemas:
            raise self.error("expected at least one schema heading after 'Schemas'")
        return ParsedDocument(path=str(self.path), title=title, schemas=tuple(schemas))

    def _parse_preamble(self) -> str:
        """The page starts with the site name, the API title and the word 'Schemas'."""
        header: list[str] = []
        while not self.cursor.at_end():
            line = self.cursor.take().strip()
            if line == "Schemas":
                return header[-1] if header else ""
            if line:
                header.append(line)
        raise self.error("expected a line 'Schemas' before the first schema heading", 1)

    def _parse_schema(self) -> ParsedSchema:
        line_number = self.cursor.number
        heading = self.cursor.take()
        if not _HEADING.match(heading):
            raise self.error(
                f"expected a schema heading (an identifier at column 0), found {heading!r}",
                line_number,
            )
        blank = self.cursor.skip_blank()
        if self.cursor.at_end():
            raise self.error(
                f"the document ends right after the heading of schema {heading!r}: "
                "expected its properties, a oneOf block or a type",
            )
        if blank > 1 and self.cursor.peek().startswith(BULLET):
            raise self._lost_heading_error(heading)
        first = self.cursor.peek()
        if first.startswith(BULLET):
            return ParsedSchema(heading, line_number, properties=self._parse_properties(heading))
        if first == "oneOf":
            return ParsedSchema(heading, line_number, one_of=self._parse_one_of(heading))
        if SEPARATOR in first and not first.startswith(" "):
            return self._parse_top_level_type(heading, line_number)
        if _HEADING.match(first):
            # An empty schema (the page's rendering of "any JSON value").
            return ParsedSchema(heading, line_number)
        raise self.error(
            f"expected a property bullet, 'oneOf', a type line or the next heading in schema "
            f"{heading!r}, found {first!r}{_separator_hint(first)}"
        )

    def _lost_heading_error(self, owner: str) -> DocumentError:
        return self.error(
            f"two blank lines before this property of schema {owner!r}, where the page puts a "
            "schema heading between single blank lines: a schema heading seems lost, and its "
            f"properties would join {owner!r}; expected a heading line or one blank line"
        )

    def _parse_top_level_type(self, name: str, line_number: int) -> ParsedSchema:
        type_line = self.cursor.take()
        words = type_line.split(SEPARATOR)
        if words[0] not in TYPE_WORDS:
            raise self.error(f"unknown type word {words[0]!r} in schema {name!r}", line_number + 2)
        values: list[str] = []
        description: list[str] = []
        if "enum" in words[1:]:
            if self.cursor.at_end() or self.cursor.take() != "Enum values:":
                raise self.error(f"expected 'Enum values:' after the enum type of schema {name!r}")
            while not self.cursor.at_end() and self.cursor.peek().strip():
                values.append(self.cursor.take().strip())
            if not values:
                raise self.error(f"expected at least one enum value in schema {name!r}")
        while not self.cursor.at_end() and not _HEADING.match(self.cursor.peek()):
            if self.cursor.peek().startswith(BULLET):
                raise self.error(
                    f"a property bullet in the description of {name!r}, a type without "
                    "properties: a schema heading seems lost before it; expected a heading line"
                )
            description.append(self.cursor.take())
        return ParsedSchema(
            name,
            line_number,
            top_level_type=words[0],
            enum_values=tuple(values),
            description=_join_paragraphs(description),
        )

    def _parse_one_of(self, owner: str) -> ParsedOneOf:
        line_number = self.cursor.number
        self.cursor.take()  # "oneOf"
        self._expect_line("Exactly one variant must match.")
        self._expect_line("Decision Table")
        self._expect_line("VariantMatching Criteria")
        variants: list[OneOfVariant] = []
        self.cursor.skip_blank()
        while not self.cursor.at_end() and self.cursor.peek().startswith("type = "):
            criteria_line = self.cursor.number
            criteria = self.cursor.take()
            variants.append(
                OneOfVariant(criteria_line, criteria, tuple(_REQUIRES.findall(criteria)))
            )
        if not variants:
            raise self.error("expected at least one variant row ('type = ...') in the oneOf table")
        shown_for: str | None = None
        shown: tuple[ParsedProperty, ...] = ()
        if not self.cursor.at_end() and self.cursor.peek().startswith("Properties for "):
            label = self.cursor.take()
            if not label.endswith(":"):
                raise self.error(f"expected 'Properties for <name>:', found {label!r}")
            shown_for = label.removeprefix("Properties for ").removesuffix(":")
            if self.cursor.at_end() or not self.cursor.peek().startswith(BULLET):
                raise self.error(f"expected the properties of variant {shown_for!r}")
            shown = self._parse_properties(owner)
        return ParsedOneOf(line_number, tuple(variants), shown_for, shown)

    def _expect_line(self, expected: str) -> None:
        self.cursor.skip_blank()
        if self.cursor.at_end():
            raise self.error(f"the document ends inside a oneOf block: expected {expected!r}")
        found = self.cursor.peek()
        if found != expected:
            raise self.error(f"expected {expected!r} in a oneOf block, found {found!r}")
        self.cursor.take()

    def _parse_properties(self, owner: str) -> tuple[ParsedProperty, ...]:
        properties: list[ParsedProperty] = []
        seen: dict[str, int] = {}
        while not self.cursor.at_end() and self.cursor.peek().startswith(BULLET):
            prop = self._parse_property()
            if prop.name in seen:
                raise self.error(
                    f"property {prop.name!r} listed twice in schema {owner!r} (first at line "
                    f"{seen[prop.name]}): a schema heading between them seems lost",
                    prop.line,
                )
            seen[prop.name] = prop.line
            properties.append(prop)
            # One blank line between bullets is the page's; a column-0 line ends the list.
            blank = self.cursor.skip_blank()
            if blank > 1 and not self.cursor.at_end() and self.cursor.peek().startswith(BULLET):
                raise self._lost_heading_error(owner)
        return tuple(properties)

    def _parse_property(self) -> ParsedProperty:
        line_number = self.cursor.number
        bullet = self.cursor.take()[len(BULLET) :]
        head, *modifiers = bullet.split(SEPARATOR)
        name, type_word = _split_name_and_type(head)
        if not name or not _PROPERTY_NAME.match(name):
            raise self.error(
                f"expected a property name glued to its type word, found {bullet!r}"
                + _separator_hint(bullet),
                line_number,
            )
        if type_word is None and modifiers and modifiers != ["required"]:
            raise self.error(
                f"unknown type word in {head!r}: expected the name to end with one of "
                f"{', '.join(TYPE_WORDS)}",
                line_number,
            )
        fmt: str | None = None
        required = is_enum = truncated = False
        pattern: str | None = None
        for modifier in modifiers:
            if modifier in FORMATS:
                fmt = modifier
            elif modifier == "required":
                required = True
            elif modifier == "enum":
                is_enum = True
            elif modifier == "regex":
                continue
            elif modifier.startswith("pattern: "):
                pattern = modifier.removeprefix("pattern: ")
                truncated = pattern.endswith(ELLIPSIS)
            else:
                raise self.error(
                    f"unknown modifier {modifier!r} of property {name!r}: expected one of "
                    f"{', '.join(sorted(FORMATS))}, enum, regex, pattern: ..., required"
                    + _separator_hint(modifier),
                    line_number,
                )
        description, enum_values, example, example_line = self._parse_property_body(name)
        return ParsedProperty(
            name=name,
            line=line_number,
            type_word=type_word,
            format=fmt,
            required=required,
            is_enum=is_enum,
            pattern=pattern,
            pattern_truncated=truncated,
            enum_values=enum_values,
            description=description,
            example=example,
            example_line=example_line,
        )

    def _parse_property_body(
        self, name: str
    ) -> tuple[str, tuple[str, ...], str | None, int | None]:
        description: list[str] = []
        enum_values: list[str] = []
        example: str | None = None
        example_line: int | None = None
        in_enum = False
        for line_number, line in self._body_lines():
            text = line.removeprefix(BODY_INDENT)
            if text == "Enum values:":
                in_enum = True
                continue
            if text.startswith("Example: "):
                example, example_line = text.removeprefix("Example: "), line_number
                in_enum = False
                continue
            if in_enum:
                if text.strip():
                    enum_values.append(text.strip())
                    continue
                if enum_values:
                    in_enum = False
                continue
            description.append(text)
        if in_enum and not enum_values:
            raise self.error(f"expected enum values after 'Enum values:' of property {name!r}")
        return _join_paragraphs(description), tuple(enum_values), example, example_line

    def _body_lines(self) -> Iterator[tuple[int, str]]:
        """The lines of one property's body: indented, or blank, up to the next bullet."""
        lines = self.cursor.lines
        while not self.cursor.at_end():
            line = self.cursor.peek()
            if line.startswith(BULLET) or (line and not line.startswith(" ")):
                return
            if line.strip() == "":
                # A run of blank lines belongs to the body only if the body goes on after it;
                # the run is looked at once, so a long run costs its length, not its square.
                end = self.cursor.index
                while end < len(lines) and not lines[end].strip():
                    end += 1
                if end >= len(lines) or not lines[end].startswith(BODY_INDENT):
                    return
                while self.cursor.index < end:
                    yield self.cursor.number, self.cursor.take()
                continue
            yield self.cursor.number, self.cursor.take()


def _separator_hint(text: str) -> str:
    """What to say when a line has the separator typed with ordinary spaces."""
    if _TYPED_SEPARATOR not in text:
        return ""
    return (
        "; the page separates type and modifiers with '\\u00a0·\\u00a0' (a middle dot between "
        "non-breaking spaces, U+00A0), and this line has ordinary spaces around the '·'"
    )


def _split_name_and_type(head: str) -> tuple[str, str | None]:
    if head in TYPE_WORDS:
        return "", head
    match = _NAME_AND_TYPE.match(head)
    if match is None:
        return "", None
    return match.group("name"), match.group("type")


def _join_paragraphs(lines: list[str]) -> str:
    """Lines to paragraphs separated by one blank line, trimmed at both ends."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)
