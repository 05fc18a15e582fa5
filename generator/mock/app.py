"""The mock's WSGI application: route, authenticate, validate, dispatch, answer in JSON.

Every answer is the API's envelope. A request that breaks the spec gets 400 naming each
violation; one without a bearer token, or with another than the one it was given, gets 401. With ``check_responses`` (the default), each
answer is validated against the operation's response schema before it leaves (holding only the fields
the schema declares), and a mock answer that breaks the spec becomes a 500 that says so, instead
of passing silently. Answers hold only the fields their schema declares: a field removed
from the spec is no longer sent.

Operations without a hand-written handler behave as ``generic`` reads them from the spec.
Paths under ``/_mock/`` are the rehearsal controls (``rehearsal``), with the same in Python:
``reset``, ``seed``, ``inject``, ``clear_faults`` and ``state_change_delay``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

from generator.mock.envelope import Reply, error_reply
from generator.mock.generic import generic_handler
from generator.mock.handlers import HANDLERS, Handler, MockContext
from generator.mock.handlers.instances import settle
from generator.mock.rehearsal import (
    CONTROL_PREFIX,
    MALFORMED_BODY,
    DropConnection,
    Fault,
    Faults,
    InvalidControl,
    fault_from,
)
from generator.mock.routes import MethodNotInSpec, RouteNotFound, Router
from generator.mock.schema_check import CheckedSpecSchemas
from generator.mock.state import BadRequest, MockState, WaitUntil, set_waited
from generator.mock.validation import InvalidRequest, RequestValidator, ValidRequest
from generator.openapi.operations import OperationRecord, read_operations

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

BEARER_PREFIX = "Bearer "


class MockApplication:
    """A stateful, validating stand-in for the API, built from its spec."""

    def __init__(
        self, spec: Mapping[str, Any], token: str | None = None, check_responses: bool = True
    ) -> None:
        self.router = Router(read_operations(spec))
        self.schemas = CheckedSpecSchemas(spec)
        self.state = MockState()
        self._validator = RequestValidator(self.schemas)
        self._context = MockContext(self.state, self.schemas)
        self._token = token
        self._check_responses = check_responses
        self.faults = Faults()
        self._handlers: dict[str, Handler] = {
            operation_id: HANDLERS.get(operation_id) or generic_handler(self._context, operation)
            for operation_id, operation in self.router.operations.items()
        }

    # The rehearsal controls, in Python (the same as the HTTP ones under /_mock/).

    def reset(self) -> None:
        """Forget every resource and fault, and the state change delay."""
        self.state.reset()
        self.faults.clear()
        self._context.settings.state_change_delay = 0.0

    def seed(self, collection: str, *bodies: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Create resources of ``/v1/<collection>`` through its create operation (each body
        validated as a request); returns the created items. ``InvalidControl`` if one fails."""
        operation = self._create_operation(collection)
        created: list[dict[str, Any]] = []
        for body in bodies:
            raw = json.dumps(body).encode()
            try:
                valid = self._validator.validate(operation, {}, {}, raw, "application/json")
            except InvalidRequest as invalid:
                raise InvalidControl(f"seed {collection}: {invalid}") from None
            reply = self._dispatch(operation, valid)
            if reply.http_status != 200:
                message = reply.envelope.get("message", "")
                raise InvalidControl(f"seed {collection}: {message}")
            created.extend(_items(reply.envelope))
        return created

    def inject(
        self,
        operation: str | None = None,
        *,
        status: int | None = None,
        retry_after: float | str | None = None,
        delay: float = 0.0,
        drop: bool = False,
        malformed: bool = False,
        times: int | None = None,
    ) -> None:
        """Make calls of ``operation`` (every operation when ``None``) fail: answer
        ``status`` (with ``Retry-After``), wait ``delay`` seconds first, close the connection
        (``drop``) or send a body that is not JSON (``malformed``); for the next ``times``
        calls, or always."""
        body: dict[str, Any] = {
            "operation": operation,
            "status": status,
            "retry_after": retry_after,
            "delay": delay,
            "drop": drop,
            "malformed": malformed,
            "times": times,
        }
        self.faults.add(fault_from({k: v for k, v in body.items() if v is not None}))

    def clear_faults(self) -> None:
        self.faults.clear()

    def state_change_delay(self, seconds: float) -> None:
        """Let instances pass through ``starting``/``stopping`` for ``seconds``."""
        if seconds < 0:
            raise InvalidControl("state_change_delay: expected seconds, 0 or more")
        self._context.settings.state_change_delay = float(seconds)

    def _create_operation(self, collection: str) -> OperationRecord:
        for operation in self.router.operations.values():
            if operation.method == "POST" and operation.path.split("/")[2:] == [collection]:
                return operation
        raise InvalidControl(f"no create operation for /v1/{collection} in the spec")

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(Request(environ))
        return response(environ, start_response)

    def respond(self, request: Request) -> Response:
        started = time.perf_counter_ns()
        if request.path.startswith(CONTROL_PREFIX):
            reply = self._control(request)
            return Response(
                json.dumps(reply.envelope), status=reply.http_status, mimetype="application/json"
            )
        fault = self._fault_for(request) if self.faults else None
        if fault is not None:
            # Before the operation runs: a refused call changes nothing.
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                raise DropConnection(request.path)
            if fault.malformed:
                return Response(MALFORMED_BODY, status=200, mimetype="application/json")
        if fault is not None and fault.status is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            operation: OperationRecord | None = None
            reply = error_reply(fault.status, f"Injected fault: status {fault.status}", headers)
        else:
            operation, reply = self._reply(request)
        if operation is not None:
            reply = self._declared(operation, reply)
            if self._check_responses:
                reply = self._checked(operation, reply)
        envelope = dict(reply.envelope)
        envelope["op_time_us"] = (time.perf_counter_ns() - started) // 1000
        return Response(
            json.dumps(envelope),
            status=reply.http_status,
            headers=dict(reply.headers),
            mimetype="application/json",
        )

    def _fault_for(self, request: Request) -> Fault | None:
        try:
            match = self.router.match(request.method, request.path)
        except (RouteNotFound, MethodNotInSpec):
            return None
        return self.faults.take(match.operation.operation_id)

    def _reply(self, request: Request) -> tuple[OperationRecord | None, Reply]:
        try:
            match = self.router.match(request.method, request.path)
        except RouteNotFound:
            return None, error_reply(404, f"No operation of the API at {request.path}")
        except MethodNotInSpec as error:
            allowed = ", ".join(error.allowed)
            return None, error_reply(
                405,
                f"{request.method} is not an operation of {request.path} (allowed: {allowed})",
                {"Allow": allowed},
            )
        operation = match.operation
        if operation.requires_auth:
            refusal = self._authentication_refusal(request)
            if refusal is not None:
                return operation, error_reply(401, refusal)
        try:
            body = request.get_data()
        except (HTTPException, OSError):
            # Served by MockServer, a body that cannot be read never reaches the app; another
            # WSGI server may hand it on.
            return operation, error_reply(400, "The request body cannot be read")
        try:
            valid = self._validator.validate(
                operation,
                match.path_values,
                {name: request.args[name] for name in request.args},
                body,
                _media_type(request.headers.get("Content-Type")),
            )
        except InvalidRequest as invalid:
            return operation, error_reply(
                400, f"Invalid request to {operation.operation_id}: {invalid}"
            )
        except RecursionError:
            return operation, error_reply(400, "The request body is nested too deeply")
        except ValueError as error:
            # json.loads refuses integers of more than 4300 digits with a plain ValueError.
            return operation, error_reply(400, f"The request body cannot be read: {error}")
        return operation, self._dispatch(operation, valid)

    def _dispatch(self, operation: OperationRecord, valid: ValidRequest) -> Reply:
        handler = self._handlers[operation.operation_id or ""]
        set_waited(False)
        while True:
            with self.state.lock:
                settle(self._context)
                try:
                    return handler(self._context, valid)
                except BadRequest as bad:
                    return error_reply(400, f"Invalid request to {operation.operation_id}: {bad}")
                except WaitUntil as wait:
                    moment = wait.moment
            # A wait holds its answer, never the lock: other requests go on meanwhile.
            time.sleep(max(0.0, moment - time.monotonic()))
            set_waited(True)

    def _control(self, request: Request) -> Reply:
        """A rehearsal control under /_mock/ (see ``rehearsal``)."""
        name = request.path[len(CONTROL_PREFIX) :].strip("/")
        try:
            body = json.loads(request.get_data() or b"null")
        except ValueError:
            return error_reply(400, f"{request.path}: the body is not JSON")
        try:
            if (name, request.method) == ("reset", "POST"):
                self.reset()
                return Reply(200, {"status": "success"})
            if (name, request.method) == ("seed", "POST"):
                if not isinstance(body, dict):
                    raise InvalidControl('seed: expected {"<collection>": [<body>, ...]}')
                created = {
                    collection: self.seed(collection, *_as_list(bodies))
                    for collection, bodies in body.items()
                }
                return Reply(200, {"status": "success", "data": created})
            if name == "faults" and request.method in ("GET", "POST", "DELETE"):
                if request.method == "POST":
                    self.faults.add(fault_from(body))
                elif request.method == "DELETE":
                    self.faults.clear()
                return Reply(200, {"status": "success", "data": {"faults": self.faults.describe()}})
            if (name, request.method) == ("settings", "PUT"):
                if not isinstance(body, dict) or set(body) - {"state_change_delay"}:
                    raise InvalidControl('settings: expected {"state_change_delay": <seconds>}')
                delay = body.get("state_change_delay", 0)
                if isinstance(delay, bool) or not isinstance(delay, int | float):
                    raise InvalidControl("state_change_delay: expected seconds")
                self.state_change_delay(delay)
                return Reply(200, {"status": "success"})
        except InvalidControl as invalid:
            return error_reply(400, f"{request.path}: {invalid}")
        return error_reply(404, f"No mock control {request.method} {request.path}")

    def _authentication_refusal(self, request: Request) -> str | None:
        """Why the request's credentials are refused, or ``None`` if they are accepted."""
        header = request.headers.get("Authorization", "")
        if not header.startswith(BEARER_PREFIX) or not header[len(BEARER_PREFIX) :].strip():
            return "Authentication required: send 'Authorization: Bearer <token>'"
        if self._token is not None and header[len(BEARER_PREFIX) :] != self._token:
            # A client with a stale token must not be told to send the header it sent.
            return "The bearer token is not accepted"
        return None

    def _declared(self, operation: OperationRecord, reply: Reply) -> Reply:
        """``reply`` without what its schema does not declare (a field removed from the spec
        is no longer sent, whatever a handler put in its records)."""
        response = operation.response_for(reply.http_status)
        pointer = response.json_schema_pointer if response is not None else None
        if pointer is None:
            return reply
        declared = self.schemas.declared_part(self.schemas.resolve(pointer), reply.envelope)
        return attrs.evolve(reply, envelope=declared)

    def _checked(self, operation: OperationRecord, reply: Reply) -> Reply:
        response = operation.response_for(reply.http_status)
        pointer = response.json_schema_pointer if response is not None else None
        if pointer is None:
            return reply
        # op_time_us is added on the way out; check with a value of the right type.
        envelope = {**reply.envelope, "op_time_us": 0}
        violations = self.schemas.violations(pointer, envelope, "response", declared_only=True)
        if not violations:
            return reply
        return error_reply(
            500,
            f"The mock's answer to {operation.operation_id} breaks the spec: "
            + "; ".join(str(violation) for violation in violations),
        )


def _items(envelope: Mapping[str, Any]) -> list[dict[str, Any]]:
    data = envelope.get("data")
    if not isinstance(data, Mapping):
        return []
    return [item for value in data.values() if isinstance(value, list) for item in value]


def _as_list(bodies: Any) -> list[Any]:
    return bodies if isinstance(bodies, list) else [bodies]


def _media_type(content_type: str | None) -> str | None:
    """``Content-Type`` with its media type in lower case: media types are case-insensitive
    (RFC 9110, section 8.3.1), so ``Application/JSON`` is JSON."""
    if content_type is None:
        return None
    media_type, separator, parameters = content_type.partition(";")
    return media_type.strip().lower() + separator + parameters
