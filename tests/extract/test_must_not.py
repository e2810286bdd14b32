"""The scorer's ``must_not`` rules: which served facts each kind of rule counts as wrong."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.facts import ArticleFacts, QuoteFact, ReleaseFact, ReleaseKind, SourceKind
from tests.extract.must_not import violations


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
