"""The server's HTTP API (docs/sync.md): health, enrollment, and pushing answer events.

Every endpoint but health and enrollment needs `Authorization: Bearer <device token>`; a
revoked or unknown token gets 401. Refusals carry {"error": words, "problems": [...]} and, for a
version mismatch, {"update": "laptop" | "server"}. The OpenAPI description is at /openapi.json.
"""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from tutor import __version__
from tutor.server.store import DeviceInfo, EnrollmentError, PushConflictError, ServerStore
from tutor.sync.protocol import (
    MAX_BODY_BYTES,
    PROTOCOL_VERSIONS,
    ProtocolError,
    VersionMismatchError,
    decode_push,
    negotiate,
)


class Health(BaseModel):
    status: str
    version: str
    protocols: list[int]


class EnrollRequest(BaseModel):
    code: str = Field(min_length=1, max_length=40)
    device_id: str = Field(min_length=1, max_length=36)
    device_name: str = Field(min_length=1, max_length=100)
    public_key: str = Field(min_length=1, max_length=100)
    protocols: list[int] = Field(min_length=1, max_length=20)


class Enrolled(BaseModel):
    device_id: str
    token: str
    school: str
    protocol: int


class Ack(BaseModel):
    device_id: str
    high_water: int
    stored: int
    duplicates: int


class DeviceStatus(BaseModel):
    device_id: str
    name: str
    school: str
    high_water: int


class RefusalError(Exception):
    def __init__(self, status: int, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.status, self.error, self.extra = status, error, extra


def create_app(store: ServerStore) -> FastAPI:
    app = FastAPI(title="Tutor server", version=__version__)

    @app.exception_handler(RefusalError)
    async def refused(_request: Request, refusal: RefusalError) -> JSONResponse:
        return JSONResponse({"error": refusal.error, **refusal.extra}, status_code=refusal.status)

    def device(authorization: Annotated[str | None, Header()] = None) -> DeviceInfo:
        scheme, _, token = (authorization or "").partition(" ")
        found = store.device_for_token(token.strip()) if scheme.lower() == "bearer" else None
        if found is None:
            raise HTTPException(
                status_code=401,
                detail="This laptop is not enrolled, or its enrollment was withdrawn.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return found

    @app.get("/api/health")
    def health() -> Health:
        return Health(status="ok", version=__version__, protocols=list(PROTOCOL_VERSIONS))

    @app.post("/api/v1/enroll", responses={400: {}, 426: {}})
    def enroll(request: EnrollRequest) -> Enrolled:
        protocol = _negotiated(request.protocols)
        try:
            info, token = store.enroll(
                request.code, request.device_id, request.device_name, request.public_key
            )
        except EnrollmentError as error:
            raise RefusalError(400, str(error)) from None
        return Enrolled(device_id=info.id, token=token, school=info.school, protocol=protocol)

    @app.get("/api/v1/status")
    def status(me: Annotated[DeviceInfo, Depends(device)]) -> DeviceStatus:
        return DeviceStatus(
            device_id=me.id, name=me.name, school=me.school, high_water=me.high_water
        )

    @app.post("/api/v1/push", responses={400: {}, 403: {}, 409: {}, 413: {}, 426: {}})
    async def push(request: Request, me: Annotated[DeviceInfo, Depends(device)]) -> Ack:
        body = await _bounded_body(request)
        try:
            batch = decode_push(body)
        except VersionMismatchError as error:
            raise RefusalError(426, str(error), update=error.update) from None
        except ProtocolError as error:
            raise RefusalError(
                400, "The batch is not a valid push.", problems=error.problems
            ) from None
        if batch.device_id != me.id:
            raise RefusalError(403, "A laptop pushes only its own answers.")
        try:
            ack = await run_in_threadpool(store.push, me.id, batch)  # the loop keeps serving
        except PushConflictError as error:
            raise RefusalError(409, str(error)) from None
        return Ack(**ack.to_dict())

    return app


def _negotiated(offered: list[int]) -> int:
    try:
        return negotiate(offered, PROTOCOL_VERSIONS, we_are="server")
    except VersionMismatchError as error:
        raise RefusalError(426, str(error), update=error.update) from None
    except ProtocolError as error:
        raise RefusalError(400, str(error)) from None


async def _bounded_body(request: Request) -> bytes:
    """The request body, refused (413) as soon as it passes MAX_BODY_BYTES."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise RefusalError(413, "The batch is too large; send smaller batches.")
    received = bytearray()
    async for chunk in request.stream():
        received += chunk
        if len(received) > MAX_BODY_BYTES:
            raise RefusalError(413, "The batch is too large; send smaller batches.")
    return bytes(received)
