"""HTML to article: the article's words kept, the page's furniture left out, honest verdicts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from bot.web.errors import Reason, WebError
from bot.web.page import Article, decode_html, extract_article, read_article
from tests.web import pages

URL = "https://screenscoop.example/film/heartstopper-premiere"
DAY = dt.date(2025, 4, 22)


def furniture_in(article: Article) -> list[str]:
    text = "\n".join([article.headline, article.lede, *article.paragraphs])
    return [piece for piece in pages.FURNITURE if piece.casefold() in text.casefold()]


def test_the_article_holds_its_text_and_none_of_the_page_furniture() -> None:
    article = extract_article(pages.outlet_article().encode(), URL)
    assert article.headline == pages.HEADLINE  # sentence case, as the outlet wrote it
    assert article.paragraphs == pages.PARAGRAPHS
    assert article.lede == pages.PARAGRAPHS[0]
    assert article.published == DAY
    assert article.url == URL
    assert furniture_in(article) == []


@pytest.mark.parametrize("date_in", ["json-ld", "meta", "time"])
def test_the_date_is_read_from_json_ld_meta_tags_or_a_time_element(date_in: str) -> None:
    # The meta tag says 23:30 at UTC-7: the outlet's date is the 22nd, not UTC's 23rd.
    assert extract_article(pages.outlet_article(date_in=date_in), URL).published == DAY


def test_a_page_without_a_date_has_none_not_its_copyright_year() -> None:
    assert extract_article(pages.outlet_article(date_in="none"), URL).published is None


def test_a_date_in_the_link_is_used_when_the_page_states_none() -> None:
    url = "https://screenscoop.example/2025/04/22/heartstopper-premiere"
    assert extract_article(pages.outlet_article(date_in="none"), url).published == DAY


def test_json_ld_wins_over_other_dates() -> None:
    page = pages.outlet_article().replace(
        "<title>", '<meta property="article:published_time" content="2025-04-20T10:00:00Z"><title>'
    )
    assert extract_article(page, URL).published == DAY


def test_promotions_bylines_and_credits_that_read_as_text_are_left_out() -> None:
    extra = (
        "<p><strong>READ MORE:</strong> <a href='/p/9'>Ten teen dramas to watch next</a></p>"
        "<p>You might also like: <a href='/p/1'>Every Netflix film this winter</a></p>"
        "<p>By Jane Doe</p><p>Photo: Samuel Dore/Netflix</p><p>Advertisement</p>"
    )
    page = pages.outlet_article().replace(
        '<div class="newsletter-signup">', extra + '<div class="newsletter-signup">'
    )
    text = extract_article(page, URL).body
    for gone in ("READ MORE", "You might also like", "By Jane Doe", "Photo:", "Advertisement"):
        assert gone not in text
    assert pages.PARAGRAPHS[-1] in text


def test_sentences_that_merely_start_like_furniture_are_kept() -> None:
    own = (
        "More than two hundred fans queued outside the cinema before dawn on Sunday.",
        "By Tuesday, the cast had left Kent for the last week of filming in London.",
        "Watch the trailer closely and you will see the school from the first series.",
    )
    article = extract_article(pages.outlet_article(paragraphs=pages.PARAGRAPHS + own), URL)
    assert article.paragraphs[-3:] == own


def test_a_subscriber_only_teaser_is_a_paywall() -> None:
    with pytest.raises(WebError) as caught:
        extract_article(pages.paywalled_article(), URL)
    assert caught.value.reason is Reason.PAYWALL
    assert "subscribers" in str(caught.value)


@pytest.mark.parametrize(
    "tag",
    [
        '<meta property="article:content_tier" content="locked">',
        "<meta content='locked' name='article:content_tier'>",
    ],
)
def test_a_locked_content_tier_with_a_short_text_is_a_paywall(tag: str) -> None:
    teaser = pages.outlet_article(paragraphs=pages.PARAGRAPHS[:3]).replace(
        "<title>", tag + "<title>"
    )
    with pytest.raises(WebError) as caught:
        extract_article(teaser, URL)
    assert caught.value.reason is Reason.PAYWALL


def test_a_metered_content_tier_is_not_a_paywall() -> None:
    page = pages.outlet_article().replace(
        "<title>", '<meta property="article:content_tier" content="metered"><title>'
    )
    assert extract_article(page, URL).paragraphs == pages.PARAGRAPHS


def test_a_page_marked_not_free_that_serves_the_whole_text_is_read() -> None:
    paragraphs = tuple(f"In part {n}, {p}" for n in range(3) for p in pages.PARAGRAPHS)
    page = pages.outlet_article(paragraphs=paragraphs).replace(
        '"isAccessibleForFree": true', '"isAccessibleForFree": "False"'
    )
    assert extract_article(page, URL).word_count > 300


def test_a_section_front_is_not_an_article() -> None:
    with pytest.raises(WebError) as caught:
        extract_article(pages.section_front(), URL)
    assert caught.value.reason is Reason.NOT_ARTICLE
    assert "does not look like a news article" in str(caught.value)


def test_a_short_page_is_not_an_article_and_min_words_is_adjustable() -> None:
    short = pages.outlet_article(paragraphs=pages.PARAGRAPHS[:2])
    with pytest.raises(WebError) as caught:
        extract_article(short, URL)
    assert caught.value.reason is Reason.NOT_ARTICLE
    assert extract_article(short, URL, min_words=40).paragraphs == pages.PARAGRAPHS[:2]


def test_an_empty_or_broken_page_is_not_an_article() -> None:
    for page in (b"", b"\x00\xff\xfe garbage", b"<html><body></body></html>"):
        with pytest.raises(WebError) as caught:
            extract_article(page, URL)
        assert caught.value.reason is Reason.NOT_ARTICLE


def test_bytes_are_decoded_by_header_charset_then_meta_then_utf8() -> None:
    text = "Café premiere – “soon”"
    assert decode_html(text.encode("cp1252"), "windows-1252") == text
    assert decode_html(b'<meta charset="windows-1252">' + text.encode("cp1252")).endswith(text)
    assert decode_html(text.encode("utf-8")) == text
    assert decode_html(text.encode("cp1252")) == text  # not UTF-8: the browsers' fallback
    assert decode_html(text.encode("utf-8"), "no-such-charset") == text


def test_a_legacy_encoded_page_keeps_its_accents() -> None:
    paragraphs = (pages.PARAGRAPHS[0].replace("Netflix", "Netflix’s café"), *pages.PARAGRAPHS[1:])
    page = pages.outlet_article(paragraphs=paragraphs).replace('charset="utf-8"', "")
    raw = page.encode("cp1252", errors="replace")
    article = extract_article(raw, URL, charset="windows-1252")
    assert "Netflix’s café" in article.lede


async def test_read_article_runs_the_extraction_in_a_thread() -> None:
    article = await read_article(pages.outlet_article().encode(), URL)
    assert article.paragraphs == pages.PARAGRAPHS


def test_importing_the_web_package_loads_no_extraction_library() -> None:
    probe = (
        "import sys, bot.web.page, bot.web.feeds, bot.web.fetch;"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'feedparser', 'justext') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
