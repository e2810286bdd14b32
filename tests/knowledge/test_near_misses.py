"""A near miss is settled among names of about the typed length; a miss still suggests any
name close enough, of whatever length."""

from bot.knowledge.matching import Match, NameIndex
from bot.names import name_key

_NAMES = [
    "Kristoffer Lundvik",
    "Kestrel Ashby",
    "Korvin Mael",
    "Korvan Mael-Estowe",
    "Kaelith Brandersby-Whitcombe",
    "Tobias Renn",
]


def _index(names: list[str]) -> NameIndex:
    return NameIndex.build((n, name_key(name), name) for n, name in enumerate(names))


def test_a_slip_among_names_of_other_lengths_is_taken() -> None:
    index = _index(_NAMES)
    assert index.match("kestrle ashby") == Match(1)
    assert index.match("tobyas") == Match(5)


def test_two_names_as_close_to_a_slip_are_suggested_not_taken() -> None:
    index = _index(["Mara Quell", "Mora Quell"])
    found = index.match("mira")
    assert found.entity_id is None
    assert found.suggestions == ("Mara Quell", "Mora Quell")


def test_a_miss_suggests_a_name_much_longer_than_what_was_typed() -> None:
    index = _index(_NAMES)
    assert index.match("kristo") == Match(None, ("Kristoffer Lundvik",))


def test_a_name_too_far_from_any_is_not_taken_and_suggests_nothing_far() -> None:
    index = _index(_NAMES)
    found = index.match("zebulon quarry")
    assert found == Match(None)
