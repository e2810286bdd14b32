"""Who a quote's speaker is, person or organisation, when the words before the name mislead.

A name after a place phrase ("Across the studio, Ada Vale is laughing") is a person placed in a
room, never the studio's name in apposition ("her agency, Fernhill Talent,"); a cinema chain
("Brightwater Cinemas said in a statement") is an organisation, never a person."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_a_person_placed_across_or_inside_a_studio_is_a_person() -> None:
    for place in ("Across the studio", "Inside the studio", "Behind the network", "In the studio"):
        found = _speaker(
            "It was never going to be a sequel",
            "Marisol Quenby-Adair and Tobias Renwick-Oyelaran talk about ending Gullholm.",
            f"{place}, Tobias Renwick-Oyelaran is grinning. “It was never going to be a "
            "sequel,” Renwick-Oyelaran says.",
        )
        assert found == ("Tobias Renwick-Oyelaran", SourceKind.PERSON), place


def test_a_company_noun_in_apposition_is_still_the_company() -> None:
    found = _speaker(
        "We are proud of it",
        "Tobias Renwick-Oyelaran stars in Gullholm.",
        "Its distributor, Larkfield Releasing, backed the film. “We are proud of it,” "
        "Larkfield Releasing said in a statement.",
    )
    assert found == ("Larkfield Releasing", SourceKind.ORGANISATION)


def test_a_cinema_chain_in_a_statement_is_an_organisation() -> None:
    for sentence in (
        "“Every screen was full by noon,” Brightwater Cinemas said in a statement.",
        "“Every screen was full by noon,” said Ottermoor Cinemas.",
    ):
        quote = next(
            q
            for q in facts(
                "Gullholm opened in 300 venues on Friday, with Tobias Renwick-Oyelaran in the "
                "lead.",
                sentence,
            ).quotes
            if q.text == "Every screen was full by noon" and q.served
        )
        assert quote.source is SourceKind.ORGANISATION, sentence
        assert quote.speaker.endswith("Cinemas"), sentence
