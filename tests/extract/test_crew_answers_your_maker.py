"""An interviewer asking after the interviewee's own maker ("And your director?", "What about
your composer?") is answered by the full name that opens the reply; a reply that opens
otherwise credits nobody (invented interviews)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Harbour Lights star Jonah Reed: ‘I learnt everything on set’"
_LEDE = "Harbour Lights opens in cinemas on Friday. We spoke to its star Jonah Reed."


def test_a_name_answering_your_director_is_the_director() -> None:
    found = facts(
        _LEDE,
        "**Gazette:** And your director?",
        "**Jonah Reed:** Odile Fenwick is the most patient person I know. She never shouts.",
        title=_TITLE,
    )
    assert ("director", "Odile Fenwick") in credits(found)
    found = facts(
        _LEDE,
        "GAZETTE: What about your composer?",
        "JONAH REED: Bram Okafor, who wrote the whole score in a week.",
        title=_TITLE,
    )
    assert ("composer", "Bram Okafor") in credits(found)


def test_a_reply_opening_otherwise_credits_nobody() -> None:
    found = facts(
        _LEDE,
        "**Gazette:** And your director?",
        "**Jonah Reed:** Honestly, working with Odile Fenwick was a dream.",
        title=_TITLE,
    )
    assert ("director", "Odile Fenwick") not in credits(found)
