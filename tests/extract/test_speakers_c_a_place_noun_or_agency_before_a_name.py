"""A word before a name that is none of it: a noun for where someone is from ("the Briton
Odalys Penhale") is cut, so the words are the person's under their own name; a trade noun
opening the sentence ("Casting agency Quillmere Talent said") makes the name a company."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming on Gullhaven, a coastal drama, begins in March."


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_place_noun_before_a_full_name_is_no_part_of_it() -> None:
    found = _speakers(
        _LEDE,
        "The director is the Briton Odalys Penhale, known for two earlier features.",
        "“It is a story about staying,” Penhale told reporters on Monday.",
    )
    assert found["It is a story about staying"] == ("Odalys Penhale", SourceKind.PERSON)


def test_a_trade_noun_opening_the_sentence_makes_a_company() -> None:
    found = _speakers(
        _LEDE,
        "Locals have been invited to apply as extras. Casting agency Quillmere Talent said it "
        "wanted “faces that have seen weather”.",
    )
    assert found["faces that have seen weather"] == ("Quillmere Talent", SourceKind.ORGANISATION)


def test_a_person_named_after_a_lowercase_trade_word_stays_a_person() -> None:
    found = _speakers(
        _LEDE,
        "Locals have been invited to apply as extras. Casting director Quillan Marsh said he "
        "wanted “faces that have seen weather”.",
    )
    assert found["faces that have seen weather"] == ("Quillan Marsh", SourceKind.PERSON)
