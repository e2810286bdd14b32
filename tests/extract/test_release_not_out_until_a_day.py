"""A release denied up to a day ("doesn't reach Streamly until Friday 17 April", "will not
arrive in cinemas until 3 May") says the work comes out that day: it is served as the premiere
date, as the same shape with a month already was. A shoot or crew told running until a day is
no release. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copperline: the gala in pictures"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-04-12", title=_TITLE)


def test_a_film_that_does_not_reach_a_streamer_until_a_day_comes_out_then() -> None:
    kinds = _kinds(
        "The film itself doesn’t reach Streamly until Friday 17 April, three days after "
        "tonight’s screening.",
    )
    assert ("premiere_date", "2026-04-17", False) in kinds


def test_a_film_that_will_not_arrive_until_a_day_comes_out_then() -> None:
    kinds = _kinds("Copperline will not arrive in cinemas until 3 May, its distributor said.")
    assert ("premiere_date", "2026-05-03", False) in kinds


def test_a_shoot_that_runs_until_a_day_is_no_release() -> None:
    kinds = _kinds("The crew of Copperline is filming in Portwick until 3 May.")
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)
