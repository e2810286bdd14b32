"""A report that sets another quoted title's maker beside it ("The prize went to ‘Tallow’, the
debut from director Ada Vale"): that director made the other work, not ours; ours still is."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEADLINE = "Lantern Bay closes the Harbourlight festival"


def _report(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        "The Lantern Bay film closed the festival on Sunday night.",
        _HEADLINE,
        "The Lantern Bay film, directed by Perrin Gautschi, played to a full house.",
        sentence,
        title=_HEADLINE,
    )


def test_a_prize_winners_director_is_not_ours() -> None:
    for sentence in (
        "The Best Feature prize went to ‘Saltmarrow’, the debut from Danish director Ivo"
        " Kjeldsen, starring Rhea Lund as a ferry pilot.",
        "The audience award went to ‘Copper Lanes’, the new documentary by director Ivo Kjeldsen.",
        "Runner-up was ‘The Quiet Pier’, a tender drama from director Ivo Kjeldsen.",
    ):
        found = _report(sentence)
        assert ("director", "Ivo Kjeldsen") not in found, sentence
        assert ("director", "Perrin Gautschi") in found, sentence
