"""Arbitrary input never breaks the extractor, and it stays fast."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract import extract_facts
from bot.facts import Article
from bot.ingestion.seedfile import SeedFormatError, parse_seed

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        " as ",
        " said",
        ", who plays ",
        " (",
        ")",
        ": ",
        "Kai Moss",
        "Moss",
        " and ",
        ", ",
        ". ",
        "\n",
        "- ",
        "the director added",
        " will premiere on 3 March",
        " in early 2026",
        " this winter",
        "Mr ",
        "Lumen",
        " has exited",
        " executive produced by ",
        " according to ",
        "the Ada actor",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _check(article: Article) -> None:
    found = extract_facts(article)
    for quote in found.quotes:
        assert quote.text in article.text


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT)
def test_arbitrary_text_never_raises_and_quotes_are_substrings(lede: str, body: str) -> None:
    _check(Article(None, lede, None, tuple(body.split("\n"))))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_arbitrary_seed_file_never_raises(body: str) -> None:
    try:
        parsed = parse_seed(f" date 2025-05-01 {body}".encode())
    except SeedFormatError:
        return
    _check(parsed.article)


@pytest.mark.timeout(20)
def test_pathological_inputs_do_not_hang() -> None:
    """Catastrophic regex backtracking would hang here; pytest-timeout turns that into a failure."""
    for text in (
        "Aa " * 3000,
        "Aa Bb, " * 2000 + "as Cc",
        "“" * 5000,
        '"' * 5001,
        "Kai Moss, who " + "x " * 3000 + "as Ada",
        "A-B-C-D-E-F-G-H " * 1000,
    ):
        extract_facts(Article(None, text, None, (text,)))
