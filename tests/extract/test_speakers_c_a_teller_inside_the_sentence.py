"""Words a sentence hands on from a teller inside it ("Vask said Ilse Morrow had told them:",
"that his grandmother told him,", "someone scrawled on a card,") are the teller's: a named
teller speaks, anyone else leaves them unattributed; never the sentence's subject nor the person
named last."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The Lanternmere cast met fans at a Leeds convention on Saturday."
_WHO = "Benedikt Vask and Ilse Morrow, who wrote and directed the film, took questions."


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_named_teller_inside_a_report_speaks() -> None:
    found = _speakers(
        _LEDE, _WHO, "Vask said Ilse Morrow had told them early on: “Nobody here is a villain.”"
    )
    assert found["Nobody here is a villain."] == ("Ilse Morrow", SourceKind.PERSON)


def test_kin_or_someone_tells_no_ones_words() -> None:
    for said in (
        "Vask still thinks of what his grandmother told him, “Nobody here is a villain.”",
        "Vask quotes his grandmother, who, he says, warned him after the first read-through: "
        "“Nobody here is a villain.”",
        "At one early screening someone scrawled on a card, “Nobody here is a villain.”",
    ):
        found = _speakers(_LEDE, _WHO, said)
        assert found.get("Nobody here is a villain.", ("",))[0] == "", said


def test_the_subjects_own_telling_stays_theirs() -> None:
    found = _speakers(_LEDE, _WHO, "Vask told the crowd: “Nobody here is a villain.”")
    assert found["Nobody here is a villain."] == ("Benedikt Vask", SourceKind.PERSON)
