"""A name the article only writes where titles stand ("the sitcom Copper Lanes") is a work, never
a person to credit with the quote that follows it; a person's name set so once but also called by
surname alone is still a person."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The cast of the new season have been busy online this week."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_title_set_after_a_genre_is_not_credited() -> None:
    quotes = _quotes(
        "Marek Oduya shared rehearsal photos from the set.",
        "He also posted a throwback to his part as Dunc in the ITV sitcom Copper Lanes, which"
        " ended in spring, captioned “Before the badge.”",
    )
    assert quotes.get("Before the badge.", ("", SourceKind.UNATTRIBUTED))[0] != "Copper Lanes"


def test_a_title_leading_a_sentence_is_not_the_channel_s_speaker() -> None:
    quotes = _quotes(
        "Lumen’s coastal drama Gannet Point has picked up six nominations.",
        "Gannet Point aired from March. Lumen has confirmed a second series, which should film"
        " “early next year”.",
    )
    assert quotes.get("early next year", ("", SourceKind.UNATTRIBUTED))[0] != "Gannet Point"


def test_a_person_also_called_by_surname_is_still_credited() -> None:
    quotes = _quotes(
        "The documentary Ines Moravec follows the singer on tour.",
        "Ines Moravec said: “I never watched the edit.” Moravec laughed at the premiere.",
    )
    assert quotes["I never watched the edit."] == ("Ines Moravec", SourceKind.PERSON)
