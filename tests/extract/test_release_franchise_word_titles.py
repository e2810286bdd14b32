"""Release: our production's full title, a franchise's name and one more word with no colon,
that a review, an interview or a press release uses as its name without reporting a reveal:
served where the headline or lede carries it, the article uses it whole at least twice, uses the
franchise's name alone or tells the film as going on from it, and tells it as a screen work.
Never a person's name, another edition's name, a name written after "The", or the end of a
longer name. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(title: str, *paragraphs: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-03-02", title=title)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


def test_a_review_headline_name_the_body_repeats_is_the_title() -> None:
    assert _titles(
        "Lanternfall Always review – a soft, sad goodbye to the Lanternfall gang",
        "The last outing for the pair is too long but lovely.",
        "It would have been easy for Lanternfall Always to coast on goodwill.",
        "Fans of Lanternfall will cry at the finale. Lanternfall Always is on Netflix now.",
    ) == {"Lanternfall Always"}


def test_a_lede_name_told_as_a_finale_in_an_interview() -> None:
    assert _titles(
        "Mira Stenholt: ‘I wanted the ending to belong to the fans’",
        "The director of Brightmoor Ever on inheriting a phenomenon.",
        "Brightmoor Ever, the feature-length finale to the hit series, arrives on 17 April.",
        "Q: How did you approach it?",
        "A: Carefully. Brightmoor Ever had to feel like the same world.",
    ) == {"Brightmoor Ever"}


def test_a_press_release_in_capitals() -> None:
    assert _titles(
        "BRIGHTMOOR EVER: STREAMER ANNOUNCES RELEASE DATE FOR FINALE",
        "The streamer today shared the date of the Brightmoor finale.",
        "Brightmoor Ever, the feature-length conclusion to the series, premieres on 9 October.",
        "“Brightmoor Ever is a love letter to the fans,” the producers added.",
    ) == {"Brightmoor Ever"}


def test_a_person_a_edition_or_an_invented_production_is_not_a_title() -> None:
    assert not _titles(
        "Tamsin Brightwell on her Lanternfall role",
        "Tamsin Brightwell joins the Lanternfall film as a tutor.",
        "Brightwell said the Lanternfall film was a dream. Tamsin Brightwell stars in it.",
    )
    assert not _titles(
        "Zimna Latarnia: the Polish Lanternfall arrives",
        "Zimna Latarnia, the Polish edition of the Lanternfall film, is out in May.",
        "Readers of Lanternfall know Zimna Latarnia well; the translated edition sold out.",
    )
    # The review's own production, told with its kind: its title (release_own_titles).
    assert _titles(
        "The Kestrel Ledger review – a chilly Lanternfall rival",
        "The Kestrel Ledger, the new drama from the channel, begins on Sunday.",
        "Fans of Lanternfall may like The Kestrel Ledger, which stars Ana Roe.",
    ) == {"The Kestrel Ledger"}


def test_the_end_of_a_longer_name_is_not_a_title() -> None:
    assert not _titles(
        "Where the Leaves Go review – Lanternfall grows up",
        "Where the Leaves Go, the Lanternfall film, is a sweet goodbye.",
        "In Where the Leaves Go the pair part. Fans of Lanternfall will cry.",
    )


def test_a_review_headline_opening_with_the_name_of_a_franchise_film() -> None:
    assert _titles(
        "Brightmoor Ever review – a warm goodbye that knows when to let go",
        "The pair say goodbye in a tender, overstuffed finale.",
        "There is a moment halfway through Brightmoor Ever when the boy stays silent.",
        "The script picks up a year after the end of series three.",
        "Brightmoor Ever is on the streamer from Friday.",
    ) == {"Brightmoor Ever"}
    assert not _titles(
        "Copper Vale tops the streaming chart as the franchise rival slips",
        "Copper Vale, the new space drama, leads the chart this week.",
        "Copper Vale stars Ana Roe. The franchise it beat slipped to second.",
    )
