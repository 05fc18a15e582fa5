"""The normalized spec: every schema and property, the rebuilt parts, and the hardest schemas.

Pinned on the frozen copy of the page and overlays in ``tests/fixtures/frozen``, so that these
quirks stay pinned whatever the live page becomes.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.page.parser import parse_document
from generator.spec.inputs import SpecInputs
from generator.spec.normalizer import NormalizedSpec, normalize
from tests.support.paths import FROZEN_ROOT as ROOT


@pytest.fixture(scope="module")
def normalized() -> NormalizedSpec:
    return normalize(SpecInputs.at(ROOT))


@pytest.fixture(scope="module")
def schemas(normalized: NormalizedSpec) -> dict[str, Any]:
    return normalized.spec["components"]["schemas"]  # type: ignore[no-any-return]


def accepts(spec: dict[str, Any], name: str, document: object) -> bool:
    """Whether the component ``name`` accepts ``document`` (full JSON Schema 2020-12 semantics)."""
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry = Registry().with_resource("urn:spec", resource)
    validator = Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{name}"}, registry=registry
    )
    return validator.is_valid(document)


def test_the_spec_is_valid_openapi_3_1(normalized: NormalizedSpec) -> None:
    validate(normalized.spec)
    assert normalized.spec["openapi"] == "3.1.0"


def test_every_heading_is_a_component_with_every_listed_property(schemas: dict[str, Any]) -> None:
    document = parse_document(SpecInputs.at(ROOT).document)
    for parsed in document.schemas:
        assert parsed.name in schemas
        component = schemas[parsed.name]
        listed = [p.name for p in parsed.properties]
        if parsed.one_of is not None and len(parsed.one_of.variants) == 1:
            listed += [p.name for p in parsed.one_of.shown_properties]
        for name in listed:
            assert name in component["properties"], f"{parsed.name}.{name}"


def test_property_types_follow_the_document(schemas: dict[str, Any]) -> None:
    instance = schemas["Instance"]["properties"]
    assert instance["uuid"] == {**instance["uuid"], "type": "string", "format": "uuid"}
    assert instance["created_at"]["format"] == "date-time"
    assert instance["memory_mb"]["minimum"] == 0
    assert instance["memory_mb"]["maximum"] == 2**64 - 1
    assert instance["args"]["items"] == {"type": "string"}
    assert instance["env"]["additionalProperties"] == {"type": "string"}
    assert instance["volumes"]["items"] == {"$ref": "#/components/schemas/InstanceInstanceVolume"}
    assert instance["service_group"]["$ref"].endswith("/InstanceInstanceServiceGroup")
    assert instance["state"]["$ref"].endswith("/InstanceState")
    assert instance["status"]["$ref"].endswith("/ResponseStatus")
    assert schemas["InstanceScaleToZero"]["properties"]["cooldown_time_ms"]["format"] == "int32"


def test_instance_state_is_a_shared_enum(schemas: dict[str, Any]) -> None:
    assert schemas["InstanceState"]["enum"] == [
        "stopped", "starting", "running", "draining", "stopping", "standby",
    ]  # fmt: skip
    waited = schemas["WaitInstanceResponseWaitedInstance"]["properties"]["state"]
    assert waited["$ref"].endswith("/InstanceState")


def test_stop_reason_table_is_markdown(schemas: dict[str, Any]) -> None:
    description = schemas["Instance"]["properties"]["stop_reason"]["description"]
    assert "| Value | Bitmask | Aliases | Scenario |" in description
    assert "| 28 | 11100 | FUP-- | Forced user-initiated shutdown. |" in description


def test_defaults_from_prose_and_typed_examples(schemas: dict[str, Any]) -> None:
    request = schemas["CreateInstanceRequest"]["properties"]
    assert request["memory_mb"]["default"] == 128
    assert request["memory_mb"]["examples"] == [256]
    assert request["env"]["examples"] == [{"ENV_VAR1": "value1", "ENV_VAR2": "value2"}]
    assert "examples" not in request["args"]  # "--port=8080 --debug" is not a list
    assert schemas["Image"]["properties"]["entrypoint"]["examples"] == [["/bin/sh", "-c"]]
    volume = schemas["CreateInstanceRequestVolume"]["properties"]["read_only"]
    assert volume["default"] is False
    assert "examples" not in volume  # the page's example is 256


def test_truncated_pattern_is_not_emitted(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    assert "pattern" not in schemas["AttachVolumesRequest"]["properties"]["at"]
    flagged = [f for f in normalized.report.findings if f.kind == "pattern"]
    assert [f.location for f in flagged] == ["AttachVolumesRequest.at"]


def test_create_instance_request_golden(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    request = schemas["CreateInstanceRequest"]
    assert request["required"] == ["image"]
    props = request["properties"]
    assert props["volumes"]["items"]["$ref"].endswith("/CreateInstanceRequestVolume")
    assert props["service_group"]["$ref"].endswith("/CreateInstanceRequestServiceGroup")
    assert props["scale_to_zero"]["$ref"].endswith("/InstanceScaleToZero")
    assert props["restart_policy"]["$ref"].endswith("/InstanceRestartPolicy")
    assert props["features"]["items"] == {"type": "string", "enum": ["delete_on_stop"]}
    assert accepts(normalized.spec, "CreateInstanceRequest", {"image": "nginx:latest"})
    assert not accepts(normalized.spec, "CreateInstanceRequest", {"name": "x"})


def test_name_or_uuid_accepts_exactly_one_identifier(normalized: NormalizedSpec) -> None:
    spec = normalized.spec
    uuid = "123e4567-e89b-12d3-a456-426614174000"
    assert accepts(spec, "NameOrUUID", {"uuid": uuid})
    assert accepts(spec, "NameOrUUID", {"name": "funky"})
    assert not accepts(spec, "NameOrUUID", {"uuid": uuid, "name": "funky"})
    assert not accepts(spec, "NameOrUUID", {})


def test_service_group_reference_or_new_group(normalized: NormalizedSpec) -> None:
    spec = normalized.spec
    name = "CreateInstanceRequestServiceGroup"
    assert accepts(spec, name, {"name": "web"})
    assert accepts(spec, name, {"services": [{"port": 443}]})
    assert accepts(spec, name, {"services": [{"port": 443}], "domains": [{"name": "a.example."}]})
    assert not accepts(spec, name, {"uuid": "123e4567-e89b-12d3-a456-426614174000", "name": "web"})
    schemas = spec["components"]["schemas"]
    assert schemas[name]["oneOf"][2]["$ref"].endswith("/CreateInstanceRequestServiceGroupNew")


def test_update_instances_request_golden(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    request = schemas["UpdateInstancesRequest"]
    assert request["required"] == ["prop", "op"]
    assert request["oneOf"] == [{"required": ["uuid"]}, {"required": ["name"]}]
    assert request["properties"]["value"] == {
        "description": request["properties"]["value"]["description"]
    }
    assert request["properties"]["prop"]["$ref"].endswith("/UpdateInstanceProperty")
    assert request["properties"]["op"]["$ref"].endswith("/UpdateOperation")
    body = {"prop": "memory_mb", "op": "set", "name": "web", "value": 256}
    assert accepts(normalized.spec, "UpdateInstancesRequest", body)
    assert not accepts(normalized.spec, "UpdateInstancesRequest", {"prop": "env", "op": "set"})


def test_required_yet_mutually_exclusive_fields_become_at_least_one(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    for name in ("StopInstancesRequestID", "GetInstanceLogsRequest"):
        assert "uuid" not in schemas[name].get("required", [])
        assert "oneOf" not in schemas[name]
        assert schemas[name]["anyOf"] == [{"required": ["uuid"]}, {"required": ["name"]}]
        finding = next(
            f
            for f in normalized.report.findings
            if f.location == name and f.kind == "contradiction"
        )
        assert "marks both `required`" in finding.evidence
        assert "'Mutually exclusive with name.'" in finding.evidence
        assert finding.decision.startswith("at least one of `uuid`, `name`")
    both = {"uuid": "123e4567-e89b-12d3-a456-426614174000", "name": "web"}
    assert accepts(normalized.spec, "StopInstancesRequestID", both)
    assert accepts(normalized.spec, "StopInstancesRequestID", {"name": "web"})
    assert not accepts(normalized.spec, "StopInstancesRequestID", {"force": True})


def test_mutually_exclusive_optional_fields_stay_exactly_one(schemas: dict[str, Any]) -> None:
    for name in ("AttachVolumesRequest", "UpdateInstancesRequest", "DetachVolumesRequest"):
        assert schemas[name]["oneOf"] == [{"required": ["uuid"]}, {"required": ["name"]}]
        assert "anyOf" not in schemas[name]


def test_every_unsigned_integer_documenting_negatives_becomes_signed(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    signed = {f.location: f for f in normalized.report.findings if f.decision.startswith("signed ")}
    assert sorted(signed) == [
        "GetInstanceLogsByUUIDRequestBody.offset",
        "GetInstanceLogsRequest.offset",
        "StopInstancesRequestID.drain_timeout_ms",
    ]
    assert (
        "'Use -1 for the largest possible value.'"
        in signed["StopInstancesRequestID.drain_timeout_ms"].evidence
    )
    for location in signed:
        owner, field = location.split(".")
        prop = schemas[owner]["properties"][field]
        assert (prop["format"], prop["minimum"]) == ("int64", -(2**63))
        assert "x-format" not in prop
    # Unsigned fields whose descriptions offer no negative value stay unsigned.
    assert schemas["GetInstanceLogsResponseRange"]["properties"]["start"]["x-format"] == "uint64"


def test_enum_contradicted_by_its_description_table_accepts_both_spellings(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    assert schemas["InstanceRestartPolicy"]["enum"] == [
        "never",
        "always",
        "on_failure",
        "on-failure",
    ]
    assert schemas["CreateInstanceRequest"]["properties"]["restart_policy"]["$ref"].endswith(
        "/InstanceRestartPolicy"
    )
    (finding,) = [
        f
        for f in normalized.report.findings
        if f.kind == "contradiction" and "on-failure" in f.decision
    ]
    assert finding.location == "Instance.restart_policy"
    assert "the table of the same field's description lists `on-failure`" in finding.evidence


def test_detach_by_uuid_body_keeps_its_from_field(schemas: dict[str, Any]) -> None:
    body = schemas["DetachVolumeByUUIDRequestBody"]
    assert list(body["properties"]) == ["from"]
    assert body["properties"]["from"]["$ref"].endswith("/BodyInstanceID")
    assert list(schemas["BodyInstanceID"]["properties"]) == ["uuid", "name"]


def test_attach_volumes_response_envelope_is_rebuilt(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    response = schemas["AttachVolumesResponse"]
    assert list(response["properties"]) == ["status", "message", "data", "errors", "op_time_us"]
    assert response["properties"]["data"]["$ref"].endswith("/AttachVolumesResponseData")
    assert response["properties"]["errors"]["items"]["$ref"].endswith("/ResponseError")
    data = schemas["AttachVolumesResponseData"]["properties"]["volumes"]
    assert data["items"]["$ref"].endswith("/AttachVolumesResponseAttachedVolume")
    finding = next(
        f
        for f in normalized.report.findings
        if f.location == "AttachVolumesResponse" and f.kind == "envelope"
    )
    assert "sibling responses show the envelope in full" in finding.evidence


def test_by_uuid_body_mirrors_its_bulk_twin(schemas: dict[str, Any]) -> None:
    body = schemas["AttachVolumeByUUIDRequestBody"]
    assert list(body["properties"]) == ["attach_to", "at", "readonly"]
    assert body["required"] == ["attach_to", "at"]


def test_supplied_properties_are_merged_and_marked(
    normalized: NormalizedSpec, schemas: dict[str, Any]
) -> None:
    certificate = schemas["CreateCertificateRequest"]
    assert certificate["required"] == ["cn", "chain", "pkey"]
    assert schemas["WaitInstanceByUUIDRequestBody"]["properties"]["state"]["$ref"].endswith(
        "/InstanceState"
    )
    supplied = {f.location for f in normalized.report.findings if f.confidence == "supplied"}
    assert {
        "CreateVolumeRequest.size_mb",
        "Domain.fqdn",
        "VolumeVolumeInstanceMount.read_only",
    } <= supplied


def test_every_reference_is_in_the_report_with_evidence(normalized: NormalizedSpec) -> None:
    references = [f for f in normalized.report.findings if f.kind == "reference"]
    assert len(references) >= 120
    assert all(f.evidence and f.confidence for f in references)
    unresolved = [f.location for f in normalized.report.findings if f.kind == "free-form"]
    assert unresolved == ["HealthzResponseData.services"]


def test_operations_are_all_present(normalized: NormalizedSpec) -> None:
    operations = {
        op["operationId"]: (method, path)
        for path, item in normalized.spec["paths"].items()
        for method, op in item.items()
    }
    assert len(operations) == 56
    assert operations["create_instance"] == ("post", "/v1/instances")
    assert operations["wait_instances"] == ("get", "/v1/instances/wait")
    get_instances = normalized.spec["paths"]["/v1/instances"]["get"]
    assert get_instances["requestBody"]["required"] is False
    assert get_instances["parameters"][0]["schema"] == {"type": "boolean"}


def test_servers_and_bearer_security(normalized: NormalizedSpec) -> None:
    spec = normalized.spec
    assert spec["servers"][0]["url"] == "https://api.{metro}.kraft.cloud"
    assert "metro" in spec["servers"][0]["variables"]
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]


@pytest.mark.parametrize(
    "name",
    [
        "ConfigurationInstanceCreateArgs",
        "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs",
    ],
)
def test_create_args_variants_are_read_back_from_the_configuration(
    normalized: NormalizedSpec, schemas: dict[str, Any], name: str
) -> None:
    assert schemas[name]["oneOf"] == [
        {"$ref": f"#/components/schemas/{name}Roms"},
        {"$ref": f"#/components/schemas/{name}Template"},
    ]
    roms, template = schemas[f"{name}Roms"], schemas[f"{name}Template"]
    assert roms["required"] == ["roms"]
    assert roms["properties"]["roms"]["$ref"].endswith(
        "/InstanceCreateArgsInstanceCreateRequestRoms"
    )
    assert template["required"] == ["template"]
    assert template["properties"]["template"]["$ref"].endswith("/ServiceGroupTemplate")
    by_uuid = {"template": {"uuid": "123e4567-e89b-12d3-a456-426614174000"}}
    assert accepts(normalized.spec, name, by_uuid)
    assert accepts(normalized.spec, name, {"template": {"name": "funky-instance-template"}})
    assert accepts(normalized.spec, name, {"roms": {"image": "rom"}})
    assert not accepts(normalized.spec, name, {"image": "nginx:latest"})
    assert not accepts(normalized.spec, name, {**by_uuid, "roms": {"image": "rom"}})
    finding = next(
        f for f in normalized.report.findings if f.location == name and f.kind == "one-of"
    )
    assert finding.confidence == "medium"
    assert "`GetAutoscaleConfigurationsResponseServiceGroup` returns every other field" in (
        finding.evidence
    )


def test_no_override_names_what_the_page_can_tell() -> None:
    from generator.spec.inputs import load_yaml_mapping

    overrides = load_yaml_mapping(SpecInputs.at(ROOT).overrides)
    assert not overrides.get("alternatives")
