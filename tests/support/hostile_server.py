"""A raw TCP server on 127.0.0.1 that answers HTTP requests the way a hostile server would.

Each connection reads one request (head and ``Content-Length`` body) and hands the socket to
a ``Behaviour``: a function that writes whatever bytes it likes, as slowly as it likes, such
as a body dripping one byte at a time or a chunked body without end. A behaviour stops when
the client hangs up or the server stops.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator

Behaviour = Callable[["HostileConnection"], None]


class ServerStopped(Exception):
    """The server is stopping: the behaviour must end."""


class HostileConnection:
    """One accepted connection: what the client sent, and ways to answer it."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self._stopping = stopping
        self.request_head = b""

    def send(self, data: bytes) -> None:
        """Send ``data``; ``ConnectionError`` once the client has gone."""
        if self._stopping.is_set():
            raise ServerStopped
        self.sock.sendall(data)

    def drip(self, data: bytes, interval: float) -> None:
        """Send ``data`` one byte every ``interval`` seconds."""
        for index in range(len(data)):
            self.send(data[index : index + 1])
            self.pause(interval)

    def pause(self, seconds: float) -> None:
        if self._stopping.wait(seconds):
            raise ServerStopped


class HostileServer:
    """The server; set ``behaviour`` before the client calls it."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.behaviour: Behaviour = lambda connection: None
        self._tls = tls
        self.requests: list[bytes] = []
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"{'https' if self._tls else 'http'}://{host}:{port}"

    def start(self) -> None:
        self._accepting.start()

    def stop(self) -> None:
        self._stopping.set()
        self._accepting.join()
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            if self._tls is not None:
                sock.settimeout(5)
                sock = self._tls.wrap_socket(sock, server_side=True)
        except OSError:
            sock.close()
            return
        connection = HostileConnection(sock, self._stopping)
        try:
            connection.request_head = _read_request(sock)
            self.requests.append(connection.request_head)
            self.behaviour(connection)
        except (OSError, ServerStopped):
            pass
        finally:
            sock.close()


def _read_request(sock: socket.socket) -> bytes:
    sock.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        piece = sock.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        piece = sock.recv(65536)
        if not piece:
            break
        body += piece
    return head


def running_hostile_server(tls: ssl.SSLContext | None = None) -> Iterator[HostileServer]:
    """A started server, stopped afterwards (the body of a pytest fixture)."""
    server = HostileServer(tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def head(status: str = "200 OK", *headers: str) -> bytes:
    """A status line and headers, ending with the blank line (as UTF-8, like a careless server)."""
    lines = [f"HTTP/1.1 {status}", *headers, "", ""]
    return "\r\n".join(lines).encode("utf-8")


def elapsed(since: float) -> float:
    return time.monotonic() - since
