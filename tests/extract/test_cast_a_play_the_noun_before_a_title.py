""" "Play" as a noun before a title ("seen as the young queen in the stage play Lark", "she was
Nell in a radio play Harrow") names a play, not a part someone is cast to play; the verb
("will play Nell") keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Wardens: first look at the BBC drama"
_LEDE = "The Wardens, the BBC drama, arrives on 9 October, with Petra Quill as Hessa Marr."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_play_named_after_the_noun_is_no_part() -> None:
    for sentence in (
        "Quill, 19, was last seen as the young Queen Adela in the stage play Lark at the Old Vic.",
        "Before that she toured as Duchess Ilse Varn in a radio play Harrowgate.",
    ):
        cast = _cast(sentence)
        assert ("Queen Adela", "Lark") not in cast, sentence
        assert ("Duchess Ilse Varn", "Harrowgate") not in cast, sentence
        assert not {actor for actor, _ in cast} - {"Petra Quill"}, sentence


def test_the_verb_play_keeps_its_casting() -> None:
    assert ("Oren Tully", "Dace Marr") in _cast("Oren Tully will play Dace Marr, her brother.")
