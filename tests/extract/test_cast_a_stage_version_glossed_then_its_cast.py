"""Another medium's version glossed after its title, then its cast ("Tinder Moth: Live – a
fan-made stage version that toured last year, with X as Y") casts that version, not the screen
production; a screen gloss with its cast stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Panel report: the Tinder Moth cast meet their fans"
_LEDE = "The cast of Tinder Moth, the Vela drama, met fans in Dunmere on Saturday."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_glossed_stage_versions_cast_is_no_casting() -> None:
    for sentence in (
        "One fan asked about Tinder Moth: Live – a fan-made stage version that toured student"
        " halls last year, with Perry Oduya as Walt.",
        "Others had seen Moth Song, an amateur musical based on the books, with Perry Oduya as"
        " Walt.",
    ):
        assert ("Perry Oduya", "Walt") not in _parts(sentence), sentence


def test_a_screen_gloss_keeps_its_cast() -> None:
    sentence = "Tinder Moth is a Vela drama shot in Leeds, with Perry Oduya as Walt."
    assert ("Perry Oduya", "Walt") in _parts(sentence)
