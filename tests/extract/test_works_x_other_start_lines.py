"""A profile that brought in its subject's other show ("as she fronts the new Sky thriller
Lumen Bay") may sign off with a line on when that show starts ("Lumen Bay starts on Sky
Atlantic on 3 May at 9pm"): that date is the other show's. The same line about a show never
told as another is the article's own date."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(lede: str) -> set[str]:
    found = facts(
        lede,
        "Five years ago Posy Ambler had no agent. Now she has two shows at once.",
        "“I said yes before I read the last page,” she says.",
        "Lumen Bay starts on Sky Atlantic on 3 May at 9pm.",
        date="2026-04-02",
        title="Posy Ambler: ‘I said yes before I read the last page’",
    )
    return {r.date.isoformat() for r in found.release if r.date and r.confidence >= 1.0}


def test_another_shows_start_line_keeps_its_date() -> None:
    days = _days(
        "As she fronts the new Sky thriller Lumen Bay, Posy Ambler is also saying goodbye to "
        "Kettle Yard."
    )
    assert "2026-05-03" not in days


def test_a_start_line_of_a_show_never_told_as_another_is_ours() -> None:
    days = _days("Posy Ambler has waited five years for a lead. Lumen Bay is finally hers.")
    assert "2026-05-03" in days
