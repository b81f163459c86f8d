"""Schemathesis against the API's own OpenAPI document: generated requests to every operation
(valid and invalid parameters, odd strings, uploads) must never get a server error (5xx) or a
JSON answer outside the envelope.

The operations are taken from the document itself, one test per operation, and each runs
Hypothesis over the requests Schemathesis generates for it (positive and negative cases).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation import GenerationMode

from webapp import build_registry, make_app

_DIR = Path(tempfile.mkdtemp(prefix="mandata-openapi-"))
atexit.register(shutil.rmtree, _DIR, True)
SCHEMA = schemathesis.openapi.from_asgi("/api/openapi.json", make_app(build_registry(_DIR)))
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


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


CASES = [(op, GenerationMode.POSITIVE) for op in OPERATIONS] + [
    (op, GenerationMode.NEGATIVE) for op in OPERATIONS if _can_be_invalid(op)
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
    }


@pytest.mark.parametrize(
    ("operation", "mode"), CASES, ids=[f"{m.value}-{op.label}" for op, m in CASES]
)
def test_no_server_error(operation: Any, mode: GenerationMode) -> None:
    @given(operation.as_strategy(generation_mode=mode))
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        response = case.call()
        where = f"{case.method} {case.formatted_path} {case.query or ''}"
        assert response.status_code < 500, f"{where}: {response.text[:300]}"
        exported = case.path == "/api/export/{symbol}" and response.status_code == 200
        if "application/json" in response.headers.get("content-type", "") and not exported:
            body = response.json()
            assert isinstance(body.get("ok"), bool), f"{where}: {body}"
            if body["ok"] is False:
                assert set(body["error"]) == {"code", "message"}, body

    run()
