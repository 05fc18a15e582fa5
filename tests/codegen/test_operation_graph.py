"""Reading the spec's operations into plain data for the client template."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.codegen.operation_graph import build_operation_graph, client_method_name
from generator.codegen.package import generate_from_spec
from generator.errors import ToolkitError
from generator.openapi.operations import read_operations
from tests.support.paths import REAL_SPEC

SPEC: dict[str, Any] = yaml.safe_load(REAL_SPEC.read_text(encoding="utf-8"))


def _operation(spec: dict[str, Any], operation_id: str) -> Any:
    graph = build_operation_graph(spec)
    return next(op for op in graph.operations if op.operation_id == operation_id)


@pytest.mark.parametrize(
    ("operation_id", "tag", "method_name"),
    [
        ("create_instance", "instances", "create"),
        ("get_instance_logs_by_uuid", "instances", "get_logs_by_uuid"),
        ("attach_volumes", "volumes", "attach"),
        ("delete_service_groups", "service_groups", "delete"),
        (
            "get_autoscale_configuration_policy_by_name",
            "autoscale",
            "get_configuration_policy_by_name",
        ),
        ("healthz", "system", "healthz"),
        ("get_user", "users", "get"),
    ],
)
def test_the_client_method_drops_the_words_of_the_tag(
    operation_id: str, tag: str, method_name: str
) -> None:
    assert client_method_name(operation_id, tag) == method_name


def test_a_method_name_that_would_be_empty_keeps_the_operation_id() -> None:
    assert client_method_name("instances", "instances") == "instances"


def test_the_graph_groups_all_operations_by_tag() -> None:
    graph = build_operation_graph(SPEC)
    operation_ids = {record.operation_id for record in read_operations(SPEC)}
    assert {operation.operation_id for operation in graph.operations} == operation_ids
    tags = sorted({operation.tag for operation in graph.operations})
    assert [group.tag for group in graph.groups] == tags
    assert sum(len(group.operations) for group in graph.groups) == len(operation_ids)


def test_parameters_get_python_types() -> None:
    operation = _operation(SPEC, "wait_instances")
    assert [(p.python_name, p.python_type) for p in operation.query_params] == [
        (
            "state",
            "InstanceState | Literal["
            + ", ".join(
                f'"{value}"' for value in SPEC["components"]["schemas"]["InstanceState"]["enum"]
            )
            + "]",
        ),
        ("timeout_ms", "int"),
    ]
    assert _operation(SPEC, "get_instance_by_uuid").path_params[0].python_type == "UUID | str"


def test_a_bulk_get_has_an_optional_list_body() -> None:
    operation = _operation(SPEC, "get_instances")
    assert (operation.body_type, operation.body_required) == ("list[NameOrUUID]", False)


def test_a_method_returns_the_type_of_the_answers_data() -> None:
    assert _operation(SPEC, "get_instances").data_type == "GetInstancesResponseData"


def test_an_object_bodys_fields_are_keyword_arguments() -> None:
    fields = {f.python_name: f for f in _operation(SPEC, "create_instance").body_fields}
    assert (fields["image"].annotation, fields["image"].required) == ("str", True)
    assert (fields["name"].annotation, fields["name"].required) == ("str | Unset", False)
    assert fields["restart_policy"].coerce is not None


def test_a_body_field_named_like_a_parameter_keeps_the_body_whole() -> None:
    operation = _operation(SPEC, "create_autoscale_configuration_by_service_group_uuid")
    assert operation.body_fields == ()


def test_a_list_of_names_or_uuids_takes_plain_identifiers() -> None:
    identifiers = _operation(SPEC, "delete_instances").identifiers
    assert identifiers is not None
    assert (identifiers.by_uuid, identifiers.by_name) == ("NameOrUUIDByUUID", "NameOrUUIDByName")
    assert _operation(SPEC, "stop_instances").identifiers is None


def test_an_update_types_its_value_by_prop_from_x_value_types() -> None:
    operation = _operation(SPEC, "update_instances")
    types = {v.prop_value: (v.annotation, v.runtime_classes) for v in operation.value_types}
    assert operation.value_prop_field == "prop"
    assert types["memory_mb"] == ("int", ("int",))
    assert types["args"] == ("str | list[str]", ("str", "list"))
    assert types["delete_lock"] == ("bool", ("bool",))


def test_bulk_results_are_found_in_the_answer_data() -> None:
    assert _operation(SPEC, "delete_volumes").item_fields == ("volumes",)
    assert _operation(SPEC, "stop_instances").item_fields == ("instances",)
    assert _operation(SPEC, "healthz").item_fields == ()


def test_the_server_url_and_default_metro_come_from_the_spec() -> None:
    graph = build_operation_graph(SPEC)
    assert (graph.server_url, graph.default_metro) == ("https://api.{metro}.kraft.cloud", "fra0")


def test_two_operations_with_one_client_method_are_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/instances"]["get"]["operationId"] = "get_instance"
    spec["paths"]["/v1/instances"]["get"]["tags"] = ["instances"]
    spec["paths"]["/v1/instances/{uuid}"]["get"]["operationId"] = "get_instances"
    with pytest.raises(ToolkitError, match="would both be client.instances.get"):
        build_operation_graph(spec)


def test_an_unknown_response_schema_is_refused_with_its_place() -> None:
    spec = copy.deepcopy(SPEC)
    schema = spec["paths"]["/v1/healthz"]["get"]["responses"]["200"]["content"]
    schema["application/json"]["schema"]["$ref"] = "#/components/schemas/Nowhere"
    pointer = "/paths/~1v1~1healthz/get/responses/200/content/application~1json/schema"
    with pytest.raises(ToolkitError, match=f"^{pointer}: no component Nowhere$"):
        build_operation_graph(spec)


def test_a_path_parameter_missing_from_the_template_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/instances/{uuid}"]["get"]["parameters"][0]["name"] = "id"
    with pytest.raises(ToolkitError, match=r"path template names \['uuid'\]"):
        build_operation_graph(spec)


def test_an_operation_is_grouped_by_its_first_tag() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/healthz"]["get"]["tags"] = ["system", "users"]
    operation = next(
        op for op in build_operation_graph(spec).operations if op.path == "/v1/healthz"
    )
    assert operation.group == "system"


def test_an_operation_without_id_or_tags_is_named_from_its_method_and_path() -> None:
    spec = copy.deepcopy(SPEC)
    operation = spec["paths"]["/v1/instances/{uuid}"]["get"]
    del operation["operationId"], operation["tags"]
    graph = build_operation_graph(spec)
    named = next(op for op in graph.operations if op.operation_id.startswith("get_v1"))
    assert named.operation_id == "get_v1_instances_by_uuid"
    assert (named.group, named.method_name) == ("instances", "get_v1_by_uuid")
    assert build_operation_graph(spec) == graph


def test_a_tag_that_would_hide_a_client_attribute_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/healthz"]["get"]["tags"] = ["close"]
    with pytest.raises(ToolkitError, match="would hide the client's own attribute"):
        build_operation_graph(spec)


def test_a_parameter_named_like_a_keyword_gets_a_trailing_underscore() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/instances/{uuid}/stop"]["put"]["parameters"][1]["name"] = "from"
    operation = _operation(spec, "stop_instance_by_uuid")
    assert [p.python_name for p in operation.query_params][0] == "from_"


def test_generating_the_client_twice_gives_identical_files(tmp_path: Path) -> None:
    generate_from_spec(REAL_SPEC, tmp_path / "one")
    generate_from_spec(REAL_SPEC, tmp_path / "two")
    first = (tmp_path / "one" / "ukc_client" / "client.py").read_bytes()
    assert first == (tmp_path / "two" / "ukc_client" / "client.py").read_bytes()


@pytest.mark.parametrize(
    ("operation_id", "tag", "method_name"),
    [
        ("GetInstances", "Instances", "get"),
        ("GetInstanceLogsByUUID", "Instances", "get_logs_by_uuid"),
        ("GetServiceGroupByUUID", "ServiceGroups", "get_by_uuid"),
        ("Healthz", "Node", "healthz"),
    ],
)
def test_names_in_another_casing_give_the_same_client_method(
    operation_id: str, tag: str, method_name: str
) -> None:
    assert client_method_name(operation_id, tag) == method_name


def test_a_camel_case_tag_is_a_snake_case_group() -> None:
    spec = copy.deepcopy(SPEC)
    operation = spec["paths"]["/v1/services/{uuid}"]["get"]
    operation["operationId"], operation["tags"] = "GetServiceGroupByUUID", ["ServiceGroups"]
    spec["paths"] = {"/v1/services/{uuid}": {"get": operation}}
    [group] = build_operation_graph(spec).groups
    assert (group.attribute, group.class_name) == ("service_groups", "ServiceGroupsOperations")
    assert group.operations[0].constant_name == "_GET_SERVICE_GROUP_BY_UUID"


def test_array_and_enum_query_parameters_are_typed() -> None:
    spec = copy.deepcopy(SPEC)
    operation = spec["paths"]["/v1/instances"]["get"]
    operation["parameters"] = [
        {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
    ]
    types = {p.name: p.python_type for p in _operation(spec, "get_instances").query_params}
    assert types == {"tags": "list[str]", "order": 'Literal["asc", "desc"]'}


def test_server_variables_other_than_the_metro_take_their_default() -> None:
    spec = copy.deepcopy(SPEC)
    spec["servers"] = [
        {
            "url": "https://{metro}.example.com/{version}",
            "variables": {"metro": {"default": "fra"}, "version": {"default": "v2"}},
        }
    ]
    assert build_operation_graph(spec).server_url == "https://{metro}.example.com/v2"


def test_an_undeclared_server_variable_is_an_error() -> None:
    spec = copy.deepcopy(SPEC)
    spec["servers"] = [
        {"url": "https://{metro}.example.com/{version}", "variables": {"metro": {"default": "f"}}}
    ]
    with pytest.raises(ToolkitError, match="names a variable that is not declared"):
        build_operation_graph(spec)


def test_an_operations_own_server_is_read_with_its_variables() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/instances"]["get"]["servers"] = [
        {
            "url": "https://{metro}.files.example.com/{version}",
            "variables": {"metro": {"default": "fra"}, "version": {"default": "v2"}},
        }
    ]
    operation = _operation(spec, "get_instances")
    assert operation.server_url == "https://{metro}.files.example.com/v2"
    assert _operation(spec, "create_instance").server_url is None


def test_value_types_listing_values_in_either_form_are_one_literal() -> None:
    operation = _operation(SPEC, "update_volume_by_uuid")
    [quota] = [v for v in operation.value_types if v.prop_value == "quota_policy"]
    assert quota.annotation == 'Literal["static", "dynamic", 1, 2]'
    assert (quota.runtime_classes, quota.choices) == (("str", "int"), ("static", "dynamic", 1, 2))


CORPUS = Path(__file__).parents[1] / "fixtures" / "openapi-corpus"


def _corpus_graph(name: str) -> Any:
    return build_operation_graph(yaml.safe_load((CORPUS / name).read_text(encoding="utf-8")))


def test_the_page_spec_takes_only_the_bearer_token_every_operation_needs() -> None:
    graph = build_operation_graph(SPEC)
    assert [c.argument for c in graph.credentials] == ["token"]
    assert graph.credentials_always_needed
    assert {op.security for op in graph.operations} == {(("bearerAuth",),)}


def test_a_public_operation_makes_credentials_optional_at_construction() -> None:
    graph = _corpus_graph("security-alternatives.yaml")
    assert [c.argument for c in graph.credentials] == ["token", "api_key", "basic_auth"]
    assert not graph.credentials_always_needed
    security = {op.operation_id: op.security for op in graph.operations}
    assert security == {
        "get_pet": (("bearer",),),
        "put_pet": (("key",), ("basic",)),
        "health": (),
        "list_pets": ((), ("bearer",)),
    }


def test_an_oauth2_scheme_is_a_bearer_token_and_a_public_api_takes_none() -> None:
    (scheme,) = _corpus_graph("oauth2.yaml").security_schemes
    assert (scheme.kind, scheme.argument, scheme.wire_name) == ("bearer", "token", "Authorization")
    assert _corpus_graph("no-security.yaml").credentials == ()


def test_two_api_keys_get_an_argument_each() -> None:
    spec = yaml.safe_load((CORPUS / "api-key-header.yaml").read_text(encoding="utf-8"))
    spec["components"]["securitySchemes"]["Other-Key"] = {
        "type": "apiKey",
        "in": "query",
        "name": "k",
    }
    spec["security"] = [{"key": [], "Other-Key": []}]
    arguments = [c.argument for c in build_operation_graph(spec).credentials]
    assert arguments == ["api_key_key", "api_key_other_key"]


def test_the_answer_type_follows_the_successful_responses() -> None:
    operations = {op.operation_id: op for op in _corpus_graph("responses.yaml").operations}
    returned = {
        name: (op.response_type, op.answer.empty_statuses) for name, op in operations.items()
    }
    assert returned == {
        "create_pet": ("Pet", ()),
        "get_pet": ("Pet | None", (204,)),
        "delete_pet": ("None", (204,)),
        "wash_pet": ("None", (202,)),
        "stats": ("Stats", ()),
    }
    assert not any(op.envelope for op in operations.values())


def test_a_header_parameter_whose_name_is_not_an_http_token_is_refused() -> None:
    spec = yaml.safe_load((CORPUS / "header-and-cookie-parameters.yaml").read_text("utf-8"))
    spec["paths"]["/pets/{name}"]["get"]["parameters"][0]["name"] = "X-Dry\r\nRun"
    pointer = "/paths/~1pets~1{name}/get/parameters/0/name"
    with pytest.raises(ToolkitError, match=f"^{re.escape(pointer)}: .* is not a header name$"):
        build_operation_graph(spec)
