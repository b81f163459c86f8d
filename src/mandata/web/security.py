"""What keeps the web app safe: the writing token, checked before anything else of a writing
request is looked at, and inputs that databases refuse.

A writing request is answered in this order: the token (403 when writing is off, 401 without the
right one), then the declared size (413), then the body, read as it streams with a cap
(:mod:`mandata.web.uploads`). A client without the token learns nothing about its body.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from mandata.web.errors import ApiError, Config

bearer = HTTPBearer(
    auto_error=False,
    description="The operator's token (MANDATA_TOKEN), sent as ``Authorization: Bearer TOKEN``.",
)
"""The scheme (its name in any case, as HTTP wants; the prefix required): it reads the header
and declares the scheme in the OpenAPI document; :func:`require_token` checks the token."""


def no_nul(request: Request) -> None:
    """Refuse a NUL character in the path or query: PostgreSQL cannot hold one in a string."""
    if "\x00" in request.url.path or any("\x00" in v for v in request.query_params.values()):
        raise ApiError(422, "invalid_request", "the request holds a NUL character")


async def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Let a writing request through only with the operator's token; with no token set,
    writing is off altogether. Runs before the request's body or parameters are read."""
    config: Config = request.app.state.config
    if not config.token:
        raise ApiError(403, "writing_disabled", "writing is off: the operator set no MANDATA_TOKEN")
    given = credentials.credentials if credentials is not None else None
    if given is None or not hmac.compare_digest(given.encode(), config.token.encode()):
        raise ApiError(
            401,
            "bad_token",
            "a valid token is needed: Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )
