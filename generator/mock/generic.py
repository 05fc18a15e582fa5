"""Behaviour for every operation without a hand-written handler, recognised from the spec.

An operation is read by its path and method as the API lays out resources:

- ``POST /v1/<collection>`` creates, ``GET`` lists (or gets the items its body names),
  ``PATCH`` updates (``prop``/``op``/``value`` changes), ``DELETE`` deletes;
- ``GET``/``PATCH``/``DELETE /v1/<collection>/{uuid}`` (or ``{name}``) address one resource;
- any other operation under ``/v1/<collection>/{uuid}/...`` acts on one resource: it answers
  404 for a resource the mock does not have, and otherwise an item of its response schema
  with the resource's fields where the schema has them and examples for the rest;
- anything else answers a schema-valid example of its response.

The envelope's ``data`` holds one list of items (``data.<key>``); items that declare
``status``, ``message`` and ``error`` report per-item failures as the hand-written handlers do.
Resources of a collection the mock has a table for (instances, volumes, ...) are shared with
the hand-written handlers; other collections get a table of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from generator.mock.envelope import ItemShape, Reply
from generator.mock.handlers.common import (
    Handler,
    MockContext,
    as_items,
    change_value,
    each_target,
    named_or_all,
    one_target,
)
from generator.mock.state import Record, ResourceTable, invalid, now_timestamp
from generator.mock.validation import ValidRequest
from generator.openapi.operations import OperationRecord

ITEM_RESULT_FIELDS = frozenset({"status", "message", "error"})
"""Fields of an item that say how the request went for it, not what the resource is."""

_COLLECTION = re.compile(r"^/v[0-9]+/([A-Za-z0-9_-]+)((?:/[^/]+)*)$")
_IDENTITY_PARAMETER = re.compile(r"^/\{(uuid|name)\}")


@attrs.frozen
class ResponseShape:
    """Where an operation's answer keeps its items, and what an item is."""

    envelope: Mapping[str, Any]
    data_key: str | None
    item: Mapping[str, Any]

    @property
    def item_shape(self) -> ItemShape:
        properties = self.item.get("properties", {})
        return ItemShape(
            status="status" in properties,
            identity=bool({"uuid", "name"} & set(properties)),
        )


def response_shape(context: MockContext, operation: OperationRecord) -> ResponseShape | None:
    """The envelope schema of a 200 answer and its list of items, if it has one."""
    response = operation.response_for(200)
    pointer = response.json_schema_pointer if response is not None else None
    if pointer is None:
        return None
    schemas = context.schemas
    envelope = schemas.resolve(pointer)
    data = envelope.get("properties", {}).get("data")
    if not isinstance(data, Mapping):
        return ResponseShape(envelope, None, {})
    for key, field in schemas.followed(data).get("properties", {}).items():
        field = schemas.followed(field)
        if field.get("type") == "array" and isinstance(field.get("items"), Mapping):
            return ResponseShape(envelope, key, schemas.followed(field["items"]))
    return ResponseShape(envelope, None, {})


def generic_handler(context: MockContext, operation: OperationRecord) -> Handler:
    """The behaviour the spec's shape gives ``operation``."""
    shape = response_shape(context, operation)
    match = _COLLECTION.match(operation.path)
    if shape is None or shape.data_key is None or match is None:
        return _example_answer(context, shape)
    collection, rest = match.group(1), match.group(2)
    identity = _IDENTITY_PARAMETER.match(rest)
    behaviour = _Resources(context, collection, shape)
    method = operation.method
    if not rest:
        bulk: dict[str, Handler] = {
            "POST": behaviour.create,
            "GET": behaviour.get_many,
            "PATCH": behaviour.update_many,
            "DELETE": behaviour.delete_many,
        }
        return bulk.get(method, _example_answer(context, shape))
    if identity is None:
        return _example_answer(context, shape)
    key = identity.group(1)
    if rest == identity.group(0):
        single: dict[str, Handler] = {
            "GET": behaviour.get_one(key),
            "PATCH": behaviour.update_one(key),
            "DELETE": behaviour.delete_one(key),
        }
        return single.get(method, behaviour.act_on_one(key))
    return behaviour.act_on_one(key)


def _example_answer(context: MockContext, shape: ResponseShape | None) -> Handler:
    def answer(_context: MockContext, _request: ValidRequest) -> Reply:
        if shape is None:
            return Reply(200, {"status": "success"})
        envelope = context.examples.value(shape.envelope)
        if not isinstance(envelope, dict):
            return Reply(200, {"status": "success"})
        envelope["status"] = "success"
        envelope.pop("errors", None)
        envelope.pop("message", None)
        data = envelope.get("data")
        if shape.data_key is not None and isinstance(data, dict):
            items = data.get(shape.data_key, [])
            data[shape.data_key] = [_succeeded(shape, item) for item in items]
        return Reply(200, envelope)

    return answer


