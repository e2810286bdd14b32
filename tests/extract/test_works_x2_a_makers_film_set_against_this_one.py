"""A review that sets another maker's film against the one it reviews ("X's film is a hymn;
this one is a dirge") credits X with nothing; a maker's film told alone is still the review's
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brindle Marsh review: a flooded parish keeps its secrets"
_LEDE = "Brindle Marsh, a slow mystery set on a tidal island, opens in cinemas on Friday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_film_set_against_this_one_credits_its_maker_nothing() -> None:
    for sentence in (
        "Critics keep naming Harrow Fen. Oren Vasko’s film is a hymn; this is a dirge.",
        "Oren Vasko’s film is all weather, while this one is all silence.",
    ):
        assert "Oren Vasko" not in _crew(sentence), sentence


def test_a_makers_film_with_no_contrast_is_still_credited() -> None:
    for sentence in (
        "Oren Vasko’s film is a patient, rain-soaked puzzle.",
        "Oren Vasko’s film is handsome, and this is the scene that proves it.",
    ):
        assert "Oren Vasko" in _crew(sentence), sentence
