"""A name after a time's "as" that is another actor of the article ("said as the lights came
up, her arm around X") is a person in the scene, never a part; a part that only shares a word
with an actor keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quarry Bells stars on the red carpet"
_LEDE = "Quarry Bells closed the Harbour festival to a standing ovation on Saturday night."
_AFTER = (
    "Heller, who plays Emlyn Prosser opposite Varrington's Carys Bowdler, was the first to cry,"
    " according to Varrington."
)


def _cast(*sentences: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, *sentences, title=_TITLE).cast if c.served}


def test_another_actor_of_the_article_is_no_part() -> None:
    for sentence in (
        "“We did it,” Ysolde Varrington told the crowd as the lights came up, his arm around"
        " Bram Heller. “Three years and a film.”",
        "“We did it,” Ysolde Varrington shouted as the music swelled, an arm round Bram Heller."
        " “Three years.”",
    ):
        cast = _cast(sentence, _AFTER)
        assert ("Ysolde Varrington", "Bram Heller") not in cast, sentence
        assert ("Bram Heller", "Emlyn Prosser") in cast, sentence


def test_a_part_sharing_a_word_with_an_actor_keeps_its_casting() -> None:
    cast = _cast("Dai Morgan plays Tom Heller, Emlyn's father.", _AFTER)
    assert ("Dai Morgan", "Tom Heller") in cast
