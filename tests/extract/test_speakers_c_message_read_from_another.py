"""Words of a message someone reads out "from" another ("Tom Reed read a message from her that
began, “...”") are the sender's, never the reader's: credited to the sender when the article
names her in full, else to no one. Words the reader says himself stay his."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The cast of Lantern Row gathered in Leeds on Friday for the series premiere."
_WORDS = "Save me a seat and eat my share of the cake"


def _speaker(paragraph: str) -> tuple[str, SourceKind]:
    found = {q.text.rstrip("."): (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes}
    return found[_WORDS]


def test_a_message_from_her_is_not_the_readers() -> None:
    said = _speaker(
        "Ada Vale, who plays the mother, was filming abroad; Tom Reed read a message from her"
        f" that began, “{_WORDS}.”"
    )
    assert said[0] != "Tom Reed"


def test_a_message_from_a_named_sender_is_hers() -> None:
    said = _speaker(
        "Ada Vale, who plays the mother, could not come. Tom Reed read out a message from Ada"
        f" Vale: “{_WORDS}.”"
    )
    assert said == ("Ada Vale", SourceKind.PERSON)


def test_the_readers_own_words_stay_his() -> None:
    said = _speaker(f"Tom Reed read the room well. “{_WORDS},” he said.")
    assert said == ("Tom Reed", SourceKind.PERSON)
