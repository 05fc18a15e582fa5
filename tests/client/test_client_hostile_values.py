"""Values a caller or a server should not send: each is refused with this package's error
(``ConfigurationError``, ``EncodeError``, ``DecodeError``), naming where, never the token."""

from __future__ import annotations

import pytest
from ukc_client import (
    Client,
    ConfigurationError,
    DecodeError,
    EncodeError,
    structure,
    unstructure,
)
from ukc_client.models import (
    CreateInstanceRequest,
    HealthzResponse,
    Instance,
    UpdateInstancesRequest,
)

from tests.support.client_support import TOKEN, loopback_client
from tests.support.loopback_server import LoopbackServer

pytestmark = pytest.mark.usefixtures("client_kind")

UUID_TEXT = "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11"


@pytest.fixture(autouse=True)
def no_token_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UKC_TOKEN", raising=False)


# --- the token ---


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        (TOKEN + "\n", "ends with a line break"),
        (TOKEN + "\r\n", "ends with a line break"),
        (TOKEN[:5] + "\r\nX-Injected: 1" + TOKEN[5:], "line break at position 5"),
        (TOKEN[:5] + "\n" + TOKEN[5:], "line break at position 5"),
        (" " + TOKEN, "whitespace at position 0"),
        (TOKEN[:3] + "\t" + TOKEN[3:], "whitespace at position 3"),
        (TOKEN[:3] + "\x00" + TOKEN[3:], "control character at position 3"),
        (TOKEN[:3] + "é" + TOKEN[3:], "non-ASCII character at position 3"),
        (TOKEN[:3] + "\ud800" + TOKEN[3:], "non-ASCII character at position 3"),
    ],
)
def test_a_malformed_token_is_refused_at_construction_without_showing_it(
    token: str, problem: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Client(token=token, base_url="http://127.0.0.1:1", allow_http=True)
    assert problem in str(caught.value)
    for text in (str(caught.value), repr(caught.value), repr(caught.value.args)):
        assert TOKEN[:5] not in text and TOKEN[5:] not in text


def test_a_token_from_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UKC_TOKEN", TOKEN + "\n")
    with pytest.raises(ConfigurationError, match="ends with a line break") as caught:
        Client(base_url="http://127.0.0.1:1", allow_http=True)
    assert TOKEN not in str(caught.value)


def test_a_token_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="must be a str, not bytes"):
        Client(token=TOKEN.encode(), base_url="http://127.0.0.1:1", allow_http=True)  # type: ignore[arg-type]


def test_max_answer_bytes_must_be_positive() -> None:
    with pytest.raises(ConfigurationError, match="max_answer_bytes must be positive"):
        Client(token=TOKEN, base_url="http://127.0.0.1:1", allow_http=True, max_answer_bytes=0)


# --- what the caller sends ---


def test_an_empty_path_parameter_is_an_encode_error(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client, pytest.raises(EncodeError, match="'uuid' is empty"):
        client.instances.get_by_uuid("")
    assert loopback.requests == []


def test_a_lone_surrogate_in_a_path_parameter_is_an_encode_error(
    loopback: LoopbackServer,
) -> None:
    with loopback_client(loopback) as client, pytest.raises(EncodeError, match="'uuid'"):
        client.instances.get_by_uuid("web\ud800")
    assert loopback.requests == []


def test_a_lone_surrogate_in_a_body_is_an_encode_error_with_its_path(
    loopback: LoopbackServer,
) -> None:
    body = CreateInstanceRequest(image="nginx:latest", name="web\udc80")
    with loopback_client(loopback) as client, pytest.raises(EncodeError) as caught:
        client.instances.create(body=body)
    assert str(caught.value) == "name: a string with a lone surrogate at position 3"
    assert loopback.requests == []


def test_a_value_with_no_json_form_in_unknown_fields_is_an_encode_error(
    loopback: LoopbackServer,
) -> None:
    body = CreateInstanceRequest(image="nginx:latest")
    body.additional_properties["extra"] = {"when": float("nan")}
    with loopback_client(loopback) as client, pytest.raises(EncodeError, match=r"extra\.when"):
        client.instances.create(body=body)


def test_a_plain_str_where_an_enum_member_belongs_is_an_encode_error_naming_it() -> None:
    body = UpdateInstancesRequest(name="web", prop="memory_mb", op="set", value=256)  # type: ignore[arg-type]
    with pytest.raises(EncodeError) as caught:
        unstructure(body)
    assert str(caught.value).startswith("prop: a plain str where UpdateInstanceProperty")


def test_an_unknown_type_to_write_is_an_encode_error_not_a_cattrs_one() -> None:
    with pytest.raises(EncodeError):
        unstructure([UpdateInstancesRequest(name="web", prop="x", op="set")])  # type: ignore[arg-type]


# --- what a server sends ---


def nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


def test_the_text_of_a_decode_error_on_deeply_nested_input_is_short() -> None:
    with pytest.raises(DecodeError) as caught:
        structure({"status": nested(100_000)}, HealthzResponse)
    text = str(caught.value)
    assert text.startswith("status: expected a string")
    assert len(text) < 200
    assert "DecodeError" in repr(caught.value)


def test_the_text_of_a_decode_error_on_a_huge_integer_is_short() -> None:
    with pytest.raises(DecodeError) as caught:
        structure({"message": 10**10_000}, HealthzResponse)
    assert str(caught.value) == "message: expected a string, got integer of 33220 bits"


class Opaque:
    """A class cattrs cannot build from JSON."""

    def __init__(self, first: object, second: object) -> None:
        self.pair = (first, second)


def test_a_type_the_converter_does_not_know_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="a value the converter can read"):
        structure({"a": 1}, Opaque)


@pytest.mark.parametrize(
    "text",
    [
        "0d8c2a40 3f5e 4d4b 9a3e 0c0f3c1b2a11",
        "0d8c2a40\t3f5e\t4d4b\t9a3e\t0c0f3c1b2a11",
        "0d8c2a403-f5e-4d4b-9a3e-0c0f3c1b2a11",
        "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a1 ",
        "{d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a1}",
    ],
)
def test_a_uuid_is_read_only_in_its_8_4_4_4_12_form(text: str) -> None:
    with pytest.raises(DecodeError, match="uuid: expected a UUID string"):
        structure({"uuid": text, "name": "web"}, Instance)


def test_a_uuid_in_its_form_is_read() -> None:
    assert str(structure({"uuid": UUID_TEXT.upper()}, Instance).uuid) == UUID_TEXT


@pytest.mark.parametrize(
    "text",
    [
        "2024-W01-1T00:00:00Z",
        "2024-W01T00:00:00Z",
        "2024-001T00:00:00Z",
        "20240101T00:00:00Z",
        "2024-01-01T0000:00Z",
    ],
)
def test_a_date_time_is_read_only_in_rfc_3339_form(text: str) -> None:
    with pytest.raises(DecodeError, match="created_at: expected an RFC 3339 date-time"):
        structure({"created_at": text}, Instance)
