"""Quotes on invented text: a caption's poster after an emoji that ends the sentence before
("... in Leeds 🎥 Mira posted ...") or after a list item's dash is the poster, not the company
named earlier; words an unnamed character speaks in the work ("as one character puts it") are
held, no one's quote; "in X's words" cites X when the article knows X."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:16], q.speaker) for q in found.quotes if q.served]


def test_a_caption_after_an_emoji_break_is_the_posters_not_the_companys() -> None:
    for post in (
        "Hulu confirmed this morning that the shoot began in Leeds 🎥 Mira posted a slate on "
        "her story with the caption “day one, let’s go” so it is happening.",
        "Lionsgate said cameras rolled in Bristol today ✨ Mira Osei shared a selfie from the "
        "trailer with the caption “day one, let’s go”.",
    ):
        found = facts(
            post,
            "Cast so far: Mira Osei as Dana Fell, Teo Marsh as Ivo Fell.",
            date="2025-04-02",
            title="Cameras rolling on Fellside",
        )
        assert ("day one, let’s g", "Hulu") not in _served(found)
        assert ("day one, let’s g", "Lionsgate") not in _served(found)
        assert all(s in {"", "Mira Osei"} for t, s in _served(found) if t.startswith("day one"))


def test_a_caption_in_a_list_item_is_its_posters() -> None:
    for marker in ("- ", "* "):
        found = facts(
            "The shoot wrapped on Friday after ten weeks in Fife.",
            f"{marker}Ruth Adeyemi posted a photo of the last slate with the caption "
            "“that’s a wrap, love you all”",
            f"{marker}Owen Tully shared a picture of the crew",
            date="2025-09-14",
            title="Fife drama wraps",
        )
        assert ("that’s a wrap, l", "Ruth Adeyemi") in _served(found), _served(found)


def test_a_characters_line_in_a_trailer_is_held() -> None:
    for sentence in (
        "The trailer ends on a lighthouse that, as one character puts it, “was never built”.",
        "The teaser closes on the map. “Nobody comes back from there,” says one character.",
        "The island is, in the words of one minor character, “older than the sea”.",
    ):
        found = facts(
            "Saltmarsh, starring Petra Ling, arrives on ITV in March.",
            sentence,
            date="2025-11-20",
            title="Saltmarsh: first trailer",
        )
        assert _served(found) == [], _served(found)
        assert found.quotes, "the words are kept, held for review"


def test_in_a_known_speakers_words_cites_them() -> None:
    for lead, name in (
        ("Deadline reported on Monday that Tomas Berg has joined Low Tide.", "Deadline"),
        (
            "Producer Hana Sato confirmed on Monday that Tomas Berg has joined Low Tide.",
            "Hana Sato",
        ),
    ):
        short = name.split()[-1]
        found = facts(
            lead,
            f"Berg will play Ossian, a ferryman who, in {short}’s words, “hears everything and "
            "forgets nothing.”",
            date="2025-03-03",
            title="Low Tide adds Tomas Berg",
        )
        assert ("hears everything", name) in _served(found), _served(found)


def test_words_added_to_a_repost_are_the_reposters() -> None:
    for line in (
        "Nell Armitage (who wrote the book) reposted it with “my lighthouse babies” and I cried.",
        "Nell Armitage shared it again with “so proud of this lot”.",
    ):
        found = facts(
            "Director Jonah Pike posted the cast photo from the pier last night.",
            line,
            date="2025-08-09",
            title="Pier Light wraps",
        )
        credits = [s for t, s in _served(found) if t.startswith(("my lighthouse", "so proud"))]
        assert credits == ["Nell Armitage"], _served(found)


def test_a_repost_whose_poster_is_unplaced_credits_no_one() -> None:
    found = facts(
        "Director Jonah Pike posted the cast photo from the pier last night.",
        "By lunchtime Nell Armitage had shared it again with “so proud of this lot”.",
        date="2025-08-09",
        title="Pier Light wraps",
    )
    assert all(s in {"", "Nell Armitage"} for t, s in _served(found)), _served(found)
