"""Where the client sends requests, with which token, and that the token never shows."""

from __future__ import annotations

import logging

import pytest
from ukc_client.client import Client
from ukc_client.errors import ApiError, ConfigurationError

from tests.support.client_support import TOKEN, loopback_client
from tests.support.loopback_server import LoopbackServer, ScriptedResponse


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UKC_TOKEN", raising=False)
    monkeypatch.delenv("UKC_METRO", raising=False)


def test_metro_argument_selects_the_metro_host() -> None:
    with Client(token=TOKEN, metro="sin0") as client:
        assert client.base_url == "https://api.sin0.kraft.cloud"


def test_metro_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UKC_METRO", "dal0")
    with Client(token=TOKEN) as client:
        assert client.base_url == "https://api.dal0.kraft.cloud"


def test_metro_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UKC_METRO", "dal0")
    with Client(token=TOKEN, metro="was1") as client:
        assert client.base_url == "https://api.was1.kraft.cloud"


def test_without_a_metro_the_spec_default_is_used() -> None:
    with Client(token=TOKEN) as client:
        assert client.base_url == "https://api.fra0.kraft.cloud"


def test_base_url_wins_over_the_metro() -> None:
    with Client(token=TOKEN, metro="sin0", base_url="https://staging.example/api/") as client:
        assert client.base_url == "https://staging.example/api"


@pytest.mark.parametrize("metro", ["evil.example/", "FRA0", "fra0.attacker", ""])
def test_a_metro_that_is_not_a_plain_label_is_refused(metro: str) -> None:
    with pytest.raises(ConfigurationError, match="not a metro name"):
        Client(token=TOKEN, metro=metro)


def test_token_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, loopback: LoopbackServer
) -> None:
    monkeypatch.setenv("UKC_TOKEN", "from-env")
    with Client(base_url=loopback.url, allow_http=True) as client:
        client.system.healthz()
    assert loopback.requests[0].headers["authorization"] == "Bearer from-env"


def test_a_missing_token_names_both_sources() -> None:
    with pytest.raises(ConfigurationError, match="token=.*UKC_TOKEN"):
        Client()


def test_plain_http_is_refused_unless_asked_for() -> None:
    with pytest.raises(ConfigurationError, match="allow_http=True"):
        Client(token=TOKEN, base_url="http://127.0.0.1:8080")


def test_a_base_url_with_userinfo_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Client(token=TOKEN, base_url="https://user:hunter2@api.example")
    assert "hunter2" not in str(caught.value)


def test_tls_certificates_are_verified_by_default() -> None:
    with Client(token=TOKEN) as client:
        pool = client._transport._pool
        assert pool.connection_pool_kw["cert_reqs"] == "CERT_REQUIRED"


def test_the_token_is_not_in_the_repr_or_str_of_the_client() -> None:
    with Client(token=TOKEN) as client:
        shown = [repr(client), str(client), repr(client._transport), repr(vars(client))]
    assert not any(TOKEN in text for text in shown)


def test_the_token_is_not_in_an_api_error(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(status=401, body={"status": "error", "message": "denied"}))
    with loopback_client(loopback) as client, pytest.raises(ApiError) as caught:
        client.system.healthz()
    error = caught.value
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert not any(TOKEN in repr(value) for value in vars(error).values())


def test_the_token_is_not_in_debug_logs(
    loopback: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with loopback_client(loopback) as client:
        client.system.healthz()
    assert caplog.records, "the request is logged at DEBUG"
    assert not any(TOKEN in record.getMessage() for record in caplog.records)


def test_closing_the_client_closes_its_pool(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.system.healthz()
        pool = client._transport._pool
        assert len(pool.pools) == 1
    assert len(pool.pools) == 0
