"""Where the client sends its requests and with which credentials, resolved once per client.

The token is held in a ``Secret`` whose ``repr`` and ``str`` never show it, so that a client,
its configuration or a traceback can be printed or logged safely. It is checked here, once:
a bearer token is visible ASCII (RFC 6750), so whitespace, a line break or a control
character in it is a ``ConfigurationError`` that names the position, never the token. It is
not stripped: a token read from a file with its line break is refused, not quietly changed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import ConfigurationError

TOKEN_VARIABLE = "UKC_TOKEN"
METRO_VARIABLE = "UKC_METRO"

# A metro becomes part of a host name: anything but a plain label could redirect the token.
_METRO_PATTERN = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?")


class Secret:
    """A string that is not shown by ``repr``, ``str`` or formatting."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")


@dataclass(frozen=True)
class Endpoint:
    """The resolved base URL (scheme, host, optional path prefix) and the bearer token."""

    base_url: str
    token: Secret
    metro: str | None = None
    """The metro the spec's server URLs are filled with; ``None`` when ``base_url`` was given."""
    allow_http: bool = False

    def base_url_for(self, server_url: str | None) -> str:
        """The base URL of an operation with its own ``server_url`` (in the client's metro); a
        ``base_url`` given to the client (a mock, a proxy) serves every operation."""
        if server_url is None or self.metro is None:
            return self.base_url
        return _check_base_url(server_url.replace("{metro}", self.metro), self.allow_http)


def resolve_endpoint(
    *,
    token: str | None,
    metro: str | None,
    base_url: str | None,
    server_url: str,
    default_metro: str,
    allow_http: bool,
    environ: Mapping[str, str] | None = None,
) -> Endpoint:
    """Resolve the endpoint from the arguments, then the environment, then the spec's default.

    ``server_url`` is the spec's server URL with a ``{metro}`` variable. A ``base_url`` wins
    over any metro; plain ``http://`` is accepted only with ``allow_http``.
    """
    env = os.environ if environ is None else environ
    resolved_token = token if token is not None else env.get(TOKEN_VARIABLE)
    if not resolved_token:
        raise ConfigurationError(
            f"no API token: pass token=... or set the {TOKEN_VARIABLE} environment variable"
        )
    _check_token(resolved_token)
    if base_url is None:
        resolved_metro = metro if metro is not None else env.get(METRO_VARIABLE, default_metro)
        if not _METRO_PATTERN.fullmatch(resolved_metro):
            raise ConfigurationError(
                f"metro {resolved_metro!r} is not a metro name (lower-case letters, digits, '-')"
            )
        return Endpoint(
            base_url=_check_base_url(server_url.replace("{metro}", resolved_metro), allow_http),
            token=Secret(resolved_token),
            metro=resolved_metro,
            allow_http=allow_http,
        )
    return Endpoint(base_url=_check_base_url(base_url, allow_http), token=Secret(resolved_token))


def _check_token(token: object) -> None:
    if not isinstance(token, str):
        raise ConfigurationError(f"the API token must be a str, not {type(token).__name__}")
    for position, character in enumerate(token):
        if "!" <= character <= "~":
            continue
        if character in "\r\n" and not token[position:].strip("\r\n"):
            what = "ends with a line break (read from a file? strip it)"
        elif character in "\r\n":
            what = f"holds a line break at position {position}"
        elif character.isspace():
            what = f"holds whitespace at position {position}"
        elif character.isascii():
            what = f"holds a control character at position {position}"
        else:
            what = f"holds a non-ASCII character at position {position}"
        # The message names where the token is broken, never any of its characters.
        raise ConfigurationError(f"the API token {what}: a bearer token is visible ASCII only")


def _check_base_url(base_url: str, allow_http: bool) -> str:
    parts = urlsplit(base_url)
    if parts.username or parts.password or parts.query or parts.fragment:
        # Never echo the URL here: its userinfo may hold a password.
        raise ConfigurationError("the base URL must have no userinfo, query or fragment")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base URL {base_url!r} is not an absolute http(s) URL")
    if parts.scheme == "http" and not allow_http:
        raise ConfigurationError(
            f"base URL {base_url!r} is plain http: the token would travel unencrypted; "
            "pass allow_http=True only for a local mock server"
        )
    return base_url.rstrip("/")
