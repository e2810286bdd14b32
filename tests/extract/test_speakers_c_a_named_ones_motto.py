"""Words named as someone's motto or catchphrase ("Y joked that Vale's motto was “...”") are
Vale's saying, not the words of the one who tells of it; one's own motto stays one's own."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The rain-soaked drama Lantern Row wrapped on Friday."
_SET = (
    "Director Ada Vale asked for rain machines on five days, and Maya Brook, who plays the lead,"
    " was soaked."
)
_WORDS = "if it is dry, it is wrong."


def _speaker(paragraph: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, _SET, paragraph).quotes}
    return found[_WORDS]


def test_another_ones_motto_is_theirs() -> None:
    said = _speaker(f"Maya Brook joked that Vale’s motto on set was simply “{_WORDS}”")
    assert said == ("Ada Vale", SourceKind.PERSON)


def test_ones_own_motto_stays_ones_own() -> None:
    said = _speaker(f"Maya Brook joked that her own motto was “{_WORDS}”")
    assert said == ("Maya Brook", SourceKind.PERSON)
