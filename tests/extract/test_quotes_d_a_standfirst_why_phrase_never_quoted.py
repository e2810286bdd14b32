"""A phrase in marks inside the standfirst's "why" question, which the piece below never quotes:
the teaser's wording, held; echoed by a quote in the body, it stays."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "‘I wanted the marsh to sing’: scoring Reedwater"


def test_a_why_phrase_the_body_never_quotes_is_not_served() -> None:
    found = facts(
        "Tamsin Greaves-Okoro scored Reedwater on a church organ in Norfolk. She tells us why"
        " the film had to sound “half drowned”.",
        "Greaves-Okoro began writing the score before a single scene was shot.",
        "“I wanted the marsh to sing,” she says. “The organ was the only thing loud enough.”",
        title=_TITLE,
    )
    assert not any(q.served and q.text == "half drowned" for q in found.quotes)


def test_a_why_phrase_the_body_quotes_stays_served() -> None:
    found = facts(
        "Tamsin Greaves-Okoro scored Reedwater on a church organ in Norfolk. She tells us why"
        " the film had to sound “half drowned”.",
        "Greaves-Okoro began writing the score before a single scene was shot.",
        "“It had to sound half drowned,” she says. “The organ was the only thing loud enough.”",
        title=_TITLE,
    )
    assert any(q.served and q.text == "half drowned" for q in found.quotes)
