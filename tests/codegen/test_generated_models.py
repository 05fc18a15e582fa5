"""Behaviour of the generated models and converter (the committed ``ukc_client`` from the real
spec; forms only the test spec has are checked on the package generated from it)."""

from __future__ import annotations

import ast
import copy
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from types import ModuleType
from typing import Any
from uuid import UUID

import attrs
import pytest
import ukc_client
from hypothesis import given
from hypothesis import strategies as st
from ukc_client import MODELS, UNSET, DecodeError, converter, structure, unstructure
from ukc_client import models as m
from ukc_client.errors import ConstraintError, EncodeError

from generator.codegen.examples import example_json
from generator.codegen.kinds import EXAMPLE_UUID
from generator.codegen.model_graph import ModelGraph
from tests.support.paths import ROOT

OTHER_UUID = "c1d2e3f4-5678-90ab-cdef-1234567890ab"


def decode_error(data: Any, cls: Any) -> DecodeError:
    with pytest.raises(DecodeError) as caught:
        structure(data, cls)
    return caught.value


def test_every_component_schema_has_a_model(real_spec: dict[str, Any]) -> None:
    assert set(MODELS) == set(real_spec["components"]["schemas"])


@pytest.mark.parametrize("component", sorted(MODELS))
def test_component_round_trips_through_its_model(component: str, real_graph: ModelGraph) -> None:
    data = example_json(real_graph, real_graph.components[component])
    value = structure(copy.deepcopy(data), MODELS[component])
    assert unstructure(value) == data


@pytest.mark.parametrize("component", sorted(MODELS))
def test_component_round_trips_through_the_cattrs_converter(
    component: str, real_graph: ModelGraph
) -> None:
    data = example_json(real_graph, real_graph.components[component])
    assert converter.unstructure(converter.structure(data, MODELS[component])) == data


def test_models_are_slotted_keyword_only_attrs_classes() -> None:
    assert attrs.has(m.Instance)
    assert "__slots__" in vars(m.Instance)
    with pytest.raises(TypeError):
        m.NameOrUUIDByName("funky")  # type: ignore[misc]


def test_required_field_is_required_at_construction() -> None:
    with pytest.raises(TypeError, match="image"):
        m.CreateInstanceRequest()  # type: ignore[call-arg]


def test_optional_field_defaults_to_unset_and_is_left_out() -> None:
    request = m.CreateInstanceRequest(image="nginx:latest", memory_mb=256)
    assert request.name is UNSET
    assert unstructure(request) == {"image": "nginx:latest", "memory_mb": 256}


def test_a_sent_optional_field_is_absent_or_a_value_never_null() -> None:
    # The spec admits no null there: a client that sent one would be refused.
    request = structure({"image": "nginx:latest", "name": "web"}, m.CreateInstanceRequest)
    assert request.memory_mb is UNSET
    assert unstructure(request) == {"image": "nginx:latest", "name": "web"}
    with pytest.raises(DecodeError) as raised:
        structure({"image": "nginx:latest", "name": None}, m.CreateInstanceRequest)
    assert raised.value.path == "name"


def test_a_received_model_reads_absent_as_none_and_writes_back_what_it_read() -> None:
    instance = structure({"name": None, "tags": [], "args": None}, m.Instance)
    assert (instance.name, instance.message) == (None, None)
    assert (instance.tags, instance.args, instance.network_interfaces) == ([], [], [])
    assert unstructure(instance) == {"name": None, "tags": [], "args": None}


def test_a_received_model_built_in_code_writes_only_what_is_set() -> None:
    instance = m.Instance(name="web", tags=["a"])
    assert instance.message is None
    assert unstructure(instance) == {"name": "web", "tags": ["a"]}


def test_a_received_field_set_after_reading_is_written() -> None:
    instance = structure({"message": None}, m.Instance)
    instance.message = "hello"
    instance.tags.append("a")
    assert unstructure(instance) == {"message": "hello", "tags": ["a"]}


