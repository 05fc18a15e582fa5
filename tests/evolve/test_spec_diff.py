"""The spec diff: each kind of change, and whether it breaks a client."""

from __future__ import annotations

import copy
from typing import Any

from generator.evolve.spec_diff import (
    Change,
    ChangeKind,
    Direction,
    Location,
    Subject,
    diff_specs,
    schema_directions,
    summarize,
)
from tests.support.small_spec import base_spec, json_content, ref, schemas


def only_change(old: dict[str, Any], new: dict[str, Any]) -> Change:
    changes = diff_specs(old, new)
    assert len(changes) == 1, changes
    return changes[0]


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(base_spec(), base_spec()) == []


def test_request_and_response_schemas_are_told_apart_by_following_refs() -> None:
    directions = schema_directions(base_spec())
    assert directions == {
        "CreateInstanceRequest": Direction.REQUEST,
        "InstanceResponse": Direction.RESPONSE,
        "Instance": Direction.RESPONSE,
        "InstanceState": Direction.RESPONSE,
    }


def test_a_schema_both_sent_and_received_has_both_directions() -> None:
    spec = base_spec()
    schemas(spec)["CreateInstanceRequest"]["properties"]["like"] = ref("Instance")
    assert schema_directions(spec)["Instance"] == Direction.BOTH


def test_a_removed_field_is_breaking() -> None:
    new = base_spec()
    del schemas(new)["Instance"]["properties"]["name"]
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.REMOVED,
        Subject.FIELD,
        True,
    )
    assert change.location == Location(schema="Instance", field="name")


def test_a_new_optional_field_is_not_breaking() -> None:
    new = base_spec()
    schemas(new)["Instance"]["properties"]["vcpus"] = {"type": "integer"}
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.ADDED,
        Subject.FIELD,
        False,
    )


def test_a_new_required_request_field_is_breaking() -> None:
    new = base_spec()
    request = schemas(new)["CreateInstanceRequest"]
    request["properties"]["vcpus"] = {"type": "integer"}
    request["required"].append("vcpus")
    change = only_change(base_spec(), new)
    assert (change.kind, change.breaking) == (ChangeKind.ADDED, True)
    assert "request" in change.reason


def test_a_new_required_field_in_a_response_only_schema_is_not_breaking() -> None:
    new = base_spec()
    instance = schemas(new)["Instance"]
    instance["properties"]["vcpus"] = {"type": "integer"}
    instance["required"].append("vcpus")
    assert only_change(base_spec(), new).breaking is False


def test_a_new_required_field_in_a_schema_no_operation_uses_is_breaking() -> None:
    new = base_spec()
    schemas(new)["Unused"]["properties"]["extra"] = {"type": "string"}
    schemas(new)["Unused"]["required"] = ["extra"]
    assert only_change(base_spec(), new).breaking is True


def test_a_request_field_that_became_required_is_breaking() -> None:
    new = base_spec()
    schemas(new)["CreateInstanceRequest"]["required"].append("memory_mb")
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.CHANGED,
        Subject.FIELD,
        True,
    )


def test_a_response_field_that_became_required_is_not_breaking() -> None:
    new = base_spec()
    schemas(new)["Instance"]["required"].append("name")
    assert only_change(base_spec(), new).breaking is False


def test_a_response_field_that_became_optional_is_breaking() -> None:
    new = base_spec()
    schemas(new)["Instance"]["required"] = []
    change = only_change(base_spec(), new)
    assert (change.location, change.breaking) == (Location(schema="Instance", field="uuid"), True)


def test_a_request_field_that_became_optional_is_not_breaking() -> None:
    new = base_spec()
    schemas(new)["CreateInstanceRequest"]["required"] = []
    assert only_change(base_spec(), new).breaking is False


def test_a_changed_field_type_is_breaking() -> None:
    new = base_spec()
    schemas(new)["CreateInstanceRequest"]["properties"]["memory_mb"] = {"type": "string"}
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.CHANGED,
        Subject.FIELD,
        True,
    )
    assert "integer (uint64)" in change.reason and "string" in change.reason


def test_a_changed_integer_format_is_a_changed_type() -> None:
    new = base_spec()
    schemas(new)["CreateInstanceRequest"]["properties"]["memory_mb"]["format"] = "uint32"
    assert only_change(base_spec(), new).breaking is True


def test_an_unsigned_format_kept_as_x_format_reads_as_that_format() -> None:
    new = base_spec()
    memory = schemas(new)["CreateInstanceRequest"]["properties"]["memory_mb"]
    memory["x-format"] = memory.pop("format")
    memory["format"] = "int64"
    assert diff_specs(base_spec(), new) == []


def test_a_changed_x_format_is_a_changed_type() -> None:
    new = base_spec()
    memory = schemas(new)["CreateInstanceRequest"]["properties"]["memory_mb"]
    memory["x-format"] = "uint32"
    memory.pop("format")
    change = only_change(base_spec(), new)
    assert change.reason == "its type changed from integer (uint64) to integer (uint32)"


def test_a_documentation_change_is_not_reported() -> None:
    new = base_spec()
    schemas(new)["Instance"]["properties"]["name"]["description"] = "The instance's name."
    assert diff_specs(base_spec(), new) == []


def test_a_removed_enum_value_is_breaking() -> None:
    new = base_spec()
    schemas(new)["InstanceState"]["enum"].remove("standby")
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.REMOVED,
        Subject.ENUM_VALUE,
        True,
    )
    assert change.location == Location(schema="InstanceState", enum_value="standby")


def test_a_new_enum_value_in_a_response_is_not_breaking() -> None:
    new = base_spec()
    schemas(new)["InstanceState"]["enum"].append("draining")
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.ADDED,
        Subject.ENUM_VALUE,
        False,
    )
    assert "unknown enum values" in change.reason


