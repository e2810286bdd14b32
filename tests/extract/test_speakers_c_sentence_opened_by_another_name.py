"""A sentence opened by one person's name that meets a newcomer later ("Vale had shot two
films with director Tom Reed before he hired her") is about its opener: a "she says" after it
is never the newcomer's. A newcomer in a sentence about a thing ("Much of the sound comes from
the composer Ida Berg") still is whom the pronoun stands for."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The coastal drama Lantern Row returns this summer."
_WORDS = "I knew every line before the first day"


def _speaker(*paragraphs: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes}
    return found[_WORDS]


def test_a_newcomer_in_someone_elses_sentence_is_not_she() -> None:
    said = _speaker(
        "When Niamh O'Dowd first read the pilot script, she underlined one line.",
        "O'Dowd had shot two films with director Tom Reed before he asked her to join the"
        f" series. “{_WORDS},” she admits.",
    )
    assert said[0] != "Tom Reed"


def test_a_newcomer_in_a_sentence_about_a_thing_is_still_she() -> None:
    said = _speaker(
        "Much of its sound comes from the composer Ida Berg, whose score leans on a church"
        f" organ. “{_WORDS},” she says.",
    )
    assert said == ("Ida Berg", SourceKind.PERSON)
