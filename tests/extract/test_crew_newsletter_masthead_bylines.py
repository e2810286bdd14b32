"""A newsletter's masthead byline followed by the mailing list's housekeeping ("Written by Jo
Reyes · You're receiving this because you subscribed ...") names the newsletter's writer, never
the film's screenwriter (invented mastheads)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "The Reel Letter: Tallow Bay finds its director"
_STORY = "Tallow Bay, directed by Henrik Osei, began filming in Cork on Monday."


def _writers(masthead: str) -> set[str]:
    found = facts("Three things today, one of them wet.", masthead, _STORY, title=_TITLE)
    assert ("director", "Henrik Osei") in credits(found)
    return {name for role, name in credits(found) if role == "writer"}


def test_a_masthead_byline_before_the_mailing_blurb_credits_no_writer() -> None:
    for masthead in (
        "Tuesday 3 March 2026 · Written by Orla Brennan-Kaye · You’re receiving this because "
        "you signed up at reelletter.example. Forwarded this? Subscribe here.",
        "Written by Tomasz Wilk-Adebayo | Forwarded this email? Sign up for the Reel Letter and "
        "get it every weekday morning in your inbox.",
        "The Reel Letter · Issue 212 · Written by Vera Oakham · View this email in your browser "
        "or unsubscribe from these emails at any time.",
    ):
        assert not _writers(masthead), masthead
