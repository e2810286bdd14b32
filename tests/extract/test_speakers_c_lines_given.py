"""A line someone gave an outlet, read out by another ("She reads out a line Vale gave the
Tribune: “...”"): the giver's words, never the reader's; the reader's own line stays hers."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


_OPENING = (
    "On this week's Reel Talk, hosts Bryony Caddick and Sol Marrin review Fenwater, with Ada"
    " Vallis as the mother."
)


def test_a_line_given_an_outlet_is_the_givers() -> None:
    for outlet in ("the Tribune", "Screen Weekly"):
        quote = _quote(
            "I mostly eat biscuits",
            _OPENING,
            f"Caddick reads out a line Vallis gave {outlet}: “I mostly eat biscuits and weep.”",
        )
        assert quote.speaker == "Ada Vallis", outlet


def test_the_readers_own_line_stays_hers() -> None:
    quote = _quote(
        "I mostly eat biscuits",
        _OPENING,
        "Caddick has a line of her own about Vallis: “I mostly eat biscuits and weep.”",
    )
    assert quote.speaker != "Ada Vallis"
