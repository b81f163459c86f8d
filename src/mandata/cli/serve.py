"""The ``serve`` command: the web UI and the JSON API over the registry."""

from __future__ import annotations

import click

from mandata.cli.common import (
    db_option,
    fail,
)
from mandata.errors import MandataError


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on; 0 lets the system choose a free one (the address is printed).",
)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web UI and the JSON API (/api, OpenAPI at /api/docs) over the registry.

    Read-only unless MANDATA_TOKEN is set: then POST /api/documents stores uploads."""
    from mandata.settings import (
        token_setting,
        upload_bytes_setting,
        upload_seconds_setting,
        upload_workers_setting,
    )
    from mandata.web import server
    from mandata.web.app import Config, create_app

    try:
        uploads = (upload_bytes_setting(), upload_seconds_setting(), upload_workers_setting())
        app = create_app(Config(db, token_setting(), *uploads))
    except MandataError as err:
        fail(str(err))
        return
    try:
        sock = server.listen(host, port)
    except OSError as err:
        fail(f"cannot listen on {host}:{port}: {err.strerror or err}")
        return
    where = server.address(sock)
    click.echo(f"mandata: serving {app.state.registry.shown_url} on {where}", err=True)
    if not app.state.registry.execute("SELECT 1 AS x FROM documents LIMIT 1"):
        click.echo(
            "mandata: warning: the registry is empty: mandata ingest PATH fills it", err=True
        )
    server.run(app, sock)
