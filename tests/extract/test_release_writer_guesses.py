"""The writer's own guess told to the reader is no plan, on invented text: "don't expect one until
next year", "we wouldn't hold our breath for anything before autumn". The date is held; what
the makers said in the same article is kept."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Glass Orchard: everything we know so far"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_guess_not_to_expect_a_trailer_before_next_year_plans_no_shoot() -> None:
    kinds = _kinds(
        "Is there a teaser yet? No. Since the cameras haven't rolled on Glass Orchard, do not "
        "expect one before next year.",
    )
    assert not {k for k in kinds if k[0] in {"filming_planned", "window", "premiere_date"}}


def test_a_guess_we_would_not_bet_on_is_no_window() -> None:
    kinds = _kinds(
        "Apple has said only that Glass Orchard is coming in 2027. We wouldn't bet on seeing "
        "it before the autumn of 2027, though.",
    )
    assert ("window", "2027") in kinds
    assert ("window", "2027-09/2027-11") not in kinds


def test_a_makers_plain_plan_is_kept() -> None:
    kinds = _kinds("Filming on Glass Orchard is due to begin in April, the studio said.")
    assert ("filming_planned", "2026-04") in kinds
