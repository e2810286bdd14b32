"""Words that open by relaying a third person ("“He said, ‘...’ So I did.”"), after a clause
telling what a named person said to the speaker, are never that named person's; the same
clause before words with no relay frame still gives them to the one who said them."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The cast of Brackenfold met fans in Leeds on Saturday."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_relay_frame_after_what_someone_said_is_not_theirs() -> None:
    for said in (
        "Ottoline Ferreira-Banks recalled what Desmond Hatherleigh told her at the read-through: "
        "“He said, ‘Slow down, the sea isn’t going anywhere.’ I still hear it.”",
        "Asked what Hatherleigh said to her on the last night, Ferreira-Banks smiled: “He told "
        "me, ‘Never read your reviews.’ I haven’t.”",
    ):
        found = _served(
            _LEDE,
            "Desmond Hatherleigh directed the film and Ottoline Ferreira-Banks starred.",
            said,
        )
        assert ("Desmond Hatherleigh", SourceKind.PERSON) not in found, said


def test_the_same_clause_without_a_frame_keeps_the_one_who_said_it() -> None:
    found = _served(
        _LEDE,
        "Desmond Hatherleigh directed the film and Ottoline Ferreira-Banks starred.",
        "She also shared what Desmond Hatherleigh told the cast on day one: “Nobody rushes.”",
    )
    assert found == [("Desmond Hatherleigh", SourceKind.PERSON)]
