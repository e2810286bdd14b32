"""Quotes on invented text: an answer after "X asked Y about ...", credited by a pronoun and a
colon ("She laughed:"), is the one asked's, never the asker's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_answer_after_a_question_put_to_someone_is_theirs() -> None:
    found = facts(
        "Quillmere Row stars Odile Brannock and Perrin Vasko.",
        "One audience member asked Brannock about her stage run in Hamlet this spring. She "
        "laughed: “I have died four hundred times now.”",
        date="2026-06-02",
        title="Quillmere Row: the cast talk",
    )
    served = served_quotes(found)
    assert ("I have died ", "Odile Brannock") in served, served
    assert ("I have died ", "One audience member") not in served, served
