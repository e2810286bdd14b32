"""Crew credits a sentence denies, hedges or only wishes for are held, not served (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits

_LEDE = "Copper Lanes is coming to Netflix next year."
_TITLE = "Copper Lanes: everything we know"


def _served(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return served_credits(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Lyle will not be directing the film after all.",
        "Omar Lyle won't be directing the film, the studio confirmed.",
        "Omar Lyle is no longer directing the film.",
        "Omar Lyle denied he is directing the film.",
        "Reports that Omar Lyle is directing are false, Netflix said.",
        "Omar Lyle turned down the chance to direct.",
        "Omar Lyle was once attached to direct.",
        "Omar Lyle is in talks to direct the film.",
        "Omar Lyle could direct, according to one source.",
        "Fans want Omar Lyle to direct the film.",
    ],
)
def test_a_denied_or_hedged_credit_is_not_served(sentence: str) -> None:
    assert ("director", "Omar Lyle") not in _served(sentence)


def test_a_hedged_composer_credit_is_held() -> None:
    found = facts(_LEDE, "Composer Ida Frey is in early talks to score the film.", title=_TITLE)
    held = [c for c in found.crew if c.name == "Ida Frey"]
    assert held and not any(c.served for c in held)


def test_a_plain_credit_with_a_modal_elsewhere_is_served() -> None:
    sentence = "Omar Lyle is directing the film, which may premiere at Cannes."
    assert ("director", "Omar Lyle") in _served(sentence)
    sentence = "Director Omar Lyle said the cast could not have been kinder."
    assert ("director", "Omar Lyle") in _served(sentence)


def test_guests_named_by_their_trade_are_not_served_as_crew() -> None:
    served = _served("Among the guests were director Pia Holm and composer Leo Brandt.")
    assert not {n for _, n in served} & {"Pia Holm", "Leo Brandt"}
    served = _served("Producer Dana Voss, who was in the audience, called it a triumph.")
    assert ("producer", "Dana Voss") not in served


def test_a_casting_director_who_spotted_an_actor_is_served() -> None:
    sentence = "Rae Tull was spotted by casting director Gita Mohr at a school play."
    assert ("casting_director", "Gita Mohr") in _served(sentence)
