"""A maker's own answer naming a colleague by a first-person post ("My director, X, ...") in a
transcript or a Q&A credits X as the work's director, as "Our" and "Her" already do; a role
noun owned by another work's title still credits no one."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Transcript: Gwen Tallis on Larkhollow"
_LEDE = "Comedian Gwen Tallis joined the show to talk about her new sitcom Larkhollow."


def test_my_director_in_a_transcript_answer_is_a_credit() -> None:
    crew = served_crew(
        _LEDE,
        "TALLIS: My mum watched it twice. My director, Piet Sandor, made her a mug of it.",
        title=_TITLE,
    )
    assert ("director", "Piet Sandor") in crew


def test_another_titles_director_stays_uncredited() -> None:
    crew = served_crew(
        _LEDE,
        "TALLIS: Harrow Point's director, Piet Sandor, made my mum a mug of it.",
        title=_TITLE,
    )
    assert ("director", "Piet Sandor") not in crew
