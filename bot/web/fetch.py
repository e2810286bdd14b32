"""Fetch outside pages and feeds safely: the bot's one HTTP client for links people give it.

Rules, all enforced here:

- Only ``http`` and ``https``; URLs with a user name or password are refused.
- Loopback, private, link-local, multicast, reserved, unspecified and other non-public
  addresses are refused, unless ``FetchPolicy.allow_private`` (the operator's
  ``FETCH_ALLOW_PRIVATE=1``) or the address is in ``FetchPolicy.trusted_networks``
  (``bot.web.addresses``): IP literals before each request, host names as DNS answers.
- Redirects are followed here, not by aiohttp, at most ``max_redirects`` times, and every new
  URL passes the same checks.
- The body is read in chunks and abandoned past ``max_bytes`` (decompressed bytes; a
  Content-Length is used only to refuse early, never trusted to be small).
- ``connect_timeout`` for each connection and ``total_timeout`` for the whole fetch, redirects
  included.
- Only HTML (pages) or RSS, Atom and XML (feeds); anything else is refused from its headers,
  before its body is read.
- No cookies kept or sent, no credentials, no proxy from the environment.
- Conditional requests: pass ``Validators`` from the last answer; a 304 comes back as a
  ``Fetched`` with ``not_modified`` set and an empty body.

Every failure raises ``bot.web.errors.WebError`` with a ``Reason`` and a sentence a moderator
understands.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from http import HTTPStatus
from types import TracebackType
from typing import Self

import aiohttp
import msgspec
from aiohttp.abc import AbstractResolver
from yarl import URL

from bot import __version__
from bot.web.addresses import GuardedResolver, IPNetwork, RefusedAddress, check_url
from bot.web.errors import Reason, WebError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_TOTAL_TIMEOUT = 30.0
DEFAULT_MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
BOT_NAME = "Fanbot"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
UNLABELLED_TYPES = frozenset({"", "application/octet-stream", "text/plain"})
"""Content types that say nothing useful: the body's first bytes decide."""
_SNIFF_BYTES = 1024


class Expect(StrEnum):
    """What the caller wants at the URL."""

    PAGE = "page"
    FEED = "feed"


def user_agent(contact_url: str | None = None) -> str:
    """The User-Agent header: ``Fanbot/<version> (self-hosted Discord news bot; +<url>)``.

    ``contact_url`` is where a site's owner can learn about the bot (the operator's setting);
    without one the parenthesis names the bot only.
    """
    contact = f"; +{contact_url}" if contact_url else ""
    return f"{BOT_NAME}/{__version__} (self-hosted Discord news bot{contact})"


