"""Words an unnamed teller said to the reporter stay unattributed when the teller is described at
length ("recalled a casting agent at a big London firm telling her she was “...”"): the words
are the teller's, not the reporter's, however many words describe the teller."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Rhona Vell talked to the podcast Reel Talk about the drama Lantern Row this week."


def _speakers(paragraph: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes if q.served}


def test_a_long_described_teller_is_not_the_reporter() -> None:
    found = _speakers(
        "Vell spoke about auditions. She recalled a casting agent at a big London firm telling"
        " her she was “far too quiet for television” to book, and said the show proved him wrong."
    )
    assert found["far too quiet for television"][1] is not SourceKind.PERSON


def test_the_reporter_who_tells_someone_keeps_the_words() -> None:
    found = _speakers(
        "Vell spoke about auditions. She recalled telling a casting agent at a big London firm"
        " that she was “far too quiet for television” back then."
    )
    assert found["far too quiet for television"] == ("Rhona Vell", SourceKind.PERSON)
