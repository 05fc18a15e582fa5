"""Per-request overhead of the generated client against raw urllib3, on one loopback server.

Both send the same small GET (``/v1/healthz``) with the same headers over a kept-alive
connection of their own ``PoolManager`` to a minimal server in another process; the client
also builds the URL, checks the status and parses the answer into its envelope model. Rounds
alternate between the two, and medians keep the noise of a shared machine out.

    python bench/bench_client.py [--requests 500] [--rounds 21]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import socket
import socketserver
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import urllib3

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / "generated")]

from ukc_client import Client, __version__  # noqa: E402

ANSWER = json.dumps(
    {"status": "success", "data": {"services": {"api": "ok"}}, "op_time_us": 12}
).encode()
TOKEN = "bench-token"


RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    + f"Content-Length: {len(ANSWER)}\r\n\r\n".encode()
    + ANSWER
)


class HealthzHandler(socketserver.BaseRequestHandler):
    """Answers every request on a kept-alive connection with the same small envelope.

    Deliberately minimal (GET requests without a body only), so that the server's own time
    is small and steady next to what is measured.
    """

    def handle(self) -> None:
        connection: socket.socket = self.request
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        pending = b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                return
            pending += chunk
            while b"\r\n\r\n" in pending:
                _, pending = pending.split(b"\r\n\r\n", 1)
                connection.sendall(RESPONSE)


def serve(ready: multiprocessing.SimpleQueue[int]) -> None:
    """Serve until terminated, after telling ``ready`` the port."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), HealthzHandler)
    server.daemon_threads = True
    ready.put(server.server_address[1])
    server.serve_forever()


def per_request_us(call: Callable[[], object], requests: int) -> tuple[float, float]:
    """Wall-clock and CPU time of this process, in microseconds per request."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(requests):
        call()
    return (
        (time.perf_counter() - wall) / requests * 1e6,
        (time.process_time() - cpu) / requests * 1e6,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500, help="requests per round")
    parser.add_argument("--rounds", type=int, default=21, help="rounds of each")
    args = parser.parse_args()

    # The server runs in a process of its own: in a thread it would compete with the
    # measured code for the GIL and charge its own work to whichever side waits longer.
    ready: multiprocessing.SimpleQueue[int] = multiprocessing.SimpleQueue()
    server = multiprocessing.Process(target=serve, args=(ready,), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{ready.get()}"

    pool = urllib3.PoolManager()
    headers = {
        "Accept": "application/json",
        "User-Agent": f"ukc-client/{__version__}",
        "Authorization": f"Bearer {TOKEN}",
    }
    url = base_url + "/v1/healthz"

    def raw() -> object:
        return pool.request("GET", url, headers=headers).data

    client = Client(token=TOKEN, base_url=base_url, allow_http=True)
    typed = client.system.healthz

    for call in (raw, typed):  # warm up connections and caches
        per_request_us(call, 200)
    raw_rounds: list[tuple[float, float]] = []
    client_rounds: list[tuple[float, float]] = []
    for _ in range(args.rounds):
        raw_rounds.append(per_request_us(raw, args.requests))
        client_rounds.append(per_request_us(typed, args.requests))
    client.close()
    pool.clear()
    server.terminate()
    server.join()

    print(f"{args.rounds} alternating rounds of {args.requests} requests; medians per request")
    for index, clock in enumerate(("wall-clock", "CPU (client process)")):
        raw_us = statistics.median(round_[index] for round_ in raw_rounds)
        client_us = statistics.median(round_[index] for round_ in client_rounds)
        # Each client round runs right after a raw round: their ratio cancels drifts in load.
        paired = statistics.median(
            c[index] / r[index] for c, r in zip(client_rounds, raw_rounds, strict=True)
        )
        print(
            f"{clock:>20}: raw urllib3 {raw_us:6.1f} us, ukc_client {client_us:6.1f} us, "
            f"overhead {client_us - raw_us:5.1f} us, ratio {client_us / raw_us:.2f}x "
            f"(median of pairs {paired:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
