"""Crew credits a sentence states more exactly, first names among colleagues, and characters'
creators (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_executive_producers_named_with_a_producer_are_not_producers() -> None:
    found = facts(
        "Dora Kell is producing for Lantern Films, with Egon Marsh and Pia Sorel serving as "
        "executive producers.",
    )
    assert ("executive_producer", "Egon Marsh") in credits(found)
    assert ("producer", "Egon Marsh") not in credits(found)
    assert ("producer", "Pia Sorel") not in credits(found)


def test_a_cinematographer_behind_the_camera_is_not_the_director() -> None:
    found = facts(
        "The score is by Lev Amsel, and Danish cinematographer Rune Bakke is behind the camera.",
    )
    assert ("director", "Rune Bakke") not in credits(found)


def test_a_first_name_among_colleagues_is_no_credit() -> None:
    found = facts(
        "I heard from Greta, our casting director, late on a Friday.",
        "Our editor Jonas said the cut was nearly done.",
    )
    assert not any(name in {"Greta", "Jonas"} for _, name in credits(found))


def test_a_lone_surname_credit_stays() -> None:
    found = facts("The film is directed by Westerby, from a script by Ana Pell.")
    assert ("writer", "Ana Pell") in credits(found)


def test_a_character_created_by_someone_gives_no_creator_credit() -> None:
    found = facts(
        "Tomasz is the quiet goalkeeper of the school team.",
        "He was created by Vera Lusk for the film and does not appear in the books.",
    )
    assert ("creator", "Vera Lusk") not in credits(found)


def test_an_executive_producer_also_serving_as_producer_keeps_both() -> None:
    found = facts(
        "The film is executive produced by Rosa Tamm, Ilya Brook and Dee Pryce, with Brook also "
        "serving as producer.",
    )
    assert ("executive_producer", "Ilya Brook") in credits(found)
    assert ("producer", "Ilya Brook") in credits(found)


def test_a_director_of_photography_shooting_the_film_is_not_its_director() -> None:
    found = facts("Director of photography Noor Vance is behind the camera for the shoot.")
    assert ("director", "Noor Vance") not in credits(found)


def test_the_script_is_by_credits_a_writer() -> None:
    assert ("writer", "Ines Morrow") in credits(
        facts("The script is by Ines Morrow, who first read the novel at school.")
    )
    assert ("writer", "Teo Brandt") in credits(
        facts("The film was shot in Leeds; the screenplay was by Teo Brandt.")
    )


def test_wrote_and_directed_the_film_credits_both_roles() -> None:
    found = facts(
        "Lantern Films has released the first trailer for Grey Harbour, from Dora Kell.",
        "Kell wrote and directed the film, and she reunites with composer Lev Amsel.",
    )
    assert {("writer", "Dora Kell"), ("director", "Dora Kell")} <= credits(found)
    assert ("director", "Omar Sade") in credits(facts("Omar Sade directed the film."))


def test_directing_another_named_film_is_no_credit() -> None:
    found = facts("Dora Kell, who wrote and directed the film Salt Road, joins the cast.")
    assert not any(name == "Dora Kell" for _, name in credits(found))


def test_a_list_among_the_executive_producers() -> None:
    found = facts(
        "Mara Lind is producing for Lantern Films, and Dora Kell, Ivo Brand and Omar Sade are "
        "among the executive producers.",
    )
    assert {("executive_producer", n) for n in ("Dora Kell", "Ivo Brand", "Omar Sade")} <= (
        credits(found)
    )


def test_a_role_on_another_named_work_is_no_credit() -> None:
    found = facts(
        "Grey Harbour begins filming in Hull next month.",
        "Omar Sade is among the executive producers of Salt Road, her other drama.",
        "Ivo Brand was the editor on Quiet Fields.",
        title="Grey Harbour starts filming",
    )
    assert not any(name in {"Omar Sade", "Ivo Brand"} for _, name in credits(found))


def test_a_role_on_the_articles_own_work_stays() -> None:
    found = facts(
        "Grey Harbour begins filming in Hull next month.",
        "Omar Sade is an executive producer of Grey Harbour.",
        title="Grey Harbour starts filming",
    )
    assert ("executive_producer", "Omar Sade") in credits(found)
