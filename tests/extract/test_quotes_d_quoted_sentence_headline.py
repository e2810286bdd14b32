"""Quotes on invented text: a headline that gives its subject, a colon and a whole quoted
sentence ("Mira Sobek: “I stayed. I had to.”") is the page's headline, above its byline, so its
words are no quote; a first line that reports words in the body's own way stays the body's."""

from __future__ import annotations

from bot.extract.page import read_page


def test_a_subject_colon_and_quoted_sentence_above_a_byline_is_the_headline() -> None:
    page = read_page(
        [
            'Lighthouse cast tease the last episode at a fan day: "Bring a coat. Bring two."',
            "By Jo Reyes | Hull | 2 May 2026",
            '"Bring a coat," Mira Sobek said on stage. "Bring two."',
        ]
    )
    assert page.headline is not None and page.headline.startswith("Lighthouse cast")
    assert page.body == ('"Bring a coat," Mira Sobek said on stage. "Bring two."',)


def test_a_name_colon_and_quoted_sentence_is_the_headline() -> None:
    page = read_page(
        [
            "Mira Sobek: “I never wanted to leave the island. Now I have.”",
            "COVER STORY | MAY ISSUE",
            "Sobek arrives early, in a yellow coat.",
        ]
    )
    assert page.headline == "Mira Sobek: “I never wanted to leave the island. Now I have.”"


def test_a_reported_post_over_body_text_stays_body_text() -> None:
    page = read_page(
        [
            "The studio's account said: \"That's a wrap on Harbour Lights. Thank you all.\"",
            "A few more notes from the set while we wait:",
        ]
    )
    assert page.headline is None
    assert len(page.body) == 2
