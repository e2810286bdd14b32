"""What the fake records, so tests can assert on what the bot actually sent."""

# Explicit per-call timeouts are this harness's API (a test must never hang on the fake).
# ruff: noqa: ASYNC109

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.fakediscord.state import FakeState

JSON = dict[str, Any]

# Interaction types.
INTERACTION_APPLICATION_COMMAND = 2
INTERACTION_COMPONENT = 3
INTERACTION_AUTOCOMPLETE = 4
INTERACTION_MODAL_SUBMIT = 5

# Interaction callback types (https://discord.com/developers/docs/interactions/receiving-and-responding)
CALLBACK_PONG = 1
CALLBACK_MESSAGE = 4
CALLBACK_DEFERRED_MESSAGE = 5
CALLBACK_DEFERRED_UPDATE = 6
CALLBACK_UPDATE_MESSAGE = 7
CALLBACK_AUTOCOMPLETE = 8
CALLBACK_MODAL = 9


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class RestCall:
    """One REST request as received (faulted requests are recorded too, ``status`` says)."""

    method: str
    path: str
    route: str
    query: dict[str, str]
    body: Any
    files: list[UploadedFile]
    status: int = 0
    at: float = 0.0
    """``time.perf_counter()`` when the request arrived."""


@dataclass
class InteractionCallback:
    """``POST /interactions/{id}/{token}/callback``: ``type`` and ``data`` as the bot sent them."""

    interaction: FakeInteraction
    type: int
    data: JSON
    files: list[UploadedFile] = field(default_factory=list)
    received_at: float = 0.0
    """``time.perf_counter()`` when the callback request reached the fake."""

    @property
    def content(self) -> str | None:
        """Message content of a type 4/7 callback."""
        return self.data.get("content")

    @property
    def embeds(self) -> list[JSON]:
        """Embeds (as dicts) of a type 4/7 callback."""
        return list(self.data.get("embeds") or [])

    @property
    def choices(self) -> list[JSON]:
        """Autocomplete choices of a type 8 callback."""
        return list(self.data.get("choices") or [])

    @property
    def ephemeral(self) -> bool:
        """Whether flag 64 (EPHEMERAL) was set."""
        return bool(int(self.data.get("flags") or 0) & 64)


@dataclass
class FakeInteraction:
    """An interaction the fake dispatched, and everything the bot did in response."""

    fake: FakeState
    """The fake that dispatched it (a :class:`~tests.fakediscord.server.FakeDiscord`)."""
    id: int
    token: str
    payload: JSON
    callbacks: list[InteractionCallback] = field(default_factory=list)
    original: JSON | None = None
    original_edits: list[JSON] = field(default_factory=list)
    original_deleted: bool = False
    followups: list[JSON] = field(default_factory=list)
    followup_edits: list[JSON] = field(default_factory=list)
    dispatched_at: float = 0.0
    """``time.perf_counter()`` just before INTERACTION_CREATE went out on the gateway."""
    answered_at: float | None = None
    """When the member could see the answer: a callback that answers (a message, choices, a
    modal, an update), or after a deferral the first edit of ``@original`` or followup."""

    @property
    def channel_id(self) -> int | None:
        """Channel the interaction came from."""
        raw = self.payload.get("channel_id")
        return int(raw) if raw else None

    async def _wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        try:
            await self.fake.wait_until(predicate, timeout=timeout)
        except TimeoutError:
            raise TimeoutError(
                f"interaction {self.payload.get('data', {}).get('name') or self.id}: "
                f"no {what} within {timeout}s (callbacks={[c.type for c in self.callbacks]}, "
                f"followups={len(self.followups)}, edits={len(self.original_edits)})"
            ) from None

    async def wait_callback(self, timeout: float = 5.0) -> InteractionCallback:
        """The first (and only legal) callback."""
        await self._wait(lambda: bool(self.callbacks), timeout, "callback")
        return self.callbacks[0]

    async def wait_followup(self, index: int = 0, timeout: float = 5.0) -> JSON:
        """The ``index``-th followup message (``POST /webhooks/{app}/{token}``)."""
        await self._wait(lambda: len(self.followups) > index, timeout, f"followup #{index}")
        return self.followups[index]

    async def wait_original_edit(self, index: int = 0, timeout: float = 5.0) -> JSON:
        """The ``index``-th PATCH body of ``@original`` (e.g. after a deferred reply)."""
        await self._wait(
            lambda: len(self.original_edits) > index, timeout, f"@original edit #{index}"
        )
        return self.original_edits[index]

    async def wait_response_message(self, timeout: float = 5.0) -> JSON:
        """The visible answer: the original message once it is no longer "thinking".

        Covers both ``response.send_message`` (type 4) and ``defer`` + ``edit_original_response``
        / ``followup.send`` (returns the first followup if that comes first).
        """

        def ready() -> bool:
            if self.followups:
                return True
            return self.original is not None and not int(self.original.get("flags") or 0) & 128

        await self._wait(ready, timeout, "visible response")
        if self.original is not None and not int(self.original.get("flags") or 0) & 128:
            return self.original
        return self.followups[0]


def attach_files(body: JSON, files: list[UploadedFile]) -> JSON:
    """Turn uploaded files into attachment objects the way Discord does in the response."""
    from tests.fakediscord.models import new_snowflake

    if not files:
        return body
    attachments = []
    for index, upload in enumerate(files):
        attachment_id = new_snowflake()
        url = f"https://cdn.invalid/attachments/{attachment_id}/{upload.filename}"
        attachments.append(
            {
                "id": str(attachment_id),
                "filename": upload.filename,
                "size": len(upload.data),
                "url": url,
                "proxy_url": url,
                "content_type": upload.content_type,
                "description": _attachment_description(body, index),
            }
        )
    return {**body, "attachments": attachments}


def _attachment_description(body: JSON, index: int) -> str | None:
    for entry in body.get("attachments") or []:
        if str(entry.get("id")) == str(index):
            description: str | None = entry.get("description")
            return description
    return None
