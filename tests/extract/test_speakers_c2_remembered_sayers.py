"""Words someone remembers another saying are the other's: a name told after a lower-case
description ("her tutor, the sculptor X telling her") speaks, and one remembered only by who
they were ("her grandmother telling her") is no one named, never the one who remembers."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Director Ines Harrow joins the Reel Talk podcast to discuss her debut feature Ferrylight."
_OWN = "“I shot it in nineteen days,” she says."


def _speaker(paragraph: str, words: str) -> str | None:
    found = facts(_LEDE, _OWN, paragraph).quotes
    return next((q.speaker for q in found if q.text == words and q.served), None)


def test_a_described_name_remembered_telling_speaks() -> None:
    line = "She recalls her tutor, the sculptor Bruno Kessel telling the class, “Clay forgives.”"
    assert _speaker(line, "Clay forgives.") == "Bruno Kessel"


def test_a_described_name_set_off_by_commas_speaks() -> None:
    line = "She remembers her first agent, the formidable Bruno Kessel, warning her: “Say no.”"
    assert _speaker(line, "Say no.") == "Bruno Kessel"


def test_someone_remembered_only_by_kin_is_no_one_named() -> None:
    line = "She remembers her grandmother telling her, “Never trust a calm sea.”"
    assert _speaker(line, "Never trust a calm sea.") == ""


def test_the_one_who_remembers_still_speaks_her_own_words() -> None:
    line = "Harrow remembers the night Bruno Kessel walked out, and laughs: “Clay forgives.”"
    assert _speaker(line, "Clay forgives.") == "Ines Harrow"
