"""The web server as a client meets it, over real sockets: uploads parsed off the event loop
(health keeps answering, a parse has a time limit), the token and the size checked before the
body is read (an unauthenticated 3 GB POST is refused at once), SIGTERM obeyed during a parse, and
``mandata serve --port 0``.

The slow parses are deliberate (:func:`webapp.slow_parse` keeps a worker's CPU busy for as long
as the upload asks): what is asserted is behaviour, with generous bounds, not speed.
"""

from __future__ import annotations

import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from conftest import EXAMPLES
from mandata.web.server import listen
from webapp import TOKEN, build_registry, make_app, slow, slow_parse

LETTER = (EXAMPLES / "en" / "request_letter.txt").read_bytes()
BOUNDARY = "mandata-test-boundary"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_registry(tmp_path_factory.mktemp("serve"))


@contextmanager
def serving(app: Any) -> Iterator[tuple[str, int]]:
    """``app`` served by uvicorn in a thread on a free port: yields (host, port)."""
    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield "127.0.0.1", port
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def raw_request(host: str, port: int, head: str, body: bytes = b"", wait: float = 10) -> str:
    """Send a request's head (and ``body``, maybe less than it declares) and return the status
    line of the answer, or "" when none comes within ``wait`` seconds."""
    with socket.create_connection((host, port), timeout=wait) as conn:
        conn.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        try:
            answer = conn.recv(4096)
        except TimeoutError:
            return ""
    return answer.split(b"\r\n", 1)[0].decode()


def post_head(path: str, length: int | None, token: str | None = None) -> str:
    """The head of a multipart POST declaring ``length`` bytes (chunked when None)."""
    lines = [
        f"POST {path} HTTP/1.1",
        "Host: localhost",
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}",
        f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked",
    ]
    if token is not None:
        lines.append(f"Authorization: Bearer {token}")
    return "\n".join(lines) + "\n"


# --- Uploads parsed off the event loop (#12 item 8) -----------------------------------------


