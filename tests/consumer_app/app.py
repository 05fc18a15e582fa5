"""A small application that vendors the generated client under ``vendored/`` without the
``testing`` extra: the consumer whose own type check ``tests/codegen/test_consumer_app.py`` runs
(``mypy --strict`` and pyright in strict mode) on this file and the vendored copy."""

from __future__ import annotations

import asyncio

from vendored.ukc_client import (
    AsyncClient,
    Client,
    NotFoundError,
    RateLimitedError,
    RetryPolicy,
    UkcError,
    structure,
    unstructure,
)
from vendored.ukc_client.models import GetInstancesResponse, Instance


def running_names(client: Client) -> list[str]:
    """The names of the instances that run, or an empty list when the API is busy."""
    try:
        listed = client.instances.get()
    except RateLimitedError:
        return []
    names: list[str] = []
    for instance in listed.instances:
        if instance.state == "running" and instance.name is not None:
            names.append(instance.name)
    return names


def memory_of(client: Client, name: str) -> int | None:
    try:
        instance: Instance = client.instances.get_by_uuid(name).instances[0]
    except NotFoundError:
        return None
    return instance.memory_mb


def round_trip(document: dict[str, object]) -> dict[str, object]:
    """A response read into models and written back, as a cache of them would."""
    response = structure(document, GetInstancesResponse)
    written: dict[str, object] = unstructure(response)
    return written


async def count_async(client: AsyncClient) -> int:
    listed = await client.instances.get()
    return len(listed.instances)


def main() -> None:
    policy = RetryPolicy(max_retries=5)
    try:
        with Client(base_url="http://127.0.0.1:8080", allow_http=True, retry=policy) as client:
            print(running_names(client), memory_of(client, "web"))
    except UkcError as error:
        print(f"the API failed: {error}")
    asyncio.run(run_async())


async def run_async() -> None:
    async with AsyncClient(base_url="http://127.0.0.1:8080", allow_http=True) as client:
        print(await count_async(client))


if __name__ == "__main__":
    main()
