"""The live page and overlays (``spec/``): invariants that hold for any correct page.

Nothing here names a count, a schema or a value of today's page: an upstream change of the page
must leave these tests green when the toolkit follows it. Quirks are pinned on the frozen copy
in ``tests/fixtures/frozen`` instead.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.openapi.operations import read_operations
from generator.openapi.refs import ref_target
from generator.page.parser import ParsedDocument, parse_document
from generator.spec.inputs import SpecInputs, load_yaml_mapping
from generator.spec.normalizer import NormalizedSpec, normalize
from tests.support.paths import ROOT

INPUTS = SpecInputs.at(ROOT)


@pytest.fixture(scope="module")
def page_text() -> str:
    return INPUTS.document.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def document() -> ParsedDocument:
    return parse_document(INPUTS.document)


@pytest.fixture(scope="module")
def normalized() -> NormalizedSpec:
    return normalize(INPUTS)


def _listed(parsed: Any) -> list[Any]:
    shown = list(parsed.one_of.shown_properties) if parsed.one_of else []
    return list(parsed.properties) + shown


def test_every_heading_of_the_page_is_parsed_in_order(
    page_text: str, document: ParsedDocument
) -> None:
    body = page_text.split("\nSchemas\n", 1)[1]
    headings = re.findall(r"^([A-Z][A-Za-z0-9]*)$", body, flags=re.MULTILINE)
    assert [schema.name for schema in document.schemas] == headings


def test_every_bullet_of_the_page_is_a_parsed_property(
    page_text: str, document: ParsedDocument
) -> None:
    bullets = re.findall(r"^  • ", page_text, flags=re.MULTILINE)
    assert sum(len(_listed(schema)) for schema in document.schemas) == len(bullets)


def test_every_listed_property_reaches_the_spec(
    document: ParsedDocument, normalized: NormalizedSpec
) -> None:
    schemas = normalized.spec["components"]["schemas"]
    for parsed in document.schemas:
        assert parsed.name in schemas, parsed.name
        component = schemas[parsed.name]
        if parsed.one_of is not None and len(parsed.one_of.variants) > 1:
            # A real alternative: the shown properties live in one of its named variants.
            variants = [ref_target(item) for item in component["oneOf"]]
            homes = [schemas[name].get("properties", {}) for name in variants if name]
            for prop in parsed.one_of.shown_properties:
                assert any(prop.name in home for home in homes), f"{parsed.name}.{prop.name}"
            continue
        for prop in _listed(parsed):
            assert prop.name in component.get("properties", {}), f"{parsed.name}.{prop.name}"


def test_every_enum_value_of_the_page_reaches_the_spec(
    document: ParsedDocument, normalized: NormalizedSpec
) -> None:
    schemas = normalized.spec["components"]["schemas"]
    spec_values = {
        str(value)
        for schema in schemas.values()
        for holder in _enum_holders(schema)
        for value in holder["enum"]
    }
    for parsed in document.schemas:
        page_values = set(parsed.enum_values)
        for prop in _listed(parsed):
            page_values.update(prop.enum_values)
        assert page_values <= spec_values, parsed.name


def _enum_holders(schema: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        if isinstance(schema.get("enum"), list):
            found.append(schema)
        for value in schema.values():
            found.extend(_enum_holders(value))
    elif isinstance(schema, list):
        for value in schema:
            found.extend(_enum_holders(value))
    return found


def test_every_ref_names_a_component(normalized: NormalizedSpec) -> None:
    schemas = normalized.spec["components"]["schemas"]
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(normalized.spec)
    assert refs
    assert [ref for ref in refs if ref_target({"$ref": ref}) not in schemas] == []


def test_every_operation_of_operations_yaml_is_in_the_spec(normalized: NormalizedSpec) -> None:
    listed = {
        operation["operationId"]
        for item in load_yaml_mapping(INPUTS.operations).get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert {record.operation_id for record in read_operations(normalized.spec)} == listed


def test_the_report_counts_what_the_page_and_spec_hold(
    document: ParsedDocument, normalized: NormalizedSpec
) -> None:
    schemas = normalized.spec["components"]["schemas"]
    assert normalized.report.counts == {
        "schemas in the document": len(document.schemas),
        "properties listed in the document": sum(len(_listed(s)) for s in document.schemas),
        "components in the spec": len(schemas),
        "properties in the spec": sum(len(s.get("properties") or {}) for s in schemas.values()),
        "operations": len(read_operations(normalized.spec)),
    }


def test_every_supplied_and_overridden_decision_is_in_the_report(
    normalized: NormalizedSpec,
) -> None:
    supplement = load_yaml_mapping(INPUTS.supplement)
    overrides = load_yaml_mapping(INPUTS.overrides)
    locations = {finding.location for finding in normalized.report.findings}
    for name, entry in (supplement.get("schemas") or {}).items():
        for field in entry.get("properties") or {}:
            assert f"{name}.{field}" in locations or name in locations, f"{name}.{field}"
    for key in overrides.get("references") or {}:
        assert key in locations, key
    for key in supplement.get("corrections") or {}:
        assert key in locations, key


def test_the_live_spec_is_valid_openapi_3_1(normalized: NormalizedSpec) -> None:
    validate(normalized.spec)
