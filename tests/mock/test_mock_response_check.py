"""The mock's check of its own answers: no field its response schema does not declare.

The spec's objects are open for clients; the mock's answers are not, so that consumers' tests
cannot come to rely on a field the API does not send.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import urllib3
import yaml

from generator.mock import running_mock
from generator.mock.validation import SpecSchemas
from generator.openapi.document import load_document
from tests.support.paths import REAL_SPEC

TOKEN = "check-token"
STOPPED_ITEM = "/components/schemas/StopInstanceResponseStoppedInstance"


def test_a_field_the_schema_does_not_declare_is_refused_only_in_declared_only_mode() -> None:
    schemas = SpecSchemas(load_document(REAL_SPEC))
    item = {"uuid": "123e4567-e89b-12d3-a456-426614174000", "state": "stopped", "status": "success"}
    assert schemas.violations(STOPPED_ITEM, item, "item") == []
    violations = schemas.violations(STOPPED_ITEM, item, "item", declared_only=True)
    assert [str(v) for v in violations] == [
        "item: 'status' is not a property of the schema (it declares: uuid, name, state, "
        "previous_state, message, error)"
    ]


def test_a_string_map_keeps_its_free_keys_in_declared_only_mode() -> None:
    schemas = SpecSchemas(load_document(REAL_SPEC))
    instance = {"uuid": "123e4567-e89b-12d3-a456-426614174000", "env": {"ANY_KEY": "value"}}
    pointer = "/components/schemas/Instance"
    assert schemas.violations(pointer, instance, "item", declared_only=True) == []


def _stop_answer(tmp_path: Path, spec: dict[str, Any]) -> urllib3.BaseHTTPResponse:
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    http = urllib3.PoolManager()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with running_mock(changed, token=TOKEN) as base_url:
        created = http.request(
            "POST", base_url + "/v1/instances", json={"image": "nginx"}, headers=headers
        ).json()
        uuid = created["data"]["instances"][0]["uuid"]
        return http.request("PUT", f"{base_url}/v1/instances/{uuid}/stop", headers=headers)


def test_a_field_the_schema_no_longer_declares_is_not_sent(tmp_path: Path) -> None:
    spec: dict[str, Any] = copy.deepcopy(load_document(REAL_SPEC))
    del spec["components"]["schemas"]["StopInstanceResponseStoppedInstance"]["properties"][
        "previous_state"
    ]
    response = _stop_answer(tmp_path, spec)
    assert response.status == 200, response.json()
    item = response.json()["data"]["instances"][0]
    assert set(item) == {"uuid", "name", "state"}


def test_an_answer_that_breaks_its_schema_becomes_a_500_that_names_it(tmp_path: Path) -> None:
    spec: dict[str, Any] = copy.deepcopy(load_document(REAL_SPEC))
    stopped = spec["components"]["schemas"]["StopInstanceResponseStoppedInstance"]
    stopped["properties"]["previous_state"] = {"type": "integer"}
    response = _stop_answer(tmp_path, spec)
    assert response.status == 500
    assert response.json()["message"] == (
        "The mock's answer to stop_instance_by_uuid breaks the spec: "
        "response.data.instances[0].previous_state: 'running' is not of type 'integer'"
    )


def test_a_field_a_request_adds_is_kept_out_of_later_answers() -> None:
    # Request objects are open (a newer client may send more); answers hold what is declared.
    http = urllib3.PoolManager()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with running_mock(token=TOKEN) as base_url:
        group = http.request(
            "POST",
            base_url + "/v1/services",
            json={"name": "scaled", "services": [{"port": 80}]},
            headers=headers,
        ).json()["data"]["service_groups"][0]
        policy = {"name": "cpu", "metric": "cpu", "adjustment_type": "change", "shard": "eu-1"}
        configuration = {"min_size": 1, "max_size": 2, "policies": [policy],
                         "create_args": {"template": {"name": "web", "pinned": True}}}  # fmt: skip
        created = http.request(
            "POST", f"{base_url}/v1/services/{group['uuid']}/autoscale", json=configuration,
            headers=headers,
        )  # fmt: skip
        assert created.status == 200, created.json()
        read = http.request(
            "GET", f"{base_url}/v1/services/{group['uuid']}/autoscale", headers=headers
        )
    assert read.status == 200, read.json()
    answer = read.json()["data"]["service_groups"][0]
    assert answer["template"] == {"name": "web"}
    assert answer["policies"] == [{"name": "cpu", "metric": "cpu", "adjustment_type": "change"}]
