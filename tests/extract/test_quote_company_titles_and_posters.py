"""Quotes on invented text: a company's title before a name ("said Harrow president of
production Lena Marsh") credits the person, not the company; "The local councillor Petra
Haldane said ..." is that named person, never an unnamed "local"; a caption whose poster a
relative clause names ("X, who posted a photo with the caption") is X's; the words a teaser
ends with are no one's quote; a caption credited to a one-word name seen once is held; "one of
the top comments" is an unnamed source."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:16], q.speaker) for q in found.quotes if q.served]


def test_a_company_title_before_a_name_credits_the_person() -> None:
    for said in (
        "“Odile shoots weather the way others shoot faces,” said Harrow president of "
        "production Lena Marsh.",
        "Harrow head of international acquisitions Lena Marsh said: “Odile shoots weather the "
        "way others shoot faces.”",
    ):
        found = facts(
            "Harrow Pictures has acquired Lowmere, starring Ivo Brandt and directed by Odile Vey.",
            said,
            date="2026-05-04",
            title="Harrow buys Lowmere",
        )
        assert _served(found) == [("Odile shoots wea", "Lena Marsh")], _served(found)


def test_a_named_local_is_no_unnamed_source() -> None:
    for opening in (
        "The local councillor Petra Haldane said the shoot had been good for trade.",
        "The local publican Petra Haldane said the shoot had been good for trade.",
    ):
        found = facts(
            "Filming of Lowmere reached the harbour town of Tarnby this week.",
            f"{opening} ‘We’ve had visitors from as far as Leeds just to watch,’ she said.",
            date="2026-05-04",
            title="Lowmere comes to Tarnby",
        )
        assert _served(found) == [("We’ve had visito", "Petra Haldane")], _served(found)


def test_a_caption_is_the_poster_a_relative_clause_names() -> None:
    for verb in ("posted a photo from the read-through", "shared a snap from rehearsals"):
        found = facts(
            "Lowmere 2 has a new face. Ada Kerr, who played Mina in the first film, is not back.",
            f"Mina is now played by Tess Orlov, who {verb} with the caption "
            '"new girl in the house."',
            date="2026-05-04",
            title="Lowmere 2 recasts Mina",
        )
        assert _served(found) == [("new girl in the ", "Tess Orlov")], _served(found)


def test_a_teasers_closing_words_are_no_quote() -> None:
    for teaser in (
        'with a 20-second teaser that ends with the words "Some doors stay open,"',
        'with a short trailer that closes with the line "Some doors stay open,"',
    ):
        found = facts(
            f"Harrow Pictures revealed the title on Monday {teaser} and confirmed the film will "
            "open on October 2. Ivo Brandt stars.",
            date="2026-05-04",
            title="Lowmere sequel gets a title",
        )
        assert _served(found) == [], _served(found)


def test_a_caption_by_a_one_word_name_seen_once_is_held() -> None:
    for source in ("on Instagram", "online"):
        found = facts(
            "Filming on Lowmere ended yesterday after a long shoot.",
            f"Ivo confirmed it {source} last night with a photo of the crew, and the caption "
            'read: "That is the end of Lowmere. Thank you all."',
            date="2026-05-04",
            title="Lowmere wraps",
        )
        assert _served(found) == [], _served(found)


def test_one_of_the_comments_is_an_unnamed_source() -> None:
    for lead in (
        "One of the top comments in the thread put it best, so I will leave it here:",
        "One of the most-liked comments under the trailer summed it up:",
    ):
        found = facts(
            "Lowmere wrapped filming on Friday, said Harrow Pictures.",
            f'{lead} "ten years I waited for this and it was worth it."',
            date="2026-05-04",
            title="Lowmere wraps",
        )
        credits = [(q.text[:9], q.source) for q in found.quotes if q.served]
        assert credits == [("ten years", SourceKind.UNNAMED)], credits
