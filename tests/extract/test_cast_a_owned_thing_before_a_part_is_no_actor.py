"""A name right after a possessive determiner is a thing someone owns ("won her Golden Globe
playing Queen Mab"), never the actor of the part; an actor named plainly, or after a noun
("her co-star Ada Vale"), still plays it (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow Forever: the cast in pictures"
_LEDE = "Larkhollow Forever is out on Netflix now."


def _cast(paragraph: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, paragraph, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_an_owned_award_is_not_the_actor() -> None:
    for paragraph in (
        "She won her Golden Globe playing Queen Mab in Brass Crowns.",
        "He got his Drama Desk for playing Queen Mab years ago.",
    ):
        cast = _cast(paragraph)
        assert not any(part == "Queen Mab" for _, part in cast), (paragraph, cast)


def test_an_actor_after_a_noun_still_plays_the_part() -> None:
    assert ("Ada Vale", "Queen Mab") in _cast("Her co-star Ada Vale plays Queen Mab.")
    assert ("Ada Vale", "Queen Mab") in _cast("Ada Vale plays Queen Mab.")
