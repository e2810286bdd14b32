"""A person named with the company they work for, before a relative "who said:" ("Producer X of
Y, who said: “...”"): the words are X's, never the company's."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_person_of_a_company_before_who_said() -> None:
    quote = _quote(
        "Four years",
        "9/10 Producer Orrick Vantley of Pellmoor Pictures, who said: “Four years, two films, "
        "one dog. What a ride.” (Photo: Ina Westerby/PA)",
    )
    assert quote.source is SourceKind.PERSON
    assert quote.speaker == "Orrick Vantley"


def test_a_company_after_who_said_keeps_its_words() -> None:
    quote = _quote(
        "Four years",
        "The panel was hosted by Pellmoor Pictures, who said: “Four years, two films, one dog.”",
    )
    assert quote.speaker == "Pellmoor Pictures"
