"""Two kinds of release time the article does not stand behind, on invented text.

* A guess in a later clause of its own ("..., and we'd bet on the spring - but that's our
  guess") hedges the time it bets on, never the makers' window in the clause before it.
* A quoted claim of a time the same sentence calls fake ("Stop sharing the “out in May”
  poster, it's a fake.") is no window.
"""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Filming on Copper Bay wrapped last week after a ten-week shoot in Whitby."


def _kinds(line: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, line, date="2025-10-14")


def test_a_later_bet_does_not_hedge_the_makers_window() -> None:
    kinds = _kinds(
        "The network has only said the series will arrive in 2026, and we'd bet on the "
        "spring - but that's our guess, not theirs."
    )
    assert ("window", "2026", False) in kinds
    assert ("window", "2026", True) not in kinds


def test_a_later_reckoning_does_not_hedge_the_makers_window() -> None:
    kinds = _kinds(
        "Officially the series is due in 2026, and our money's on the spring, though that's "
        "only our guess."
    )
    assert ("window", "2026", False) in kinds
    assert ("window", "2026", True) not in kinds


def test_the_guess_still_hedges_its_own_time() -> None:
    assert ("window", "2026-03/2026-05", True) in _kinds(
        "A spring 2026 release would suit the network, though that's our guess."
    )


def test_a_quoted_claim_called_fake_in_the_same_sentence_is_no_window() -> None:
    for line in (
        "Please stop sharing the “streaming from March” poster, it's a fake.",
        "Stop posting the “out in cinemas in March” screenshot - it is fake.",
        "That “premieres in March” listing doing the rounds? It's not real, so ignore it.",
    ):
        kinds = _kinds(line)
        assert not any(kind == "window" and "03" in value for kind, value, _ in kinds), line


def test_a_claim_in_straight_quotes_called_fake_is_no_window() -> None:
    kinds = _kinds('Do not share the "arriving in March" still going round, it is a hoax.')
    assert not any(kind == "window" and "03" in value for kind, value, _ in kinds)


def test_a_quoted_time_not_called_fake_is_still_served() -> None:
    assert any(
        kind == "window" and value == "2026-03"
        for kind, value, _ in _kinds("The network says it will arrive “in March 2026”.")
    )


def test_a_wait_until_a_day_when_the_film_arrives_dates_the_release() -> None:
    lede = "Copper Bay opened the Harbour Film Festival in Leeds on Thursday night."
    for line in (
        "Everyone else will have to wait until 4 May, when the film arrives on the streamer.",
        "Viewers abroad must wait until 4 May, when it lands on Netflix.",
    ):
        kinds = release_kinds(lede, line, date="2026-03-20")
        assert ("premiere_date", "2026-05-04", False) in kinds, line


def test_a_wait_until_a_day_with_no_release_clause_dates_nothing() -> None:
    lede = "Copper Bay opened the Harbour Film Festival in Leeds on Thursday night."
    kinds = release_kinds(lede, "Fans will wait until 4 May, when the cast meet in London.")
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)
