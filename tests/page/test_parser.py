"""The parser reads every heading and property of the page, and names the line of bad input.

Pinned on the frozen copy of the page in ``tests/fixtures/frozen``: its counts and names are that
copy's, not the live page's (``tests/spec/test_live_inputs.py`` checks the live one).
"""

from __future__ import annotations

import re

import pytest

from generator.page.parser import DocumentError, ParsedDocument, parse_document, parse_text
from tests.support.paths import FROZEN_DOCUMENT as DOCUMENT

TEXT = DOCUMENT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def document() -> ParsedDocument:
    return parse_document(DOCUMENT)


def test_every_heading_becomes_a_schema(document: ParsedDocument) -> None:
    headings = re.findall(r"^([A-Z][A-Za-z0-9]*)$", TEXT, flags=re.MULTILINE)
    headings.remove("Zudoku")
    headings.remove("Schemas")
    assert len(document.schemas) == 144
    assert [s.name for s in document.schemas] == headings


def test_every_bullet_becomes_a_property(document: ParsedDocument) -> None:
    bullets = len(re.findall(r"^  • ", TEXT, flags=re.MULTILINE))
    parsed = sum(
        len(s.properties) + (len(s.one_of.shown_properties) if s.one_of else 0)
        for s in document.schemas
    )
    assert parsed == bullets == 527


def test_name_is_split_from_its_glued_type_word(document: ParsedDocument) -> None:
    attach = document.schema("AttachVolumesRequest").properties
    assert [(p.name, p.type_word) for p in attach] == [
        ("attach_to", "object"),
        ("at", "string"),
        ("uuid", "string"),
        ("name", "string"),
        ("readonly", "boolean"),
    ]


def test_array_types_and_untyped_properties(document: ParsedDocument) -> None:
    update = {p.name: p for p in document.schema("UpdateInstancesRequest").properties}
    assert update["value"].type_word is None
    instance = {p.name: p for p in document.schema("Instance").properties}
    assert instance["args"].type_word == "string[]"
    assert instance["volumes"].type_word == "object[]"


def test_formats_required_and_enums(document: ParsedDocument) -> None:
    instance = {p.name: p for p in document.schema("Instance").properties}
    assert instance["uuid"].format == "uuid"
    assert instance["created_at"].format == "date-time"
    assert instance["memory_mb"].format == "uint64"
    assert instance["state"].enum_values == (
        "stopped", "starting", "running", "draining", "stopping", "standby",
    )  # fmt: skip
    service = {p.name: p for p in document.schema("Service").properties}
    assert service["port"].required
    assert service["handlers"].type_word == "string[]"
    assert service["handlers"].enum_values == ("tls", "http", "redirect")


def test_top_level_enum_and_empty_schema(document: ParsedDocument) -> None:
    status = document.schema("ResponseStatus")
    assert (status.top_level_type, status.enum_values) == ("string", ("success", "error"))
    assert status.description == "The response status of an API request."
    empty = document.schema("GoogleProtobufValue")
    assert (empty.properties, empty.one_of, empty.top_level_type) == ((), None, None)


def test_truncated_pattern_is_detected(document: ParsedDocument) -> None:
    at = document.schema("AttachVolumesRequest").properties[1]
    assert at.pattern is not None and at.pattern.startswith("^/(?!")
    assert at.pattern_truncated


def test_one_of_decision_table(document: ParsedDocument) -> None:
    one_of = document.schema("NameOrUUID").one_of
    assert one_of is not None
    assert [v.requires for v in one_of.variants] == [("uuid",), ("name",)]
    assert one_of.shown_for == "uuid"
    assert [p.name for p in one_of.shown_properties] == ["uuid"]
    create_args = document.schema("ConfigurationInstanceCreateArgs").one_of
    assert create_args is not None
    assert [v.requires for v in create_args.variants] == [(), ()]


def test_property_items_carry_their_line(document: ParsedDocument) -> None:
    prop = document.schema("AttachVolumesRequest").properties[0]
    assert TEXT.split("\n")[prop.line - 1].startswith("  • attach_toobject")
    assert prop.example is None


