"""Quotes on invented text: a sentence that opens on a scene's line and gives it with "is"
("The line is “...”") names the work's words, held; "the official line is" a stance, and a
line someone says stays theirs."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEAD = "Filming on The Copper Weir began on 3 May in Fenwick."


def _served(line: str) -> list[str]:
    found = facts(_LEAD, line, date="2026-05-20", title="The Copper Weir: set diary")
    assert found.quotes, found.quotes
    return [q.text for q in found.quotes if q.served]


def test_a_scene_line_given_with_is_is_held() -> None:
    for line in (
        "The last set-up is Pell alone on the jetty. The line is “I never meant to stay.” "
        "She says it once.",
        "Then the big goodbye. Her final line was “Keep the lamp lit for me.” Nobody speaks.",
    ):
        assert not _served(line), line


def test_an_official_line_stays_served() -> None:
    served = _served(
        "The studio has said little. Its producer Oren Falk told us: “The official line is "
        "that we wrap in June, and I believe it.”"
    )
    assert served, served
