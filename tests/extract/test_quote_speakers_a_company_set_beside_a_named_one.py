"""A person's company set beside their name after a role word ("Producer Ada Vale, Lumen Films,
thanks the fans: “...”") is where they work: the person speaks, never the company."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_BEFORE = "Director Ilsa Orwin called the shoot “a long breath”."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_company_set_beside_a_named_speaker() -> None:
    quote = _quote(
        "This film",
        f"{_BEFORE} Producer Orrick Vantley, Pellmoor Pictures, thanks the fans from the stage: "
        "“This film is yours. You asked for it.”",
    )
    assert quote.source is SourceKind.PERSON
    assert quote.speaker == "Orrick Vantley"
