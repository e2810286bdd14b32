"""A page may name another film by its country as a "feature" after a preposition ("a clash with
the Danish feature X, for director Y"): that film's director and lead are its own, not the
page's. "Feature" as a verb, or our own "debut feature", is left alone."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Marrowby Lights loses a lead: Odile Fenn exits the fell-top film"
_LEDE = "Marrowby Lights has recast one of its leads weeks before cameras roll."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        _LEDE,
        sentence,
        "Marrowby Lights is directed by Casimir Doyle and shoots in Cumbria from May.",
        date="2026-02-10",
        title=_TITLE,
    )
    return served_credits(found)


def test_a_foreign_feature_keeps_its_director() -> None:
    credits = _credits(
        "Fenn left after a clash with the Danish feature Havbrise, in which she plays a "
        "ferry pilot for director Magnus Elvbakken."
    )
    assert ("director", "Magnus Elvbakken") not in credits
    assert ("director", "Casimir Doyle") in credits


def test_feature_as_a_verb_keeps_the_pages_director() -> None:
    credits = _credits("The film will feature a score by the Halden Quartet.")
    assert ("director", "Casimir Doyle") in credits
