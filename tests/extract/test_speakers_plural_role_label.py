"""A plural role word opening a pair of names ("Hosts Ada Vale and Bo Reyes are joined by ...",
"Presenters Ada Vale and Bo Reyes") labels both people: a quote later credited by surname is
Ada Vale's, never "Hosts Ada Vale"'s."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_plural_label_before_a_pair_of_names() -> None:
    for label in ("Hosts", "Co-hosts", "Presenters"):
        found = _speaker(
            "the funniest thing on television this year",
            f"{label} Wenna Trelawny and Corin Ashdown are joined by the writer of Quay Street.",
            "Trelawny, signing off, calls the sitcom “the funniest thing on television this year”.",
        )
        assert found == ("Wenna Trelawny", SourceKind.PERSON), label


def test_singular_label_still_comes_off() -> None:
    found = _speaker(
        "the funniest thing on television this year",
        "Host Wenna Trelawny is joined by the writer of Quay Street.",
        "Trelawny, signing off, calls the sitcom “the funniest thing on television this year”.",
    )
    assert found == ("Wenna Trelawny", SourceKind.PERSON)
