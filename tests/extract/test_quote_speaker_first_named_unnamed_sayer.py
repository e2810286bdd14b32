"""A "she says" after someone met by a description and a first name alone ("One fan, Ada, 17,
has queued since dawn") is hers: never handed to whoever said "she says" before, though she
cannot be named in full."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Live: the Saltwick premiere, with Ines Corr and Bram Tolley on the carpet."


def _served(*paragraphs: str) -> dict[str, str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_a_fan_met_by_first_name_is_not_the_last_speaker() -> None:
    found = _served(
        '18:20 Ines Corr arrives in green. "I\'m terrified," she says.',
        '18:44 One fan, Maisie, 16, from Hull, has queued since dawn. "I read the book twice," '
        "she says.",
    )
    assert found["I'm terrifie"] == "Ines Corr"
    assert found.get("I read the b", "") == ""


def test_another_onlooker_met_by_first_name_is_not_the_last_speaker() -> None:
    found = _served(
        '7.05pm Bram Tolley stops for selfies. "Mad night," he says.',
        '7.12pm Another onlooker, Rhys, 20, has driven from Bangor. "Worth every mile," he says.',
    )
    assert found["Mad night"] == "Bram Tolley"
    assert found.get("Worth every ", "") == ""


def test_the_last_speaker_still_speaks_when_no_one_else_is_met() -> None:
    found = _served(
        '18:20 Ines Corr arrives in green. "I\'m terrified," she says.',
        '18:30 The rain holds off. "We got lucky," she says.',
    )
    assert found["We got lucky"] == "Ines Corr"
