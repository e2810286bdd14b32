"""One whose own clause acts on the speaker's pronoun ("X mailed him a sketchbook") is never
whom a later "he says" stands for: that "he" is the "him", someone else; the words are held,
not credited to X. One who only tells of another acting on "him" ("X says the studio rang
him") may still be the "he"."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Tamsin Oyelaran-Brook has spent a year building the sets for Kettlewick."


def _credits(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    return [(q.text, q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_newcomer_acting_on_him_is_not_the_he() -> None:
    found = _credits(
        "Ferdinand Quillfeather designs the props for the film, and his workshop smells of glue.",
        "Ottoline Marsh-Varley, who wrote the novel, posted him a box of postcards she had "
        "collected. “Those cards saved me,” he says.",
    )
    assert not any(speaker == "Ottoline Marsh-Varley" for _, speaker, _ in found)


def test_a_subject_acting_on_her_is_not_the_she() -> None:
    found = _credits(
        _LEDE,
        "Benedikt Thorsby-Allen signed her up for a welding class. "
        "“I burnt a sleeve on day one,” she says.",
    )
    assert not any(speaker == "Benedikt Thorsby-Allen" for _, speaker, _ in found)


def test_one_who_tells_of_another_acting_on_him_may_speak() -> None:
    found = _credits(
        _LEDE,
        "Lorcan Featherstonehaugh says the studio rang him on a Sunday. "
        "“I thought it was a prank,” he says.",
    )
    assert ("I thought it was a prank", "Lorcan Featherstonehaugh", SourceKind.PERSON) in found


def test_a_subject_with_him_beside_it_is_still_the_he() -> None:
    found = _credits(
        _LEDE,
        "Lorcan Featherstonehaugh brought a sketchbook with him to every fitting. "
        "“I draw when I’m nervous,” he says.",
    )
    assert ("I draw when I’m nervous", "Lorcan Featherstonehaugh", SourceKind.PERSON) in found
