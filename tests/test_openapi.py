"""Schemathesis against the API's own OpenAPI document, on SQLite and on PostgreSQL: generated
requests to every operation (valid and invalid parameters, odd strings, uploads, with and
without the writing token) must never get a server error (5xx), a status code or a content type
the document does not list, or a JSON answer outside the envelope.

The operations are taken from the document itself, one test per operation and database, and
each runs Hypothesis over the requests Schemathesis generates for it (positive and negative
cases). The PostgreSQL registry is a database of its own, made for this module and dropped
after it (skipped with the reason when no server answers, as in test_registry).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.errors import InvalidSchema
from schemathesis.core.result import Err, Ok
from schemathesis.generation import GenerationMode
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from webapp import TOKEN, build_registry, make_app

_DIR = Path(tempfile.mkdtemp(prefix="mandata-openapi-"))
atexit.register(shutil.rmtree, _DIR, True)
SQLITE_APP = make_app(build_registry(_DIR / "sqlite"))
SCHEMA = schemathesis.openapi.from_asgi("/api/openapi.json", SQLITE_APP)


def _operation(result: Ok[APIOperation] | Err[InvalidSchema]) -> APIOperation:
    """An operation of the schema; a schema the app serves wrong stops the tests here."""
    if isinstance(result, Err):
        raise result.err()
    return result.ok()


OPERATIONS = [_operation(result) for result in SCHEMA.get_all_operations()]
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def app(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The app over the test registry on each database."""
    if request.param == "sqlite":
        yield SQLITE_APP
        return
    from test_registry import pg_database

    with pg_database() as url:
        pg_app = make_app(build_registry(_DIR / "postgresql", url))
        yield pg_app
        pg_app.state.workers.close()
        pg_app.state.registry.close()


def _can_be_invalid(op: Any) -> bool:
    """Whether some input of ``op`` can be given a wrong value: a body, a query parameter, or a
    path parameter with more than "any string" for a schema."""
    raw = op.definition.raw
    params = raw.get("parameters", [])
    loose = {"type": "string"}
    return bool(raw.get("requestBody")) or any(
        p["in"] != "path"
        or {k: v for k, v in p["schema"].items() if k not in ("title", "description")} != loose
        for p in params
    )


def _writes(op: Any) -> bool:
    return bool(op.definition.raw.get("security"))


CASES = [
    (op, mode, token)
    for op in OPERATIONS
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    for token in ((False, True) if _writes(op) else (False,))
    if mode is GenerationMode.POSITIVE or _can_be_invalid(op)
]


def test_every_operation_is_covered() -> None:
    labels = {op.label for op in OPERATIONS}
    assert labels == {
        "GET /api/health",
        "GET /api/documents",
        "GET /api/documents/{symbol}",
        "POST /api/documents",
        "GET /api/paragraphs/{symbol}",
        "GET /api/references/{symbol}",
        "GET /api/mandates",
        "GET /api/sessions",
        "GET /api/sessions/{number}",
        "GET /api/agenda/{number}",
        "GET /api/items",
        "GET /api/search",
        "GET /api/compare/{symbol}",
        "GET /api/export/{symbol}",
        "GET /api/tables",
        "POST /api/check",
        "GET /api/series",
        "GET /api/series/{series_id}",
        "GET /api/diff",
        "GET /api/entities",
        "GET /api/entities/{entity}",
        "GET /api/votes/{symbol}",
    }
    assert {op.label for op in OPERATIONS if _writes(op)} == {"POST /api/documents"}


@pytest.mark.parametrize(
    ("operation", "mode", "token"),
    CASES,
    ids=[f"{m.value}{'-token' if t else ''}-{op.label}" for op, m, t in CASES],
)
def test_no_server_error_and_nothing_undocumented(
    app: Any, operation: Any, mode: GenerationMode, token: bool
) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"} if token else None

    @given(operation.as_strategy(generation_mode=mode))
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        # A generous timeout: an upload's first parse starts a worker process (a few seconds,
        # more on a loaded machine)
        response = case.call_and_validate(app=app, headers=headers, checks=CHECKS, timeout=180)
        where = f"{case.method} {case.formatted_path} {case.query or ''}"
        exported = case.path == "/api/export/{symbol}" and response.status_code == 200
        if "application/json" in response.headers.get("content-type", [""])[0] and not exported:
            body = response.json()
            assert isinstance(body.get("ok"), bool), f"{where}: {body}"
            if body["ok"] is False:
                assert set(body["error"]) == {"code", "message"}, body

    run()
