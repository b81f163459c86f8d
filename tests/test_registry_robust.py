"""The registry under hostile conditions (issue 12: items 6, 11-15, 19; issue 21: item 13).

Passwords hidden wherever a database URL is shown, poison documents, concurrent processes on one
registry, read-only registry files, odd option values, and the search tokenizer's cost. Tests
that take ``db_url`` run on SQLite and on a fresh PostgreSQL database (see test_registry.py).
"""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from conftest import EXAMPLES
from mandata.cli import main as cli_main
from mandata.web.app import Config, create_app
from test_registry import db_url, open_registry, pg_database, registry  # noqa: F401

SECRET = "s3cr3t-Pa55"


def with_password(url: str) -> str:
    """``url`` with a password (the test server trusts every local connection: any password)."""
    return make_url(url).set(password=SECRET).render_as_string(hide_password=False)


def one_error_line(result: object) -> str:
    stderr: str = result.stderr  # type: ignore[attr-defined]
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error: "), stderr
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    return lines[0]


# --- 13. credentials are never shown ----------------------------------------------------------


def test_redact_hides_every_form_of_password() -> None:
    from mandata.settings import redact, redact_url

    shown = redact(
        f"cannot open postgresql+psycopg://me:{SECRET}@db.example:5432/un: refused; "
        f"dsn host=db password={SECRET} user=me; 'mysql://u:{SECRET}@h/x'"
    )
    assert SECRET not in shown
    assert "postgresql+psycopg://me:***@db.example:5432/un" in shown
    assert "password=***" in shown and "mysql://u:***@h/x" in shown
    assert redact_url(f"postgresql://u:{SECRET}@h/db") == "postgresql://u:***@h/db"
    assert redact("user@example.org wrote sqlite:///tmp/x.db") == (
        "user@example.org wrote sqlite:///tmp/x.db"
    )


@pytest.mark.parametrize(
    "command",
    [["documents"], ["search", "peace"], ["mandates"], ["show", "A/RES/1/1"], ["ingest", "FILE"]],
)
def test_cli_errors_hide_the_password(command: list[str]) -> None:
    url = f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:1/x"
    args = [str(EXAMPLES / "en" / "resolution.txt") if a == "FILE" else a for a in command]
    result = CliRunner().invoke(cli_main, [*args, "--db", url])
    assert result.exit_code == 1
    line = one_error_line(result)
    assert SECRET not in result.output
    assert "postgres:***@127.0.0.1:1/x" in line


def test_api_write_error_hides_the_password() -> None:
    with pg_database() as url:
        secret_url = with_password(url)
        create_app(Config(db=secret_url)).state.registry.close()  # the schema, then read-only
        name = make_url(url).database
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        admin.dispose()
        app = create_app(Config(db=secret_url, token="tok"))
        try:
            with TestClient(app) as client:
                letter = (EXAMPLES / "en" / "resolution.txt").read_bytes()
                answer = client.post(
                    "/api/documents",
                    files={"file": ("resolution.txt", letter, "text/plain")},
                    headers={"Authorization": "Bearer tok"},
                )
        finally:
            app.state.registry.close()
    assert answer.status_code >= 400
    message = answer.json()["error"]["message"]
    assert "read-only" in message and "postgres:***@" in message, message
    assert SECRET not in answer.text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_start_line_hides_the_password() -> None:
    with pg_database() as url:
        command = [sys.executable, "-m", "mandata.cli", "serve", "--db", with_password(url)]
        proc = subprocess.Popen(
            [*command, "--port", str(free_port())],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stderr is not None
            first = proc.stderr.readline()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    assert first.startswith("mandata: serving postgresql+psycopg://postgres:***@"), first
    assert SECRET not in first
