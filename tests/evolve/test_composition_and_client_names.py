"""The diff reads composition as fields and reports what moves a client method: small specs,
the page's own spec with a mistyped tag, and the published OpenAPI document of the API."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from generator.evolve.spec_diff import Change, ChangeKind, Subject, diff_specs, summarize
from generator.openapi.document import load_document
from tests.support.paths import PUBLISHED_DOCUMENT, REAL_SPEC
from tests.support.small_spec import base_spec, ref


@pytest.fixture(scope="module")
def page_spec() -> dict[str, Any]:
    return load_document(REAL_SPEC)


@pytest.fixture(scope="module")
def published() -> dict[str, Any]:
    return load_document(PUBLISHED_DOCUMENT)


@pytest.fixture(scope="module")
def published_changes(page_spec: dict[str, Any], published: dict[str, Any]) -> list[Change]:
    return diff_specs(page_spec, published)


def described(changes: list[Change]) -> set[tuple[str, bool]]:
    return {(change.describe(), change.breaking) for change in changes}


def test_fields_inside_all_of_compare_as_fields() -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    request = new["components"]["schemas"]["CreateInstanceRequest"]
    new["components"]["schemas"]["CreateInstanceRequest"] = {
        "type": "object",
        "allOf": [
            {"type": "object", "properties": request["properties"]},
            {"oneOf": [{"title": "note", "type": "object", "properties": {}}]},
        ],
        "required": request["required"],
    }
    assert diff_specs(old, new) == []


def test_all_of_of_one_reference_compares_as_the_reference() -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    instance = new["components"]["schemas"]["Instance"]["properties"]
    instance["state"] = {"allOf": [ref("InstanceState")], "description": "The state."}
    assert diff_specs(old, new) == []


def test_a_changed_operation_id_is_breaking() -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    new["paths"]["/instances"]["get"]["operationId"] = "GetInstances"
    [change] = diff_specs(old, new)
    assert change.breaking
    assert change.subject is Subject.OPERATION and change.kind is ChangeKind.CHANGED
    assert "operationId changed from ListInstances to GetInstances" in change.reason


def test_a_mistyped_tag_in_the_page_operations_moves_a_client_method(
    page_spec: dict[str, Any],
) -> None:
    new = copy.deepcopy(page_spec)
    new["paths"]["/v1/instances/{uuid}/metrics"]["get"]["tags"] = ["instanzes"]
    [change] = diff_specs(page_spec, new)
    assert change.breaking
    assert (
        "client method moved from client.instances.get_metrics_by_uuid to "
        "client.instanzes.get_instance_metrics_by_uuid"
    ) in change.reason
    assert summarize([change]) != "No changes to schemas, fields, enum values or operations."
    assert "1 breaking change(s)" in summarize([change])


def test_the_published_document_renames_every_shared_operation(
    published_changes: list[Change],
) -> None:
    renames = [c for c in published_changes if "operationId changed" in c.reason]
    assert len(renames) == 54
    assert all(change.breaking for change in renames)
    assert (
        "changed operation GET /v1/instances (GetInstances): its operationId changed from "
        "get_instances to GetInstances; OPERATIONS and client.operation() know it by the new id "
        "only",
        True,
    ) in described(renames)


def test_the_published_document_moves_healthz_to_another_group(
    published_changes: list[Change],
) -> None:
    moved = [c for c in published_changes if "client method moved" in c.reason]
    assert [change.location.operation for change in moved] == ["GET /v1/healthz (Healthz)"]
    assert "from client.system.healthz to client.node.healthz" in moved[0].reason


@pytest.mark.parametrize(
    ("description", "breaking"),
    [
        (
            "removed field CreateInstanceRequestVolume.read_only: code that reads or sets it "
            "breaks",
            True,
        ),
        ("added field CreateInstanceRequestVolume.readonly: a new optional field", False),
        (
            "removed operation GET /v1/images/digest/{digest} (get_image_by_digest): calls to "
            "it break",
            True,
        ),
        ("removed operation GET /v1/images/tag/{tag} (get_image_by_tag): calls to it break", True),
        ("added operation GET /v1/images/list (GetImages): a new operation", False),
    ],
)
def test_the_published_document_has_the_known_true_changes(
    published_changes: list[Change], description: str, breaking: bool
) -> None:
    assert (description, breaking) in described(published_changes)


def fields_anywhere(schema: Any) -> Iterator[str]:
    """Every property name in ``schema``, through allOf, oneOf and anyOf parts."""
    if isinstance(schema, Mapping):
        yield from schema.get("properties", {})
        for key in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(key, []):
                yield from fields_anywhere(part)


def test_the_published_document_shows_no_composition_artefacts(
    published_changes: list[Change], published: dict[str, Any]
) -> None:
    schemas = published["components"]["schemas"]
    for change in published_changes:
        location = change.location
        # No type read as "any" because it hid behind allOf.
        assert " to any" not in change.reason, change.describe()
        if change.subject is Subject.FIELD and change.kind is ChangeKind.REMOVED:
            assert location.schema is not None and location.field is not None
            assert location.field not in set(fields_anywhere(schemas[location.schema])), (
                change.describe()
            )


def test_negative_log_offsets_agree_with_the_published_document(
    published_changes: list[Change],
) -> None:
    # The page types the offsets uint64 yet documents negative ones; read as signed (as the
    # published document has them), the two no longer differ there.
    offsets = [c for c in published_changes if c.location.field == "offset"]
    assert offsets == []
