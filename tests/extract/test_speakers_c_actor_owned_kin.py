"""An actor's surname written as the owner of a co-star's kin part ("Tamsin Roe has played
Penhallow's mother") is the actor, not a part: a pronoun after "Penhallow himself ..." is his
and his words are served as his. A part's own name owning a kin part stays a part, never a
speaker."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = "Osric Penhallow is about to finish Tidewater, the Oban ferry drama on Lumen."
_CAST = "Penhallow plays Ewan Moray, the ferry's young skipper, opposite Tamsin Roe."
_FRIEND = (
    "“Osric is the calmest actor I know,” Morwenna Trelawny told a fan event last year. “He"
    " never hurries.”"
)
_SHY = (
    "Penhallow himself is shy of attention. In 2021 he was pushed into an interview he was not"
    " ready for, a day he has called “a very odd afternoon”."
)


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_an_actor_owning_a_kin_part_still_speaks() -> None:
    for kin in ("who has played Penhallow’s mother since 2020,", "who plays Penhallow’s mother,"):
        quote = _quote(
            "a very odd afternoon",
            _OPENING,
            _CAST,
            _FRIEND,
            _SHY,
            f"Tamsin Roe, {kin} says she will miss him. “He’s a lovely lad,” she said.",
        )
        assert quote.speaker == "Osric Penhallow", kin


def test_a_part_owning_a_kin_part_never_speaks() -> None:
    quote = _quote(
        "We sail at dawn",
        _OPENING,
        _CAST,
        "Tamsin Roe plays Moray’s mother. “We sail at dawn,” Moray said in the trailer.",
    )
    assert quote.speaker not in {"Moray", "Ewan Moray", "Osric Penhallow"}
