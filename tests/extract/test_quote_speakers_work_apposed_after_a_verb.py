"""A work set in apposition after a verb ("she leads Gull Point, a six-part ITV drama created
by ...") is a title, never a person: when a later sentence has the title as its subject ("Gull
Point is set to air this spring"), a "she grins" after it stays the profile's subject."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_a_title_apposed_after_a_verb_never_speaks() -> None:
    for verb, noun in (("leads", "drama created by Ines Waterford"), ("fronts", "thriller")):
        found = _speaker(
            "Crisps and selfies. Such glamour",
            f"Orla Brannigan-Tse {verb} Shingle Row, a six-part ITV {noun}, this spring.",
            "Shingle Row is set to air in April, with every episode online the same night.",
            "As we leave, she waves at a fan. “Crisps and selfies. Such glamour,” she grins.",
        )
        assert found in {("Orla Brannigan-Tse", SourceKind.PERSON), ("", SourceKind.UNATTRIBUTED)}
        assert found[0] != "Shingle Row", verb


def test_a_person_apposed_after_a_verb_is_still_a_person() -> None:
    found = _speaker(
        "I loved every day",
        "The cast includes Tamsin Orrery-Blake, a newcomer from Leeds.",
        "“I loved every day,” Orrery-Blake said.",
    )
    assert found == ("Tamsin Orrery-Blake", SourceKind.PERSON)
