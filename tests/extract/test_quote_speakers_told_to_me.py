"""A speaker retelling what another said to her: "X was nervous. “He said to me, ‘...’,” she
says." The "he" is X, the man the sentence before is about, however it names him (surname, full
name, a role with his name beside it); the "she" who tells it is someone else (the last "she"
quoted, or the piece's subject), never X, and never X for the "And I said ..." that follows."""

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts

_TOLD = (
    "He said to me, ‘Mara, nobody will hum this,’",
    "He told me, ‘Mara, nobody will hum this,’",
    "He says to me, ‘Mara, nobody will hum this,’",
)


_ABOUT = (
    "Halvard was doubtful at first.",
    "Piotr Halvard was doubtful at first.",
    "The director, Halvard, was doubtful at first.",
    "Her director Piotr Halvard took some convincing.",
    "Halvard, who had never heard the demo, was doubtful.",
)


@pytest.mark.parametrize("about", _ABOUT)
@pytest.mark.parametrize("told", _TOLD)
def test_retold_words_are_the_teller_s(told: str, about: str) -> None:
    found = facts(
        "Mara Ellison-Voight has scored her first television drama, Tidewater.",
        "Directed by Piotr Halvard and written by Lena Oakes, it stars Dev Rahman.",
        "“It began with a foghorn,” she says.",
        f"{about} “{told}” she says. “And I said, good, that is the point.”",
        date="2026-04-01",
    )
    speakers = {(q.speaker, q.source) for q in found.quotes if q.served}
    assert all(name != "Piotr Halvard" for name, _ in speakers)
    quote = next(q for q in found.quotes if q.text.startswith("And I said"))
    assert (quote.speaker, quote.source) in {
        ("Mara Ellison-Voight", SourceKind.PERSON),
        ("", SourceKind.UNATTRIBUTED),
    }


def test_the_teller_known_as_she_keeps_her_words() -> None:
    found = facts(
        "Mara Ellison-Voight has scored her first television drama, Tidewater.",
        "“It began with a foghorn,” she says.",
        "Ellison-Voight remembers her first meeting. “He said to me, ‘Mara, keep it strange,’” "
        "she says.",
        date="2026-04-01",
    )
    quote = next(q for q in found.quotes if q.text.startswith("He said to me"))
    assert (quote.speaker, quote.source) == ("Mara Ellison-Voight", SourceKind.PERSON)
