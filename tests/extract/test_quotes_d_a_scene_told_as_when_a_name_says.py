"""A review's "When <first name> says “...”," with no one the page knows by that name: a moment
of the work, not a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Our critic on Copper Street, the final film of the long-running teen drama."


def test_a_scene_told_by_a_parts_first_name_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The film never begs for tears. When Maddox says “I kept the ticket from that night”,"
        " the cinema went very quiet.",
    )
    assert not any(q.served and q.text.startswith("I kept the ticket") for q in found.quotes)


def test_a_named_person_saying_it_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Director Priya Kettering explained the choice. When Kettering says “we cut the wedding"
        " on day one”, she sounds relieved.",
    )
    assert any(
        q.served and q.text.startswith("we cut the wedding") and q.speaker == "Priya Kettering"
        for q in found.quotes
    )
