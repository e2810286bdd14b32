"""Our own production's possessive before a name is no owner of another work: "on Greenroom's
Rowan Teague as Dan" names our cast. A channel's or a director's possessive still names a work."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Sky sets cast for comedy ‘Greenroom’"
_LEDE = "Petra Lund stars as Mia Sorel, a stage manager, in Greenroom."


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast}


def test_our_own_possessive_keeps_the_actor() -> None:
    found = _cast("Viewers met him on Greenroom's Rowan Teague as Dan Cole last week.")
    assert ("Rowan Teague", "Dan Cole") in found


def test_a_channels_possessive_names_its_work() -> None:
    found = _cast("Her debut came in Channel 5's Copper Sky as Nell Ames.")
    assert not any(actor == "Copper Sky" for actor, _ in found)


def test_a_directors_possessive_names_his_work() -> None:
    found = _cast("Her debut came on Oren Pask’s Copper Sky as Nell Ames.")
    assert not any(actor == "Copper Sky" for actor, _ in found)
