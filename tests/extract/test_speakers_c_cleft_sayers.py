"""A cleft that picks out who reports ("it was Vey who told the room she was “...”") gives the
words to the one picked out, not to the subject of the clause before it; with no cleft the
clause's own subject still reports."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = (
    "Tidewater, the Oban ferry drama, is up for six awards, and its two leads are the talk of"
    " the season: Dorran Vey and Ilse Marrow."
)


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_the_one_a_cleft_picks_out_reports() -> None:
    for verb in ("was", "is"):
        quote = _quote(
            "the calmest captain",
            _OPENING,
            f"Marrow has kept out of it; it {verb} Vey who told a lunch in Glasgow that"
            " she was “the calmest captain any crew could want”.",
        )
        assert quote.speaker == "Dorran Vey", verb


def test_a_clause_without_a_cleft_keeps_its_subject() -> None:
    quote = _quote(
        "the calmest captain",
        _OPENING,
        "Vey has kept out of it; Marrow told a lunch in Glasgow that he was “the calmest"
        " captain any crew could want”.",
    )
    assert quote.speaker == "Ilse Marrow"