def test_health_answers_within_a_second_while_a_slow_upload_is_parsed(db: str) -> None:
    """The server (a process of its own, as in production) parses an upload for 6 s while
    health is asked every 0.1 s. A server parsing on its event loop answers once or twice, the
    first health asked during the parse waiting for all of it; here every answer comes within
    a second. One answer may be slower on a machine so loaded that every process is held up
    (seen once, 4.9 s, with the whole suite and other jobs on 2 cores), never as slow as the
    parse."""
    with slow_server(db) as (_, url), httpx.Client(base_url=url) as client:
        outcome: dict[str, Any] = {}

        def upload() -> None:
            started = time.monotonic()
            files = {"file": ("letter.txt", slow(6, LETTER), "text/plain")}
            outcome["response"] = client.post("api/check", files=files, timeout=120)
            outcome["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=upload)
        thread.start()
        waits = []
        while thread.is_alive():
            started = time.monotonic()
            assert client.get("api/health", timeout=30).status_code == 200
            waits.append(time.monotonic() - started)
            time.sleep(0.1)
        thread.join()
    response = outcome["response"]
    assert response.status_code == 200, response.text
    assert response.json()["data"]["document"]["symbol"] == "A/80/191"
    assert outcome["seconds"] >= 6  # health was asked all along the parse
    print(f"health during a 6 s parse: {len(waits)} answers, the slowest in {max(waits):.3f} s")
    assert len(waits) >= 20
    assert sum(wait >= 1.0 for wait in waits) <= 1 and max(waits) < 3.0, sorted(waits)[-5:]


def test_a_parse_over_the_time_limit_is_stopped_and_the_next_upload_parsed(db: str) -> None:
    app = make_app(db, parser=slow_parse, upload_seconds=5, upload_workers=1)
    with TestClient(app) as client:
        started = time.monotonic()
        files = {"file": ("letter.txt", slow(60, LETTER), "text/plain")}
        late = client.post("/api/check", files=files)
        elapsed = time.monotonic() - started
        assert late.status_code == 422, late.text
        assert late.json()["error"]["code"] == "parse_timeout"
        assert elapsed < 40, elapsed  # given up at the limit, not after the 60 s parse
        files = {"file": ("letter.txt", LETTER, "text/plain")}
        assert client.post("/api/check", files=files).status_code == 200
        page = client.post("/check", files={"file": ("letter.txt", slow(60, LETTER), "x")})
        assert page.status_code == 422 and "took more than 5 s" in page.text


# --- Token, then size, then the body as it streams (#12 items 2 and 9) ------------------------


def test_an_unauthenticated_3_gb_post_is_refused_before_its_body(db: str) -> None:
    three_gb = 3 * 1024**3
    with serving(make_app(db)) as (host, port):
        for token in (None, "wrong"):
            status = raw_request(host, port, post_head("/api/documents", three_gb, token))
            assert status.startswith("HTTP/1.1 401"), status
        status = raw_request(host, port, post_head("/api/documents", three_gb, TOKEN))
        assert status.startswith("HTTP/1.1 413"), status
        status = raw_request(host, port, post_head("/api/check", three_gb))
        assert status.startswith("HTTP/1.1 413"), status
    with serving(make_app(db, token=None)) as (host, port):
        status = raw_request(host, port, post_head("/api/documents", three_gb, TOKEN))
        assert status.startswith("HTTP/1.1 403"), status


def stream_until_answered(conn: socket.socket, chunk: bytes, most: int) -> tuple[bytes, int]:
    """Send ``chunk`` again and again as HTTP chunks (``most`` bytes at most) until the server
    answers; returns the start of its answer and the bytes sent."""
    sent = 0
    try:
        while sent < most:
            if select.select([conn], [], [], 0)[0]:
                break
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    return conn.recv(4096), sent


def test_an_upload_over_the_cap_is_refused_as_it_streams(db: str) -> None:
    """Chunked, so no length is declared: the server stops at the cap (512 KiB here) and
    answers 413 while the client still has most of its 64 MiB to send."""
    head = post_head("/api/check", None).replace("\n", "\r\n").encode() + b"\r\n"
    part = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    with serving(make_app(db)) as (host, port), socket.create_connection((host, port)) as conn:
        conn.settimeout(10)
        conn.sendall(head + b"%x\r\n%s\r\n" % (len(part), part))
        answer, sent = stream_until_answered(conn, b"a" * 65536, 64 * 1024 * 1024)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    assert sent < 8 * 1024 * 1024, sent


# --- Stopping ---------------------------------------------------------------------------------


SERVE_SLOW = """
import sys
sys.path.insert(0, {tests!r})
from mandata.web import server
from webapp import make_app, slow_parse
app = make_app({db!r}, parser=slow_parse)
sock = server.listen("127.0.0.1", 0)
print(server.address(sock), flush=True)
server.run(app, sock)
"""


@contextmanager
def slow_server(db: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The app with :func:`webapp.slow_parse`, served by :func:`mandata.web.server.run` in a
    process of its own: yields the process and its address."""
    code = SERVE_SLOW.format(tests=str(Path(__file__).parent), db=db)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid``."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_server_stops_on_sigterm_in_the_middle_of_a_parse(db: str) -> None:
    with slow_server(db) as (proc, url):
        files = {"file": ("letter.txt", slow(120, LETTER), "text/plain")}
        thread = threading.Thread(
            target=lambda: httpx.post(url + "api/check", files=files, timeout=200), daemon=True
        )
        thread.start()
        deadline = time.monotonic() + 60
        while not children(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = children(proc.pid)
        assert workers, "no parsing worker started"
        time.sleep(2)  # the parse is under way
        assert httpx.get(url + "api/health", timeout=5).status_code == 200
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        print(f"stopped {time.monotonic() - started:.1f} s after SIGTERM")
        assert proc.returncode in (0, -signal.SIGTERM)
        time.sleep(0.5)
        assert not [pid for pid in workers if alive(pid)], "a parsing worker outlived the server"


def test_serve_on_port_0_prints_the_address_it_serves(db: str) -> None:
    env = {**os.environ, "MANDATA_TOKEN": ""}
    exe = Path(sys.executable).parent / "mandata"
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", db, "--port", "0"], stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.search(r" on (http://127\.0\.0\.1:(\d+)/)$", line.strip())
        assert found is not None, line
        assert int(found[2]) > 0
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(found[1] + "api/health", timeout=5)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "nothing answers at the printed address"
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["ok"] is True
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert proc.returncode in (0, -signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
