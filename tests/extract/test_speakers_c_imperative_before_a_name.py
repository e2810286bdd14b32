"""An imperative opening a sentence ("Ask Ada, not us.") is no part of the name after it: a
"she said" that follows is never credited to "Ask Ada" as a person. A name that opens the
sentence itself still is whom the pronoun stands for."""

from tests.extract.helpers import facts

_LEDE = "Lantern Row ends on Friday, and the forums are full of questions."
_WORDS = "I have more stories to tell, just not these"


def _speaker(paragraph: str) -> str:
    found = {q.text.rstrip("."): q.speaker for q in facts(_LEDE, paragraph).quotes}
    return found[_WORDS]


def test_an_imperative_is_not_a_first_name() -> None:
    said = _speaker(f"More books? Ask Ada, not us. She said in a chat last month, “{_WORDS}.”")
    assert not said.startswith("Ask")


def test_a_name_opening_the_sentence_still_speaks() -> None:
    said = _speaker(f"More books? Ada Vale hopes so. She said in a chat last month, “{_WORDS}.”")
    assert said == "Ada Vale"