def test_whether_a_field_was_absent_does_not_change_equality() -> None:
    assert structure({"name": None}, m.Instance) == structure({}, m.Instance)


def test_model_docstring_comes_from_the_spec_descriptions(real_spec: dict[str, Any]) -> None:
    schema = real_spec["components"]["schemas"]["Instance"]
    docstring = " ".join((m.Instance.__doc__ or "").split())
    if "description" in schema:
        assert " ".join(schema["description"].split()) in docstring
    else:
        # Without a description, the first line says where the API uses the model.
        assert docstring.endswith(").")


def _field_docstrings(source: str) -> dict[tuple[str, str], str]:
    """Each (class, field) of a module with the docstring right under the field."""
    found: dict[tuple[str, str], str] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        for statement, following in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                found[(node.name, statement.target.id)] = " ".join(following.value.value.split())
    return found


def test_every_described_field_has_its_description_in_a_docstring_under_it(
    real_graph: ModelGraph,
) -> None:
    docstrings: dict[tuple[str, str], str] = {}
    for module in sorted((ROOT / "generated" / "ukc_client" / "_models").glob("*.py")):
        docstrings.update(_field_docstrings(module.read_text(encoding="utf-8")))
    missing = [
        f"{model.name}.{field.python_name}"
        for model in real_graph.models
        for field in model.fields
        if (field.description or "").strip()
        and " ".join(field.description.split()[:4])
        not in docstrings.get((model.name, field.python_name), "")
    ]
    assert missing == []


def test_keyword_field_keeps_its_wire_name() -> None:
    body = m.DetachVolumeByUUIDRequestBody(from_=m.BodyInstanceID(name="funky"))
    assert unstructure(body) == {"from": {"name": "funky"}}
    assert structure({"from": {"uuid": EXAMPLE_UUID}}, m.DetachVolumeByUUIDRequestBody).from_ == (
        m.BodyInstanceID(uuid=UUID(EXAMPLE_UUID))
    )


# --- oneOf: real alternatives -------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "variant"),
    [
        ({"uuid": EXAMPLE_UUID}, m.NameOrUUIDByUUID),
        ({"name": "funky-town"}, m.NameOrUUIDByName),
    ],
)
def test_name_or_uuid_resolves_to_its_variant(data: dict[str, Any], variant: type) -> None:
    value = structure(data, m.NameOrUUID)
    assert type(value) is variant
    assert unstructure(value) == data


@pytest.mark.parametrize(
    ("data", "variant"),
    [
        ({"uuid": EXAMPLE_UUID}, m.CreateInstanceRequestServiceGroupByUUID),
        ({"name": "funky-service"}, m.CreateInstanceRequestServiceGroupByName),
        ({"services": [{"port": 443}]}, m.CreateInstanceRequestServiceGroupNew),
        (
            {"services": [{"port": 443, "destination_port": 8080}], "domains": [{"name": "a.b"}]},
            m.CreateInstanceRequestServiceGroupNew,
        ),
    ],
)
def test_service_group_of_a_new_instance_resolves_to_its_variant(
    data: dict[str, Any], variant: type
) -> None:
    value = structure(data, m.CreateInstanceRequestServiceGroup)
    assert type(value) is variant
    assert unstructure(value) == data


@pytest.mark.parametrize(
    ("data", "variant"),
    [
        ({"template": {"uuid": EXAMPLE_UUID}}, m.ConfigurationInstanceCreateArgsTemplate),
        ({"roms": {"image": "rom:1"}}, m.ConfigurationInstanceCreateArgsRoms),
    ],
)
def test_configuration_create_args_resolve_to_their_variant(
    data: dict[str, Any], variant: type
) -> None:
    value = structure(data, m.ConfigurationInstanceCreateArgs)
    assert type(value) is variant
    assert unstructure(value) == data


