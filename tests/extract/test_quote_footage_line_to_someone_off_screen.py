"""Quotes on invented text: in a piece about a trailer, words a part says to someone off-screen
or out of shot ("“...,” she tells someone just off-screen") are the work's line, held whoever
the sentence names; the same words in an interview piece stay the speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEAD = "The first trailer for The Copper Weir is out, and Ines Garrow returns as Mrs Pell."


def _served(line: str, title: str) -> list[str]:
    found = facts(_LEAD, line, date="2026-05-20", title=title)
    assert found.quotes, found.quotes
    return [q.text for q in found.quotes if q.served]


def test_a_line_to_someone_off_screen_in_a_trailer_piece_is_held() -> None:
    for line in (
        "Ines Garrow gets one kitchen scene. “You can stop pretending now, pet,” she tells "
        "someone just off-screen.",
        "Then the jetty. “Bring the boat round,” Mrs Pell says to somebody out of shot.",
    ):
        assert not _served(line, "Five things the Copper Weir trailer shows"), line


def test_a_remark_in_an_interview_piece_stays_served() -> None:
    served = _served(
        "Ines Garrow was in good form. “I loved every day of it,” she told us after the panel.",
        "Five things the Copper Weir trailer shows",
    )
    assert served, served
