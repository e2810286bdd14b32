"""Lists of returning stars, "Ada Vale (Mira Holt), Tom Reed (Gus Penn), ...", in cast news.

Cast news writes the actor first; only story prose glosses a part with who plays it. A single
weak clue (a part's first name with a verb of speech) must not turn a whole list round.
"""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_RETURNING = {("Ada Vale", "Mira Holt"), ("Tom Reed", "Gus Penn"), ("Lena Moss", "Sally Penn")}


def test_returning_are_closed_by_an_as_item() -> None:
    found = facts(
        "Everything we know about Quill Lane series two.",
        "Returning are Ada Vale (Mira Holt), Tom Reed (Gus Penn), Lena Moss (Sally Penn) and "
        "Kai Lund as Noor Bell.",
    )
    assert _RETURNING | {("Kai Lund", "Noor Bell")} <= served_pairs(found)


def test_also_back_are_in_trade_news() -> None:
    found = facts(
        "EXCLUSIVE: Rhea Stone has joined the second series of Quill Lane.",
        "Also back are Ada Vale (Mira Holt), Tom Reed (Gus Penn) and Lena Moss (Sally Penn), "
        "while Rhea Stone plays the village's new doctor, Ivo Marsh.",
    )
    assert served_pairs(found) >= _RETURNING
    assert not {(p, a) for a, p in _RETURNING} & served_pairs(found)


def test_also_back_are_with_nothing_to_support_the_order_is_held() -> None:
    """The words before a list do not settle it (see :mod:`bot.extract.castlonglists`)."""
    found = facts(
        "EXCLUSIVE: Rhea Stone has joined the second series of Quill Lane.",
        "Also back are Ada Vale (Mira Holt), Tom Reed (Gus Penn) and Lena Moss (Sally Penn), "
        "while the village gets a new doctor.",
    )
    assert not (_RETURNING | {(p, a) for a, p in _RETURNING}) & served_pairs(found)


def test_as_did_after_joining_the_stage() -> None:
    found = facts(
        "Quill Lane opened the Harbour Film Festival on Friday.",
        "Newcomer Rhea Stone joined the cast on stage, as did Ada Vale (Mira Holt) and "
        "Tom Reed (Gus Penn).",
    )
    assert {("Ada Vale", "Mira Holt"), ("Tom Reed", "Gus Penn")} <= served_pairs(found)


_THREAD = (
    "Quill Lane series two trailer megathread",
    "Quick facts:\n• Returning: Ada Vale (Mira Holt), Tom Reed (Gus Penn), Lena Moss (Sally "
    "Penn), Joss Hale (Petra Lind)",
)
_COMMENT = "Top comment: the part where Gus says goodbye at the station wrecked me."


def test_one_weak_clue_does_not_turn_the_list() -> None:
    found = facts(*_THREAD, _COMMENT)
    wrong = {("Gus Penn", "Tom Reed"), ("Mira Holt", "Ada Vale"), ("Sally Penn", "Lena Moss")}
    assert not wrong & served_pairs(found)


def test_a_later_list_of_the_same_shape_settles_it() -> None:
    found = facts(
        _THREAD[0],
        _THREAD[1] + "\n• New: Kai Lund (Dr Noor Bell), Rhea Stone (Ivo Marsh)",
        _COMMENT,
    )
    assert _RETURNING | {("Joss Hale", "Petra Lind")} <= served_pairs(found)
    assert ("Kai Lund", "Dr Noor Bell") in served_pairs(found) or (
        ("Kai Lund", "Noor Bell") in served_pairs(found)
    )


def test_story_prose_still_glosses_the_part() -> None:
    found = facts(
        "In Quill Lane, Nick moves in next door to Mira Holt (Ada Vale) and her brother Gus Penn "
        "(Tom Reed) during a hot summer.",
    )
    assert ("Ada Vale", "Mira Holt") in served_pairs(found) | held_pairs(found)
    assert ("Mira Holt", "Ada Vale") not in served_pairs(found)
