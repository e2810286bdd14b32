"""A turn to other news told with where it happens ("Elsewhere at the festival, director X was
in town for ..."): the event's name is no sign the sentence is about the production, even when
the headline names the event too. A turn that names the production itself still credits
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Dunmore Film Week: Quarry Bell wins the room"
_LEDE = "Director Mirela Ostrowska brought her debut feature to Dunmore Film Week."


def _credits(*sentences: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *sentences, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_other_news_at_the_event_credits_no_one() -> None:
    found = _credits(
        "Elsewhere at the Dunmore screenings, veteran director Tadhg Ellery was honoured with a"
        " career retrospective."
    )
    assert ("Tadhg Ellery", "director") not in found
    assert ("Mirela Ostrowska", "director") in found


def test_other_news_naming_the_production_still_credits() -> None:
    found = _credits("Elsewhere at the festival, Quarry Bell editor Tadhg Ellery gave a talk.")
    assert ("Tadhg Ellery", "editor") in found
