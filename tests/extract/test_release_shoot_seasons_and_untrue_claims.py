"""A season a shoot is planned for is no release window, whatever noun came before it ("its
comedy hit will shoot ... this summer"); a claimed date the next sentence calls untrue is not
served. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "‘Marsh Lantern’ film adds two newcomers"


def _kinds(*paragraphs: str, date: str = "2025-06-12") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_season_a_shoot_is_planned_for_is_no_release_window() -> None:
    for lede in (
        "Channel 5’s big-screen sequel to its period hit will shoot in Devon and Bristol this "
        "summer, with two newcomers joining the returning ensemble.",
        "The feature-length follow-up to the teen hit is to film across Fife next spring.",
        "Hulu’s film of its hospital comedy hit will shoot in Glasgow this autumn.",
    ):
        kinds = _kinds(lede, "Marta Vell and Joss Arden have joined the Marsh Lantern film.")
        assert not any(kind == "window" for kind, _, _ in kinds), lede


def test_a_release_season_after_a_shoot_is_still_the_release() -> None:
    kinds = _kinds("Marsh Lantern has wrapped in Devon and lands on Channel 5 this autumn.")
    assert ("window", "2025-09/2025-11", False) in kinds


def test_a_claimed_date_the_next_sentence_calls_untrue_is_not_served() -> None:
    for untrue in ("It isn’t true.", "That isn't true, sadly.", "It is untrue.", "It's untrue."):
        kinds = _kinds(
            "The trailer confirmed that Marsh Lantern arrives on Channel 5 on 22 May.",
            "A screenshot doing the rounds claimed the film would get a cinema release on 8 May, "
            f"two weeks before it hits the channel. {untrue}",
            date="2026-02-03",
        )
        assert not any(value == "2026-05-08" for _, value, _ in kinds), untrue
        assert ("premiere_date", "2026-05-22", False) in kinds, untrue
