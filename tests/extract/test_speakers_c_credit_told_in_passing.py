"""A crew credit told in passing ("..., with Tom Reed directing") is not whom a later "she
says" stands for: the pronoun goes on from the sentences before. A "with X doing" clause that
is the news itself ("with Ada Vale insisting") still makes X its subject."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_TITLE = "Ada Vale on life after Lantern Row"
_LEDE = "Ada Vale has played the lead in Lantern Row for four years."
_WORDS = "Nobody would forgive me"


def _speaker(*paragraphs: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs, title=_TITLE).quotes}
    return found[_WORDS]


def test_a_director_credited_in_passing_is_not_she() -> None:
    said = _speaker(
        "Vale kept busy. In spring she was back in Leeds for the finale, and filming began in"
        " June, with Tom Reed directing from the new script.",
        f"She will not give anything away. “{_WORDS},” she grins.",
    )
    assert said[0] != "Tom Reed"


def test_a_with_clause_that_is_the_news_keeps_its_subject() -> None:
    said = _speaker(
        "The shoot ran a week over, with Maya Brook insisting on one more take of the storm.",
        f"“{_WORDS},” she says.",
    )
    assert said == ("Maya Brook", SourceKind.PERSON)
