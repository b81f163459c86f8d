"""Health while an upload is parsed: how long ``/api/health`` takes to answer while the server
parses a document that is slow to parse, against the same request while nothing is parsed.

``mandata serve --port 0`` runs as a separate process over a registry of the shipped examples
(a fresh SQLite file in a temporary folder). One client uploads the document to ``/api/check``;
another asks ``/api/health`` every 0.1 s until the upload is answered. The document is one word
of ``--kilobytes`` random letters on one line (by default 200 kB, which took language detection
20 s and more before its sample was bounded: issue 12 items 7 and 8; ``--kilobytes 10000`` still
takes seconds); ``--file`` uploads a file of your own instead.

    python bench/bench_upload.py [--kilobytes 200] [--file PATH] [--seconds 60] [--json]

Printed: the upload's status and time, and the health answers during it (count, median,
slowest), beside the median of 20 health answers before the upload. Only loopback requests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def one_word(kilobytes: int) -> bytes:
    """A line of ``kilobytes`` kB of random lower-case letters: one long word."""
    rng = random.Random(kilobytes)
    return bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(kilobytes * 1000))


def start_server(db: str, seconds: int) -> tuple[subprocess.Popen[str], str]:
    """``mandata serve`` on a free port; returns the process and its address."""
    env = {**os.environ, "MANDATA_TOKEN": "", "MANDATA_UPLOAD_SECONDS": str(seconds)}
    env["MANDATA_UPLOAD_BYTES"] = str(50 * 1024 * 1024)
    exe = Path(sys.executable).parent / "mandata"
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", db, "--port", "0"], stderr=subprocess.PIPE, text=True, env=env
    )
    assert proc.stderr is not None
    found = re.search(r" on (http://127\.0\.0\.1:\d+/)", proc.stderr.readline())
    if found is None:
        proc.kill()
        raise SystemExit("mandata serve printed no address")
    return proc, found[1]


def health_times(client: httpx.Client, until: threading.Event | int) -> list[float]:
    """Seconds each ``/api/health`` took: ``until`` answers, or until the event is set."""
    times: list[float] = []
    while (len(times) < until) if isinstance(until, int) else not until.is_set():
        started = time.monotonic()
        client.get("api/health", timeout=600).raise_for_status()
        times.append(time.monotonic() - started)
        time.sleep(0.1)
    return times


def measure(url: str, name: str, data: bytes) -> dict[str, Any]:
    """The upload and the health answers meanwhile."""
    out: dict[str, Any] = {}
    done = threading.Event()
    with httpx.Client(base_url=url, trust_env=False) as client:
        out["health_idle_median_s"] = statistics.median(health_times(client, 20))

        def upload() -> None:
            started = time.monotonic()
            answer = client.post("api/check", files={"file": (name, data)}, timeout=3600)
            out["upload_status"] = answer.status_code
            out["upload_error"] = (answer.json().get("error") or {}).get("code")
            out["upload_s"] = time.monotonic() - started
            done.set()

        thread = threading.Thread(target=upload)
        thread.start()
        during = health_times(client, done)
        thread.join()
    out["health_during"] = len(during)
    out["health_during_median_s"] = statistics.median(during) if during else None
    out["health_during_slowest_s"] = max(during) if during else None
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description="health while an upload is parsed")
    ap.add_argument("--kilobytes", type=int, default=200)
    ap.add_argument("--file", type=Path, help="upload this file instead of one long word")
    ap.add_argument("--seconds", type=int, default=60, help="MANDATA_UPLOAD_SECONDS")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    name, data = ("word.txt", one_word(args.kilobytes))
    if args.file is not None:
        name, data = args.file.name, args.file.read_bytes()
    with tempfile.TemporaryDirectory(prefix="mandata-bench-upload-") as tmp:
        db = str(Path(tmp) / "bench.db")
        subprocess.run(
            [str(Path(sys.executable).parent / "mandata"), "ingest", "--db", db, "examples"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        proc, url = start_server(db, args.seconds)
        try:
            result = {"upload": name, "bytes": len(data), **measure(url, name, data)}
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            shown = f"{value:.3f}" if isinstance(value, float) else value
            print(f"{key:26} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
