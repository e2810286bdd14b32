"""A crew post's short form after a hire ("comes aboard as DP", "joins as DoP") is the film's
cinematographer, never a part; a part named after "as" in the same shape stays a casting
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Exclusive: Ferrow Bay adds three to its cast"
_LEDE = "Ferrow Bay, the BBC coastal drama, begins filming in Devon in June."


def test_a_crew_posts_short_form_is_no_part() -> None:
    for sentence in (
        "Dutch cinematographer Maarten Velloway, who shot the festival hit Grey Water, comes"
        " aboard as DP.",
        "Maarten Velloway, fresh from the thriller Grey Water, joins as DoP.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert not {a for a, _ in served_pairs(found)} & {"Maarten Velloway"}, sentence


def test_a_named_part_in_the_same_shape_stays() -> None:
    sentence = (
        "Newcomer Maarten Velloway, who starred in the short Grey Water, joins as Petrus Hale."
    )
    found = facts(_LEDE, sentence, title=_TITLE)
    assert ("Maarten Velloway", "Petrus Hale") in served_pairs(found)
