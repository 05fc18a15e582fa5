"""Serving the mock over HTTP: werkzeug's threaded WSGI server, started and stopped cleanly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from generator.mock.app import MockApplication
from generator.openapi.document import default_spec_path, load_document

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication


class QuietRequestHandler(WSGIRequestHandler):
    """Serves requests without writing an access log line for each."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class MockServer:
    """A WSGI application (the mock, as a rule) on a socket, served from a background thread."""

    def __init__(
        self, app: WSGIApplication, host: str = "127.0.0.1", port: int = 0, quiet: bool = True
    ) -> None:
        self._server: BaseWSGIServer = make_server(
            host,
            port,
            app,
            threaded=True,
            request_handler=QuietRequestHandler if quiet else None,
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # How long a stop may wait for the serving loop to notice it.
            kwargs={"poll_interval": 0.05},
            name="ukc-mock-server",
            daemon=True,
        )

    @property
    def base_url(self) -> str:
        return f"http://{self._server.host}:{self._server.port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting requests, finish the ones in flight, close the socket."""
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()

    def __enter__(self) -> MockServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@lru_cache(maxsize=8)
def _cached_spec(spec_path: Path, modified_ns: int) -> dict[str, Any]:
    return load_document(spec_path)


def spec_at(spec_path: Path) -> dict[str, Any]:
    """The spec at ``spec_path``, read once for as long as the file does not change."""
    resolved = spec_path.resolve()
    return _cached_spec(resolved, resolved.stat().st_mtime_ns)


@contextmanager
def running_mock(
    spec_path: Path | str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    token: str | None = None,
) -> Iterator[str]:
    """Run a fresh mock (empty state) for the block; yields its base URL.

    ``spec_path`` defaults to ``default_spec_path()`` (``UKC_SPEC``, else the spec installed
    with the toolkit). ``port=0`` picks a free port. With ``token``, only that bearer token is accepted;
    otherwise any non-empty one is.
    """
    app = MockApplication(
        spec_at(Path(spec_path) if spec_path is not None else default_spec_path()), token=token
    )
    with MockServer(app, host, port) as server:
        yield server.base_url
