"""Per-request overhead of ``AsyncClient`` against bare httpx, on one loopback server.

Both send the same small GET (``/v1/healthz``) with the same headers over a kept-alive
connection of their own ``httpx.AsyncClient`` to the minimal server of ``bench_client.py``,
in another process; ``AsyncClient`` also builds the URL, runs the call under its deadline,
reads the body in counted pieces, checks the status and parses the answer into its envelope
model. Rounds alternate between the two, and medians keep the noise of a shared machine out.

    python bench/bench_async_client.py [--requests 500] [--rounds 21]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / "generated")]
sys.path[:0] = [str(Path(__file__).resolve().parent)]

from bench_client import TOKEN, serve  # noqa: E402
from ukc_client import AsyncClient, __version__  # noqa: E402


async def per_request_us(
    call: Callable[[], Awaitable[object]], requests: int
) -> tuple[float, float]:
    """Wall-clock and CPU time of this process, in microseconds per request."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(requests):
        await call()
    return (
        (time.perf_counter() - wall) / requests * 1e6,
        (time.process_time() - cpu) / requests * 1e6,
    )


async def measure(
    base_url: str, requests: int, rounds: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    headers = {
        "Accept": "application/json",
        "User-Agent": f"ukc-client/{__version__}",
        "Authorization": f"Bearer {TOKEN}",
    }
    url = base_url + "/v1/healthz"
    async with (
        httpx.AsyncClient() as pool,
        AsyncClient(token=TOKEN, base_url=base_url, allow_http=True) as client,
    ):

        async def raw() -> object:
            return (await pool.get(url, headers=headers)).content

        typed = client.system.healthz
        for call in (raw, typed):  # warm up connections and caches
            await per_request_us(call, 200)
        raw_rounds: list[tuple[float, float]] = []
        client_rounds: list[tuple[float, float]] = []
        for _ in range(rounds):
            raw_rounds.append(await per_request_us(raw, requests))
            client_rounds.append(await per_request_us(typed, requests))
    return raw_rounds, client_rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500, help="requests per round")
    parser.add_argument("--rounds", type=int, default=21, help="rounds of each")
    args = parser.parse_args()

    # The server runs in a process of its own, as in bench_client.py.
    ready: multiprocessing.SimpleQueue[int] = multiprocessing.SimpleQueue()
    server = multiprocessing.Process(target=serve, args=(ready,), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{ready.get()}"
    try:
        raw_rounds, client_rounds = asyncio.run(measure(base_url, args.requests, args.rounds))
    finally:
        server.terminate()
        server.join()

    print(f"{args.rounds} alternating rounds of {args.requests} requests; medians per request")
    for index, clock in enumerate(("wall-clock", "CPU (client process)")):
        raw_us = statistics.median(round_[index] for round_ in raw_rounds)
        client_us = statistics.median(round_[index] for round_ in client_rounds)
        paired = statistics.median(
            c[index] / r[index] for c, r in zip(client_rounds, raw_rounds, strict=True)
        )
        print(
            f"{clock:>20}: bare httpx {raw_us:6.1f} us, AsyncClient {client_us:6.1f} us, "
            f"overhead {client_us - raw_us:5.1f} us, ratio {client_us / raw_us:.2f}x "
            f"(median of pairs {paired:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
