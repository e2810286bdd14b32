"""One remembered speaking, set after their role ("He remembers the producer, Ada Vale, telling
them: “...”"), says the words, never the one remembering; one only remembered meeting them
("recalls meeting the producer, Ada Vale, on day one:") says nothing."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brackenfold's cast looked back on the shoot at a panel in Bristol on Sunday."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_one_remembered_after_their_role_says_the_words() -> None:
    found = _served(
        _LEDE,
        "Lucan Abernethy-Sowe plays the younger brother. He recalls the producer, Henrietta "
        "Vashti, telling the cast on the first morning: “Nobody goes home hungry.”",
    )
    assert found == [("Henrietta Vashti", SourceKind.PERSON)]


def test_one_only_remembered_meeting_says_nothing() -> None:
    found = _served(
        _LEDE,
        "Lucan Abernethy-Sowe plays the younger brother. He recalls meeting the producer, "
        "Henrietta Vashti, on the first morning: “I was terrified.”",
    )
    assert ("Henrietta Vashti", SourceKind.PERSON) not in found
