"""What every handler shares: its context, and the patterns of bulk and single operations."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from generator.mock.envelope import (
    FULL_ITEM,
    ItemShape,
    Reply,
    bulk_reply,
    failed_item,
    single_reply,
)
from generator.mock.examples import ExampleBuilder
from generator.mock.state import ItemError, MockState, Record, invalid, reference_of
from generator.mock.validation import SpecSchemas, ValidRequest
from generator.openapi.refs import schema_ref


class MockSettings:
    """Behaviour a test may tune: how long an instance takes to start or stop."""

    def __init__(self) -> None:
        self.state_change_delay = 0.0


@attrs.frozen
class MockContext:
    """The state a handler changes and the spec schemas it checks free-form values against."""

    state: MockState
    schemas: SpecSchemas
    examples: ExampleBuilder = attrs.field()
    settings: MockSettings = attrs.field(factory=lambda: MockSettings())

    @examples.default
    def _examples(self) -> ExampleBuilder:
        return ExampleBuilder(self.schemas)

    def complete(self, component: str, record: Record, managed: Iterable[str] = ()) -> Record:
        """``record`` with an example for every property ``#/components/schemas/<component>``
        declares that the record lacks, except the item result fields and ``managed`` (those
        the handler sets when they apply, such as ``stopped_at``): a field added to the spec
        appears in the mock's answers, filled."""
        skip = frozenset(("status", "message", "error", *managed))
        record.update(self.examples.missing_fields({"$ref": schema_ref(component)}, record, skip))
        return record

    def conforms(self, component: str, value: Any) -> bool:
        """Whether ``value`` is valid against ``#/components/schemas/<component>``."""
        pointer = f"/components/schemas/{component}"
        return bool(self.schemas.validator(pointer).is_valid(value))

    def declared(self, component: str, value: Any) -> Any:
        """``value`` with only the fields ``#/components/schemas/<component>`` declares (what
        the mock keeps of a request's object, to answer with later)."""
        return self.schemas.declared_part({"$ref": schema_ref(component)}, value)


Handler = Callable[[MockContext, ValidRequest], Reply]


def each_target(
    data_key: str,
    targets: Iterable[Mapping[str, Any]],
    act: Callable[[Mapping[str, Any]], Record],
    shape: ItemShape = FULL_ITEM,
) -> Reply:
    """Apply ``act`` to every target of a bulk request; a failure fails only its own item
    (an item of ``shape``)."""
    items: list[Record] = []
    any_failed = False
    for target in targets:
        try:
            items.append(act(target))
        except ItemError as error:
            items.append(failed_item(reference_of(target), error, shape))
            any_failed = True
    return bulk_reply(data_key, items, any_failed)


def one_target(
    data_key: str,
    target: Mapping[str, Any],
    act: Callable[[Mapping[str, Any]], Record],
    shape: ItemShape = FULL_ITEM,
) -> Reply:
    """Apply ``act`` to the one target of a by-UUID request."""
    try:
        return single_reply(data_key, act(target))
    except ItemError as error:
        return single_reply(data_key, failed_item(reference_of(target), error, shape), error)


def as_items(body: Any) -> list[Mapping[str, Any]]:
    """A body that is one item or a list of items, as a list."""
    if body is None:
        return []
    return list(body) if isinstance(body, list) else [body]


def named_or_all(body: Any, uuids: Iterable[str]) -> list[Mapping[str, Any]]:
    """The targets a bulk GET names, or every resource when it names none (no body)."""
    return as_items(body) or [{"uuid": uuid} for uuid in uuids]


def path_target(request: ValidRequest) -> dict[str, Any]:
    return {"uuid": request.path["uuid"]}


def bounded(field: str, value: Any, minimum: int, maximum: int) -> int:
    """``value`` if it is an integer within the account's limits, else an INVALID item error."""
    # JSON Schema counts 649.0 as an integer, so a request that keeps the spec may send one.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise invalid(
            f"{field} must be an integer from {minimum} to {maximum}, got {as_json(value)}"
        )
    return value


def as_json(value: Any) -> str:
    """A request's value as the request wrote it (JSON: null, false, [1, 2]), for a message."""
    return json.dumps(value)


def change_value(change: Mapping[str, Any]) -> Any:
    """The value an update change sets, adds or deletes; INVALID if the change has none.

    The spec leaves ``value`` optional and untyped (its type depends on ``prop``), so a request
    without one keeps the spec; every property's update still needs one.
    """
    if "value" not in change:
        raise invalid(f"{change['prop']}: a '{change['op']}' change needs a value")
    return change["value"]


def string_list(field: str, value: Any) -> list[str]:
    """A list of strings from a string or a list of strings."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(entry, str) for entry in value):
        return list(value)
    raise invalid(f"{field} expects a string or a list of strings, got {as_json(value)}")


def update_list(record: Record, field: str, op: str, value: Any) -> None:
    """``set``, ``add`` or ``del`` entries of a list of strings."""
    entries = string_list(field, value)
    current: list[str] = record.setdefault(field, [])
    if op == "set":
        record[field] = entries
    elif op == "add":
        current.extend(entry for entry in entries if entry not in current)
    else:
        record[field] = [entry for entry in current if entry not in entries]


def update_string_map(record: Record, field: str, op: str, value: Any) -> None:
    """``set`` or ``add`` entries of a string map from an object; ``del`` keys by name."""
    current: dict[str, str] = record.setdefault(field, {})
    if op == "del":
        for key in string_list(field, value):
            current.pop(key, None)
        return
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise invalid(f"{field} expects an object of strings, got {as_json(value)}")
    if op == "set":
        record[field] = dict(value)
    else:
        current.update(value)


def set_only(prop: str, op: str) -> None:
    if op != "set":
        raise invalid(f"{prop} can only be set, not {op!r}")


def updated_item(record: Record, change: Mapping[str, Any]) -> Record:
    """The item for a successful update: the resource's identity and the change's ``id``."""
    item: Record = {"status": "success", "uuid": record["uuid"], "name": record["name"]}
    if "id" in change:
        item["id"] = change["id"]
    return item


def checked_reference(item: Mapping[str, Any], field: str) -> Mapping[str, Any]:
    """A name-or-UUID object inside a request item (validated by the spec's own schema)."""
    reference = item.get(field)
    if not isinstance(reference, Mapping) or not ({"uuid", "name"} & reference.keys()):
        raise invalid(f"{field} must name a resource by uuid or name")
    return reference


def details_view(record: Record, details: bool, summary_fields: Iterable[str]) -> Record:
    """A record in full, or only its summary fields when ``details=false`` was asked for."""
    if details:
        return record
    return {key: record[key] for key in ("status", *summary_fields) if key in record}
