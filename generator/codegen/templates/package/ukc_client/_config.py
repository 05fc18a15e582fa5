"""Where the client sends its requests and with which credentials, resolved once per client.

The credentials are the ones the spec's security schemes declare: a bearer token (HTTP
``bearer``, and the access token of ``oauth2`` and ``openIdConnect``, which the caller obtains),
an HTTP ``basic`` user and password, or an API key in a header, the query or a cookie. Each
operation names the alternatives it accepts; the first whose credentials were all given is
sent, and an operation that needs none sends none.

Each credential is held in a ``Secret`` whose ``repr`` and ``str`` never show it, so that a
client, its configuration or a traceback can be printed or logged safely. It is checked here,
once: a token or key is visible ASCII (RFC 6750), so whitespace, a line break or a control
character in it is a ``ConfigurationError`` that names the position, never the value. It is
not stripped: a token read from a file with its line break is refused, not quietly changed.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast
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
class SecurityScheme:
    """How the credential of one security scheme of the spec travels."""

    kind: str
    """``bearer`` (``Authorization: Bearer``), ``basic`` (``Authorization: Basic``) or
    ``api_key``."""
    argument: str
    """The client's argument that supplies it: ``token``, ``basic_auth``, ``api_key``, ..."""
    location: str = "header"
    """``header``, ``query`` or ``cookie``."""
    name: str = "Authorization"
    """The header, query parameter or cookie that carries it."""


Security = tuple[tuple[str, ...], ...]
"""An operation's security: alternatives, each the names of the schemes it needs together; an
empty alternative (or no alternative at all) needs no credentials."""


@dataclass(frozen=True)
class Credentials:
    """What one request carries to authenticate: headers, query pairs and cookies."""

    headers: Mapping[str, str]
    query: tuple[tuple[str, str], ...]
    cookies: tuple[tuple[str, str], ...]

    def __repr__(self) -> str:
        return "Credentials(********)"


NO_CREDENTIALS = Credentials({}, (), ())


@dataclass(frozen=True)
class Endpoint:
    """The resolved base URL (scheme, host, optional path prefix) and the credentials."""

    base_url: str
    credentials: Mapping[str, Secret]
    """By client argument (``token``, ``api_key``, ...): the credentials given."""
    schemes: Mapping[str, SecurityScheme]
    """By scheme name: the security schemes of the spec."""
    metro: str | None = None
    """The metro the spec's server URLs are filled with; ``None`` when ``base_url`` was given."""
    allow_http: bool = False

    def base_url_for(self, server_url: str | None) -> str:
        """The base URL of an operation with its own ``server_url`` (in the client's metro); a
        ``base_url`` given to the client (a mock, a proxy) serves every operation."""
        if server_url is None or self.metro is None:
            return self.base_url
        return _check_base_url(server_url.replace("{metro}", self.metro), self.allow_http)

    def credentials_for(self, operation_id: str, security: Security) -> Credentials:
        """What a request of an operation with ``security`` carries: the first alternative
        whose credentials were all given; nothing for a public operation."""
        if not security or () in security:
            # Optional security ({} among the alternatives) still sends what was given.
            chosen = next((a for a in security if a and self._has_all(a)), ())
            return self._credentials(chosen) if chosen else NO_CREDENTIALS
        for alternative in security:
            if self._has_all(alternative):
                return self._credentials(alternative)
        wanted = " or ".join(
            " and ".join(f"{self.schemes[name].argument}=..." for name in alternative)
            for alternative in security
        )
        raise ConfigurationError(f"{operation_id} needs credentials: pass {wanted} to the client")

    def _has_all(self, alternative: tuple[str, ...]) -> bool:
        return all(self.schemes[name].argument in self.credentials for name in alternative)

    def _credentials(self, alternative: tuple[str, ...]) -> Credentials:
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        for name in alternative:
            scheme = self.schemes[name]
            value = self.credentials[scheme.argument].reveal()
            if scheme.kind == "bearer":
                value = f"Bearer {value}"
            elif scheme.kind == "basic":
                value = f"Basic {value}"
            if scheme.location == "query":
                query.append((scheme.name, value))
            elif scheme.location == "cookie":
                cookies.append((scheme.name, value))
            else:
                headers[scheme.name] = value
        return Credentials(headers, tuple(query), tuple(cookies))


