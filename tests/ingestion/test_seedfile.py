import datetime as dt

import pytest

from bot.ingestion.seedfile import SeedFormatError, parse_seed

ARTICLE = " date 2025-04-22 The lede sentence.\nA Headline About The Film\nFirst paragraph.\n"


def test_header_headline_and_body_are_separated() -> None:
    parsed = parse_seed(ARTICLE.encode())
    assert parsed.article.date == dt.date(2025, 4, 22)
    assert parsed.article.lede == "The lede sentence."
    assert parsed.article.title == "A Headline About The Film"
    assert parsed.article.paragraphs == ("First paragraph.",)
    assert parsed.warnings == ()


def test_bom_crlf_blank_lines_and_no_leading_space_are_accepted() -> None:
    raw = "\ufeff\r\n\r\ndate 2025-04-22 Lede.\r\n\r\nBody sentence one.\r\n\r\nTwo.\r\n"
    article = parse_seed(raw.encode()).article
    assert article.date == dt.date(2025, 4, 22)
    assert article.title is None
    assert article.paragraphs == ("Body sentence one.", "Two.")


def test_a_sentence_is_not_taken_for_a_headline() -> None:
    article = parse_seed(b" date 2025-01-01 Lede.\nFilming started on Monday.\n").article
    assert article.title is None


def test_a_missing_date_line_keeps_the_article_with_its_date_unknown() -> None:
    parsed = parse_seed(b"Some news without a header.\nMore text.\n")
    assert parsed.article.date is None
    assert parsed.article.lede == "Some news without a header."
    assert "date unknown" in parsed.warnings[0]


def test_an_impossible_date_is_reported_not_guessed() -> None:
    parsed = parse_seed(b" date 2025-13-45 Lede.\nBody.\n")
    assert parsed.article.date is None
    assert "2025-13-45" in parsed.warnings[0]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n \r\n", "empty"),
        (b"\x00\x01binary", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b" date 2025-01-01\n", "no text"),
    ],
)
def test_input_that_is_not_an_article_is_rejected_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(SeedFormatError, match=reason):
        parse_seed(raw)


def test_the_headline_and_url_lines_are_read_as_written() -> None:
    raw = (
        " date 2025-04-22 The lede.\n"
        "headline: Heartstopper film sets its premiere for a spring weekend\n"
        "URL: https://news.example/film/premiere?utm_source=rss&id=7#top\n"
        "First paragraph.\nurl: this line is text\n"
    )
    parsed = parse_seed(raw.encode())
    article = parsed.article
    assert article.title == "Heartstopper film sets its premiere for a spring weekend"
    assert article.url == "https://news.example/film/premiere?id=7"  # tracking left out
    assert article.paragraphs == ("First paragraph.", "url: this line is text")
    assert parsed.warnings == ()


def test_an_older_file_ending_in_a_source_line_keeps_it_as_its_link() -> None:
    raw = b" date 2025-04-22 Lede.\nA Headline About The Film\nText.\nSource: https://a.example/x\n"
    article = parse_seed(raw).article
    assert article.title == "A Headline About The Film"
    assert article.paragraphs == ("Text.",)
    assert article.url == "https://a.example/x"


def test_a_file_without_header_lines_has_no_link() -> None:
    assert parse_seed(ARTICLE.encode()).article.url is None


def test_a_source_sentence_is_text_not_a_link() -> None:
    raw = b" date 2025-04-22 Lede.\nText.\nSource: a spokesperson for the studio.\n"
    article = parse_seed(raw).article
    assert article.url is None
    assert article.paragraphs[-1] == "Source: a spokesperson for the studio."


def test_a_url_line_that_is_no_link_is_ignored_with_a_warning() -> None:
    parsed = parse_seed(b" date 2025-04-22 Lede.\nurl: javascript:alert(1)\nText.\n")
    assert parsed.article.url is None
    assert parsed.article.paragraphs == ("Text.",)
    assert "not an http or https link" in parsed.warnings[0]
