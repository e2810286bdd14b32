"""A FAQ's answer "Nothing yet, sorry!" under a question about the release date says no date is
set, as "None yet." does; the same answer under a question about anything else says nothing of
the release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Filming on Brindlecombe began yesterday."
_ANSWER = "Nothing yet, sorry! Lumen hasn’t announced one."


def test_nothing_yet_under_a_date_question_is_no_date_yet() -> None:
    kinds = release_kinds(
        _LEDE, "What about a release date?", _ANSWER, date="2025-07-15", title="Brindlecombe FAQ"
    )
    assert ("not_announced", "", False) in kinds


def test_nothing_yet_under_another_question_says_nothing_of_the_release() -> None:
    kinds = release_kinds(
        _LEDE, "Who plays the mother?", _ANSWER, date="2025-07-15", title="Brindlecombe FAQ"
    )
    assert ("not_announced", "", False) not in kinds
