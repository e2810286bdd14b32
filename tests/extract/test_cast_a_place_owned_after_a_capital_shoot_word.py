"""A place named as someone's landmark ("Tam Orrin's Bay") in a sentence that opens with the
shoot's word ("Filming began in Selby and Tam Orrin's Bay", "Shooting moved to ...") is a place,
not an actor and a part; the same possessive with no place cue stays a casting (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Wardens: first look at the BBC drama"
_LEDE = "The Wardens, the BBC drama, arrives on 9 October."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_landmark_after_a_capital_shoot_word_is_no_casting() -> None:
    for sentence in (
        "Filming on The Wardens began on 2 June in and around Selby and Tam Orrin's Bay, and the"
        " first stills are out.",
        "Shooting moved to Selby and Tam Orrin's Bay last week, and the first stills are out.",
        "Location work took the crew to Selby and Tam Orrin's Bay in June.",
    ):
        assert ("Tam Orrin", "Bay") not in _cast(sentence), sentence


def test_a_possessed_part_without_a_place_cue_stays() -> None:
    sentence = "Petra Quill's Hill, the village detective, steals every scene."
    assert ("Petra Quill", "Hill") in _cast(sentence)
