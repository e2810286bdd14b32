"""A channel named only as where a work airs ("premieres on Wednesday 14 October on Harbour One",
"begins on Harbour One", "airs on Harbour One") is an organisation, never a person: a "she
says" after "Harbour is keeping its plans quiet" is no quote of a person called Harbour One. The
quote stays the subject's, or unattributed where the pronoun is not reached; it is never lost."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def _subject_or_no_one(subject: str) -> set[tuple[str, SourceKind]]:
    return {(subject, SourceKind.PERSON), ("", SourceKind.UNATTRIBUTED)}


def test_premieres_on_a_date_on_a_channel() -> None:
    for shown in (
        "premieres on Wednesday 14 October on",
        "premieres on Wednesday, 14 October, on",
        "premieres on October 14 on",
        "premieres Wednesday 14 October on",
        "premieres on 14 October at 10pm on",
        "starts on",
        "will air on",
    ):
        found = _speaker(
            "If they ask, I’ll be there",
            "Wilhelmina Ostrander-Kaye wrote the music for Gorsemouth, a six-part drama.",
            f"The series {shown} Corran Vale and streams on LUMA.",
            "More episodes? Corran is keeping its plans quiet. “If they ask, I’ll be there,” "
            "she says.",
        )
        assert found in _subject_or_no_one("Wilhelmina Ostrander-Kaye"), shown


def test_begins_on_a_channel() -> None:
    found = _speaker(
        "I hope so",
        "Rosalind Wrenwick-Nwosu scored Quiet Fathoms, her first thriller.",
        "Quiet Fathoms begins on Brindle Gold next month.",
        "Will there be more? Brindle has said nothing yet. “I hope so,” she said.",
    )
    assert found in _subject_or_no_one("Rosalind Wrenwick-Nwosu")


def test_airs_on_a_channel() -> None:
    found = _speaker(
        "We’d love to",
        "Tomasz Heathcote-Ibe edits Fen Edge, which airs on Saltreed Seven from May.",
        "Saltreed has kept quiet about a renewal. “We’d love to,” he says.",
    )
    assert found in _subject_or_no_one("Tomasz Heathcote-Ibe")


def test_a_person_a_trailer_begins_on_is_still_a_person() -> None:
    for line in (
        "The trailer begins on Idris Fallow, alone on a beach. “I loved making it,” Fallow said.",
        "The first episode airs on Idris Fallow’s birthday. “I loved making it,” Fallow said.",
        "The teaser starts on Idris Fallow at the helm. “I loved making it,” Fallow told us.",
    ):
        found = _speaker("I loved making it", "Nessa Crail directs a new sea drama.", line)
        assert found == ("Idris Fallow", SourceKind.PERSON), line
