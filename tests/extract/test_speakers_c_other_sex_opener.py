"""“She ...,” he says, after a sentence naming only one person: that person is the "She" the
words open on, so the "he" is someone else (the piece's subject), never the one just named."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_TITLE = "Tomasz Welker on directing Gannet Rock: ‘I let the sea decide’"
_LEDE = "Tomasz Welker has directed Gannet Rock, the new drama from Hollin Bay Pictures."
_FIRST = "“I wanted the gulls to be the strings,” Welker says over lunch."


def _speaker(*body: str, title: str | None = _TITLE) -> tuple[str, SourceKind]:
    found = [q for q in facts(_LEDE, _FIRST, *body, title=title).quotes if q.served]
    return found[-1].speaker, found[-1].source


def test_words_opening_on_the_one_just_named_as_she_are_not_hers() -> None:
    speaker = _speaker(
        "New to the series is Ilse Varga, who plays the harbour master. “She read one page and"
        " the room went quiet,” he says."
    )
    assert speaker == ("Tomasz Welker", SourceKind.PERSON)


def test_a_man_just_named_then_he_says_keeps_his_words() -> None:
    speaker = _speaker(
        "Also new is Anders Holm, who plays the harbour master. “I read one page and asked for"
        " the part,” he says.",
        title="Gannet Rock finds its harbour master",
    )
    assert speaker == ("Anders Holm", SourceKind.PERSON)
