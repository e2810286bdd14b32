"""A company's own caption placed on a post ("Northwind’s caption on the launch post read:
“...”") is the company's, not the person named before; and a verbless phrase whose label runs
into a clause ("The picture every fan wanted.") is a thing, never an unnamed speaker."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_company_caption_on_a_post() -> None:
    for caption in (
        "Northwind’s caption on the announcement post read:",
        "Northwind’s caption under the launch tweet reads:",
    ):
        quote = _quote(
            "The tide turns. Low Water returns.",
            "Northwind has confirmed a second run of Low Water. Perpetua Vayne returns as the "
            "harbourmaster.",
            f"{caption} “The tide turns. Low Water returns.” No date yet.",
        )
        assert quote.source is not SourceKind.PERSON, caption
        assert quote.speaker in {"Northwind", ""}, caption


def test_a_persons_post_caption_is_not_a_companys() -> None:
    quote = _quote(
        "Back on the boat",
        "Northwind has confirmed a second run of Low Water.",
        "Perpetua Vayne posted a photo from the set. “Back on the boat,” the caption read.",
    )
    assert quote.speaker != "Northwind"


def test_a_label_that_runs_into_a_clause() -> None:
    for verb in ("teased on social media that", "hinted that"):
        quote = _quote(
            "the one I have been building to for years",
            "Northwind released stills from Low Water on Monday.",
            f"The picture every fan wanted. Quellin {verb} the scene is “the one I have been "
            "building to for years”.",
        )
        assert quote.source is not SourceKind.UNNAMED, verb


def test_an_unnamed_source_label_stays() -> None:
    quote = _quote(
        "nowhere near finished",
        "Northwind released stills from Low Water on Monday.",
        "One crew member told us the edit was “nowhere near finished”.",
    )
    assert quote.source is SourceKind.UNNAMED
