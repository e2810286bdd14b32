""" "The cinematographer says" after a sentence whose last subject is the film's director is not
the director's: a camera, a score or an edit is another department's job. A director called "the
director" is still credited."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Meet the people who shot, scored and cut the final chapter of Lantern Row."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


_CREDIT = "Lantern Row is directed by Hester Quayle and written by Obi Fenwright."


def test_the_cinematographer_is_not_the_director_named_last() -> None:
    quotes = _quotes(
        _CREDIT,
        "Tomas Ruud had never watched an episode of Lantern Row when Hester Quayle, the film’s"
        " director, rang him in autumn 2024. “I binged it over a wet weekend,” the"
        " cinematographer says.",
    )
    speaker = quotes.get("I binged it over a wet weekend", ("", SourceKind.UNATTRIBUTED))[0]
    assert speaker != "Hester Quayle"


def test_the_director_is_still_the_director() -> None:
    quotes = _quotes(
        _CREDIT,
        "Hester Quayle spent the summer in Margate. “We chased the light every evening,” the"
        " director says.",
    )
    assert quotes["We chased the light every evening"] == ("Hester Quayle", SourceKind.PERSON)
