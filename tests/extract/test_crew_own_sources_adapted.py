"""A writer adapting their own source is its author: "X's script, adapted from the last of
their novels", "Y's screenplay, adapted from one of her short-story books"; "co-writer and
dramatist Z, adapting his 2010 play of the same name" (a play's adapter only when named a
playwright or dramatist), "X, who adapted her own novels for the series"; "adapting her style to
play ..." and "who adapted her accent" are no source (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Harbour Lights review: a gentle triumph"
_LEDE = "Harbour Lights is finally here and it is lovely."


def test_a_script_adapted_from_one_of_their_books_credits_its_author() -> None:
    found = facts(
        _LEDE,
        "Priya Ondaatje’s script, adapted from the last of her crime novels, is lean and sharp.",
        title=_TITLE,
    )
    assert ("author", "Priya Ondaatje") in credits(found)
    found = facts(
        _LEDE,
        "Colm Radley's screenplay, adapted from one of their comics, moves briskly.",
        title=_TITLE,
    )
    assert ("author", "Colm Radley") in credits(found)


def test_a_co_writer_adapting_their_play_is_its_author() -> None:
    found = facts(
        _LEDE,
        "Dana Pike wrote the script with dramatist Osric Vell, adapting his 2012 play of the "
        "same name.",
        title=_TITLE,
    )
    assert ("author", "Osric Vell") in credits(found)
    found = facts(
        _LEDE,
        "The screenplay is by playwright Mira Santos, adapting her own stage play.",
        title=_TITLE,
    )
    assert ("author", "Mira Santos") in credits(found)


def test_a_style_adapted_to_play_credits_no_author() -> None:
    found = facts(
        _LEDE,
        "Star Jonah Reed, adapting his style to play a farmer, is a revelation.",
        title=_TITLE,
    )
    assert ("author", "Jonah Reed") not in credits(found)


def test_a_part_of_their_own_books_or_who_adapted_them_credits_the_author() -> None:
    for sentence in (
        "Ollerby, adapting the last of their own graphic novels, is reluctant to let go.",
        "Dorrit Quell directs from a screenplay by creator Wrenna Ollerby, adapted from the "
        "final volume of their graphic novels.",
        "Wrenna Ollerby, who adapted her own novels for the series, has written the film.",
    ):
        found = facts(_LEDE, "Wrenna Ollerby is back.", sentence, title=_TITLE)
        assert ("author", "Wrenna Ollerby") in credits(found), sentence


def test_who_adapted_something_else_credits_no_author() -> None:
    found = facts(
        _LEDE, "Wrenna Ollerby, who adapted her accent for the part, is superb.", title=_TITLE
    )
    assert ("author", "Wrenna Ollerby") not in credits(found)


def test_a_name_adapting_the_last_of_their_novels_is_writer_and_author() -> None:
    found = facts(
        _LEDE,
        "Ysolde Marchetti, adapting the fourth and last of her novels, splits the story in two.",
        title=_TITLE,
    )
    assert {("author", "Ysolde Marchetti"), ("writer", "Ysolde Marchetti")} <= credits(found)
    found = facts(
        _LEDE,
        "Ysolde Marchetti, adapting to life in Lisbon, splits her time between two cities.",
        title=_TITLE,
    )
    assert not {name for _, name in credits(found)}
