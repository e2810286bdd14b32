"""A work's own account ("the series' official account replied:") speaks for the work, never
for the channel or company the article named near it."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The Welsh mining drama Pwll Du drew big audiences on Sunday."
_CHANNEL = "Netflix confirmed on Monday that a second run will stream next spring."
_WORDS = "Nine weeks underground and not one complaint."


def _speaker(paragraph: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes if q.served}
    return found[_WORDS]


def test_the_works_account_is_not_the_channels() -> None:
    said = _speaker(f"{_CHANNEL} The series' official account replied with a line: ‘{_WORDS}’")
    assert said[0] != "Netflix"


def test_the_works_account_with_its_handle_is_the_handles() -> None:
    said = _speaker(f"{_CHANNEL} The series' official account, @pwlldu, replied: ‘{_WORDS}’")
    assert said == ("@pwlldu", SourceKind.ORGANISATION)


def test_the_channels_own_account_stays_the_channels() -> None:
    said = _speaker(f"{_CHANNEL} The channel's official account replied with a line: ‘{_WORDS}’")
    assert said == ("Netflix", SourceKind.ORGANISATION)
