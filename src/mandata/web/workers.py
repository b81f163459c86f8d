"""Uploaded documents parsed in worker processes, off the server's event loop, each parse with a
time limit.

Parsing is CPU-bound and its time depends on the document: done inside an ``async`` handler it
stopped the server from answering anything else (one upload froze ``/api/health`` for minutes, and
a blocked loop does not see SIGTERM). Here a few worker processes (started on the first upload,
with ``spawn``: the server has threads) parse one document each at a time; the handler waits for
the answer in a thread. A worker that passes the time limit is killed and replaced, and the
client gets a 422; when every worker is busy for as long as the limit, the client gets a 503.
:meth:`ParseWorkers.close` (when the server is told to stop, and at the app's shutdown) kills the
busy ones, so that a server told to stop does not wait for a parse.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from mandata.errors import MandataError
from mandata.model import Document
from mandata.parse import parse_akn, parse_raw
from mandata.read import is_akn, read_bytes
from mandata.web.errors import ApiError

ParseFn = Callable[[bytes, str, str | None, int], Document]
"""What parses an upload in a worker: (data, name, symbol, size limit) -> Document. A module's
top-level function: the worker process imports it by name."""

START_SECONDS = 120.0
"""How long a new worker may take to import the parser before it is given up on."""

WARM_UP = (
    b"United Nations\tA/RES/80/1\nGeneral Assembly\n\nThe General Assembly,\n\n"
    b"Recalling its resolution 79/1,\n\n1. Requests the Secretary-General to report to it "
    b"at its eighty-first session;\n"
)
"""A short text a new worker parses before it says it is ready: the parser's first use loads
what it needs (the language detector's models, patterns), which is not the upload's time. (Each
other language still loads its own patterns at its first upload: a second or two.)"""

IDLE_SECONDS = 300.0
"""A worker with no upload for this long ends (the server is given none idle for half of it)."""


def parse_upload(data: bytes, name: str, symbol: str | None, limit: int) -> Document:
    """An uploaded file parsed from its bytes (``name`` gives only the format's suffix)."""
    if is_akn(data):  # Akoma Ntoso XML (the UN's own files): read, not parsed as text
        return parse_akn(data, source=name)
    raw = read_bytes(data, name, limit)
    return parse_raw(raw, source=name, symbol=symbol)


def _work(conn: Connection, parse: ParseFn) -> None:
    """A worker's loop: parse each task received and send back the document or the error;
    ends when the server closes its end of the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server
    with contextlib.suppress(Exception):  # decides when its workers stop
        parse(WARM_UP, "warm-up.txt", None, len(WARM_UP))
    conn.send(("ready",))
    while True:
        try:
            if not conn.poll(IDLE_SECONDS):
                return
            task = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[Any, ...] = ("ok", parse(*task))
        except MandataError as err:
            reply = ("error", err.code, str(err))
        except Exception as err:  # the server answers for it; the worker goes on
            reply = ("crash", type(err).__name__)
        conn.send(reply)


class _Worker:
    """One worker process, the server's end of its pipe, and the generation of the pool it
    was started in."""

    def __init__(self, parse: ParseFn, generation: int) -> None:
        self.generation = generation
        self.idle_since = time.monotonic()
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_work, args=(child, parse), name="mandata-upload-parser", daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self) -> bool:
        """Whether the worker said it is ready before :data:`START_SECONDS`."""
        try:
            return bool(self.conn.poll(START_SECONDS)) and self.conn.recv() == ("ready",)
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class ParseWorkers:
    """At most ``size`` worker processes parsing uploads, ``seconds`` at most each."""

    def __init__(self, size: int, seconds: float, parse: ParseFn = parse_upload) -> None:
        self.size, self.seconds, self.parse_fn = size, seconds, parse
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._generation = 0  # one more at each close: the workers of before are stopped

    async def parse(self, data: bytes, name: str, symbol: str | None, limit: int) -> Document:
        """``data`` parsed by a worker; the event loop goes on serving meanwhile."""
        deadline = time.monotonic() + self.seconds
        return await asyncio.to_thread(self._parse_blocking, (data, name, symbol, limit), deadline)

    def _parse_blocking(self, task: tuple[Any, ...], deadline: float) -> Document:
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise ApiError(
                503,
                "busy",
                f"every parser has been busy for {self.seconds:g} s: try again later",
                headers={"Retry-After": str(max(1, round(self.seconds)))},
            )
        try:
            worker = self._take()
            reply = self._run(worker, task)
            self._give_back(worker)
        finally:
            self._slots.release()
        return self._result(reply)

    def _take(self) -> _Worker:
        """An idle worker that surely has not ended on its own yet, or a new one, ready."""
        fresh = time.monotonic() - IDLE_SECONDS / 2
        with self._lock:
            stale = [w for w in self._idle if w.idle_since < fresh or not w.process.is_alive()]
            for old in stale:
                self._idle.remove(old)
                self._all.discard(old)
            worker = self._idle.pop() if self._idle else None
            generation = self._generation
        for old in stale:
            old.kill()
        if worker is not None:
            return worker
        worker = _Worker(self.parse_fn, generation)
        with self._lock:
            self._all.add(worker)
        if not worker.wait_ready():
            self._drop(worker)
            if self._stopped(worker):
                raise _stopping()
            raise ApiError(503, "busy", "no parser could start")
        return worker

    def _stopped(self, worker: _Worker) -> bool:
        """Whether the pool was closed since ``worker`` started."""
        return worker.generation != self._generation

    def _run(self, worker: _Worker, task: tuple[Any, ...]) -> tuple[Any, ...]:
        """The worker's reply to ``task``; the worker is killed when it takes too long or dies."""
        try:
            worker.conn.send(task)
            if worker.conn.poll(self.seconds):
                reply: tuple[Any, ...] = worker.conn.recv()
                return reply
        except (EOFError, OSError):
            self._drop(worker)
            if self._stopped(worker):
                raise _stopping() from None
            code = worker.process.exitcode
            raise ApiError(
                500, "internal_error", f"the parser stopped on this document (exit code {code})"
            ) from None
        self._drop(worker)
        raise ApiError(
            422, "parse_timeout", f"the document took more than {self.seconds:g} s to parse"
        )

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._stopped(worker) and worker.process.is_alive():
                worker.idle_since = time.monotonic()
                self._idle.append(worker)
                return
        self._drop(worker)

    def _drop(self, worker: _Worker) -> None:
        """Take ``worker`` out of the pool and kill it, once: the request's thread and
        :meth:`close` (SIGTERM during a parse) may both drop it, and closing its pipe from two
        threads at once closes a descriptor twice (EBADF)."""
        with self._lock:
            if worker not in self._all:
                return  # dropped already, by the other thread
            self._all.discard(worker)
            if worker in self._idle:
                self._idle.remove(worker)
        worker.kill()

    @staticmethod
    def _result(reply: tuple[Any, ...]) -> Document:
        if reply[0] == "ok":
            doc: Document = reply[1]
            return doc
        if reply[0] == "error":
            raise ApiError(400, reply[1], reply[2])
        raise ApiError(500, "internal_error", f"internal error while parsing: {reply[1]}")

    def close(self) -> None:
        """Stop the parses in progress (the server is stopping): their workers are killed and
        their clients answered 503. Idle workers stay for later uploads (an app can be started
        again, as tests do); they end with the server's process (daemons, reading a pipe that
        closes with it)."""
        with self._lock:
            self._generation += 1
            for worker in self._idle:
                worker.generation = self._generation
            busy = [worker for worker in self._all if worker not in self._idle]
        for worker in busy:
            self._drop(worker)


def _stopping() -> ApiError:
    return ApiError(503, "stopping", "the server is stopping")
