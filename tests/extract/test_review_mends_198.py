"""Round 199's review of round 198's rules: each mend tells apart what the rule ran together."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_SERIES_TITLE = "Quillmere series two: everything we know"
_SERIES_LEDE = "Quillmere returns to BBC Two in the spring."


def test_back_comma_as_a_name_that_closes_the_sentence_is_the_part() -> None:
    found = facts(
        _SERIES_LEDE, "Ewart Pennock is back too, as Odile Marchbank.", title=_SERIES_TITLE
    )
    assert ("Ewart Pennock", "Odile Marchbank") in served_pairs(found)


def test_back_comma_as_a_name_then_a_saying_verb_is_who_foretold_it() -> None:
    for said in ("had hinted", "said last month", "teased in March", "wrote on X", "put it"):
        found = facts(
            _SERIES_LEDE,
            f"Ewart Pennock is back, as Odile Marchbank {said}.",
            title=_SERIES_TITLE,
        )
        assert not {pair for pair in served_pairs(found) if pair[0] == "Ewart Pennock"}, said


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


_GUIDE_TITLE = "Your viewing this week: The Tallow Yard, Fernhollow Lights and more"
_GUIDE_LEDE = "The week's best television, from a tannery drama to a goodbye on the moors."


def _guide_pairs(first: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            _GUIDE_LEDE,
            "Top pick: The Tallow Yard (ITV1, Tuesday 9pm)",
            first + " Leontyne Carrow plays Abel Stroud, a tanner with debts.",
            "Also out: Fernhollow Lights (Netflix, from Thursday)",
            "Fernhollow Lights, the last film of the moorland saga, lands on Thursday. Marit"
            " Oyelaran returns as Isolde Fern.",
            date="2026-03-02",
            title=_GUIDE_TITLE,
        )
    )


def test_an_entry_telling_its_work_as_a_makers_new_one_in_any_wording_is_anothers() -> None:
    for first in (
        "Siobhán Ní Bhraonáin’s new four-parter is the pick of the week.",
        "Writer Ruth Ambrel’s latest drama is the pick of the week.",
        "The new four-parter from Ruth Ambrel is the pick of the week.",
    ):
        pairs = _guide_pairs(first)
        assert ("Leontyne Carrow", "Abel Stroud") not in pairs, first
        assert ("Marit Oyelaran", "Isolde Fern") in pairs, first


def test_an_entry_not_told_as_a_makers_new_one_keeps_its_cast() -> None:
    pairs = _guide_pairs("The pick of the week is a slow burn.")
    assert ("Leontyne Carrow", "Abel Stroud") in pairs


def _status(sentence: str) -> str:
    found = facts(_SERIES_LEDE, sentence, title=_SERIES_TITLE)
    return {c.status.name for c in found.cast if c.actor == "Pellam Okoro" and c.served}.pop()


def test_a_played_by_part_not_back_for_a_named_run_is_a_former_casting() -> None:
    for gone in (
        "won’t be back this time",
        "does not return for series two",
        "isn’t returning either",
    ):
        sentence = f"Series one’s Tamsin Gale, played by Pellam Okoro, {gone}."
        assert _status(sentence) == "FORMER", gone


def test_a_played_by_part_not_returning_a_thing_in_the_plot_is_still_cast() -> None:
    for plot in ("does not return this call", "won’t return in time for the wedding"):
        sentence = f"Tamsin Gale, played by Pellam Okoro, {plot}."
        assert _status(sentence) == "CURRENT", plot
