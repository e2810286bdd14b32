"""Release: a shoot told as going on by a time still to come, under a modal ("cameras should be
rolling this summer") is a hedged planned shoot, never a start. Invented text."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article


def test_should_be_rolling_is_a_planned_shoot() -> None:
    article = Article(
        dt.date(2026, 6, 10),
        "Pellacott has named its Quillmoor Lane film.",
        "Quillmoor Lane film title revealed",
        (
            "We have asked whether a shoot date is set; the word from one person close to the "
            "production is that cameras “should be rolling this summer”.",
        ),
    )
    facts = {(r.kind.value, r.window, r.hedged) for r in extract_facts(article).release}
    assert ("filming_planned", "2026-06/2026-08", True) in facts
    assert not any(kind == "filming_started" for kind, _, _ in facts)