def resolve_endpoint(
    *,
    credentials: Mapping[str, object],
    schemes: Mapping[str, SecurityScheme],
    always_needed: bool,
    metro: str | None,
    base_url: str | None,
    server_url: str,
    default_metro: str,
    allow_http: bool,
    environ: Mapping[str, str] | None = None,
) -> Endpoint:
    """Resolve the endpoint from the arguments, then the environment, then the spec's default.

    ``credentials`` are the client's credential arguments (``None`` when not given), for the
    security ``schemes`` of the spec; a bearer ``token`` also comes from ``UKC_TOKEN``. When
    every operation needs credentials (``always_needed``), a client without any is refused
    here rather than at its first call. ``server_url`` is the spec's server URL, with a
    ``{metro}`` variable if the API has metros. A ``base_url`` wins over any metro; plain
    ``http://`` is accepted only with ``allow_http``.
    """
    env = os.environ if environ is None else environ
    given = _resolve_credentials(credentials, env)
    if always_needed and not given:
        if list(credentials) == ["token"]:
            raise ConfigurationError(
                f"no API token: pass token=... or set the {TOKEN_VARIABLE} environment variable"
            )
        names = " or ".join(f"{argument}=..." for argument in credentials)
        raise ConfigurationError(f"no credentials: pass {names}")
    if not server_url and base_url is None:
        raise ConfigurationError("the spec names no absolute server URL: pass base_url=...")
    if base_url is None and "{metro}" not in server_url:
        return Endpoint(
            base_url=_check_base_url(server_url, allow_http),
            credentials=given,
            schemes=schemes,
            allow_http=allow_http,
        )
    if base_url is None:
        resolved_metro = metro if metro is not None else env.get(METRO_VARIABLE, default_metro)
        if not _METRO_PATTERN.fullmatch(resolved_metro):
            raise ConfigurationError(
                f"metro {resolved_metro!r} is not a metro name (lower-case letters, digits, '-')"
            )
        return Endpoint(
            base_url=_check_base_url(server_url.replace("{metro}", resolved_metro), allow_http),
            credentials=given,
            schemes=schemes,
            metro=resolved_metro,
            allow_http=allow_http,
        )
    return Endpoint(
        base_url=_check_base_url(base_url, allow_http), credentials=given, schemes=schemes
    )


def _resolve_credentials(
    credentials: Mapping[str, object], env: Mapping[str, str]
) -> dict[str, Secret]:
    """The credentials given (a bearer token also from the environment), checked."""
    given: dict[str, Secret] = {}
    for argument, value in credentials.items():
        if value is None and argument == "token":
            value = env.get(TOKEN_VARIABLE) or None
        if value is None:
            continue
        if argument.startswith("basic_auth"):
            given[argument] = _basic_credentials(argument, value)
        else:
            what = "the API token" if argument == "token" else argument
            given[argument] = Secret(_check_token(value, what))
    return given


def _basic_credentials(argument: str, value: object) -> Secret:
    """``(user, password)`` as the ``user:password`` text of HTTP basic, in base64."""
    parts = cast("tuple[object, ...]", value) if isinstance(value, tuple) else ()
    if len(parts) != 2 or not isinstance(parts[0], str) or not isinstance(parts[1], str):
        raise ConfigurationError(f"{argument} must be a (user, password) tuple of two str")
    user, password = parts[0], parts[1]
    if ":" in user:
        raise ConfigurationError(f"the user of {argument} holds a ':', which HTTP basic cannot")
    for part, what in ((user, "user"), (password, "password")):
        if any(ord(character) < 32 or ord(character) == 127 for character in part):
            raise ConfigurationError(f"the {what} of {argument} holds a control character")
    return Secret(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))


def _check_token(token: object, what: str = "the API token") -> str:
    if not isinstance(token, str):
        raise ConfigurationError(f"{what} must be a str, not {type(token).__name__}")
    for position, character in enumerate(token):
        if "!" <= character <= "~":
            continue
        if character in "\r\n" and not token[position:].strip("\r\n"):
            problem = "ends with a line break (read from a file? strip it)"
        elif character in "\r\n":
            problem = f"holds a line break at position {position}"
        elif character.isspace():
            problem = f"holds whitespace at position {position}"
        elif character.isascii():
            problem = f"holds a control character at position {position}"
        else:
            problem = f"holds a non-ASCII character at position {position}"
        # The message names where the token is broken, never any of its characters.
        raise ConfigurationError(f"{what} {problem}: a token or key is visible ASCII only")
    return token


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
