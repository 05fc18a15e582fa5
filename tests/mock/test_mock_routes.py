"""The mock's router: fixed paths before templated ones, 404 and 405 where the spec says so."""

from __future__ import annotations

import pytest

from generator.mock.routes import (
    MethodNotInSpec,
    RouteNotFound,
    Router,
)
from generator.openapi.document import load_document
from generator.openapi.operations import read_operations
from tests.support.paths import MOCK_SPEC

FIXTURE_SPEC = MOCK_SPEC
INSTANCE_UUID = "123e4567-e89b-12d3-a456-426614174000"


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(read_operations(load_document(FIXTURE_SPEC)))


def test_fixed_path_is_matched_before_the_uuid_template(router: Router) -> None:
    assert router.match("GET", "/v1/instances/wait").operation.operation_id == "wait_instances"


def test_uuid_template_matches_other_segments(router: Router) -> None:
    match = router.match("GET", f"/v1/instances/{INSTANCE_UUID}")
    assert match.operation.operation_id == "get_instance_by_uuid"
    assert match.path_values == {"uuid": INSTANCE_UUID}


def test_fixed_path_without_the_method_is_not_taken_for_a_uuid(router: Router) -> None:
    with pytest.raises(MethodNotInSpec) as raised:
        router.match("GET", "/v1/instances/stop")
    assert raised.value.allowed == ["PUT"]


def test_head_is_served_by_the_get_operation(router: Router) -> None:
    assert router.match("HEAD", "/v1/instances").operation.operation_id == "get_instances"


def test_path_outside_the_spec_is_not_found(router: Router) -> None:
    with pytest.raises(RouteNotFound):
        router.match("GET", "/v1/nothing-here")


def test_operations_know_whether_they_need_a_token() -> None:
    operations = {
        operation.operation_id: operation
        for operation in read_operations(load_document(FIXTURE_SPEC))
    }
    assert not operations["healthz"].requires_auth
    assert operations["get_instances"].requires_auth
