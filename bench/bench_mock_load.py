"""Throughput and latency of the mock under concurrent clients, and whether its state holds.

Starts the mock (``generator.mock.running_mock``, the real spec) and runs ``--clients``
threads, each on its own kept-alive HTTP/1.1 connection, each sending ``--requests``
requests in a fixed cycle of ten: create an instance, get it by UUID four times, stop it,
start it, list all instances, check health, delete it. Then every client races to create the
same ``--races`` names at once. It reports requests per second, the median and the 99th
percentile of the latency, and checks the state: every request answered as expected,
exactly one winner per raced name, and the listing holds exactly the instances still alive.

    python bench/bench_mock_load.py [--clients 16] [--requests 500] [--races 50]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent.parent)]

from generator.mock import running_mock  # noqa: E402

TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


class LoadClient:
    """One client thread's connection, its latencies and what went wrong."""

    def __init__(self, host: str, port: int) -> None:
        self.connection = http.client.HTTPConnection(host, port, timeout=30)
        self.latencies: list[float] = []
        self.failures: list[str] = []

    def request(self, method: str, path: str, body: Any = None, expect: int = 200) -> Any:
        payload = None if body is None else json.dumps(body)
        started = time.perf_counter()
        self.connection.request(method, path, body=payload, headers=HEADERS)
        response = self.connection.getresponse()
        data = response.read()
        self.latencies.append(time.perf_counter() - started)
        if response.status != expect:
            self.failures.append(f"{method} {path}: {response.status} {data[:200]!r}")
        return json.loads(data), response.status


def run_cycle(client: LoadClient, index: int, requests: int) -> None:
    sent = 0
    serial = 0
    while sent < requests:
        name = f"load-{index}-{serial}"
        serial += 1
        created, _ = client.request(
            "POST", "/v1/instances", {"image": "nginx:latest", "name": name}
        )
        uuid = created["data"]["instances"][0]["uuid"]
        steps = [
            ("GET", f"/v1/instances/{uuid}"),
            ("GET", f"/v1/instances/{uuid}"),
            ("PUT", f"/v1/instances/{uuid}/stop"),
            ("GET", f"/v1/instances/{uuid}"),
            ("PUT", f"/v1/instances/{uuid}/start"),
            ("GET", f"/v1/instances/{uuid}"),
            ("GET", "/v1/instances"),
            ("GET", "/v1/healthz"),
            ("DELETE", f"/v1/instances/{uuid}"),
        ]
        sent += 1
        for method, path in steps:
            client.request(method, path)
            sent += 1


def race(client: LoadClient, races: int, winners: list[str]) -> None:
    for number in range(races):
        name = f"race-{number}"
        document, status = client.request(
            "POST", "/v1/instances", {"image": "nginx:latest", "name": name}, expect=-1
        )
        if status == 200 and document["data"]["instances"][0].get("status") == "success":
            winners.append(name)
    client.failures.clear()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=500, help="per client")
    parser.add_argument("--races", type=int, default=50)
    arguments = parser.parse_args()
    with running_mock(token=TOKEN) as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        clients = [LoadClient(host, int(port)) for _ in range(arguments.clients)]
        threads = [
            threading.Thread(target=run_cycle, args=(client, index, arguments.requests))
            for index, client in enumerate(clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        latencies = [latency for client in clients for latency in client.latencies]
        failures = [failure for client in clients for failure in client.failures]

        winners: list[str] = []
        racers = [
            threading.Thread(target=race, args=(client, arguments.races, winners))
            for client in clients
        ]
        for thread in racers:
            thread.start()
        for thread in racers:
            thread.join()
        listing, _ = clients[0].request("GET", "/v1/instances")
        alive = sorted(item["name"] for item in listing["data"]["instances"])

    print(f"{len(latencies)} requests from {arguments.clients} clients in {elapsed:.2f} s")
    print(f"throughput: {len(latencies) / elapsed:.0f} requests/s")
    print(f"latency: median {statistics.median(latencies) * 1000:.1f} ms, ", end="")
    print(f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
    print(f"unexpected answers: {len(failures)}", *failures[:5], sep="\n  ")
    expected = sorted(f"race-{number}" for number in range(arguments.races))
    print(f"races: {len(winners)} winners for {arguments.races} names", end="; ")
    print("state consistent" if sorted(winners) == expected == alive else "STATE INCONSISTENT")


if __name__ == "__main__":
    main()
