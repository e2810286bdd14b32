"""Crew: plural role nouns before a list, a cast list's label, a name fused to a credit verb,
a director who "shot" the film, co-writers and co-producers after a credit, source works
"created", a question clause before a verb; each on invented text."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_plural_role_noun_credits_every_name_of_its_list() -> None:
    found = facts("CREW: Producers Iria Soto Vela and Mairead Quinlan. Editor Joan Puig.")
    assert {("producer", "Iria Soto Vela"), ("producer", "Mairead Quinlan")} <= credits(found)
    found = facts(
        "The studio thanked the team. Executive producers Hal Brisco, Ona Wendt and Rafe Lull "
        "have stayed on through the reshoots of Cold Orchard."
    )
    assert {
        ("executive_producer", "Hal Brisco"),
        ("executive_producer", "Ona Wendt"),
        ("executive_producer", "Rafe Lull"),
    } <= credits(found)


def test_a_plural_role_noun_after_the_credits_no_one() -> None:
    found = facts(
        "Ada Brill directs Cold Orchard. She praised the producers Hal Brisco and Ona Wendt, "
        "who made her first film."
    )
    assert ("producer", "Hal Brisco") not in credits(found)


def test_a_cast_label_lists_actors_not_a_casting_director() -> None:
    found = facts("CAST: Ines Varela (Rosa Mendes), Colm Breen (Father Daly).")
    assert not any(role == "casting_director" for role, _ in credits(found))
    found = facts("Cast: Tove Arnesen (Signe), Pol Ribas (Marc). Casting: Dana Whitcombe.")
    assert ("casting_director", "Tove Arnesen") not in credits(found)
    assert ("casting_director", "Dana Whitcombe") in credits(found)


def test_a_name_fused_to_a_credit_verb_credits_the_production() -> None:
    found = facts("Shooting on the Oren Blau-directed feature moves to Leeds next month.")
    assert ("director", "Oren Blau") in credits(found)
    found = facts("The Priya Nand-written series returns in spring.", title="Salt Lanes")
    assert ("writer", "Priya Nand") in credits(found)


def test_a_fused_credit_before_another_title_credits_no_one() -> None:
    found = facts("Ada Brill directs Cold Orchard after the Oren Blau-produced drama Wet Stone.")
    assert ("producer", "Oren Blau") not in credits(found)


def test_a_director_who_shot_the_film_is_no_cinematographer() -> None:
    found = facts("Director Ines Varela, who shot the film in Galicia last spring, spoke to us.")
    assert ("director", "Ines Varela") in credits(found)
    assert ("cinematographer", "Ines Varela") not in credits(found)
    found = facts("Ada Brill directs Cold Orchard. Colm Breen, who shot the film in Cork, agreed.")
    assert ("cinematographer", "Colm Breen") in credits(found)


def test_scripts_in_the_plural_and_a_co_writer_are_credited() -> None:
    found = facts("Ada Brill directs all six episodes from scripts by Tove Arnesen and Pol Ribas.")
    assert {("writer", "Tove Arnesen"), ("writer", "Pol Ribas")} <= credits(found)
    found = facts(
        "Directed by Nia Gwent and written by Gwent with the playwright Ifan Rhys, it follows "
        "two sisters on a farm."
    )
    assert ("writer", "Ifan Rhys") in credits(found)


def test_a_name_cut_at_a_hyphen_is_not_credited() -> None:
    found = facts("Ada Brill directs from scripts by Oh Min-jae.")
    assert ("writer", "Oh Min") not in credits(found)


def test_co_producers_after_a_company_are_each_credited() -> None:
    found = facts(
        "Nia Gwent wrote the script and exec produces alongside Harbour-Light Films’ Hal "
        "Brisco, Ona Wendt and Rafe Lull."
    )
    assert {("executive_producer", n) for n in ("Hal Brisco", "Ona Wendt", "Rafe Lull")} <= (
        credits(found)
    )
    assert not any(name.startswith("Harbour") for _, name in credits(found))


def test_creating_the_source_comic_is_authorship_not_creation_of_the_show() -> None:
    found = facts("Tove Arnesen, who created the webcomic, wrote the script for Cold Orchard.")
    assert ("author", "Tove Arnesen") in credits(found)
    assert ("creator", "Tove Arnesen") not in credits(found)


def test_writing_every_episode_and_score_duty_are_credits() -> None:
    found = facts("Arnesen, who created the show and wrote all eight new episodes, spoke.")
    assert ("writer", "Arnesen") in credits(found)
    found = facts("Colm Breen is the editor, and Pol Ribas is back on score duty for Cold Orchard.")
    assert ("composer", "Pol Ribas") in credits(found)


def test_with_a_name_back_on_score_duties_is_the_composer() -> None:
    found = facts(
        "Ysolde Parrin directs Cold Orchard, with Marlo Kestigan back on score duties.",
        title="Cold Orchard: first look",
    )
    assert ("composer", "Marlo Kestigan") in credits(found)
    found = facts(
        "Ysolde Parrin directs Cold Orchard, with Marlo Kestigan back on stunt duties.",
        title="Cold Orchard: first look",
    )
    assert ("composer", "Marlo Kestigan") not in credits(found)


def test_a_question_clause_before_a_verb_is_no_subject() -> None:
    found = facts(
        "Ines Varela spoke at a bookshop. Asked whether writing the film was harder, Ines said no."
    )
    assert not any(name == "Asked" for _, name in credits(found))
    found = facts("Asked if directing the movie had been fun, Colm Breen laughed.")
    assert not any(name == "Asked" for _, name in credits(found))


def test_a_producer_list_told_after_the_main_credit_credits_each_person() -> None:
    found = facts(
        "Salt Lanes is from writer Brona Mac Giolla.",
        "Ada Brill directs all six episodes, with Mac Giolla, Lumen's Hal Brisco and Ona Wendt "
        "exec producing.",
    )
    assert {
        ("executive_producer", "Brona Mac Giolla"),
        ("executive_producer", "Hal Brisco"),
        ("executive_producer", "Ona Wendt"),
    } <= credits(found)
    found = facts("Colm Breen is directing, with Tove Arnesen and Pol Ribas producing.")
    assert {("producer", "Tove Arnesen"), ("producer", "Pol Ribas")} <= credits(found)


def test_one_subject_with_two_verbs_in_the_works_clause_gets_both_credits() -> None:
    found = facts(
        "Rosa Lind leads the six-part series, which Ines Varela created and wrote in full and "
        "will run as showrunner."
    )
    assert {("creator", "Ines Varela"), ("writer", "Ines Varela")} <= credits(found)
    found = facts("The film, which Colm Breen wrote and directed, opens in May.")
    assert {("writer", "Colm Breen"), ("director", "Colm Breen")} <= credits(found)


def test_also_an_executive_producer_is_a_credit() -> None:
    found = facts("Rosa Lind stars, and Ines Varela, who is also an executive producer, agreed.")
    assert ("executive_producer", "Ines Varela") in credits(found)


def test_the_source_works_author_after_based_on() -> None:
    found = facts("Cold Orchard is a film.", "Based on: Salt Lanes by Ines Varela")
    assert ("author", "Ines Varela") in credits(found)
    found = facts("Cold Orchard is based on the 2019 novel Salt Lanes by Colm Breen.")
    assert ("author", "Colm Breen") in credits(found)


def test_a_relative_named_between_commas_gets_the_credit_of_the_verb() -> None:
    found = facts(
        "Colm’s sister, Ines Varela, will direct the first three episodes and executive produce "
        "alongside him."
    )
    assert {("director", "Ines Varela"), ("executive_producer", "Ines Varela")} <= credits(found)
    found = facts("Her longtime collaborator, Pol Ribas, directs the finale of Cold Orchard.")
    assert ("director", "Pol Ribas") in credits(found)


def test_a_relative_who_writes_the_score_is_no_writer() -> None:
    found = facts("Her longtime collaborator, Pol Ribas, writes the score.")
    assert ("writer", "Pol Ribas") not in credits(found)