def test_multi_paragraph_description_and_example(document: ParsedDocument) -> None:
    name = {p.name: p for p in document.schema("Certificate").properties}["name"]
    assert name.description.count("\n\n") == 1
    assert name.example == "funky-certificate"


def _cut(marker: str) -> str:
    return TEXT[: TEXT.index(marker) + len(marker)]


def test_document_cut_off_inside_a_one_of_names_the_line() -> None:
    text = _cut("NameOrUUID\n\noneOf\nExactly one variant must match.\n")
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "doc.txt")
    assert "expected 'Decision Table'" in str(caught.value)
    assert caught.value.line == text.count("\n") + 1


def test_document_cut_off_after_a_heading_is_an_error() -> None:
    text = _cut("\nVolume\n")
    with pytest.raises(DocumentError, match="ends right after the heading of schema 'Volume'"):
        parse_text(text, "doc.txt")


def test_unknown_type_word_names_the_line() -> None:
    text = TEXT.replace("  • sizeinteger\u00a0·\u00a0int64", "  • sizenumber\u00a0·\u00a0int64", 1)
    line = text[: text.index("sizenumber")].count("\n") + 1
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "doc.txt")
    assert caught.value.line == line
    assert "unknown type word in 'sizenumber'" in str(caught.value)


def test_duplicate_schema_name_names_both_lines() -> None:
    text = TEXT + "\n\nService\n\n  • portinteger\n"
    with pytest.raises(
        DocumentError, match="duplicate schema name 'Service'; first defined at line"
    ):
        parse_text(text, "doc.txt")


def test_bullet_without_a_name_names_the_line() -> None:
    text = TEXT.replace("  • enabledboolean", "  • boolean", 1)
    line = text[: text.index("  • boolean")].count("\n") + 1
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "doc.txt")
    assert caught.value.line == line
    assert "expected a property name glued to its type word" in str(caught.value)


def _without_line(text: str, line: str) -> tuple[str, int]:
    """``text`` without its first line equal to ``line``, and that line's number."""
    lines = text.split("\n")
    index = lines.index(line)
    return "\n".join(lines[:index] + lines[index + 1 :]), index + 1


def test_a_lost_heading_between_property_lists_is_an_error() -> None:
    text, line = _without_line(TEXT, "AttachVolumesRequest")
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "doc.txt")
    assert caught.value.line == line + 1  # the first bullet after the two blank lines
    assert "a schema heading seems lost" in str(caught.value)


def test_a_lost_heading_after_a_type_is_an_error() -> None:
    """Properties after a top-level enum would otherwise become its description."""
    following = TEXT.split("\nResponseStatus\n", 1)[1]
    next_heading = re.search(r"^([A-Z][A-Za-z0-9]*)$", following, flags=re.MULTILINE)
    assert next_heading is not None
    text, _ = _without_line(TEXT, next_heading.group(1))
    with pytest.raises(DocumentError, match="a schema heading seems lost"):
        parse_text(text, "doc.txt")


def test_a_property_listed_twice_names_both_lines() -> None:
    text = TEXT.replace(
        "  • readonlyboolean\n", "  • readonlyboolean\n\n    Once.\n  • readonlyboolean\n", 1
    )
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "doc.txt")
    assert "property 'readonly' listed twice in schema" in str(caught.value)
    assert "(first at line " in str(caught.value)


def test_a_separator_with_ordinary_spaces_is_named() -> None:
    text = TEXT.replace("  • uuidstring\u00a0·\u00a0uuid", "  • uuidstring · uuid", 1)
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "doc.txt")
    assert "non-breaking spaces, U+00A0" in str(caught.value)


def test_a_long_run_of_blank_lines_in_a_body_is_read_once() -> None:
    text = TEXT.replace(
        "    Example: false\n", "    Example: false\n" + "\n" * 5000 + "    More.\n", 1
    )
    assert len(parse_text(text, "doc.txt").schemas) == len(parse_text(TEXT).schemas)
