"""What the client raises for refusals, malformed answers and partly failed bulk operations."""

from __future__ import annotations

import json

import pytest
from ukc_client import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    failed_items,
    structure,
)
from ukc_client.client import OPERATIONS
from ukc_client.models import (
    DeleteInstancesResponse,
    DeleteInstancesResponseData,
    GetInstancesResponse,
    NameOrUUIDByName,
)

from tests.support.client_support import loopback_client
from tests.support.loopback_server import LoopbackServer, ScriptedResponse

pytestmark = pytest.mark.usefixtures("client_kind")

SAMPLE_UUID = "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11"


def _refusal(status: int, message: str = "refused") -> ScriptedResponse:
    return ScriptedResponse(
        status=status,
        body={"status": "error", "message": message, "errors": [{"status": status}]},
    )


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ApiError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_each_refusal_raises_its_error_class(
    loopback: LoopbackServer, status: int, error_class: type[ApiError]
) -> None:
    loopback.responder = lambda request: _refusal(status)
    with loopback_client(loopback, retry=None) as client, pytest.raises(ApiError) as caught:
        client.instances.get_by_uuid(SAMPLE_UUID)
    assert type(caught.value) is error_class
    assert caught.value.status == status


def test_an_api_error_carries_the_parsed_envelope_and_the_raw_body(
    loopback: LoopbackServer,
) -> None:
    refusal = _refusal(404, "No instance with UUID")
    loopback.script(refusal)
    with loopback_client(loopback) as client, pytest.raises(NotFoundError) as caught:
        client.instances.get_by_uuid(SAMPLE_UUID)
    error = caught.value
    assert error.message == "No instance with UUID"
    assert [item.status for item in error.errors] == [404]
    assert error.envelope.status == "error"
    assert error.body == refusal.encoded_body()
    assert str(error) == f"GET /v1/instances/{SAMPLE_UUID}: HTTP 404: No instance with UUID"


def test_a_rate_limit_carries_the_servers_retry_after(loopback: LoopbackServer) -> None:
    loopback.script(
        ScriptedResponse(status=429, body={"status": "error"}, headers={"Retry-After": "12"})
    )
    with loopback_client(loopback, retry=None) as client, pytest.raises(RateLimitedError) as caught:
        client.system.healthz()
    assert caught.value.retry_after == 12.0


def test_an_error_answer_that_is_not_json_keeps_its_raw_body(loopback: LoopbackServer) -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"
    loopback.script(ScriptedResponse(status=502, body=page))
    with loopback_client(loopback, retry=None) as client, pytest.raises(ServerError) as caught:
        client.system.healthz()
    error = caught.value
    assert (error.status, error.body, error.envelope, error.message) == (502, page, None, None)
    assert str(error) == "GET /v1/healthz: HTTP 502"


def test_an_error_answer_of_another_shape_keeps_its_message(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(status=400, body={"status": 7, "message": "bad input"}))
    with loopback_client(loopback) as client, pytest.raises(ApiError) as caught:
        client.system.healthz()
    assert caught.value.envelope is None
    assert caught.value.message == "bad input"


def test_a_success_that_is_not_json_is_a_format_error(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(status=200, body=b"OK"))
    with loopback_client(loopback) as client, pytest.raises(ResponseFormatError) as caught:
        client.system.healthz()
    error = caught.value
    assert (error.status, error.body, error.json_path) == (200, b"OK", "")
    assert "is not JSON" in str(error)


def test_a_success_of_the_wrong_shape_names_where_it_differs(loopback: LoopbackServer) -> None:
    loopback.script(
        ScriptedResponse(body={"status": "success", "data": {"instances": [{"uuid": 5}]}})
    )
    with loopback_client(loopback) as client, pytest.raises(ResponseFormatError) as caught:
        client.instances.get_by_uuid(SAMPLE_UUID)
    assert caught.value.json_path == "data.instances[0].uuid"
    assert "does not fit GetInstancesResponse" in str(caught.value)


def test_a_success_that_is_a_json_array_is_a_format_error(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(body=[1, 2]))
    with loopback_client(loopback) as client, pytest.raises(ResponseFormatError):
        client.system.healthz()


PARTLY_DELETED = {
    "status": "error",
    "message": "Failed to perform all operations",
    "data": {
        "instances": [
            {"status": "success", "uuid": SAMPLE_UUID, "name": "web-1"},
            {"status": "error", "name": "web-2", "message": "No instance with name", "error": 8},
        ]
    },
}


