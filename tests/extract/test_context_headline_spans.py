"""A headline's career span ("the long road from A to B") ends on the subject's latest work, no
sign that it is the page's own: what the body credits to that work is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_the_work_a_headlines_career_span_ends_on_is_not_the_pages_own() -> None:
    found = facts(
        "From schoolboy to BBC lead, Osric Lanyard-Vey says goodbye to the role that made him.",
        "For three seasons of Quillane he played Aled, and next month he plays him one last time.",
        "Quillane Forever, the Netflix film that closes the story, arrives on 17 April. It was"
        " written by Marisk Doyne-Tabb and directed by Perrow Vantresk.",
        "Now he is a BBC lead. In The Quarrendon Run, a six-part drama from writer Ivo Stennet"
        " that begins on BBC One this spring, he plays a pilot. The series is directed by"
        " Hesper Drumlow.",
        title="Osric Lanyard-Vey: the long road from Tregony to The Quarrendon Run",
    )
    crew = served_credits(found)
    assert ("writer", "Ivo Stennet") not in crew
    assert ("director", "Perrow Vantresk") in crew
