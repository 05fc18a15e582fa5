"""The spec's OpenAPI links resolve: each names an operation and that operation's parameters."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
import yaml

from tests.support.paths import REAL_SPEC

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SPEC: dict[str, Any] = yaml.safe_load(REAL_SPEC.read_text(encoding="utf-8"))
OPERATIONS: dict[str, Mapping[str, Any]] = {
    operation["operationId"]: operation
    for path_item in SPEC["paths"].values()
    for method, operation in path_item.items()
    if method in HTTP_METHODS
}


def _links() -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for source_id, operation in OPERATIONS.items():
        for response in operation["responses"].values():
            for name, link in response.get("links", {}).items():
                yield source_id, name, link


LINKS = list(_links())
LINK_IDS = [f"{source}->{name}" for source, name, _ in LINKS]


def _parameter_names(operation: Mapping[str, Any], location: str) -> set[str]:
    return {
        parameter["name"]
        for parameter in operation.get("parameters", [])
        if parameter["in"] == location
    }


def test_every_create_operation_links_to_its_resource() -> None:
    creates = {"create_instance", "create_volume", "create_service_group", "create_certificate"}
    assert creates <= {source for source, _, _ in LINKS}


@pytest.mark.parametrize(("source", "name", "link"), LINKS, ids=LINK_IDS)
def test_link_names_an_existing_operation(source: str, name: str, link: Mapping[str, Any]) -> None:
    assert link["operationId"] in OPERATIONS, f"{source} links {name} to a missing operation"


@pytest.mark.parametrize(("source", "name", "link"), LINKS, ids=LINK_IDS)
def test_link_sets_every_path_parameter_of_its_target_and_no_other(
    source: str, name: str, link: Mapping[str, Any]
) -> None:
    target = OPERATIONS[link["operationId"]]
    assert set(link["parameters"]) == _parameter_names(target, "path")


@pytest.mark.parametrize(("source", "name", "link"), LINKS, ids=LINK_IDS)
def test_link_reads_its_values_from_the_response_body_or_the_request_path(
    source: str, name: str, link: Mapping[str, Any]
) -> None:
    source_path_parameters = _parameter_names(OPERATIONS[source], "path")
    for expression in link["parameters"].values():
        if expression.startswith("$request.path."):
            assert expression.removeprefix("$request.path.") in source_path_parameters
        else:
            assert expression.startswith("$response.body#/data/"), expression


def _resolved(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _schema_at(schema: Mapping[str, Any], pointer: str) -> Mapping[str, Any] | None:
    """The schema of the value ``pointer`` addresses in an instance of ``schema``, if any."""
    for token in pointer.strip("/").split("/"):
        schema = _resolved(schema)
        if token.isdigit() and "items" in schema:
            schema = schema["items"]
        elif token in schema.get("properties", {}):
            schema = schema["properties"][token]
        else:
            return None
    return _resolved(schema)


@pytest.mark.parametrize(("source", "name", "link"), LINKS, ids=LINK_IDS)
def test_link_body_pointer_names_a_string_of_the_200_response(
    source: str, name: str, link: Mapping[str, Any]
) -> None:
    response = OPERATIONS[source]["responses"]["200"]["content"]["application/json"]["schema"]
    for expression in link["parameters"].values():
        if expression.startswith("$response.body#"):
            pointed = _schema_at(response, expression.removeprefix("$response.body#"))
            assert pointed is not None, f"{expression} is not in the response of {source}"
            assert pointed.get("type") == "string", expression
