"""Quick start: create an instance, get it back by UUID, wait for it, list, resize, delete.

The README's quick start. With ``UKC_TOKEN`` set (and ``UKC_METRO`` for a metro other than the
default), ``python tests/client/quickstart.py`` runs it against the API; given a base URL
(``python tests/client/quickstart.py http://127.0.0.1:8080``) against a mock of it.
"""

from __future__ import annotations

import sys

from ukc_client import Client


def quickstart(client: Client) -> None:
    created = client.instances.create(image="nginx:latest", name="web", memory_mb=256)
    uuid = created.instances[0].uuid
    assert uuid is not None

    instance = client.instances.get_by_uuid(uuid).instances[0]
    print(f"{instance.name}: {instance.state}, {instance.memory_mb} MB")

    client.instances.wait([uuid], state="running", timeout_ms=10_000)

    for listed in client.instances.get().instances:
        print(f"listed {listed.name} ({listed.uuid})")

    client.instances.update(uuid=uuid, prop="memory_mb", op="set", value=512)
    resized = client.instances.get_by_uuid(uuid).instances[0]
    print(f"{resized.name} now has {resized.memory_mb} MB")

    client.instances.delete([uuid])


if __name__ == "__main__":
    base_url = sys.argv[1] if len(sys.argv) > 1 else None
    with Client(base_url=base_url, allow_http=base_url is not None) as client:
        quickstart(client)
