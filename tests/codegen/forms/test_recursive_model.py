"""Recursive model: a model that contains itself, through an array or a field of its own, or
through another model that contains it."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from tests.support.inline_specs import InlineClient, assert_draws, assert_round_trips, inline_client
from tests.support.small_spec import ref

SCHEMAS = {
    "TreeNode": {
        "type": "object",
        "description": "A node of a tree.",
        "properties": {
            "label": {"type": "string"},
            "children": {"type": "array", "items": ref("TreeNode")},
        },
        "required": ["label"],
    },
    "ListNode": {
        "type": "object",
        "description": "A node of a linked list.",
        "properties": {"value": {"type": "integer", "format": "int32"}, "next": ref("ListNode")},
        "required": ["value"],
    },
    "Folder": {
        "type": "object",
        "description": "A folder of documents.",
        "properties": {
            "name": {"type": "string"},
            "documents": {"type": "array", "items": ref("Document")},
        },
    },
    "Document": {
        "type": "object",
        "description": "A document, which may hold its own folder.",
        "properties": {"title": {"type": "string"}, "attachments": ref("Folder")},
    },
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("recursive_model"))


@pytest.mark.parametrize("component", ["TreeNode", "ListNode", "Folder", "Document"])
def test_values_round_trip_and_fit_the_schema(client: InlineClient, component: str) -> None:
    assert_round_trips(client, component)


def test_nested_values_are_drawn(client: InlineClient) -> None:
    tree_node = client.package.models.TreeNode
    list_node = client.package.models.ListNode

    def grandchild(node: Any) -> bool:
        children = node.children if isinstance(node.children, list) else []
        return any(isinstance(child.children, list) and child.children for child in children)

    assert_draws(client, "TreeNode", lambda node: type(node) is tree_node and grandchild(node))
    assert_draws(
        client,
        "ListNode",
        lambda node: isinstance(node.next, list_node) and isinstance(node.next.next, list_node),
    )


def test_mutually_recursive_annotations_resolve(client: InlineClient) -> None:
    models = client.package.models
    assert attrs.fields(attrs.resolve_types(models.Folder)).documents.type == (
        list[models.Document] | client.package.types.Unset
    )
