"""RSS and Atom to entries with stable identities, titles, links, dates and plain summaries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.web.errors import Reason, WebError
from bot.web.feeds import parse_feed
from tests.web import pages

RSS_URL = "https://screenscoop.example/feeds/film.rss"


def test_an_rss_feed_gives_its_title_and_entries_in_order() -> None:
    feed = parse_feed(pages.RSS.encode(), RSS_URL, "application/rss+xml")
    assert feed.title == "Screen Scoop: Film"
    assert feed.link == "https://screenscoop.example/film"
    first, second, third = feed.entries
    assert first.identity == "id:screenscoop-41230"
    assert first.title == "Heartstopper film sets its premiere"
    assert first.link == "https://screenscoop.example/film/heartstopper-premiere"
    assert first.published == dt.datetime(2025, 4, 22, 8, 30, tzinfo=dt.UTC)
    assert first.summary == "Netflix has confirmed the date."  # markup removed
    assert second.link == "https://screenscoop.example/film/filming-wraps"  # made absolute
    assert second.identity == f"link:{second.link}"  # no guid: the link
    assert second.published == dt.datetime(2025, 4, 18, 15, 0, tzinfo=dt.UTC)  # +0100 -> UTC
    assert third.link is None and third.identity == f"hash:{third.content_hash}"


def test_an_atom_feed_gives_ids_dates_and_content_as_summary() -> None:
    feed = parse_feed(pages.ATOM.encode(), "https://fandomwire.example/feeds/heartstopper.atom")
    assert feed.title == "Fandom Wire: Heartstopper"
    first, second = feed.entries
    assert first.identity == "id:tag:fandomwire.example,2025:1007"
    assert first.published == dt.datetime(2025, 4, 28, 7, 0, tzinfo=dt.UTC)
    assert first.updated == dt.datetime(2025, 4, 28, 8, 0, tzinfo=dt.UTC)
    assert first.summary == "The creator on the last chapter."
    assert second.published == second.updated == dt.datetime(2025, 4, 29, 12, tzinfo=dt.UTC)
    assert second.summary == "He called it the hardest day on set."  # from <content>


def test_an_edited_entry_keeps_its_identity_and_changes_its_content_hash() -> None:
    before = parse_feed(pages.RSS.encode(), RSS_URL).entries[0]
    edited = pages.RSS.replace("confirmed</b> the date.", "confirmed</b> the date and venue.")
    after = parse_feed(edited.encode(), RSS_URL).entries[0]
    assert after.identity == before.identity
    assert after.content_hash != before.content_hash


def test_the_same_words_under_another_id_have_the_same_content_hash() -> None:
    original = parse_feed(pages.RSS.encode(), RSS_URL).entries[0]
    reposted = pages.RSS.replace("screenscoop-41230", "screenscoop-99999").replace(
        "<b>confirmed</b>", "confirmed"
    )
    copy = parse_feed(reposted.encode(), RSS_URL).entries[0]
    assert copy.identity != original.identity
    assert copy.content_hash == original.content_hash


def test_parsing_twice_gives_the_same_entries() -> None:
    assert parse_feed(pages.RSS.encode(), RSS_URL) == parse_feed(pages.RSS.encode(), RSS_URL)


def test_only_http_links_are_kept() -> None:
    hostile = pages.RSS.replace(
        "https://screenscoop.example/film/heartstopper-premiere", "javascript:alert(1)"
    )
    entry = parse_feed(hostile.encode(), RSS_URL).entries[0]
    assert entry.link is None and entry.identity == "id:screenscoop-41230"


@pytest.mark.parametrize(
    "body",
    [b"", b"<!DOCTYPE html><html><body><p>Not a feed</p></body></html>", b"\x00\x01\x02"],
)
def test_something_else_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(WebError) as caught:
        parse_feed(body, RSS_URL)
    assert caught.value.reason is Reason.NOT_A_FEED


def test_a_body_that_spells_a_file_path_is_not_read_as_one(tmp_path: Path) -> None:
    secret = tmp_path / "feed.xml"
    secret.write_text(pages.RSS)
    with pytest.raises(WebError):
        parse_feed(str(secret).encode())
