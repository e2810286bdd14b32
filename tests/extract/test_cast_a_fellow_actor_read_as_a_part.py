"""A name after a time's "as" that is another actor of the article ("said as the lights came
up, her arm around X") is a person in the scene, never a part; a part that only shares a word
with an actor keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quarry Bells stars on the red carpet"
_LEDE = "Quarry Bells closed the Harbour festival to a standing ovation on Saturday night."
_AFTER = (
    "Heller, who plays Owen Pryce opposite Calloway's Megan Rhys, was the first to cry,"
    " according to Calloway."
)


def _cast(*sentences: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, *sentences, title=_TITLE).cast if c.served}


def test_another_actor_of_the_article_is_no_part() -> None:
    for sentence in (
        "“We did it,” Ines Calloway told the crowd as the lights came up, his arm around"
        " Bram Heller. “Three years and a film.”",
        "“We did it,” Ines Calloway shouted as the music swelled, an arm round Bram Heller."
        " “Three years.”",
    ):
        cast = _cast(sentence, _AFTER)
        assert ("Ines Calloway", "Bram Heller") not in cast, sentence
        assert ("Bram Heller", "Owen Pryce") in cast, sentence


def test_a_part_sharing_a_word_with_an_actor_keeps_its_casting() -> None:
    cast = _cast("Dai Morgan plays Tom Heller, Owen's father.", _AFTER)
    assert ("Dai Morgan", "Tom Heller") in cast