class FetchPolicy(msgspec.Struct, frozen=True):
    """Limits of one ``Fetcher``. Sizes in bytes, times in seconds.

    ``trusted_networks`` are allowed even when private (an operator's own news server, or the
    tests' 127.0.0.1); everything else non-public is refused unless ``allow_private``.
    """

    allow_private: bool = False
    trusted_networks: tuple[IPNetwork, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    user_agent: str = msgspec.field(default_factory=user_agent)

    def __post_init__(self) -> None:
        if self.max_bytes <= 0 or self.connect_timeout <= 0 or self.total_timeout <= 0:
            raise ValueError("max_bytes and the timeouts must be positive")
        if self.max_redirects < 0:
            raise ValueError("max_redirects cannot be negative")


class Validators(msgspec.Struct, frozen=True):
    """A response's ETag and Last-Modified, sent back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class Fetched(msgspec.Struct, frozen=True):
    """A successful answer.

    ``url`` is the final URL (after redirects, without fragment); ``status`` is 2xx or 304;
    ``body`` is at most ``max_bytes`` bytes, empty when not modified; ``media_type`` is the
    lower-case type without parameters ("" on a 304); ``charset`` is the header's, if any.
    """

    url: str
    status: int
    body: bytes
    media_type: str
    charset: str | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == HTTPStatus.NOT_MODIFIED


# ------------------------------------------------------------------------------- fetcher
class Fetcher:
    """One aiohttp session with the rules above. Use ``async with Fetcher(policy) as f:``.

    ``resolver`` replaces the real DNS lookup under the guard (tests only).
    """

    def __init__(
        self, policy: FetchPolicy | None = None, *, resolver: AbstractResolver | None = None
    ) -> None:
        self.policy = policy if policy is not None else FetchPolicy()
        self._inner_resolver = resolver
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Self:
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(self.policy, self._inner_resolver),
            limit=8,
            limit_per_host=2,
            ttl_dns_cache=60,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,
            timeout=aiohttp.ClientTimeout(
                total=None,
                connect=self.policy.connect_timeout,
                sock_connect=self.policy.connect_timeout,
            ),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch_page(self, url: str, validators: Validators | None = None) -> Fetched:
        """An HTML page (see ``fetch``)."""
        return await self.fetch(url, Expect.PAGE, validators)

    async def fetch_feed(self, url: str, validators: Validators | None = None) -> Fetched:
        """An RSS, Atom or other XML feed (see ``fetch``)."""
        return await self.fetch(url, Expect.FEED, validators)

    async def fetch(
        self, url: str, expect: Expect, validators: Validators | None = None
    ) -> Fetched:
        """GET ``url`` under the policy, following redirects; ``Fetched`` on 2xx or 304.

        ``validators`` (from an earlier ``Fetched``) make the request conditional. Raises
        ``WebError``: BAD_URL, BAD_SCHEME, REFUSED_ADDRESS, TOO_MANY_REDIRECTS, HTTP_STATUS,
        NOT_HTML_OR_FEED, TOO_LARGE, TIMEOUT or NETWORK. Raises RuntimeError outside
        ``async with``.
        """
        if self._session is None:
            raise RuntimeError("use the Fetcher inside 'async with'")
        current = check_url(url, self.policy)
        try:
            async with asyncio.timeout(self.policy.total_timeout):
                return await self._follow(self._session, current, expect, validators)
        except WebError:
            raise
        except TimeoutError:
            raise WebError(
                Reason.TIMEOUT,
                f"The site did not answer in time (the bot waits"
                f" {self.policy.total_timeout:g} seconds at most).",
                url=str(current),
            ) from None
        except aiohttp.ClientError as error:
            raise _network_error(error, str(current)) from error

    async def _follow(
        self,
        session: aiohttp.ClientSession,
        url: URL,
        expect: Expect,
        validators: Validators | None,
    ) -> Fetched:
        headers = {"Accept": _ACCEPT[expect]}
        if validators is not None:
            headers.update(validators.request_headers())
        for _hop in range(self.policy.max_redirects + 1):
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in REDIRECT_STATUSES:
                    url = self._next_hop(url, response)
                    continue
                return await self._answer(url, response, expect, validators)
        raise WebError(
            Reason.TOO_MANY_REDIRECTS,
            f"The link redirects more than {self.policy.max_redirects} times.",
            url=str(url),
        )

    def _next_hop(self, url: URL, response: aiohttp.ClientResponse) -> URL:
        location = response.headers.get("Location", "").strip()
        if not location:
            raise _status_error(response.status, str(url))
        try:
            target = url.join(URL(location))
        except (ValueError, TypeError):
            raise WebError(Reason.BAD_URL, "The site redirects to a broken link.") from None
        return check_url(target, self.policy)

    async def _answer(
        self,
        url: URL,
        response: aiohttp.ClientResponse,
        expect: Expect,
        validators: Validators | None,
    ) -> Fetched:
        sent = validators or Validators()
        received = Validators(
            response.headers.get("ETag") or sent.etag,
            response.headers.get("Last-Modified") or sent.last_modified,
        )
        if response.status == HTTPStatus.NOT_MODIFIED:
            return Fetched(str(url), response.status, b"", "", None, received)
        if response.status not in (HTTPStatus.OK, HTTPStatus.NON_AUTHORITATIVE_INFORMATION):
            raise _status_error(response.status, str(url))
        labelled = "Content-Type" in response.headers
        media_type = response.content_type.lower() if labelled else ""
        _check_type(media_type, expect, str(url))
        body = await _read_capped(response, self.policy.max_bytes, str(url))
        if media_type in UNLABELLED_TYPES and not _looks_like(body, expect):
            raise _type_error("", expect, str(url))
        return Fetched(str(url), response.status, body, media_type, response.charset, received)


_ACCEPT = {
    Expect.PAGE: "text/html,application/xhtml+xml;q=0.9",
    Expect.FEED: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8",
}


def _check_type(media_type: str, expect: Expect, url: str) -> None:
    wanted = PAGE_TYPES if expect is Expect.PAGE else FEED_TYPES
    if media_type not in wanted and media_type not in UNLABELLED_TYPES:
        raise _type_error(media_type, expect, url)


def _type_error(media_type: str, expect: Expect, url: str) -> WebError:
    if expect is Expect.PAGE and media_type in FEED_TYPES:
        hint = "It is a feed: follow it as a feed instead."
    elif expect is Expect.FEED and media_type in PAGE_TYPES:
        hint = "It is a web page, not an RSS or Atom feed."
    else:
        hint = "Only web pages and RSS or Atom feeds can be read."
    what = f"a {media_type} file" if media_type else "not a web page or feed"
    return WebError(Reason.NOT_HTML_OR_FEED, f"That link is {what}. {hint}", url=url)


def _looks_like(body: bytes, expect: Expect) -> bool:
    """Whether an unlabelled body starts like HTML (page) or XML (feed)."""
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if expect is Expect.PAGE:
        return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf"))


async def _read_capped(response: aiohttp.ClientResponse, limit: int, url: str) -> bytes:
    too_large = WebError(
        Reason.TOO_LARGE,
        f"The page is larger than the bot reads ({limit // 1024:,} KiB at most).",
        url=url,
    )
    declared = response.content_length
    if declared is not None and declared > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(CHUNK_BYTES):
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _status_error(status: int, url: str) -> WebError:
    try:
        phrase = HTTPStatus(status).phrase.lower()
    except ValueError:
        phrase = "an unknown status"
    if status in (401, 402, 403):
        hint = " The page may be for subscribers or members only."
    elif status in (404, 410):
        hint = " Check the link."
    elif status >= 500 or status == 429:
        hint = " The site has a problem; try again later."
    else:
        hint = ""
    return WebError(
        Reason.HTTP_STATUS, f"The site answered {status} ({phrase}).{hint}", url=url, status=status
    )


def _network_error(error: aiohttp.ClientError, url: str) -> WebError:
    if isinstance(error, aiohttp.ClientConnectorError):
        cause = error.os_error if isinstance(error.os_error, RefusedAddress) else error.__cause__
        if isinstance(cause, RefusedAddress):
            return WebError(Reason.REFUSED_ADDRESS, str(cause), url=url)
    if isinstance(error, aiohttp.InvalidURL):
        return WebError(Reason.BAD_URL, "That is not a valid link.", url=url)
    if isinstance(error, aiohttp.ClientSSLError):
        text = "The site's secure connection (certificate) could not be verified."
    elif isinstance(error, aiohttp.ClientConnectorDNSError):
        text = "The site's name could not be found. Check the link."
    elif isinstance(error, aiohttp.ClientConnectorError):
        text = "The bot could not connect to the site."
    elif isinstance(error, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError):
        text = "The site closed the connection before the page was complete."
    else:
        text = "The page could not be fetched (network error)."
    return WebError(Reason.NETWORK, text, url=url)
