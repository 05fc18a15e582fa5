"""The mock's WSGI application: route, authenticate, validate, dispatch, answer in JSON.

Every answer is the API's envelope. A request that breaks the spec gets 400 naming each
violation; one without a bearer token, or with another than the one it was given, gets 401. With ``check_responses`` (the default), each
answer is validated against the operation's response schema before it leaves (holding only the fields
the schema declares), and a mock answer that breaks the spec becomes a 500 that says so, instead
of passing silently.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

from generator.mock.envelope import Reply, error_reply
from generator.mock.handlers import HANDLERS, MockContext
from generator.mock.routes import MethodNotInSpec, RouteNotFound, Router
from generator.mock.schema_check import CheckedSpecSchemas
from generator.mock.state import BadRequest, MockState
from generator.mock.validation import InvalidRequest, RequestValidator
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

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(Request(environ))
        return response(environ, start_response)

    def respond(self, request: Request) -> Response:
        started = time.perf_counter_ns()
        operation, reply = self._reply(request)
        if operation is not None and self._check_responses:
            reply = self._checked(operation, reply)
        envelope = dict(reply.envelope)
        envelope["op_time_us"] = (time.perf_counter_ns() - started) // 1000
        return Response(
            json.dumps(envelope),
            status=reply.http_status,
            headers=dict(reply.headers),
            mimetype="application/json",
        )

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
        handler = HANDLERS.get(operation.operation_id or "")
        if handler is None:
            return operation, error_reply(
                501, f"The mock has no behaviour for {operation.operation_id}"
            )
        with self.state.lock:
            try:
                return operation, handler(self._context, valid)
            except BadRequest as bad:
                return operation, error_reply(
                    400, f"Invalid request to {operation.operation_id}: {bad}"
                )

    def _authentication_refusal(self, request: Request) -> str | None:
        """Why the request's credentials are refused, or ``None`` if they are accepted."""
        header = request.headers.get("Authorization", "")
        if not header.startswith(BEARER_PREFIX) or not header[len(BEARER_PREFIX) :].strip():
            return "Authentication required: send 'Authorization: Bearer <token>'"
        if self._token is not None and header[len(BEARER_PREFIX) :] != self._token:
            # A client with a stale token must not be told to send the header it sent.
            return "The bearer token is not accepted"
        return None

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


def _media_type(content_type: str | None) -> str | None:
    """``Content-Type`` with its media type in lower case: media types are case-insensitive
    (RFC 9110, section 8.3.1), so ``Application/JSON`` is JSON."""
    if content_type is None:
        return None
    media_type, separator, parameters = content_type.partition(";")
    return media_type.strip().lower() + separator + parameters
