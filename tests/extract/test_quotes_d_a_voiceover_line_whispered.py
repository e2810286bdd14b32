"""In a trailer breakdown, a paragraph on the voiceover that has a "she" whisper the words gives
the footage's line, no one's quote; an interviewee's whispered aside in a paragraph that names
no voiceover or footage stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Gannet Row trailer breakdown: 6 things you might have missed"
_LEDE = "The first trailer for Kestle Trewin’s coastal thriller Gannet Row is finally out."


def _served(*lines: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *lines, date="2026-03-02", title=_TITLE))


def test_a_whispered_line_in_a_paragraph_on_the_voiceover_is_not_served() -> None:
    found = _served(
        "2. The narration. That’s Odile Marsh-Penrose as Mother Agnes, the abbess who stayed"
        " behind. “The sea keeps what it is given,” she whispers. Goosebumps.",
    )
    assert not [t for t, _ in found if t.startswith("The sea keep")], found


def test_a_whispered_aside_in_an_interview_paragraph_stays_quoted() -> None:
    found = _served(
        "Trewin was asked about the ending at the launch. “There is a second twist,” she whispers.",
    )
    assert ("There is a s", "Kestle Trewin") in found, found
