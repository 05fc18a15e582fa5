"""The ``mock`` verb: serve a validating, stateful mock of the API until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from types import FrameType

from generator.errors import ToolkitError
from generator.openapi.document import default_spec_path

HELP = "Serve a validating, stateful mock of the API, driven by the spec."
EXTRA: str | None = None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on (0 picks a free one)"
    )
    parser.add_argument(
        "--spec",
        type=Path,
        help="the OpenAPI spec to serve (default: $UKC_SPEC, else the installed one)",
    )
    parser.add_argument(
        "--token", help="accept only this bearer token (default: any non-empty token)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log each request")


def run(args: argparse.Namespace) -> int:
    # The mock (its server, the validators) is imported here, not at import: ``--help`` stays quick.
    from generator.mock.app import MockApplication
    from generator.mock.server import MockServer, spec_at

    if args.spec is None:
        args.spec = default_spec_path()
    if not args.spec.is_file():
        raise ToolkitError(f"{args.spec}: no such spec file")
    app = MockApplication(spec_at(args.spec), token=args.token)
    try:
        server = MockServer(app, args.host, args.port, quiet=args.quiet)
    except OSError as error:
        raise ToolkitError(f"cannot listen on {args.host}:{args.port}: {error.strerror}") from error
    stop_requested = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    previous = {
        signum: signal.signal(signum, request_stop) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        server.start()
        print(f"Mock of the API ({len(app.router.operations)} operations) at {server.base_url}")
        print("Stop with Ctrl-C (SIGINT) or SIGTERM.", flush=True)
        stop_requested.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        server.stop()
    print("Mock stopped.", flush=True)
    return 0
