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


def test_the_seed_format_carries_the_article_url() -> None:
    raw = (
        b" date 2025-04-28 The lede.\n"
        b"url https://news.example.invalid/a?b=1\n"
        b"A Headline Here\nText.\n"
    )
    article = parse_seed(raw).article
    assert article.url == "https://news.example.invalid/a?b=1"
    assert article.title == "A Headline Here" and article.paragraphs == ("Text.",)
    legacy = b" date 2025-04-28 The lede.\nA Headline Here\nText.\nSource: https://x.invalid/b\n"
    old = parse_seed(legacy).article
    assert old.url == "https://x.invalid/b" and old.paragraphs == ("Text.",)
    assert parse_seed(b" date 2025-04-28 The lede.\nurl ftp://nope\n").article.url is None
