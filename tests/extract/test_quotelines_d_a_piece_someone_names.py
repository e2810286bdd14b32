"""Quotes on invented text: a piece of the work someone names ("a motif she calls “the ferry
theme”", "a cue that she calls, privately, “the bus shelter tune”") is a name, held whoever
gives it; what someone calls a thing they judge ("which she calls “the hardest week of my
life”") stays her words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Composer Ilse Varga on scoring Gullhaven, the BBC drama that ends on Sunday."
_SCORE = "Varga, who grew up in Szeged, wrote the score for Gullhaven in eleven weeks."


def _found(sentence: str) -> tuple[list[tuple[str, str]], set[str]]:
    found = facts(_LEDE, _SCORE, sentence, date="2026-02-11")
    return served_quotes(found), {q.text for q in found.quotes if not q.served}


def test_a_named_piece_of_the_score_is_held() -> None:
    served, held = _found(
        "Varga wrote a short theme for the pair that she calls, privately, “the bus shelter"
        " tune”. It returns in the last episode."
    )
    assert "the bus shelter tune" in held, served


def test_a_judgement_of_a_thing_named_stays_hers() -> None:
    served, _ = _found(
        "The recording took place in Budapest in March, which Varga calls “the hardest week of"
        " my life”."
    )
    assert ("the hardest ", "Ilse Varga") in served, served
