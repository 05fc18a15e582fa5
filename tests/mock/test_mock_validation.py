"""Request validation against the spec: parameters, bodies, ``$ref``s and their messages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.mock.validation import (
    InvalidRequest,
    RequestValidator,
    SpecSchemas,
    ValidRequest,
)
from generator.openapi.document import load_document
from generator.openapi.operations import OperationRecord, read_operations
from tests.support.paths import MOCK_SPEC

FIXTURE_SPEC = MOCK_SPEC
INSTANCE_UUID = "123e4567-e89b-12d3-a456-426614174000"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_document(FIXTURE_SPEC)


@pytest.fixture(scope="module")
def validator(spec: dict[str, Any]) -> RequestValidator:
    return RequestValidator(SpecSchemas(spec))


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, OperationRecord]:
    return {operation.operation_id: operation for operation in read_operations(spec)}


def validate(
    validator: RequestValidator,
    operation: OperationRecord,
    body: Any = None,
    query: dict[str, str] | None = None,
    path: dict[str, str] | None = None,
) -> ValidRequest:
    raw = b"" if body is None else json.dumps(body).encode()
    return validator.validate(operation, path or {}, query or {}, raw, "application/json")


def violations_of(*args: Any, **kwargs: Any) -> list[str]:
    with pytest.raises(InvalidRequest) as raised:
        validate(*args, **kwargs)
    return [str(violation) for violation in raised.value.violations]


def test_valid_body_is_decoded(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    valid = validate(validator, operations["create_instance"], {"image": "nginx:latest"})
    assert valid.body == {"image": "nginx:latest"}


def test_body_of_the_wrong_type_is_named_with_its_location(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(
        validator, operations["create_instance"], {"image": "nginx", "memory_mb": "lots"}
    )
    assert violations == ["body.memory_mb: 'lots' is not of type 'integer'"]


def test_missing_required_property_is_reported(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(validator, operations["create_instance"], {"name": "web"})
    assert violations == ["body: 'image' is a required property"]


def test_missing_required_body_is_reported(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    assert violations_of(validator, operations["create_instance"]) == [
        "body: a JSON body is required"
    ]


def test_optional_body_of_a_bulk_get_may_be_left_out(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    assert validate(validator, operations["get_instances"]).body is None


def test_body_that_is_not_json_is_reported(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    with pytest.raises(InvalidRequest) as raised:
        validator.validate(operations["create_instance"], {}, {}, b"{image", "application/json")
    assert raised.value.violations[0].location == "body"
    assert raised.value.violations[0].reason.startswith("not valid JSON")


def test_references_resolve_through_the_spec(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    targets = [{"uuid": INSTANCE_UUID}, {"name": "web"}]
    assert validate(validator, operations["delete_instances"], targets).body == targets


def test_name_or_uuid_item_with_neither_is_rejected(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(validator, operations["delete_instances"], [{"id": 1}])
    assert len(violations) == 1
    assert violations[0].startswith("body[0]: ")


def test_exactly_one_of_two_fields_rejects_both(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(
        validator, operations["stop_instances"], [{"uuid": INSTANCE_UUID, "name": "web"}]
    )
    assert len(violations) == 1
    assert violations[0].startswith("body[0]: ")
    assert violations[0] == "body[0]: give exactly one of uuid or name, not uuid and name"


def test_boolean_query_parameter_is_typed(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    valid = validate(validator, operations["get_instances"], query={"details": "false"})
    assert valid.query == {"details": False}


def test_query_parameter_that_is_not_a_boolean_is_named(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(validator, operations["get_instances"], query={"details": "maybe"})
    assert violations == ["query.details: expected a boolean (true or false), got 'maybe'"]


def test_query_parameter_outside_its_enum_is_named(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(
        validator, operations["wait_instances"], [{"name": "web"}], query={"state": "asleep"}
    )
    assert len(violations) == 1
    assert violations[0].startswith("query.state: 'asleep' is not one of")


def test_integer_beyond_its_format_is_rejected(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(
        validator, operations["wait_instances"], [{"name": "web"}], query={"timeout_ms": str(2**63)}
    )
    assert violations == [f"query.timeout_ms: {2**63} is not a 'int64'"]


def test_path_uuid_is_checked_against_its_format(
    validator: RequestValidator, operations: dict[str, OperationRecord]
) -> None:
    violations = violations_of(
        validator, operations["get_instance_by_uuid"], path={"uuid": "not-a-uuid"}
    )
    assert violations == ["path.uuid: 'not-a-uuid' is not a 'uuid'"]
