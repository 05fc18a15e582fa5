"""The mock's memory: the resources created through it, as the JSON objects the API returns.

Records are plain dicts shaped like the spec's resource schemas (``Instance``, ``Volume``,
``ServiceGroup``, ``Certificate``, and the autoscale configuration of a service group), so a
handler answers with a copy of a record. One lock guards the whole store: the HTTP server is
threaded, and every handler runs under the lock, which keeps multi-resource changes atomic.
"""

from __future__ import annotations

import copy
import threading
import uuid as uuid_module
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

Record = dict[str, Any]


class ItemError(Exception):
    """One item of a request failed; becomes that item's ``status``/``message``/``error``.

    ``code`` is the per-item ``error`` number (an errno, as the API's examples use them) and
    ``http_status`` the status of a single-resource request that fails this way.
    """

    NOT_FOUND = 8
    BUSY = 16
    EXISTS = 17
    INVALID = 22
    TIMED_OUT = 110

    def __init__(self, code: int, message: str, http_status: int) -> None:
        self.code = code
        self.message = message
        self.http_status = http_status
        super().__init__(message)


class BadRequest(Exception):
    """The request as a whole makes no sense (it names two different resources as one); the
    mock refuses it with 400 before anything changes."""


class WaitUntil(Exception):
    """A handler's answer depends on a state change due at ``moment`` (``time.monotonic``):
    the application waits for it outside the lock, then asks the handler again."""

    def __init__(self, moment: float) -> None:
        self.moment = moment
        super().__init__(moment)


_WAITING = threading.local()


def waited() -> bool:
    """Whether the request being answered has already waited once (its timeout has passed)."""
    return bool(getattr(_WAITING, "waited", False))


def set_waited(value: bool) -> None:
    _WAITING.waited = value


def not_found(kind: str, reference: Mapping[str, Any]) -> ItemError:
    if "uuid" in reference:
        return ItemError(
            ItemError.NOT_FOUND, f"No {kind} with UUID '{reference['uuid']}'", http_status=404
        )
    return ItemError(
        ItemError.NOT_FOUND, f"No {kind} with name '{reference.get('name')}'", http_status=404
    )


def invalid(message: str) -> ItemError:
    return ItemError(ItemError.INVALID, message, http_status=400)


def busy(message: str) -> ItemError:
    return ItemError(ItemError.BUSY, message, http_status=409)


def now_timestamp() -> str:
    """The current time as the API writes it (RFC 3339, UTC, seconds)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class ResourceTable:
    """The records of one kind of resource, found by UUID or by name."""

    def __init__(self, kind: str, name_prefix: str) -> None:
        self.kind = kind
        self._name_prefix = name_prefix
        self._records: dict[str, Record] = {}

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self._records.values()))

    def __len__(self) -> int:
        return len(self._records)

    def new_identity(self, name: str | None) -> tuple[str, str]:
        """A fresh UUID and the name to use: ``name``, or a generated one; EXISTS if taken."""
        record_uuid = new_uuid()
        if name is None:
            name = f"{self._name_prefix}-{record_uuid[:8]}"
        if any(record["name"] == name for record in self._records.values()):
            raise ItemError(
                ItemError.EXISTS,
                f"The {self.kind} name '{name}' is already taken",
                http_status=409,
            )
        return record_uuid, name

    def add(self, record: Record) -> Record:
        self._records[record["uuid"]] = record
        return record

    def find(self, reference: Mapping[str, Any]) -> Record:
        """The record named by a name-or-UUID object; NOT_FOUND if there is none.

        A reference may give both ``uuid`` and ``name`` (where the spec requires at least one
        of them); then both must name the same record, else the request is a ``BadRequest``.
        """
        if "uuid" in reference and "name" in reference:
            self.check_agreement([reference])
        if "uuid" in reference:
            record = self._records.get(str(reference["uuid"]))
            if record is not None:
                return record
        elif "name" in reference:
            for record in self._records.values():
                if record["name"] == reference["name"]:
                    return record
        raise not_found(self.kind, reference)

    def check_agreement(self, references: Iterable[Mapping[str, Any]]) -> None:
        """``BadRequest`` if a reference gives a ``uuid`` and a ``name`` of two different
        records (or a name no record has beside a UUID one has, or the reverse). Checked for
        every target before a bulk request changes anything."""
        for reference in references:
            if "uuid" not in reference or "name" not in reference:
                continue
            by_uuid = self._records.get(str(reference["uuid"]))
            by_name = next(
                (r for r in self._records.values() if r["name"] == reference["name"]), None
            )
            if by_uuid is by_name:
                continue  # the same record, or neither exists (NOT_FOUND for the item)
            uuid, name = reference["uuid"], reference["name"]
            if by_uuid is None:
                reason = f"no {self.kind} has the UUID '{uuid}', and the name '{name}' has one"
            elif by_name is None:
                reason = f"the UUID '{uuid}' is {self.kind} '{by_uuid['name']}', not '{name}'"
            else:
                reason = (
                    f"the UUID '{uuid}' is {self.kind} '{by_uuid['name']}', and the name "
                    f"'{name}' is another one ({by_name['uuid']})"
                )
            raise BadRequest(f"uuid and name must name the same {self.kind}: {reason}")

    def find_referenced(self, reference: Mapping[str, Any], field: str) -> Record:
        """The record a request's body names in ``field``; a missing one makes the request bad.

        Still NOT_FOUND for the item, but HTTP 400, not 404: the resource the request addresses
        exists, only what its body points to does not, and a 404 would tell the client that the
        addressed resource is gone.
        """
        try:
            return self.find(reference)
        except ItemError as missing:
            raise ItemError(missing.code, f"{field}: {missing.message}", http_status=400) from None

    def remove(self, record: Record) -> None:
        del self._records[record["uuid"]]


class MockState:
    """All resources of the mock's one account."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._create_tables()

    def _create_tables(self) -> None:
        self.instances = ResourceTable("instance", "instance")
        self.volumes = ResourceTable("volume", "volume")
        self.service_groups = ResourceTable("service group", "service-group")
        self.certificates = ResourceTable("certificate", "certificate")
        # Autoscale configurations and their policies, by service group UUID.
        self.autoscale: dict[str, Record] = {}
        self.user_uuid = new_uuid()
        # Instances with a delayed state change under way, by UUID.
        self.pending: set[str] = set()
        # Resources of collections only the spec describes (no hand-written handler).
        self._other_tables: dict[str, ResourceTable] = {}

    def table(self, collection: str) -> ResourceTable:
        """The table of the resources under ``/v1/<collection>``."""
        known = {
            "instances": self.instances,
            "volumes": self.volumes,
            "services": self.service_groups,
            "certificates": self.certificates,
        }
        if collection in known:
            return known[collection]
        if collection not in self._other_tables:
            singular = collection.removesuffix("s")
            self._other_tables[collection] = ResourceTable(singular.replace("-", " "), singular)
        return self._other_tables[collection]

    def reset(self) -> None:
        """Forget every resource (between tests)."""
        with self.lock:
            self._create_tables()


def view(record: Mapping[str, Any]) -> Record:
    """A copy of a record to put in a response, with the per-item success status."""
    answer = copy.deepcopy(dict(record))
    answer["status"] = "success"
    return answer


def reference_of(item: Mapping[str, Any]) -> Record:
    """The identifying part (``uuid`` or ``name``) of a request item, to echo on failure."""
    return {key: item[key] for key in ("uuid", "name") if key in item}
