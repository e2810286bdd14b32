"""The writer coming upon someone unnamed ("On my way in I pass a steward", "We spot a girl in
a homemade jumper") makes them whom a "she says" right after may stand for: the words are held,
never handed to the last person quoted. One the writer names stays theirs."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming on Pennywhistle Row reached the harbour at Amblecote this week."
_QUOTED = (
    "The producer, Ilse Marchbank-Toye, would not give a date. “Soon-ish,” Marchbank-Toye says."
)


def _credits(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    return [(q.text, q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_someone_the_writer_passes_is_not_the_producer() -> None:
    for met in (
        "On my way back to the car I pass a steward, soaked through. “Best job in the world,” "
        "she says.",
        "We spot a girl in a homemade jumper by the barrier. “Best job in the world,” she says.",
    ):
        found = _credits(_LEDE, _QUOTED, met)
        assert ("Best job in the world", "Ilse Marchbank-Toye", SourceKind.PERSON) not in found


def test_the_producer_still_speaks_after_her_own_sentence() -> None:
    found = _credits(
        _LEDE,
        _QUOTED,
        "Marchbank-Toye checks the tide tables twice. “Best job in the world,” she says.",
    )
    assert ("Best job in the world", "Ilse Marchbank-Toye", SourceKind.PERSON) in found
