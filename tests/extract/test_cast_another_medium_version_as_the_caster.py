"""A screen production's news may set apart a version of the same work in another medium,
named as the subject of the casting verb ("the Brindle Lane stage adaptation ... casts X as Y",
"the Brindle Lane musical stars X as Y"): those parts are that version's; a screen version as
the subject keeps them (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brindle Lane: the film is out today"
_LEDE = "Brindle Lane, the film of the graphic novels, is out on Netflix today."


def _actors(sentence: str) -> set[str]:
    return {c.actor for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_another_mediums_version_casts_none_of_ours() -> None:
    for sentence in (
        "Mind you, the Brindle Lane stage adaptation touring Scotland this autumn casts Rory"
        " Quayle as Ned and Effie Marr as Lise.",
        "Not to be confused with the film: the Brindle Lane musical now in previews stars Rory"
        " Quayle as Ned.",
    ):
        assert "Rory Quayle" not in _actors(sentence), sentence


def test_a_screen_version_as_the_caster_stays() -> None:
    sentence = "The Brindle Lane film casts Rory Quayle as Ned and Effie Marr as Lise."
    assert "Rory Quayle" in _actors(sentence)
