"""A described subject set in commas straight after a name ("Novelist Ada Vale, the trilogy's
author, posted a still with the words:") is that name again: the words are the named one's,
never handed to whoever the text named before; a description that opens its own clause is
still read as its own subject."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming on Tidewrack ended on Friday after eleven weeks near Whitby."
_BEFORE = "Corin Dalgleish and Hester Vayne were seen leaving a late-night Upper Harbour cafe."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_description_in_commas_is_the_name_before_it() -> None:
    for said in (
        "Novelist Marisol Quennell, the trilogy's author, posted a still of the slate with "
        "the words: “Goodbye, little boat.”",
        "Marisol Quennell, a longtime friend of the crew, shared a photo with the caption: "
        "“Goodbye, little boat.”",
    ):
        found = _served(_LEDE, _BEFORE, said)
        assert found == [("Marisol Quennell", SourceKind.PERSON)], said


def test_the_people_named_before_do_not_get_the_words() -> None:
    said = (
        "Marisol Quennell, the trilogy's author, posted a still of the slate with the words: "
        "“Goodbye, little boat.”"
    )
    found = _served(_LEDE, _BEFORE, said)
    assert ("Hester Vayne", SourceKind.PERSON) not in found
    assert ("Corin Dalgleish", SourceKind.PERSON) not in found
