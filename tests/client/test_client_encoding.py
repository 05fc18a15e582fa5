"""How parameters reach the wire: a path parameter stays one segment, whatever it holds."""

from __future__ import annotations

from uuid import UUID

import pytest
from ukc_client import EncodeError

from tests.support.client_support import loopback_client
from tests.support.loopback_server import LoopbackServer

pytestmark = pytest.mark.usefixtures("client_kind")

SERVICE = "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11"


@pytest.mark.parametrize(
    ("name", "segment"),
    [
        ("policy-1", "policy-1"),
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../../instances", "..%2F..%2Finstances"),
        ("a?b#c", "a%3Fb%23c"),
        ("with space", "with%20space"),
        ("%2F", "%252F"),
        ("ünï", "%C3%BCn%C3%AF"),
    ],
)
def test_a_path_parameter_is_encoded_into_one_segment(
    loopback: LoopbackServer, name: str, segment: str
) -> None:
    with loopback_client(loopback) as client:
        client.autoscale.get_configuration_policy_by_name(SERVICE, name)
    [request] = loopback.requests
    assert request.target == f"/v1/services/{SERVICE}/autoscale/policies/{segment}"


def test_an_image_tag_with_slashes_and_a_colon_stays_one_segment(
    loopback: LoopbackServer,
) -> None:
    with loopback_client(loopback) as client:
        client.images.get_by_tag("unikraft.org/nginx:1.25")
    assert loopback.requests[0].target == "/v1/images/tag/unikraft.org%2Fnginx%3A1.25"


def test_a_uuid_object_is_sent_in_its_canonical_form(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.instances.get_by_uuid(UUID(SERVICE.upper()))
    assert loopback.requests[0].target == f"/v1/instances/{SERVICE}"


def test_an_empty_path_parameter_is_refused_before_sending(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client, pytest.raises(EncodeError, match="'uuid' is empty"):
        client.instances.delete_by_uuid("")
    assert loopback.requests == []


def test_query_booleans_are_lower_case_words(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.instances.stop_by_uuid(SERVICE, force=True, drain_timeout_ms=-1)
        client.volumes.get(details=False)
    assert [request.target for request in loopback.requests] == [
        f"/v1/instances/{SERVICE}/stop?force=true&drain_timeout_ms=-1",
        "/v1/volumes?details=false",
    ]


def test_query_strings_are_percent_encoded(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.instances.get_metrics(name="web&x=1")
    assert loopback.requests[0].target == "/v1/instances/metrics?name=web%26x%3D1"


def test_a_base_url_path_prefix_is_kept(loopback: LoopbackServer) -> None:
    from ukc_client import Client

    from tests.support.client_support import TOKEN

    with Client(token=TOKEN, base_url=loopback.url + "/api/", allow_http=True) as client:
        client.system.healthz()
    assert loopback.requests[0].target == "/api/v1/healthz"


def test_a_list_query_value_is_one_pair_per_item() -> None:
    from ukc_client._encoding import encode_query

    assert encode_query({"tags": ["a", "b c"], "order": "desc", "count": None}) == (
        "tags=a&tags=b+c&order=desc"
    )
