"""Quotes on invented text: a sentence opened by "His caption:" or "From her statement:" gives
the words of whoever the pronoun is; "who Lumen describes as “...”" gives words the named
describer owns, a company by its form or a person the article names in full."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def test_words_opened_by_a_possessive_pronoun_are_the_pronouns_persons() -> None:
    for line in (
        "Tobias Wren is leaving the series. He has played the ferryman since season one and has "
        "confirmed this run is his last. From his statement: 'Every morning on that pier was a "
        "gift.'",
        "Tobias Wren is leaving the series. The news broke on Monday, to nobody's surprise. "
        "In his farewell post: 'Every morning on that pier was a gift.'",
    ):
        found = quote_readings("The Saltmarsh series wrapped last week.", line)
        assert found["Every mornin"] == ("Tobias Wren", SourceKind.PERSON, True), line


def test_a_possessive_pronoun_no_one_can_be_placed_for_credits_no_one() -> None:
    found = quote_readings(
        "The Saltmarsh series wrapped last week.",
        "Her caption: 'Every morning on that pier was a gift.'",
    )
    speaker, source, _ = found["Every mornin"]
    assert source is not SourceKind.PERSON and not speaker


def test_words_a_named_company_describes_someone_with_are_the_companys() -> None:
    for line in (
        "New face: a ferry pilot called Mags (Dana Orrey), who Harbourline Pictures describes as "
        "“the one person on the island nobody can lie to”.",
        "New face: a ferry pilot called Mags (Dana Orrey), whom Channel 5 calls "
        "“the one person on the island nobody can lie to”.",
    ):
        found = quote_readings("The Saltmarsh series returns in May.", line)
        speaker, source, served = found["the one pers"]
        assert source is SourceKind.ORGANISATION and served, line
        assert speaker in {"Harbourline Pictures", "Channel 5"}, line


def test_a_describer_the_article_cannot_place_credits_no_one() -> None:
    found = quote_readings(
        "The Saltmarsh series returns in May.",
        "New face: a ferry pilot called Mags, who Orrey describes as “the one person on the "
        "island nobody can lie to”.",
    )
    speaker, source, _ = found["the one pers"]
    assert source is SourceKind.UNATTRIBUTED and not speaker
