"""A credits line with the company in brackets ("Produced by: A (Company)") credits A as crew,
though the bracket reads like a casting's actor (invented names and companies)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Fans are gathering here for the Lantern Bay premiere thread."


def test_produced_by_with_a_bracketed_company_credits_the_producer() -> None:
    served = served_crew(
        _LEDE, "Directed by: Odile Prewitt", "Produced by: Tomas Reyne (Gullwing Pictures)"
    )
    assert ("producer", "Tomas Reyne") in served


def test_other_credit_lines_with_a_company_credit_their_names() -> None:
    served = served_crew(
        _LEDE, "Edited by: Mirela Dunhoff (Saltmarsh Films)", "Produced by Yann Corbell (Tidewater)"
    )
    assert {("editor", "Mirela Dunhoff"), ("producer", "Yann Corbell")} <= served


def test_a_casting_in_brackets_still_stops_a_credit_for_the_part() -> None:
    served = served_crew(_LEDE, "Odile Prewitt directs, and Nell Harrow (Ada Vell) returns.")
    assert not {name for _, name in served} & {"Nell Harrow", "Ada Vell"}
