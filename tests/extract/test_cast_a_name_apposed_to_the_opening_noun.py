"""A name apposed to the noun a sentence opens with, then the casting verb ("A newcomer, X,
plays Y"; "The show's co-star, veteran X, plays Y") casts that name; a part "in" a work named
after it, or a name apposed further into the sentence, casts nothing here (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look: Hollinsclough gets a trailer"
_LEDE = "Channel 4 has released the trailer for Hollinsclough, its new moorland drama."


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_the_name_apposed_to_the_opening_noun_is_cast() -> None:
    for sentence, pair in (
        ("A newcomer, Wilhelmina Ostrowska, plays Dot, a shepherd's daughter.",
         ("Wilhelmina Ostrowska", "Dot")),
        ("The drama's co-star, veteran Gethin Amberley, plays the village doctor Hal Pryor.",
         ("Gethin Amberley", "Hal Pryor")),
    ):  # fmt: skip
        assert pair in _cast(sentence), sentence


def test_a_part_in_a_named_work_is_not_cast_here() -> None:
    cast = _cast("A newcomer, Wilhelmina Ostrowska, plays Dot Ashby in Salt Ridge on ITV.")
    assert ("Wilhelmina Ostrowska", "Dot Ashby") not in cast


def test_a_head_told_by_its_owner_pronoun_is_no_sure_casting() -> None:
    cast = _cast(
        "ITV's Salt Ridge tops the chart this week. Its lead, Wilhelmina Ostrowska, plays"
        " detective Dot Ashby."
    )
    assert ("Wilhelmina Ostrowska", "Dot Ashby") not in cast
