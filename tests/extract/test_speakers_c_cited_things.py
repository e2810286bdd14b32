"""Words followed by the thing they are cited from (", per the listing", "according to the
poster") name their own source: when it cannot be placed they are no one's, never the subject
of the sentence before."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = "The broadcaster showed its spring line-up to the press in London on Tuesday."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_cited_thing_is_not_the_actor_named_before() -> None:
    for cited in ("per the listing", "according to the poster", "per the schedule"):
        quote = _quote(
            "falling into the sea",
            _OPENING,
            f"Next up was Greyharbour. Ottilie Wenlock plays a coastguard. The cliff is"
            f" “falling into the sea”, {cited}.",
        )
        assert quote.speaker != "Ottilie Wenlock", cited


def test_a_cited_person_still_speaks() -> None:
    quote = _quote(
        "It is a mystery with teeth",
        _OPENING,
        "Next up was Greyharbour. “It is a mystery with teeth,” according to Ottilie Wenlock.",
    )
    assert quote.speaker == "Ottilie Wenlock"
