""" ", calling the show “...”" belongs to the nearest clause: "X has said A, and Lumen has
confirmed it, calling the show “...”" is Lumen's, and no one's when that clause's subject is a
name we cannot place, never the first sayer's; with no later clause the sayer keeps them."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Gannet Rock ended on Sunday night with the harbour in flames."
_WORDS = "complete as it is"


def _speaker(line: str) -> tuple[str, SourceKind]:
    found = facts(_LEDE, line).quotes
    return next((q.speaker, q.source) for q in found if q.text == _WORDS)


def test_the_participle_of_a_later_clause_is_its_subjects() -> None:
    line = (
        "Writer Ada Verrin has said there will be no second series, and Hollin Bay Pictures has"
        f" confirmed it, calling the show “{_WORDS}”."
    )
    assert _speaker(line) == ("Hollin Bay Pictures", SourceKind.ORGANISATION)


def test_a_later_clause_with_a_numbered_channel_is_not_the_first_sayers() -> None:
    line = (
        "Writer Ada Verrin has said there will be no second series, and Channel 5 has confirmed"
        f" it, calling the show “{_WORDS}”."
    )
    assert _speaker(line)[0] != "Ada Verrin"


def test_the_sayers_own_participle_stays_hers() -> None:
    line = f"Writer Ada Verrin has said there will be no more, calling the show “{_WORDS}”."
    assert _speaker(line) == ("Ada Verrin", SourceKind.PERSON)
