"""A chart headline's leader pushes another work down ("X tops the list, pushing Y into second",
"X knocks Y off the top"): Y is a rival the page weighs, not its own, so the maker a chart line
gives it ("the heist thriller Y, starring A and directed by B") is not served. The leader's own
credits still are, and a rival the headline only lists beside the leader stays unknown."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_LEDE = "Pell Harbour opened at No 1 on Streamly's weekly film list, with 19 million views."
_CHART = (
    "Pell Harbour beat the heist thriller Marrow Gate, starring Ines Calloway and directed by "
    "Tobiah Renske, which fell to second with 7.3 million."
)
_OWN = "Pell Harbour, directed by Oona Saltash, was shot on the Northumberland coast last spring."


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _chart_page(title: str) -> ArticleFacts:
    return facts(_LEDE, _CHART, _OWN, date="2026-05-06", title=title)


def test_a_work_the_headline_pushes_into_second_keeps_its_maker_off_the_page() -> None:
    found = _chart_page("Pell Harbour tops Streamly chart, pushing Marrow Gate into second")
    assert "Tobiah Renske" not in _directors(found)
    assert "Oona Saltash" in _directors(found)


def test_a_work_knocked_off_the_top_keeps_its_maker_off_the_page() -> None:
    found = _chart_page("Pell Harbour knocks Marrow Gate off the top of the Streamly chart")
    assert "Tobiah Renske" not in _directors(found)
    assert "Oona Saltash" in _directors(found)


def test_a_headline_that_pushes_a_date_back_names_no_rival() -> None:
    found = facts(
        "Streamly has moved its coastal drama to the summer.",
        "Pell Harbour, directed by Oona Saltash, now arrives on 3 July.",
        date="2026-05-06",
        title="Pell Harbour pushed back to July",
    )
    assert "Oona Saltash" in _directors(found)