def test_union_field_resolves_inside_a_model() -> None:
    request = structure(
        {"image": "nginx", "service_group": {"services": [{"port": 80}]}}, m.CreateInstanceRequest
    )
    assert isinstance(request.service_group, m.CreateInstanceRequestServiceGroupNew)


def test_input_matching_two_variants_is_rejected_naming_the_candidates() -> None:
    error = decode_error({"uuid": EXAMPLE_UUID, "name": "funky"}, m.NameOrUUID)
    assert "NameOrUUIDByUUID" in str(error) and "NameOrUUIDByName" in str(error)
    assert "matches NameOrUUIDByUUID and NameOrUUIDByName" in error.expected


def test_new_group_with_a_name_is_ambiguous() -> None:
    data = {"name": "funky", "services": [{"port": 443}]}
    error = decode_error(data, m.CreateInstanceRequestServiceGroup)
    assert "CreateInstanceRequestServiceGroupByName and CreateInstanceRequestServiceGroupNew" in (
        error.expected
    )


def test_input_matching_no_variant_is_rejected_naming_the_candidates() -> None:
    error = decode_error({"labels": {}}, m.NameOrUUID)
    assert "it matches none" in error.expected
    assert "NameOrUUIDByUUID (requires uuid)" in error.expected


def test_union_error_inside_a_model_names_its_path() -> None:
    data = {"image": "nginx", "service_group": {"uuid": EXAMPLE_UUID, "services": []}}
    assert decode_error(data, m.CreateInstanceRequest).path == "service_group"


# --- oneOf: exactly one of two fields ------------------------------------------------------


def test_exactly_one_of_accepts_either_field() -> None:
    assert structure({"uuid": EXAMPLE_UUID}, m.DetachVolumesRequest).uuid == UUID(EXAMPLE_UUID)
    assert structure({"name": "funky"}, m.DetachVolumesRequest).name == "funky"


@pytest.mark.parametrize("data", [{"uuid": EXAMPLE_UUID, "name": "funky"}, {}])
def test_exactly_one_of_rejects_both_or_neither_on_structure(data: dict[str, Any]) -> None:
    assert "exactly one of uuid / name" in decode_error(data, m.DetachVolumesRequest).expected


def test_exactly_one_of_is_checked_at_construction() -> None:
    with pytest.raises(ConstraintError, match="exactly one of uuid / name"):
        m.DetachVolumesRequest(uuid=UUID(EXAMPLE_UUID), name="funky")
    with pytest.raises(ConstraintError):
        m.DetachVolumesRequest()


# --- anyOf: at least one of two fields -----------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [{"uuid": EXAMPLE_UUID}, {"name": "funky", "force": True}, {"uuid": EXAMPLE_UUID, "name": "f"}],
)
def test_at_least_one_of_accepts_either_field_or_both(data: dict[str, Any]) -> None:
    assert unstructure(structure(data, m.StopInstancesRequestID)) == data


def test_at_least_one_of_rejects_neither_on_structure() -> None:
    error = decode_error({"force": True}, m.StopInstancesRequestID)
    assert error.expected == "at least one of uuid / name (StopInstancesRequestID)"


def test_at_least_one_of_is_checked_at_construction() -> None:
    m.StopInstancesRequestID(uuid=UUID(EXAMPLE_UUID), name="funky")
    with pytest.raises(ConstraintError, match="at least one of uuid / name"):
        m.StopInstancesRequestID(force=True)


# --- forward compatibility -----------------------------------------------------------------


def instances_response() -> dict[str, Any]:
    return {
        "status": "success",
        "op_time_us": 432,
        "shard": "eu-1",
        "data": {
            "instances": [
                {
                    "uuid": EXAMPLE_UUID,
                    "name": "funky-town",
                    "created_at": "2023-10-01T12:00:00Z",
                    "state": "hibernating",
                    "memory_mb": 128,
                    "env": {"A": "b"},
                    "gpu": {"model": "h100", "count": 2},
                    "volumes": [{"uuid": OTHER_UUID, "at": "/data", "encrypted": True}],
                }
            ],
            "next_page": None,
        },
    }


