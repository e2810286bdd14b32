""" "The streamer" is the one streamer named before it, even when the page says the work
"lands on Friday": a weekday after "lands on" is no other platform the work is shown on."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Netflix has shared the first trailer for Gannet Rock, and the series lands on Friday."


def _speakers(*body: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *body).quotes if q.served}


def test_the_streamer_after_a_day_it_lands_on_is_the_one_named() -> None:
    quotes = _speakers(
        "Newcomer Ilse Varga is glimpsed twice; the streamer describes her only as “a"
        " stranger who knows too much”."
    )
    assert quotes["a stranger who knows too much"] == ("Netflix", SourceKind.ORGANISATION)


def test_the_streamer_is_still_not_a_production_company() -> None:
    quotes = _speakers(
        "Hollin Bay Pictures made the series. The streamer calls it “a slow burn”.",
    )
    assert quotes["a slow burn"] == ("Netflix", SourceKind.ORGANISATION)
