"""The scorer's rules for wrong facts: ``must_not`` rules, and production steps told undated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.facts import ArticleFacts, QuoteFact, ReleaseFact, ReleaseKind, SourceKind
from tests.extract.must_not import violations
from tests.extract.score import Tally, _score_release


class _AsWritten:
    def person(self, name: str) -> str:
        return name

    def character(self, name: str) -> str:
        return name


def _broken(facts: ArticleFacts, *rules: dict[str, Any]) -> list[str]:
    return [
        category for category, _, _ in violations(facts, {"must_not": list(rules)}, _AsWritten())
    ]


def _release(kind: ReleaseKind, **when: Any) -> ArticleFacts:
    return ArticleFacts(release=(ReleaseFact(kind=kind, evidence="...", **when),))


def test_a_production_step_on_a_forbidden_date_or_window_is_wrong() -> None:
    started = _release(ReleaseKind.FILMING_STARTED, date=dt.date(2025, 4, 30))
    wrapped = _release(ReleaseKind.FILMING_WRAPPED, window="2025-08")
    assert _broken(started, {"type": "filming_started", "value": "2025-04-30"}) == ["release"]
    assert _broken(wrapped, {"type": "filming_wrapped", "value": "2025-08"}) == ["release"]


def test_a_production_rule_holds_only_for_its_own_step_and_value() -> None:
    planned = _release(ReleaseKind.FILMING_PLANNED, window="2026-03/2026-05")
    assert _broken(planned, {"type": "filming_started", "value": "2026-03/2026-05"}) == []
    assert _broken(planned, {"type": "filming_planned", "value": "2026-06"}) == []
    assert _broken(planned, {"type": "filming_planned", "value": "another production"}) == []


def test_a_window_rule_names_an_interval_whole_or_in_a_spaced_list() -> None:
    window = _release(ReleaseKind.WINDOW, window="2027-03/2027-05")
    assert _broken(window, {"type": "window", "value": "2027-03/2027-05"}) == ["release"]
    assert _broken(window, {"type": "window", "value": "2027 / 2027-03/2027-05"}) == ["release"]
    assert _broken(window, {"type": "window", "value": "2027-03 / 2027-05"}) == []


def test_a_title_in_quotation_marks_matches_the_whole_quoted_text_only() -> None:
    def quote(text: str) -> ArticleFacts:
        return ArticleFacts(quotes=(QuoteFact(text, "Wren Tally", SourceKind.PERSON, "said"),))

    rule = {"type": "quote_text", "value": "Bramble"}
    assert _broken(quote("Bramble,"), rule) == ["quotes"]
    assert _broken(quote("Bramble has made the summer"), rule) == []


def test_an_undated_step_is_no_wrong_fact_where_the_article_dates_it() -> None:
    """ "Cameras are rolling" is true where the article dates the start elsewhere: not wrong,
    while the dated start is still missed; an undated step the article does not state is wrong."""
    undated = ArticleFacts(
        release=(ReleaseFact(kind=ReleaseKind.FILMING_STARTED, evidence="Cameras are rolling."),)
    )
    started = {"kind": "filming_started", "date": "2025-09-15", "hedged": False}
    tally, notes = Tally(), []
    _score_release(undated, {"release": [started]}, tally, notes)
    assert (tally.tp, tally.fp, tally.fn) == (0, 0, 1) and notes
    tally = Tally()
    _score_release(undated, {"release": []}, tally, [])
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 0)
