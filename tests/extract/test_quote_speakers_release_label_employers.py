"""A press release's label line names who speaks, their job and their employer before a colon
("Dana Okafor, producer, Harrow Lane Pictures:"): the quotation below is the person's, never the
company's; a statement line that names only the company stays the company's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "The streamer has confirmed that Gull Orchard will arrive this spring."
_WORDS = "We made this film for the fans, and we hope it feels like a farewell."


def _speaker(*paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == _WORDS and q.served)
    return quote.speaker, quote.source


def test_label_line_with_job_and_employer() -> None:
    for label in (
        "Dana Okafor, producer, Harrow Lane Pictures:",
        "Dana Okafor, executive producer, Harrow Lane Pictures:",
        "Dana Okafor, head of drama at Harrow Lane Pictures:",
        "Dana Okafor, CEO, Harrow Lane Pictures:",
        "Dana Okafor, producer at Harrow Lane:",
    ):
        found = _speaker(_LEDE, label, f"“{_WORDS}”")
        assert found == ("Dana Okafor", SourceKind.PERSON), label


def test_label_line_after_the_credits() -> None:
    found = _speaker(
        _LEDE,
        "The film is produced by Harrow Lane Pictures, with Dana Okafor as producer.",
        "Dana Okafor, producer, Harrow Lane Pictures:",
        f"“{_WORDS}”",
    )
    assert found == ("Dana Okafor", SourceKind.PERSON)


def test_a_company_statement_line_stays_the_company() -> None:
    found = _speaker(_LEDE, "A statement from Harrow Lane Pictures:", f"“{_WORDS}”")
    assert found[0] != "Dana Okafor"
