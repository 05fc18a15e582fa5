"""One client shared by several threads: every call gets its own answer."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from uuid import UUID, uuid4

from tests.support.client_support import loopback_client
from tests.support.loopback_server import LoopbackServer, RecordedRequest, ScriptedResponse

THREADS = 8
CALLS_PER_THREAD = 25


def _echo_instance(request: RecordedRequest) -> ScriptedResponse:
    uuid = request.path.rsplit("/", 1)[-1]
    instance = {"status": "success", "uuid": uuid, "name": f"instance-{uuid[:8]}"}
    return ScriptedResponse(body={"status": "success", "data": {"instances": [instance]}})


def test_concurrent_calls_on_one_client_each_get_their_own_answer(
    loopback: LoopbackServer,
) -> None:
    loopback.responder = _echo_instance
    wanted = [uuid4() for _ in range(THREADS * CALLS_PER_THREAD)]
    with loopback_client(loopback, pool_maxsize=THREADS) as client:

        def fetch(uuid: UUID) -> UUID:
            returned = client.instances.get_by_uuid(uuid).instances[0].uuid
            assert returned is not None
            return returned

        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            answered = list(pool.map(fetch, wanted))
    assert answered == wanted
    assert len(loopback.requests) == len(wanted)
