"""What only the async client has: concurrency on one client, cancellation, and its extra.

Every operation, retry, timeout and error test runs for both clients (the ``client_kind``
fixture); these are the cases that need an event loop of their own.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap

import pytest
from ukc_client import AsyncClient, RetryPolicy

from tests.support.client_support import TOKEN
from tests.support.loopback_server import LoopbackServer, ScriptedResponse


def _async_client(server: LoopbackServer, **options: object) -> AsyncClient:
    return AsyncClient(token=TOKEN, base_url=server.url, allow_http=True, **options)  # type: ignore[arg-type]


def test_fifty_concurrent_calls_on_one_client_each_get_their_own_answer(
    loopback: LoopbackServer,
) -> None:
    loopback.responder = lambda request: ScriptedResponse(
        body={
            "status": "success",
            "data": {"instances": [{"name": request.json()[0]["name"]}]},
        },
        delay=0.02,
    )

    async def run() -> list[str]:
        async with _async_client(loopback) as client:
            answers = await asyncio.gather(
                *(client.instances.get([f"web-{number}"]) for number in range(50))
            )
        return [str(answer.instances[0].name) for answer in answers]

    assert asyncio.run(run()) == [f"web-{number}" for number in range(50)]
    assert len(loopback.requests) == 50


def test_a_cancelled_call_leaves_no_half_used_connection(loopback: LoopbackServer) -> None:
    loopback.script(
        ScriptedResponse(
            body={"status": "success", "data": {"instances": [{"name": "late"}]}}, delay=0.5
        )
    )
    loopback.responder = lambda request: ScriptedResponse(
        body={
            "status": "success",
            "data": {"instances": [{"name": request.json()[0]["name"]}]},
        }
    )

    async def run() -> list[str]:
        async with _async_client(loopback, pool_maxsize=1) as client:
            slow = asyncio.create_task(client.instances.get(["first"]))
            await asyncio.sleep(0.1)
            slow.cancel()
            with pytest.raises(asyncio.CancelledError):
                await slow
            # One pooled connection: a half-used one would hand the late answer to the next call.
            names = []
            for name in ("second", "third"):
                answer = await client.instances.get([name])
                names.append(str(answer.instances[0].name))
            await asyncio.sleep(0.5)
            answer = await client.instances.get(["fourth"])
            names.append(str(answer.instances[0].name))
            return names

    assert asyncio.run(run()) == ["second", "third", "fourth"]


def test_a_call_cancelled_during_a_retry_wait_sends_nothing_more(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: ScriptedResponse(status=503, headers={"Retry-After": "5"})

    async def run() -> None:
        async with _async_client(loopback, retry=RetryPolicy(jitter=0.0)) as client:
            call = asyncio.create_task(client.system.healthz())
            await asyncio.sleep(0.2)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call

    asyncio.run(run())
    assert len(loopback.requests) == 1


def test_the_package_imports_and_works_without_httpx(loopback: LoopbackServer) -> None:
    # httpx blocked: importing it fails, as in an environment without the async extra.
    script = textwrap.dedent(
        f"""
        import sys
        sys.modules["httpx"] = None
        import ukc_client
        from ukc_client import AsyncClient, Client
        with Client({TOKEN!r}, base_url={loopback.url!r}, allow_http=True) as client:
            print(client.with_raw_response.system.healthz().envelope.status)
        try:
            AsyncClient({TOKEN!r}, base_url={loopback.url!r}, allow_http=True)
        except ModuleNotFoundError as error:
            print(error)
        print("httpx" in sys.modules and sys.modules["httpx"] is not None)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "success",
        "AsyncClient needs httpx: install the async extra, pip install 'ukc-client[async]'",
        "False",
    ]
