"""Certificates: create, read and delete; a certificate a domain uses cannot be deleted."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from generator.mock.envelope import Reply
from generator.mock.handlers.common import (
    MockContext,
    as_items,
    details_view,
    each_target,
    named_or_all,
    one_target,
    path_target,
)
from generator.mock.state import Record, busy, invalid, view
from generator.mock.validation import ValidRequest

DATA_KEY = "certificates"
SUMMARY_FIELDS = ("uuid", "name")
VALIDITY = timedelta(days=90)
ISSUER = "CN=Unikraft Cloud mock CA"


def _timestamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def create_certificate(context: MockContext, request: ValidRequest) -> Reply:
    body: Mapping[str, Any] = request.body
    target = {"name": body["name"]} if "name" in body else {}
    return one_target(DATA_KEY, target, lambda _: view(_create(context, body)))


def _create(context: MockContext, body: Mapping[str, Any]) -> Record:
    common_name = body.get("cn")
    if not isinstance(common_name, str) or not common_name:
        raise invalid("cn (the common name) is required")
    for field in ("chain", "pkey"):
        if not isinstance(body.get(field), str) or not body[field]:
            raise invalid(f"{field} (PEM) is required")
    certificate_uuid, name = context.state.certificates.new_identity(body.get("name"))
    issued = datetime.now(UTC).replace(microsecond=0)
    return context.state.certificates.add(
        context.complete(
            "Certificate",
            {
                "uuid": certificate_uuid,
                "name": name,
                "created_at": _timestamp(issued),
                "common_name": common_name,
                "subject": f"CN={common_name}",
                "issuer": ISSUER,
                "serial_number": hashlib.sha256(certificate_uuid.encode()).hexdigest()[:32],
                "not_before": _timestamp(issued),
                "not_after": _timestamp(issued + VALIDITY),
                "state": "valid",
            },
        )
    )


def get_certificates(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    certificates = context.state.certificates
    targets = named_or_all(request.body, (record["uuid"] for record in certificates))
    return each_target(
        DATA_KEY,
        targets,
        lambda target: details_view(view(certificates.find(target)), details, SUMMARY_FIELDS),
    )


def get_certificate_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    certificates = context.state.certificates
    return one_target(
        DATA_KEY, path_target(request), lambda target: view(certificates.find(target))
    )


def delete_certificates(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda target: _delete(context, target))


def delete_certificate_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _delete(context, target))


def _delete(context: MockContext, target: Mapping[str, Any]) -> Record:
    certificate = context.state.certificates.find(target)
    for group in context.state.service_groups:
        if any(
            domain.get("certificate", {}).get("uuid") == certificate["uuid"]
            for domain in group["domains"]
        ):
            raise busy(f"Certificate '{certificate['name']}' is used by '{group['name']}'")
    context.state.certificates.remove(certificate)
    return {"status": "success", "uuid": certificate["uuid"], "name": certificate["name"]}
