"""A career profile's other works and their directors: a quoted title glossed in brackets before
", directed by X" ("the feature “Vinterhuset” (“Winter House”), directed by X"), and a quoted
title described as a work "from the <nationality> director X" ("to star in “Cold Orchard”, a
thriller from the Swedish director X"): X made that work, not the article's; and a first-time
maker's own passive credit ("written and directed by first-time feature maker X") (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits

_LEDE = "Filming on the Marrow Fen series, directed by Olwen Tarrant, wrapped in December."
_TITLE = "Marrow Fen wraps in Norfolk"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    return served_credits(facts(_LEDE, *paragraphs, title=_TITLE))


def test_a_glossed_quoted_feature_directed_by_is_that_features_director() -> None:
    found = _served(
        "Vesna Halloran made her name with the feature “Vinterhuset” (“Winter House”), directed "
        "by Anders Kvamme-Holt, which won a prize in 2020."
    )
    assert ("director", "Anders Kvamme-Holt") not in found
    assert ("director", "Olwen Tarrant") in found


def test_a_quoted_title_with_an_unquoted_gloss_directed_by() -> None:
    found = _served(
        "Her breakthrough was the short “Søstrene” (The Sisters), directed by Liv Brattberg."
    )
    assert ("director", "Liv Brattberg") not in found


def test_a_quoted_next_film_from_the_nationality_director() -> None:
    found = _served(
        "Hollis has signed to star in “Cold Orchard”, a thriller from the Swedish director "
        "Maja Lindqvist-Oyelowo, playing a young farmer; it shoots this summer."
    )
    assert ("director", "Maja Lindqvist-Oyelowo") not in found
    assert ("director", "Olwen Tarrant") in found


def test_a_quoted_next_film_a_drama_from_director() -> None:
    found = _served(
        "Next she plays a nurse in ‘The Long Thaw’, a period drama from director Pietro Ansaldi."
    )
    assert ("director", "Pietro Ansaldi") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Channel 4 has ordered “Marrow Fen”, a thriller from director Olwen Tarrant.",
        "Channel 4 has ordered Marrow Fen, a thriller from the Welsh director Olwen Tarrant.",
        "The drama is “Marrow Fen” (“Fen of Bones”), directed by Olwen Tarrant.",
    ],
)
def test_our_own_title_from_or_directed_by_still_credits(sentence: str) -> None:
    found = facts("Filming on the Marrow Fen series wrapped in December.", sentence, title=_TITLE)
    assert ("director", "Olwen Tarrant") in served_credits(found)


def test_a_profiles_next_film_with_the_articles_title_unknown() -> None:
    found = facts(
        "Ansel Hollis is eating toast in a café in Leeds.",
        "Hollis has signed to star in “Cold Orchard”, a thriller from the Swedish director "
        "Maja Lindqvist-Oyelowo, playing a young farmer; it shoots this summer.",
        title="Ansel Hollis: “I never planned any of this”",
    )
    assert ("director", "Maja Lindqvist-Oyelowo") not in served_credits(found)


def test_an_unquoted_title_with_the_articles_title_unknown_keeps_its_director() -> None:
    found = facts(
        "Ansel Hollis is eating toast in a café in Leeds.",
        "Hollis stars in Cold Orchard, a thriller from the Swedish director "
        "Maja Lindqvist-Oyelowo.",
        title="Ansel Hollis: “I never planned any of this”",
    )
    assert ("director", "Maja Lindqvist-Oyelowo") in served_credits(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The film, written and directed by first-time feature maker Odile Brannock, stars Ena.",
        "Salt Meadow is written and directed by first-time film-maker Odile Brannock.",
        "The film was written and directed by first-time director Odile Brannock.",
    ],
)
def test_a_first_time_makers_passive_credit(sentence: str) -> None:
    found = facts(
        "Filming on the Salt Meadow movie wrapped in May.", sentence, title="Salt Meadow wraps"
    )
    assert {("director", "Odile Brannock"), ("writer", "Odile Brannock")} <= served_credits(found)