def test_a_removed_inline_enum_value_is_located_at_its_field() -> None:
    new = base_spec()
    schemas(new)["CreateInstanceRequest"]["properties"]["restart_policy"]["enum"] = ["never"]
    change = only_change(base_spec(), new)
    assert change.location == Location(
        schema="CreateInstanceRequest", field="restart_policy", enum_value="always"
    )
    assert change.breaking is True


def test_a_new_inline_enum_value_in_a_request_is_not_breaking() -> None:
    new = base_spec()
    schemas(new)["CreateInstanceRequest"]["properties"]["restart_policy"]["enum"].append(
        "on-failure"
    )
    change = only_change(base_spec(), new)
    assert (change.breaking, change.reason) == (False, "a new value clients may send")


def test_an_inline_enum_moved_into_a_shared_component_is_compared_by_values() -> None:
    new = base_spec()
    schemas(new)["RestartPolicy"] = {"type": "string", "enum": ["never", "always", "on-failure"]}
    schemas(new)["CreateInstanceRequest"]["properties"]["restart_policy"] = ref("RestartPolicy")
    changes = diff_specs(base_spec(), new)
    assert [(c.kind, c.subject, str(c.location)) for c in changes] == [
        (ChangeKind.ADDED, Subject.SCHEMA, "RestartPolicy"),
        (
            ChangeKind.ADDED,
            Subject.ENUM_VALUE,
            "CreateInstanceRequest.restart_policy = 'on-failure'",
        ),
    ]


def test_a_removed_schema_is_breaking_and_a_new_one_is_not() -> None:
    new = base_spec()
    del schemas(new)["Unused"]
    schemas(new)["Volume"] = {"type": "object", "properties": {"uuid": {"type": "string"}}}
    changes = {change.location.schema: change for change in diff_specs(base_spec(), new)}
    assert (changes["Unused"].kind, changes["Unused"].breaking) == (ChangeKind.REMOVED, True)
    assert (changes["Volume"].kind, changes["Volume"].breaking) == (ChangeKind.ADDED, False)


def test_a_schema_that_changed_form_is_breaking() -> None:
    new = base_spec()
    schemas(new)["InstanceState"] = {"type": "object", "properties": {}}
    change = only_change(base_spec(), new)
    assert (change.subject, change.breaking) == (Subject.SCHEMA, True)
    assert "from enum to object" in change.reason


def test_a_new_variant_of_a_response_alternative_is_breaking() -> None:
    old = base_spec()
    schemas(old)["Instance"]["properties"]["target"] = ref("Target")
    schemas(old)["Target"] = {"oneOf": [ref("ByUUID")]}
    schemas(old)["ByUUID"] = {"type": "object", "properties": {"uuid": {"type": "string"}}}
    schemas(old)["ByName"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    new = copy.deepcopy(old)
    schemas(new)["Target"]["oneOf"].append(ref("ByName"))
    change = only_change(old, new)
    assert (change.subject, change.breaking) == (Subject.SCHEMA, True)
    assert "ByName" in change.reason


def test_a_removed_operation_is_breaking() -> None:
    new = base_spec()
    del new["paths"]["/instances"]["get"]
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.REMOVED,
        Subject.OPERATION,
        True,
    )
    assert change.location == Location(operation="GET /instances (ListInstances)")


def test_a_new_operation_is_not_breaking() -> None:
    new = base_spec()
    new["paths"]["/volumes"] = {
        "get": {"operationId": "ListVolumes", "responses": {"200": json_content("Unused")}}
    }
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.ADDED,
        Subject.OPERATION,
        False,
    )


def test_a_new_required_parameter_is_breaking() -> None:
    new = base_spec()
    new["paths"]["/instances"]["get"]["parameters"].append(
        {"name": "metro", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    change = only_change(base_spec(), new)
    assert (change.kind, change.subject, change.breaking) == (
        ChangeKind.ADDED,
        Subject.PARAMETER,
        True,
    )


def test_a_new_optional_parameter_is_not_breaking() -> None:
    new = base_spec()
    new["paths"]["/instances"]["get"]["parameters"].append(
        {"name": "details", "in": "query", "schema": {"type": "boolean"}}
    )
    assert only_change(base_spec(), new).breaking is False


def test_a_changed_request_body_type_is_breaking() -> None:
    new = base_spec()
    new["paths"]["/instances"]["post"]["requestBody"] = json_content("Instance")
    change = only_change(base_spec(), new)
    assert (change.subject, change.breaking) == (Subject.PARAMETER, True)


def test_a_changed_response_type_is_breaking() -> None:
    new = base_spec()
    new["paths"]["/instances"]["get"]["responses"]["200"] = json_content("Unused")
    change = only_change(base_spec(), new)
    assert (change.subject, change.breaking) == (Subject.OPERATION, True)


def test_summary_counts_added_removed_and_changed() -> None:
    new = base_spec()
    schemas(new)["Instance"]["properties"]["vcpus"] = {"type": "integer"}
    schemas(new)["Volume"] = {"type": "object", "properties": {}}
    schemas(new)["InstanceState"]["enum"].remove("standby")
    assert summarize(diff_specs(base_spec(), new)).splitlines() == [
        "schemas: 1 added, 0 removed, 2 changed",
        "fields: 1 added, 0 removed, 0 changed",
        "enum values: 0 added, 1 removed, 0 changed",
        "1 breaking change(s) for clients.",
    ]


def test_summary_of_no_changes_says_so() -> None:
    assert summarize([]) == "No changes to schemas, fields, enum values or operations."
