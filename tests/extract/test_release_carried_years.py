"""A day without a year after one with it, in the same sentence, takes that year (when it falls
later in that year): the article's own date does not choose it. On invented
text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Marta Vell is back in Porthwenna, where she made the drama Copper Bay this year."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2026-08-05", title="Copper Bay: Vell comes home")


def test_a_wrap_without_a_year_takes_the_start_year() -> None:
    assert ("filming_wrapped", "2025-05-02", False) in _kinds(
        "Filming on Copper Bay began on 3 March 2025 and wrapped on 2 May."
    )
    assert ("filming_wrapped", "2024-06-11", False) in _kinds(
        "Copper Bay started shooting on April 8, 2024 and wrapped on June 11, after nine weeks."
    )


def test_a_day_before_a_dateline_keeps_its_own_year() -> None:
    assert ("filming_started", "2026-06-09", False) in _kinds(
        "PERTH, 10 June 2026 - Filming on Copper Bay began yesterday, Tuesday 9 June, in Fife."
    )


def test_a_day_alone_still_takes_the_article_year() -> None:
    assert ("filming_wrapped", "2026-05-02", False) in _kinds(
        "Filming on Copper Bay wrapped on 2 May."
    )


def test_another_events_day_lends_no_year_to_the_shoot() -> None:
    for sentence in (
        "First announced on 6 November 2024, Copper Bay began shooting in May and wrapped in June.",
        "Unveiled at a market on 2 March 2024, the drama started filming in May.",
    ):
        found = _kinds(sentence)
        assert ("filming_started", "2024-05", False) not in found, sentence
        assert ("filming_started", "2025-05", False) not in found, sentence


def test_the_shoots_own_day_still_lends_its_year() -> None:
    found = _kinds("Filming began on 6 January 2025 and wrapped in April.")
    assert ("filming_wrapped", "2025-04", False) in found