def _delete_two(client: object) -> DeleteInstancesResponseData:
    names = [NameOrUUIDByName(name="web-1"), NameOrUUIDByName(name="web-2")]
    return client.instances.delete(names)  # type: ignore[attr-defined, no-any-return]


def test_a_partly_failed_bulk_operation_raises_by_default(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(body=PARTLY_DELETED))
    with loopback_client(loopback) as client, pytest.raises(PartialFailureError) as caught:
        _delete_two(client)
    error = caught.value
    assert [item.name for item in error.failed] == ["web-2"]
    assert [item.name for item in error.succeeded] == ["web-1"]
    assert isinstance(error.response, DeleteInstancesResponse)
    assert str(error) == "delete_instances: 1 of 2 items failed: web-2 (No instance with name)"


def test_an_item_failure_raises_even_if_the_envelope_says_success(
    loopback: LoopbackServer,
) -> None:
    loopback.script(ScriptedResponse(body={**PARTLY_DELETED, "status": "success"}))
    with loopback_client(loopback) as client, pytest.raises(PartialFailureError):
        _delete_two(client)


def test_an_item_without_status_fails_by_its_error_code(loopback: LoopbackServer) -> None:
    stopped = {
        "status": "success",
        "data": {"instances": [{"name": "web-1", "error": 0}, {"name": "web-2", "error": 3}]},
    }
    loopback.script(ScriptedResponse(body=stopped))
    with loopback_client(loopback) as client, pytest.raises(PartialFailureError) as caught:
        client.instances.stop_by_uuid(SAMPLE_UUID)
    assert [item.name for item in caught.value.failed] == ["web-2"]


def test_a_partly_failed_bulk_operation_can_be_returned_instead(
    loopback: LoopbackServer,
) -> None:
    loopback.script(ScriptedResponse(body=PARTLY_DELETED))
    with loopback_client(loopback, raise_on_partial_failure=False) as client:
        response = _delete_two(client)
    failed, succeeded = failed_items(OPERATIONS["delete_instances"], response)
    assert [item.name for item in failed] == ["web-2"]
    assert [item.name for item in succeeded] == ["web-1"]


def test_a_full_success_returns_the_data_of_the_response(loopback: LoopbackServer) -> None:
    body = {"status": "success", "data": {"instances": [{"status": "success", "name": "web-1"}]}}
    loopback.script(ScriptedResponse(body=body))
    with loopback_client(loopback) as client:
        data = _delete_two(client)
    assert data == structure(body, DeleteInstancesResponse).data


def test_a_success_without_data_is_a_format_error(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(body={"status": "success"}))
    with loopback_client(loopback) as client, pytest.raises(ResponseFormatError) as caught:
        client.system.healthz()
    assert (caught.value.status, caught.value.json_path) == (200, "data")
    assert str(caught.value) == "GET /v1/healthz: the HTTP 200 answer has no data"


def test_every_api_error_keeps_the_answers_headers(loopback: LoopbackServer) -> None:
    refusal = _refusal(409, "name taken")
    loopback.script(ScriptedResponse(409, refusal.body, headers={"X-Request-Id": "req-7"}))
    with loopback_client(loopback) as client, pytest.raises(ConflictError) as caught:
        client.instances.get_by_uuid(SAMPLE_UUID)
    assert caught.value.headers["x-request-id"] == "req-7"


def test_the_raw_response_holds_status_headers_envelope_and_bytes(
    loopback: LoopbackServer,
) -> None:
    body = {"status": "success", "data": {"instances": [{"name": "web-1"}]}}
    loopback.script(ScriptedResponse(body=body, headers={"X-Request-Id": "req-8"}))
    with loopback_client(loopback) as client:
        raw = client.with_raw_response.instances.get_by_uuid(SAMPLE_UUID)
    assert (raw.status, raw.headers["x-request-id"]) == (200, "req-8")
    assert raw.envelope == structure(body, GetInstancesResponse)
    assert json.loads(raw.content) == body


def test_the_raw_response_of_an_answer_without_data_is_no_error(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(body={"status": "success"}))
    with loopback_client(loopback) as client:
        raw = client.with_raw_response.system.healthz()
    assert raw.envelope.data is None