def _succeeded(shape: ResponseShape, item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    answer = {key: value for key, value in item.items() if key not in ITEM_RESULT_FIELDS}
    if shape.item_shape.status:
        answer["status"] = "success"
    return answer


class _Resources:
    """Create, read, update, delete and act on the resources of one collection."""

    def __init__(self, context: MockContext, collection: str, shape: ResponseShape) -> None:
        self._context = context
        self._collection = collection
        self._shape = shape
        self._data_key = shape.data_key or collection

    def _table(self) -> ResourceTable:
        return self._context.state.table(self._collection)

    def _item(self, record: Mapping[str, Any]) -> Record:
        """An item of the response built from ``record``: the fields the item schema
        declares, with examples for those the record lacks."""
        examples = self._context.examples
        filled = {
            **examples.missing_fields(self._shape.item, record, ITEM_RESULT_FIELDS),
            **record,
        }
        item = self._context.schemas.declared_part(self._shape.item, filled)
        return _succeeded(self._shape, item) if isinstance(item, dict) else {}

    def create(self, context: MockContext, request: ValidRequest) -> Reply:
        bodies = as_items(request.body) or [{}]
        if isinstance(request.body, list):
            return each_target(self._data_key, bodies, self._create, self._shape.item_shape)
        body = bodies[0]
        target = {"name": body["name"]} if "name" in body else {}
        return one_target(
            self._data_key, target, lambda _: self._create(body), self._shape.item_shape
        )

    def _create(self, body: Mapping[str, Any]) -> Record:
        table = self._table()
        name = body.get("name")
        record_uuid, record_name = table.new_identity(name if isinstance(name, str) else None)
        record: Record = dict(self._context.schemas.declared_part(self._shape.item, dict(body)))
        for field in ITEM_RESULT_FIELDS:
            record.pop(field, None)
        record.update(uuid=record_uuid, name=record_name)
        if "created_at" in self._shape.item.get("properties", {}):
            record["created_at"] = now_timestamp()
        record.update(
            self._context.examples.missing_fields(self._shape.item, record, ITEM_RESULT_FIELDS)
        )
        table.add(record)
        return self._item(record)

    def get_many(self, context: MockContext, request: ValidRequest) -> Reply:
        table = self._table()
        targets = named_or_all(request.body, (record["uuid"] for record in table))
        table.check_agreement(targets)
        return each_target(
            self._data_key,
            targets,
            lambda target: self._item(table.find(target)),
            self._shape.item_shape,
        )

    def get_one(self, key: str) -> Handler:
        def handler(context: MockContext, request: ValidRequest) -> Reply:
            return one_target(
                self._data_key,
                {key: request.path[key]},
                lambda target: self._item(self._table().find(target)),
                self._shape.item_shape,
            )

        return handler

    def act_on_one(self, key: str) -> Handler:
        """An operation on one resource the spec says nothing more about: the resource's
        item, as the operation's response schema has it."""
        return self.get_one(key)

    def update_many(self, context: MockContext, request: ValidRequest) -> Reply:
        changes = as_items(request.body)
        self._table().check_agreement(changes)
        return each_target(
            self._data_key,
            changes,
            lambda change: self._update(change, change),
            self._shape.item_shape,
        )

    def update_one(self, key: str) -> Handler:
        def handler(context: MockContext, request: ValidRequest) -> Reply:
            target = {key: request.path[key]}
            changes = as_items(request.body)
            if len(changes) == 1:
                return one_target(
                    self._data_key,
                    target,
                    lambda _: self._update(target, changes[0]),
                    self._shape.item_shape,
                )
            return each_target(
                self._data_key,
                [{**target, **change} for change in changes],
                lambda change: self._update(target, change),
                self._shape.item_shape,
            )

        return handler

    def _update(self, target: Mapping[str, Any], change: Mapping[str, Any]) -> Record:
        record = self._table().find(target)
        prop, op = change.get("prop"), change.get("op", "set")
        if isinstance(prop, str):
            value = change_value(change)
            if prop in ("uuid", "name", *ITEM_RESULT_FIELDS):
                raise invalid(f"{prop} cannot be changed")
            if op == "set":
                record[prop] = value
            elif op == "add" and isinstance(record.get(prop), list):
                record[prop] = [*record[prop], *(value if isinstance(value, list) else [value])]
            elif op == "del" and isinstance(record.get(prop), list):
                removed = value if isinstance(value, list) else [value]
                record[prop] = [entry for entry in record[prop] if entry not in removed]
            else:
                raise invalid(f"{prop} cannot take a {op!r} change")
        item = self._item(record)
        if "id" in change and "id" in self._shape.item.get("properties", {}):
            item["id"] = change["id"]
        return item

    def delete_many(self, context: MockContext, request: ValidRequest) -> Reply:
        targets = as_items(request.body)
        self._table().check_agreement(targets)
        return each_target(self._data_key, targets, self._delete, self._shape.item_shape)

    def delete_one(self, key: str) -> Handler:
        def handler(context: MockContext, request: ValidRequest) -> Reply:
            return one_target(
                self._data_key,
                {key: request.path[key]},
                self._delete,
                self._shape.item_shape,
            )

        return handler

    def _delete(self, target: Mapping[str, Any]) -> Record:
        table = self._table()
        record = table.find(target)
        table.remove(record)
        return self._item(record)
