"""Running the app: the listening socket (port 0 lets the system choose one) and the server.

On SIGTERM or Ctrl-C the server stops taking connections and stops the app's parsing workers
(:mod:`mandata.web.workers`) at once: an upload being parsed is answered 503 ("the server is
stopping") instead of holding the server up. Other requests in flight get :data:`GRACE_SECONDS`
to finish.
"""

from __future__ import annotations

import socket
from types import FrameType

import uvicorn
from fastapi import FastAPI

GRACE_SECONDS = 5
"""How long requests in flight may go on after the server is told to stop."""


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host`` (IPv4 or IPv6) and ``port``, 0 for any free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def address(sock: socket.socket) -> str:
    """The URL a listening socket serves, with the port the system chose."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


class _Server(uvicorn.Server):
    """uvicorn's server, stopping the app's parsing workers as soon as it is told to stop."""

    def __init__(self, app: FastAPI) -> None:
        super().__init__(
            uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=GRACE_SECONDS)
        )
        self.app = app

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        self.app.state.workers.close()


def run(app: FastAPI, sock: socket.socket) -> None:
    """Serve ``app`` on ``sock`` until SIGTERM or SIGINT."""
    _Server(app).run(sockets=[sock])
