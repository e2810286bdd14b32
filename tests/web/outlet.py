"""A fake news outlet on 127.0.0.1: article pages, feeds, redirects, and misbehaving links.

Every request is recorded (path and headers) so tests can check what the fetcher sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from email.utils import format_datetime

from aiohttp import web
from multidict import CIMultiDictProxy
from yarl import URL

from tests.web import pages

HOST = "127.0.0.1"
HTML = "text/html"
ETAG = '"film-rss-v1"'
LAST_MODIFIED = "Tue, 22 Apr 2025 08:30:00 GMT"
STREAM_CHUNK = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
STREAM_LIMIT_BYTES = 16 * 1024 * 1024
"""The oversized page stops by itself after this much, whatever the client does."""


@dataclass
class Seen:
    path: str
    headers: CIMultiDictProxy[str]


@dataclass
class Outlet:
    """The running server: its base URL and what it was asked."""

    base: URL
    seen: list[Seen] = field(default_factory=list)
    stalled: asyncio.Event = field(default_factory=asyncio.Event)
    stories: dict[str, pages.Story] = field(
        default_factory=lambda: {story.slug: story for story in pages.STORIES}
    )
    """Served at ``/news/<slug>``; tests add, edit and remove them."""
    live: list[pages.FeedItem] = field(default_factory=list)
    """The entries of ``/feeds/live.rss``, newest first (its ETag changes with them)."""
    failing: dict[str, int] = field(default_factory=dict)
    """Paths answered with this error status instead (a site having a bad day)."""

    def url(self, path: str) -> str:
        return str(self.base.with_path(path))

    def story_url(self, slug: str) -> str:
        return self.url(f"/news/{slug}")

    def list_story(self, slug: str, guid: str | None = None, summary: str = "") -> None:
        """Put the story at the top of the live feed."""
        story = self.stories[slug]
        item = pages.FeedItem(
            guid or f"scoop-{slug}",
            story.headline,
            self.story_url(slug),
            format_datetime(dt.datetime.fromisoformat(story.published)),
            summary or story.paragraphs[0],
        )
        self.live.insert(0, item)

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]


def build_app(outlet: Outlet) -> web.Application:
    routes = web.RouteTableDef()

    @web.middleware
    async def record(request: web.Request, handler: web.Handler) -> web.StreamResponse:
        outlet.seen.append(Seen(request.path_qs, request.headers))
        if request.path in outlet.failing:
            return web.Response(status=outlet.failing[request.path], text="Try again later")
        return await handler(request)

    def page(text: str, status: int = 200) -> web.Response:
        response = web.Response(text=text, content_type=HTML, charset="utf-8", status=status)
        response.set_cookie("outlet_session", "abc123")
        return response

    @routes.get("/film/heartstopper-premiere")
    async def article(request: web.Request) -> web.Response:
        return page(pages.outlet_article())

    @routes.get("/film/dated-by-meta")
    async def by_meta(request: web.Request) -> web.Response:
        return page(pages.outlet_article(date_in="meta"))

    @routes.get("/subscribers/last-scene")
    async def paywalled(request: web.Request) -> web.Response:
        return page(pages.paywalled_article())

    @routes.get("/film")
    async def front(request: web.Request) -> web.Response:
        return page(pages.section_front())

    @routes.get("/missing")
    async def missing(request: web.Request) -> web.Response:
        return page("<html><body><h1>Page not found</h1></body></html>", status=404)

    @routes.get("/feeds/film.rss")
    async def rss(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == ETAG:
            return web.Response(status=304, headers={"ETag": ETAG})
        return web.Response(
            text=pages.RSS,
            content_type="application/rss+xml",
            headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
        )

    @routes.get("/feeds/wire.atom")
    async def atom(request: web.Request) -> web.Response:
        if request.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return web.Response(status=304)
        return web.Response(
            text=pages.ATOM,
            content_type="application/atom+xml",
            headers={"Last-Modified": LAST_MODIFIED},
        )

    @routes.get("/news/{slug}")
    async def story(request: web.Request) -> web.Response:
        found = outlet.stories.get(request.match_info["slug"])
        if found is None:
            return page("<html><body><h1>Page not found</h1></body></html>", status=404)
        return page(found.page())

    @routes.get("/feeds/live.rss")
    async def live(request: web.Request) -> web.Response:
        body = pages.live_rss(outlet.live)
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(text=body, content_type="application/rss+xml", headers={"ETag": etag})

    @routes.get("/feeds/plain.xml")
    async def xml(request: web.Request) -> web.Response:
        return web.Response(text=pages.RSS, content_type="text/xml")

    @routes.get("/unlabelled/{what}")
    async def unlabelled(request: web.Request) -> web.Response:
        body = pages.outlet_article().encode() if request.match_info["what"] == "page" else PNG
        return web.Response(body=body, content_type="application/octet-stream")

    @routes.get("/media/cover.png")
    async def png(request: web.Request) -> web.Response:
        return web.Response(body=PNG, content_type="image/png")

    @routes.get("/media/press-kit.pdf")
    async def pdf(request: web.Request) -> web.Response:
        return web.Response(body=b"%PDF-1.7\n" + b"0" * 1000, content_type="application/pdf")

    @routes.get("/redirect/{hops}")
    async def redirect(request: web.Request) -> web.Response:
        hops = int(request.match_info["hops"])
        target = f"/redirect/{hops - 1}" if hops > 1 else "/film/heartstopper-premiere"
        response = web.Response(status=302, headers={"Location": target})
        response.set_cookie("redirect_cookie", str(hops))
        return response

    @routes.get("/go")
    async def go(request: web.Request) -> web.Response:
        return web.Response(status=301, headers={"Location": request.query["to"]})

    @routes.get("/huge")
    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        sent = 0
        try:
            while sent < STREAM_LIMIT_BYTES:
                await response.write(STREAM_CHUNK)
                sent += len(STREAM_CHUNK)
        except ConnectionError:
            return response
        await response.write_eof()
        return response

    @routes.get("/huge-declared")
    async def huge_declared(request: web.Request) -> web.Response:
        return web.Response(body=b"<html>" + b"x" * 600_000, content_type=HTML)

    @routes.get("/stalls")
    async def stalls(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        await response.write(b"<html><body><p>The first words arrive, then nothing")
        await outlet.stalled.wait()  # set only at teardown
        return response

    app = web.Application(middlewares=[record])
    app.add_routes(routes)
    return app


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
