"""Crew named by their own piece of the film: a score written, an edit, the lighting, a lone
producer given with the company (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_score_the_subject_has_written_credits_the_composer() -> None:
    found = facts(
        "Q: And the music?",
        "Nell Arden has written a score that I hum on the bus.",
        "We recorded it in Leeds, and Piet Varga has composed a sparse score of brass.",
    )
    assert credits(found) >= {("composer", "Nell Arden"), ("composer", "Piet Varga")}


def test_a_score_for_another_title_is_not_this_films() -> None:
    found = facts("Nell Arden has written a score for a ballet in Oslo.")
    assert ("composer", "Nell Arden") not in credits(found)


def test_an_edit_doing_an_edits_work_credits_the_editor() -> None:
    found = facts(
        "At two hours it drags, and Tom Reyes's edit could have lost the subplot.",
        "Ivo Brandt’s edit keeps the chase lean.",
    )
    assert credits(found) >= {("editor", "Tom Reyes"), ("editor", "Ivo Brandt")}


def test_lighting_credits_the_cinematographer_but_not_a_candle() -> None:
    found = facts(
        "We shot the farm in Wales, and Lars Holm lit it almost like a painting.",
        "Greta Moss lit them as if they were in two films.",
        "Hana Pike lit a candle and waited.",
    )
    got = credits(found)
    assert got >= {("cinematographer", "Lars Holm"), ("cinematographer", "Greta Moss")}
    assert ("cinematographer", "Hana Pike") not in got


def test_a_lone_producer_given_with_the_company() -> None:
    found = facts(
        "Ada Quill wrote the script. Rui Santos of Kestrel Pictures produced.",
        "Otto Lind produced.",
    )
    got = credits(found)
    assert ("producer", "Rui Santos") in got
    assert ("producer", "Otto Lind") not in got


def test_a_writer_adapting_their_own_books_is_their_author() -> None:
    found = facts(
        "The film, written by series creator Ada Quill and adapted from her own graphic "
        "novels, is directed by Rui Santos.",
        "The play, written by Ivo Brandt and adapted from his own memoir, opens in May.",
    )
    assert credits(found) >= {("author", "Ada Quill"), ("author", "Ivo Brandt")}


def test_photography_by_a_name_credits_the_cinematographer() -> None:
    found = facts(
        "The grainy photography, all fog and neon, is by Lars Holm.",
        "The photography is by Greta Moss, and the score by Piet Varga.",
    )
    assert credits(found) >= {("cinematographer", "Lars Holm"), ("cinematographer", "Greta Moss")}


def test_a_crew_member_put_to_the_one_asked() -> None:
    found = facts(
        "Q: That's Lars Holm, your cinematographer.",
        "Q: And Nell Arden, your composer?",
    )
    assert credits(found) >= {("cinematographer", "Lars Holm"), ("composer", "Nell Arden")}
