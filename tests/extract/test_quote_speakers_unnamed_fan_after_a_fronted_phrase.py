"""A fan met by a description and a first name after a fronted phrase ("Outside, one fan,
19-year-old Ines from Lorne, told me ...") says the "she said" words after: they are no one's we
can name, never the last named speaker's. A full name there is still the speaker."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_OPENING = (
    "Director Rosalind Achterberg-Moss introduced Saltmarsh Lights at the festival.",
    "“I wrote it for my sister,” she told the audience. “She has not seen it yet.”",
)
_WORDS = "I was twelve when the books came out"


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [
        (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.text == _WORDS and q.served
    ]


def test_a_fan_given_a_first_name_is_not_the_last_speaker() -> None:
    for met in (
        "Outside, one fan, 19-year-old Ines from Lorne, told me she had queued since noon.",
        "By the stage door, another fan, Ines, 17, said she had waited for hours.",
        "Outside, one fan, 16-year-old Ines, came with her mother.",
    ):
        found = _served(*_OPENING, f"{met} “{_WORDS},” she said.")
        assert ("Rosalind Achterberg-Moss", SourceKind.PERSON) not in found, met


def test_a_fan_named_in_full_is_the_speaker() -> None:
    found = _served(
        *_OPENING,
        f"Outside, Ines Calloway-Reyes told me she had queued since noon. “{_WORDS},” she said.",
    )
    assert found == [("Ines Calloway-Reyes", SourceKind.PERSON)]