def test_response_with_extra_fields_and_an_unknown_state_round_trips() -> None:
    data = instances_response()
    response = structure(copy.deepcopy(data), m.GetInstancesResponse)
    assert unstructure(response) == data


def test_unknown_fields_are_kept_on_the_model() -> None:
    response = structure(instances_response(), m.GetInstancesResponse)
    assert response.additional_properties == {"shard": "eu-1"}
    assert isinstance(response.data, m.GetInstancesResponseData)
    assert isinstance(response.data.instances, list)
    instance = response.data.instances[0]
    assert instance.additional_properties == {"gpu": {"model": "h100", "count": 2}}


def test_unknown_enum_value_is_kept_and_told_apart_from_known_ones() -> None:
    response = structure(instances_response(), m.GetInstancesResponse)
    assert isinstance(response.data, m.GetInstancesResponseData)
    assert isinstance(response.data.instances, list)
    state = response.data.instances[0].state
    assert isinstance(state, m.InstanceState)
    assert state == "hibernating"
    assert not state.is_known
    assert m.InstanceState.RUNNING.is_known
    assert m.InstanceState("running") is m.InstanceState.RUNNING
    assert "hibernating" not in [member.value for member in m.InstanceState]


# --- scalars -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10-01T12:00:00Z", datetime(2023, 10, 1, 12, tzinfo=UTC)),
        ("2023-10-01t12:00:00z", datetime(2023, 10, 1, 12, tzinfo=UTC)),
        (
            "2023-10-01T12:00:00.123456789+02:00",
            datetime(2023, 10, 1, 12, 0, 0, 123456, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_date_time_reads_rfc3339_with_a_zone(text: str, expected: datetime) -> None:
    assert structure({"created_at": text}, m.Instance).created_at == expected


@pytest.mark.parametrize(
    "text", ["2023-10-01T12:00:00", "2023-10-01", "20231001T120000Z", "2023-13-01T12:00:00Z"]
)
def test_date_time_without_a_zone_or_malformed_is_rejected(text: str) -> None:
    error = decode_error({"created_at": text}, m.Instance)
    assert error.path == "created_at"
    assert "RFC 3339" in error.expected


def test_date_time_writes_utc_as_z_and_needs_a_zone() -> None:
    aware = m.Instance(created_at=datetime(2023, 10, 1, 12, tzinfo=UTC))
    assert unstructure(aware) == {"created_at": "2023-10-01T12:00:00Z"}
    with pytest.raises(EncodeError):
        unstructure(m.Instance(created_at=datetime(2023, 10, 1, 12)))


@given(moment=st.datetimes(timezones=st.just(UTC)))
def test_utc_date_time_writes_as_its_isoformat_with_z(moment: datetime) -> None:
    expected = moment.isoformat().removesuffix("+00:00") + "Z"
    assert unstructure(m.Instance(created_at=moment)) == {"created_at": expected}


# RFC 3339 offsets are whole minutes, less than a day.
OFFSETS = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(moment=st.datetimes(timezones=OFFSETS))
def test_date_time_at_any_offset_round_trips(moment: datetime) -> None:
    written = unstructure(m.Instance(created_at=moment))
    assert structure(written, m.Instance).created_at == moment


@given(moment=st.datetimes(timezones=OFFSETS))
def test_date_time_at_an_offset_writes_as_its_isoformat(moment: datetime) -> None:
    text = moment.isoformat()
    expected = text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
    assert unstructure(m.Instance(created_at=moment)) == {"created_at": expected}


def _canonical_uuid_text(text: str) -> bool:
    """Whether ``uuid.UUID`` reads ``text`` and writes it back the same (case aside)."""
    try:
        return str(UUID(text)) == text.lower()
    except ValueError:
        return False


HEX_OR_NOT = st.sampled_from("0123456789abcdefABCDEF-_+ \t\n{}:gG\u0661\uff10")
# Mostly the shape of a UUID, with any of its characters replaced: arbitrary text alone
# rarely comes near one.
UUID_LIKE = st.one_of(
    st.text(),
    st.uuids().map(str),
    st.tuples(
        st.uuids().map(str), st.lists(st.tuples(st.integers(0, 35), HEX_OR_NOT), max_size=3)
    ).map(
        lambda drawn: "".join(
            dict(drawn[1]).get(index, char) for index, char in enumerate(drawn[0])
        )
    ),
    st.text(HEX_OR_NOT, min_size=30, max_size=40),
)


@given(text=UUID_LIKE)
def test_uuid_reader_accepts_exactly_the_canonical_texts_uuid_accepts(text: str) -> None:
    if _canonical_uuid_text(text):
        assert structure({"uuid": text}, m.Instance).uuid == UUID(text)
    else:
        with pytest.raises(DecodeError):
            structure({"uuid": text}, m.Instance)


@pytest.mark.parametrize(
    "text",
    [
        "12345678 1234 1234 1234 123456789012",
        "12345678-1234-1234-1234-12345678901 ",
        "+2345678-1234-1234-1234-123456789012",
        "1_345678-1234-1234-1234-123456789012",
        "{12345678-1234-1234-1234-12345678901}",
        "urn:uuid:12345678-1234-1234-1234-123456789012",
        "12345678123412341234123456789012",
    ],
)
def test_uuid_reader_refuses_what_is_not_the_canonical_form(text: str) -> None:
    with pytest.raises(DecodeError):
        structure({"uuid": text}, m.Instance)


@given(value=st.uuids())
def test_uuid_writes_as_its_str(value: UUID) -> None:
    assert unstructure(m.Instance(uuid=value)) == {"uuid": str(value)}


def test_unknown_fields_read_as_empty_and_take_writes() -> None:
    instance = structure({"name": "funky"}, m.Instance)
    assert instance == m.Instance(name="funky", additional_properties={})
    assert instance.additional_properties == {}
    instance.additional_properties["gpu"] = 1
    assert unstructure(instance) == {"name": "funky", "gpu": 1}
    instance.additional_properties = {"zone": "eu"}
    assert unstructure(instance) == {"name": "funky", "zone": "eu"}
    assert "additional_properties={'zone': 'eu'}" in repr(instance)


def test_uuid_reads_to_uuid_and_writes_back() -> None:
    instance = structure({"uuid": EXAMPLE_UUID}, m.Instance)
    assert instance.uuid == UUID(EXAMPLE_UUID)
    assert unstructure(instance) == {"uuid": EXAMPLE_UUID}


# --- errors name the JSON path -------------------------------------------------------------


def test_bad_value_deep_in_a_list_names_its_json_path() -> None:
    data = instances_response()
    data["data"]["instances"] = [{"name": "a"}, {}, {}, {"state": 3}]
    error = decode_error(data, m.GetInstancesResponse)
    assert error.path == "data.instances[3].state"
    assert error.got == 3
    assert "data.instances[3].state: expected a string (InstanceState), got integer 3" == str(error)


@pytest.mark.parametrize(
    ("data", "path", "expected"),
    [
        ([], "", "an object (GetInstancesResponse)"),
        ({"data": {"instances": {}}}, "data.instances", "an array"),
        ({"data": {"instances": [{"uuid": "nope"}]}}, "data.instances[0].uuid", "a UUID"),
        ({"data": {"instances": [{"memory_mb": "1"}]}}, "data.instances[0].memory_mb", "integer"),
        ({"data": {"instances": [{"memory_mb": True}]}}, "data.instances[0].memory_mb", "integer"),
        ({"data": {"instances": [{"tags": ["a", 1]}]}}, "data.instances[0].tags[1]", "a string"),
        ({"data": {"instances": [{"env": {"A": 1}}]}}, "data.instances[0].env.A", "a string"),
        ({"errors": [{"status": "x"}]}, "errors[0].status", "an integer"),
    ],
)
def test_malformed_input_raises_decode_error_with_path(data: Any, path: str, expected: str) -> None:
    error = decode_error(data, m.GetInstancesResponse)
    assert error.path == path
    assert expected in error.expected


def test_missing_required_field_names_its_path() -> None:
    error = decode_error(
        {"service_group": {"services": [{}]}, "image": "x"}, m.CreateInstanceRequest
    )
    assert error.path == "service_group.services[0].port"
    assert "required" in error.expected


def test_decode_error_is_the_package_error() -> None:
    assert issubclass(DecodeError, ukc_client.UkcError)


# --- forms only the test spec has -----------------------------------------------------------


def test_names_that_clash_with_python_get_an_underscore(mini_client: ModuleType) -> None:
    models = mini_client.models
    fields = {field.name for field in attrs.fields(models.AwkwardNames)}
    assert {"from_", "class_", "datetime_", "str_", "additional_properties_", "x_request_id"} < (
        fields
    )
    assert "uuid" in fields


def test_names_that_clash_with_python_keep_their_wire_names(mini_client: ModuleType) -> None:
    data = {
        "from": "a",
        "class": 1,
        "datetime": "2023-10-01T12:00:00Z",
        "uuid": EXAMPLE_UUID,
        "str": "s",
        "additional_properties": "kept",
        "x-request-id": "r",
    }
    value = mini_client.structure(data, mini_client.models.AwkwardNames)
    assert value.additional_properties_ == "kept"
    assert value.additional_properties == {}
    assert mini_client.unstructure(value) == data


def test_annotations_resolve_despite_shadowing_field_names(mini_client: ModuleType) -> None:
    resolved = attrs.resolve_types(mini_client.models.AwkwardNames)
    assert attrs.fields(resolved).uuid.type == UUID | mini_client.types.Unset


def test_discriminator_picks_the_variant(mini_client: ModuleType) -> None:
    models = mini_client.models
    assert type(mini_client.structure({"kind": "square"}, models.Shape)) is models.Square
    circle = {"kind": "circle", "radius": 2}
    assert type(mini_client.structure(circle, models.Shape)) is models.Circle
    with pytest.raises(mini_client.DecodeError, match="'circle', 'square'"):
        mini_client.structure({"kind": "triangle"}, models.Shape)


def test_cyclic_model_round_trips(mini_client: ModuleType) -> None:
    tree = {"label": "a", "children": [{"label": "b", "children": [{"label": "c"}]}]}
    value = mini_client.structure(tree, mini_client.models.TreeNode)
    assert mini_client.unstructure(value) == tree


@pytest.mark.parametrize("component", ["ResponseStatus", "GoogleProtobufValue", "Service"])
def test_test_spec_components_round_trip(
    component: str, mini_client: ModuleType, mini_graph: ModelGraph
) -> None:
    data = example_json(mini_graph, component)
    cls = mini_client.MODELS[component]
    assert mini_client.unstructure(mini_client.structure(data, cls)) == data


def test_the_http_layer_loads_on_first_use_of_the_client() -> None:
    script = (
        "import sys, ukc_client\n"
        "assert 'urllib3' not in sys.modules, 'models-only import loaded urllib3'\n"
        "assert ukc_client.Client.__name__ == 'Client'\n"
        "assert 'urllib3' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT / "generated", capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_uuid_read_is_a_uuid_that_writes_back_in_lower_case() -> None:
    text = EXAMPLE_UUID.upper()
    read = structure({"uuid": text}, m.Instance).uuid
    assert isinstance(read, UUID)
    assert read == UUID(text) and hash(read) == hash(UUID(text))
    assert repr(read) == repr(UUID(text))
    assert type(copy.deepcopy(read)) is UUID and copy.deepcopy(read) == read
    assert unstructure(m.Instance(uuid=read)) == {"uuid": EXAMPLE_UUID}
