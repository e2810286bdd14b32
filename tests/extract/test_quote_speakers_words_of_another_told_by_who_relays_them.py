"""Quotes on invented text: words one person relays are not theirs. A host quoting a listener's
email, an asker who "got" an answer, and one telling in an aside of an email sent to them pass on
another's words, never their own."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_quotes

_TITLE = "Quillmere Row: the cast talk"


def _by(found: ArticleFacts, opening: str) -> set[str]:
    """Who each served quote opening so is credited to."""
    return {who for text, who in served_quotes(found) if opening.startswith(text[: len(opening)])}


def test_a_host_quoting_a_listeners_email_is_not_its_speaker() -> None:
    found = facts(
        "The Quillmere Row podcast came out this week, hosted by Tamsin Ferrowby.",
        "Asked about a second series, Ferrowby quoted a listener’s email: “Please tell me there’s "
        "more of this.” Director Odile Brannock answered: “Ask the channel. We would love to.”",
        date="2026-06-02",
        title=_TITLE,
    )
    assert "Tamsin Ferrowby" not in _by(found, "Please tell")
    assert _by(found, "Ask the cha") == {"Odile Brannock"}


def test_an_asker_who_got_an_answer_is_not_its_speaker() -> None:
    for asker in ("A fan", "One listener"):
        found = facts(
            "Quillmere Row stars Odile Brannock and Perrin Vasko.",
            f"{asker} asked a driver when it'd be out, and got: “No idea, ask the channel.”",
            date="2026-06-02",
            title=_TITLE,
        )
        assert _by(found, "No idea, as") <= {""}, asker


def test_an_email_told_of_in_an_aside_is_not_the_tellers() -> None:
    found = facts(
        "Odile Brannock has spent years on stage. “I still get nervous,” she says.",
        "Director Tamsin Ferrowby saw her play at a festival and, Brannock says, sent her an email "
        "with one line in it: “Can you make Dover look like heaven?”",
        date="2026-06-02",
        title=_TITLE,
    )
    assert "Odile Brannock" not in _by(found, "Can you mak")
    assert _by(found, "I still get") == {"Odile Brannock"}
