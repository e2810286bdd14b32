"""The safe fetcher against the fake outlet on 127.0.0.1: every rule, every reason.

Addresses are checked on redirects and after DNS here; the rules alone are in test_addresses.
"""

from __future__ import annotations

import pytest

from bot import __version__
from bot.web.errors import Reason, WebError
from bot.web.fetch import Expect, Fetcher, FetchPolicy, Validators, user_agent
from tests.web.conftest import FakeDNS, open_policy, strict_policy
from tests.web.outlet import ETAG, LAST_MODIFIED, Outlet

ARTICLE = "/film/heartstopper-premiere"


async def reason_of(fetcher: Fetcher, url: str, expect: Expect = Expect.PAGE) -> WebError:
    with pytest.raises(WebError) as caught:
        await fetcher.fetch(url, expect)
    return caught.value


# ----------------------------------------------------------------------- pages and feeds
async def test_a_page_is_fetched_with_its_type_charset_and_final_url(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    fetched = await fetcher.fetch_page(outlet.url(ARTICLE))
    assert fetched.status == 200 and not fetched.not_modified
    assert fetched.media_type == "text/html" and fetched.charset == "utf-8"
    assert fetched.url == outlet.url(ARTICLE)
    assert b"Heartstopper film sets its premiere" in fetched.body


async def test_the_user_agent_names_the_bot_and_its_version(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    await fetcher.fetch_page(outlet.url(ARTICLE))
    assert outlet.seen[0].headers["User-Agent"] == user_agent()
    assert user_agent().startswith(f"Fanbot/{__version__} (")
    assert "+https://bot.example.org/about" in user_agent("https://bot.example.org/about")


async def test_no_cookie_is_kept_or_sent(fetcher: Fetcher, outlet: Outlet) -> None:
    await fetcher.fetch_page(outlet.url("/redirect/2"))  # each hop sets a cookie
    await fetcher.fetch_page(outlet.url(ARTICLE))  # so does the article
    assert len(outlet.seen) == 4
    assert all("Cookie" not in seen.headers for seen in outlet.seen)
    assert all("Authorization" not in seen.headers for seen in outlet.seen)


async def test_a_link_with_credentials_never_reaches_the_server(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    url = outlet.url(ARTICLE).replace("http://", "http://editor:hunter2@")
    assert (await reason_of(fetcher, url)).reason is Reason.BAD_URL
    assert outlet.seen == []


async def test_rss_atom_and_plain_xml_feeds_are_fetched(fetcher: Fetcher, outlet: Outlet) -> None:
    for path, media_type in [
        ("/feeds/film.rss", "application/rss+xml"),
        ("/feeds/wire.atom", "application/atom+xml"),
        ("/feeds/plain.xml", "text/xml"),
    ]:
        fetched = await fetcher.fetch_feed(outlet.url(path))
        assert fetched.media_type == media_type and fetched.body.startswith(b"<?xml")


async def test_an_unlabelled_body_is_judged_by_its_first_bytes(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    fetched = await fetcher.fetch_page(outlet.url("/unlabelled/page"))
    assert fetched.body.startswith(b"<!DOCTYPE html>")
    error = await reason_of(fetcher, outlet.url("/unlabelled/image"))
    assert error.reason is Reason.NOT_HTML_OR_FEED


# ---------------------------------------------------------------------- conditional GETs
async def test_an_unchanged_feed_answers_304_with_an_empty_body(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    first = await fetcher.fetch_feed(outlet.url("/feeds/film.rss"))
    assert first.validators == Validators(ETAG, LAST_MODIFIED)
    again = await fetcher.fetch_feed(outlet.url("/feeds/film.rss"), first.validators)
    assert again.not_modified and again.status == 304 and again.body == b""
    assert again.validators == first.validators  # kept, for the next poll
    assert outlet.seen[1].headers["If-None-Match"] == ETAG
    assert outlet.seen[1].headers["If-Modified-Since"] == LAST_MODIFIED
    assert "If-None-Match" not in outlet.seen[0].headers


async def test_last_modified_alone_is_enough_for_a_304(fetcher: Fetcher, outlet: Outlet) -> None:
    first = await fetcher.fetch_feed(outlet.url("/feeds/wire.atom"))
    assert first.validators == Validators(None, LAST_MODIFIED)
    assert (await fetcher.fetch_feed(outlet.url("/feeds/wire.atom"), first.validators)).not_modified


# ----------------------------------------------------------------------------- redirects
async def test_five_redirects_are_followed_to_the_article(fetcher: Fetcher, outlet: Outlet) -> None:
    fetched = await fetcher.fetch_page(outlet.url("/redirect/5"))
    assert fetched.url == outlet.url(ARTICLE)
    assert outlet.paths()[-1] == ARTICLE and len(outlet.seen) == 6


async def test_a_sixth_redirect_is_refused(fetcher: Fetcher, outlet: Outlet) -> None:
    error = await reason_of(fetcher, outlet.url("/redirect/6"))
    assert error.reason is Reason.TOO_MANY_REDIRECTS
    assert ARTICLE not in outlet.paths()


async def test_the_first_url_on_loopback_is_refused_without_allow_private(
    outlet: Outlet,
) -> None:
    async with Fetcher(open_policy(allow_private=False)) as fetcher:
        error = await reason_of(fetcher, outlet.url(ARTICLE))
    assert error.reason is Reason.REFUSED_ADDRESS
    assert "loopback" in str(error)
    assert outlet.seen == []


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.2:{port}/film/heartstopper-premiere",
        "http://10.0.0.1/admin",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/",
        "//10.20.30.40/scheme-relative",
    ],
)
async def test_a_redirect_to_a_private_address_is_refused(outlet: Outlet, target: str) -> None:
    start = outlet.base.with_path("/go").with_query(to=target.format(port=outlet.base.port))
    async with Fetcher(strict_policy()) as fetcher:
        error = await reason_of(fetcher, str(start))
    assert error.reason is Reason.REFUSED_ADDRESS
    assert [seen.path.partition("?")[0] for seen in outlet.seen] == ["/go"]  # nothing after


@pytest.mark.parametrize("host", ["localhost", "0x7f.0.0.1"])
async def test_a_name_that_resolves_to_loopback_is_refused(outlet: Outlet, host: str) -> None:
    async with Fetcher(open_policy(allow_private=False)) as fetcher:  # the real resolver
        error = await reason_of(fetcher, f"http://{host}:{outlet.base.port}{ARTICLE}")
    assert error.reason is Reason.REFUSED_ADDRESS and host in str(error)
    assert outlet.seen == []


async def test_a_name_is_checked_after_dns_and_only_checked_addresses_are_used(
    outlet: Outlet,
) -> None:
    port = outlet.base.port
    dns = FakeDNS(
        {
            "screenscoop.test": ["127.0.0.1"],
            "rebind.test": ["10.0.0.1", "127.0.0.2"],
            "mixed.test": ["10.0.0.1", "127.0.0.2", "127.0.0.1"],
        }
    )
    async with Fetcher(strict_policy(), resolver=dns) as fetcher:
        fetched = await fetcher.fetch_page(f"http://screenscoop.test:{port}{ARTICLE}")
        assert fetched.url == f"http://screenscoop.test:{port}{ARTICLE}"
        refused = await reason_of(fetcher, f"http://rebind.test:{port}{ARTICLE}")
        assert refused.reason is Reason.REFUSED_ADDRESS and "rebind.test" in str(refused)
        mixed = await fetcher.fetch_page(f"http://mixed.test:{port}{ARTICLE}")
        assert mixed.status == 200  # connected to 127.0.0.1, the one address allowed
        hop = f"http://screenscoop.test:{port}/go?to=http://rebind.test:{port}/"
        assert (await reason_of(fetcher, hop)).reason is Reason.REFUSED_ADDRESS
    assert dns.asked.count("rebind.test") == 2
    assert len(outlet.seen) == 3  # the article twice and the first hop


@pytest.mark.parametrize("table", [{}, {"no-such-outlet.test": []}])
async def test_an_unknown_name_is_a_network_error(table: dict[str, list[str]]) -> None:
    async with Fetcher(strict_policy(), resolver=FakeDNS(table)) as fetcher:
        error = await reason_of(fetcher, "http://no-such-outlet.test/news")
    assert error.reason is Reason.NETWORK and "name could not be found" in str(error)


# ------------------------------------------------------------------- limits and refusals
async def test_an_oversized_streamed_page_is_cut_off(outlet: Outlet) -> None:
    async with Fetcher(open_policy(max_bytes=256 * 1024)) as fetcher:
        error = await reason_of(fetcher, outlet.url("/huge"))
    assert error.reason is Reason.TOO_LARGE
    assert "256 KiB" in str(error)
    assert "Content-Length" not in outlet.seen[0].headers  # the request had none; nor the answer


async def test_a_declared_length_over_the_cap_is_refused_before_reading(outlet: Outlet) -> None:
    async with Fetcher(open_policy(max_bytes=100_000)) as fetcher:
        error = await reason_of(fetcher, outlet.url("/huge-declared"))
    assert error.reason is Reason.TOO_LARGE


@pytest.mark.parametrize(
    ("path", "media_type"),
    [("/media/cover.png", "image/png"), ("/media/press-kit.pdf", "application/pdf")],
)
async def test_a_non_html_link_is_refused_by_its_type(
    fetcher: Fetcher, outlet: Outlet, path: str, media_type: str
) -> None:
    error = await reason_of(fetcher, outlet.url(path))
    assert error.reason is Reason.NOT_HTML_OR_FEED
    assert media_type in str(error)


async def test_a_feed_given_as_a_page_and_a_page_given_as_a_feed_say_so(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    as_page = await reason_of(fetcher, outlet.url("/feeds/film.rss"), Expect.PAGE)
    assert as_page.reason is Reason.NOT_HTML_OR_FEED and "feed" in str(as_page)
    as_feed = await reason_of(fetcher, outlet.url(ARTICLE), Expect.FEED)
    assert as_feed.reason is Reason.NOT_HTML_OR_FEED and "web page" in str(as_feed)


async def test_an_error_status_is_reported_with_its_number(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    error = await reason_of(fetcher, outlet.url("/missing"))
    assert error.reason is Reason.HTTP_STATUS and error.status == 404
    assert "404" in str(error)


async def test_a_server_that_never_answers_times_out(silent_server: str) -> None:
    async with Fetcher(open_policy(total_timeout=0.3)) as fetcher:
        error = await reason_of(fetcher, silent_server)
    assert error.reason is Reason.TIMEOUT
    assert "0.3 seconds" in str(error)


async def test_a_page_that_stops_half_way_times_out(outlet: Outlet) -> None:
    async with Fetcher(open_policy(total_timeout=0.3)) as fetcher:
        error = await reason_of(fetcher, outlet.url("/stalls"))
    assert error.reason is Reason.TIMEOUT


async def test_a_fetcher_outside_async_with_says_how_to_use_it() -> None:
    with pytest.raises(RuntimeError, match="async with"):
        await Fetcher().fetch_page("https://example.org/")


def test_a_policy_with_no_limits_is_rejected() -> None:
    with pytest.raises(ValueError, match="positive"):
        FetchPolicy(max_bytes=0)
