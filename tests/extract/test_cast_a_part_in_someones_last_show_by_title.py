"""A part in someone's earlier work, set as "your last series, <title>," or "whose previous show,
the BBC hit <title>," ("had X as Y", "made a star of X as Y"), is that work's, not news of ours;
a clause that turns to now, or our own title, keeps the casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow: Mina Farrow's new drama begins filming"
_LEDE = "Filming has begun on Larkhollow, the new Sky drama created by Mina Farrow."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_part_in_a_last_show_is_no_casting() -> None:
    for sentence in (
        "Farrow's last series, Copper Sound, had Tomas Ashgrove as the vicar Nell Hardy.",
        "The drama is written by Mina Farrow, whose previous show, the BBC hit Copper Sound,"
        " made a star of Tomas Ashgrove as the hapless Nell Hardy.",
    ):
        assert ("Tomas Ashgrove", "Nell Hardy") not in _parts(sentence), sentence


def test_our_own_title_keeps_the_casting() -> None:
    sentence = "Farrow's first series, Larkhollow, has Tomas Ashgrove as the vicar Nell Hardy."
    assert ("Tomas Ashgrove", "Nell Hardy") in _parts(sentence)
