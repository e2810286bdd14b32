"""In a profile, "“...,” she says." is never credited to a title the article tells as a work
("the director of Pewter Sound", "In Pewter Sound she plays"), nor to a director whose clause
acts on the pronoun's person ("Lund has called him “...”, and the actor admits he ...")."""

from tests.extract.helpers import facts

_SWIM = "I can’t even swim on camera"
_FINISHED = "When it is finished, I feel I have left something"


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_the_director_who_called_him_something_is_not_he() -> None:
    served = _served(
        "Tomas Reyner-Holt is the actor everyone wants this summer.",
        "Directed by Piet Lund, Harbour Lights follows two brothers on a trawler.",
        "Lund has called him “a natural”, and the actor admits he blushed.",
        f"He will play a pilot next. “{_SWIM},” he says.",
        title="Tomas Reyner-Holt: the late arrival",
    )
    assert served.get(_SWIM) != "Piet Lund"


def test_the_director_who_described_him_is_not_the_newcomer() -> None:
    served = _served(
        "Tomas Reyner-Holt is the actor everyone wants this summer.",
        "Harbour Lights, directed by Piet Lund, follows two brothers on a trawler.",
        "Lund has described him as “a natural”, and the newcomer says he blushed when he read it.",
        f"Next he plays a pilot. “{_SWIM},” he says.",
    )
    assert served.get(_SWIM) != "Piet Lund"


def test_a_title_told_as_the_directors_work_is_not_she() -> None:
    served = _served(
        "Ines Carvalho-Brandt has spent the morning on the marsh.",
        "Piet Lund, the director of Pewter Sound, cast her after one audition.",
        "Pewter Sound opens in cinemas in September.",
        f"“{_FINISHED},” she says.",
    )
    assert served.get(_FINISHED) != "Pewter Sound"


def test_a_title_she_starred_in_is_not_she() -> None:
    served = _served(
        "Ines Carvalho-Brandt grew up by the sea.",
        "She is the star of Pewter Sound, shot on the coast last spring.",
        "Pewter Sound premieres at Venice in August.",
        f"“{_FINISHED},” she says.",
    )
    assert served.get(_FINISHED) != "Pewter Sound"
