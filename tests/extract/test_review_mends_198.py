"""Round 199's review of round 198's rules: each mend tells apart what the rule ran together."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_SERIES_TITLE = "Quillmere series two: everything we know"
_SERIES_LEDE = "Quillmere returns to BBC Two in the spring."


def test_back_comma_as_a_name_that_closes_the_sentence_is_the_part() -> None:
    found = facts(
        _SERIES_LEDE, "Tobias Wrenfield is back too, as Odile Marchbank.", title=_SERIES_TITLE
    )
    assert ("Tobias Wrenfield", "Odile Marchbank") in served_pairs(found)


def test_back_comma_as_a_name_then_a_saying_verb_is_who_foretold_it() -> None:
    for said in ("had hinted", "said last month", "teased in March", "wrote on X", "put it"):
        found = facts(
            _SERIES_LEDE,
            f"Tobias Wrenfield is back, as Odile Marchbank {said}.",
            title=_SERIES_TITLE,
        )
        assert not {pair for pair in served_pairs(found) if pair[0] == "Tobias Wrenfield"}, said


_AWARDS_TITLE = "Awards 2027: Vessaline picks up three nominations"
_AWARDS_LEDE = "The Fenland drama Vessaline picked up three nominations on Monday."


def _served_days(*paragraphs: str) -> set[str]:
    found = facts(_AWARDS_LEDE, *paragraphs, date="2027-01-19", title=_AWARDS_TITLE)
    return {
        f.date.isoformat()
        for f in found.release
        if f.kind.value == "premiere_date" and f.date is not None and f.served
    }


def test_a_service_day_told_by_any_way_there_after_a_cinema_run_is_held() -> None:
    for line in (
        "Vessaline comes to Netflix on 9 March.",
        "Vessaline hits Netflix on 9 March.",
        "It drops on MUBI on 9 March.",
        "It streams on Netflix from 9 March.",
        "Netflix will stream it from 9 March.",
    ):
        days = _served_days("Vessaline opened in UK cinemas on 21 November 2026.", line)
        assert "2026-11-21" in days, line
        assert "2027-03-09" not in days, line


def test_a_service_day_told_those_ways_with_no_cinema_run_before_it_is_served() -> None:
    for line in ("Vessaline comes to Netflix on 9 March.", "Vessaline hits Netflix on 9 March."):
        days = _served_days("Vessaline premiered at the Dinard festival in October.", line)
        assert "2027-03-09" in days, line
