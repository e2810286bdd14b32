"""In a review, a name that tells its kin or friend something in the present, straight before
the words, is the story's person speaking, held; a maker's remark in the past stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Tamsin Reach review – a damp, gripping coastal thriller"


def test_a_name_apart_from_its_verb_tells_kin() -> None:
    found = facts(
        "Tamsin Reach is on Palewick from Friday.",
        "The best scene comes late, when Marta Quell, still in her wet coat and holding a lamp, "
        "tells her brother “I only came back for you.” It is devastating.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_name_asks_a_friend() -> None:
    found = facts(
        "Tamsin Reach is on Palewick from Friday.",
        "In the third episode Jory Vance asks his flatmate, “Did you ever actually like me?”",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_maker_who_told_her_mother_stays_a_quote() -> None:
    found = facts(
        "Tamsin Reach is on Palewick from Friday.",
        "Its writer, Odile Brackwater, told her mother “this one is for you” when she finished "
        "the script, she said in an interview last year.",
        title=_TITLE,
    )
    assert len(served_quotes(found)) == 1
