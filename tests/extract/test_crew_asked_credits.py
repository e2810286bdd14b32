"""A yes-or-no question that names someone right after its auxiliary ("wasn't X directing
this??") asks about the post and credits nobody; the answer's own credit stands."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Pikestone film megathread: everything confirmed so far"
_OURS = "Pikestone, the film, starts shooting in May."


def test_a_forum_question_credits_nobody() -> None:
    served = served_crew(
        _OURS,
        "u/moss_and_gravel: wasn't Lo Hent directing this??",
        "u/pike_mod: No – Lo Hent directed the series. Corran Vell directs the film.",
        title=_HEAD,
    )
    assert ("director", "Lo Hent") not in served
    assert ("director", "Corran Vell") in served


def test_an_interviewers_labelled_question() -> None:
    served = served_crew(_OURS, "Q: Is Bea Marr writing the script?", title=_HEAD)
    assert ("writer", "Bea Marr") not in served


def test_a_told_credit_stands() -> None:
    served = served_crew(_OURS, "Bea Marr is scoring it, the studio says.", title=_HEAD)
    assert ("composer", "Bea Marr") in served
