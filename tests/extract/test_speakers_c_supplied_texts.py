"""A text cited as a source with its supplier right after it ("according to the caption the
studio put out") is the supplier's, never the one the text before names."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_OPENING = "Lumenfield Pictures has released six new stills from Brackwater, out in June."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_caption_a_company_supplied_is_the_company_s() -> None:
    for verb in ("supplied", "issued", "released"):
        quote = _quote(
            "finally ready to forgive",
            _OPENING,
            f"Still 4: Oona Threlfall plays Bridget Mayne, who is “finally ready to forgive,”"
            f" according to the caption Lumenfield Pictures {verb}.",
        )
        assert quote.speaker != "Oona Threlfall", verb
        assert quote.source is not SourceKind.PERSON, verb


def test_a_caption_with_no_supplier_keeps_its_poster() -> None:
    quote = _quote(
        "Last day on the pier",
        _OPENING,
        "Oona Threlfall posted a photo from the set on Sunday. “Last day on the pier,” the"
        " caption read.",
    )
    assert quote.speaker == "Oona Threlfall"
