"""Quotes on invented text: a newspaper named by its last word ("the Wexford Independent"), a
company titled by its trade ("Distributor Harrow Lane said") and a band set after its noun ("The
band, Copper Wells, posted") are organisations, never people; and a part set before its
player's pronoun ("As Mara Doyle, nurse at ..., she was") is no one who speaks."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(start: str, *lines: str) -> QuoteFact:
    found = facts(*lines, date="2026-05-02", title="Low Meadow: the new drama everyone is watching")
    return next(q for q in found.quotes if q.text.startswith(start))


def test_a_newspaper_named_by_its_last_word_is_an_organisation() -> None:
    for paper in ("the Wexford Independent", "the Northern Guardian", "the Evening Courier"):
        quote = _quote(
            "the finest",
            "Low Meadow is a four-part BBC drama starring Tess Marlow.",
            f"A year ago she led a touring Hedda Gabler that {paper} called "
            "“the finest Ibsen of the decade”.",
        )
        assert quote.source is SourceKind.ORGANISATION, paper
        assert quote.speaker == paper.removeprefix("the "), paper


def test_a_person_whose_name_is_no_paper_is_still_a_person() -> None:
    quote = _quote(
        "the finest",
        "Low Meadow is a four-part BBC drama starring Tess Marlow.",
        "Her co-star Dana Ferrow called her “the finest actor I have worked with”.",
    )
    assert (quote.speaker, quote.source) == ("Dana Ferrow", SourceKind.PERSON)


def test_a_company_titled_by_its_trade_is_that_company() -> None:
    quote = _quote(
        "Cinemas in",
        "Low Meadow took £1.2m in its first weekend.",
        "Distributor Harrow Lane said: “Cinemas in small towns have kept it for a second week.”",
    )
    assert (quote.speaker, quote.source) == ("Harrow Lane", SourceKind.ORGANISATION)


def test_a_band_set_after_its_noun_is_no_person() -> None:
    quote = _quote(
        "thank you",
        "Low Meadow ends on a song, and the song is climbing the charts.",
        "The band, Copper Wells, posted: “thank you all, we cannot quite believe it”.",
    )
    assert quote.source is not SourceKind.PERSON
    assert quote.speaker in {"Copper Wells", ""}  # the band's, or no one's: never a person


def test_a_part_set_before_the_players_pronoun_never_speaks() -> None:
    quote = _quote(
        "I spent",
        "Tess Marlow spent eight years in a hospital soap before Low Meadow.",
        "As Mara Doyle, ward sister at St Brendan’s in RTÉ’s Night Ward, she was a fixture.",
        "“I spent eight years in that uniform,” the 34-year-old says.",
    )
    assert quote.speaker != "Mara Doyle"
    assert quote.source is not SourceKind.PERSON or quote.speaker == "Tess Marlow"


def test_as_a_name_put_it_still_gives_that_person() -> None:
    quote = _quote(
        "Nobody",
        "Low Meadow is written by Dana Ferrow.",
        "As Dana Ferrow put it last week: “Nobody in this town is ever quite honest.”",
    )
    assert (quote.speaker, quote.source) == ("Dana Ferrow", SourceKind.PERSON)
