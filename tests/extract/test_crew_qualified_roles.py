"""Role nouns another word makes a different job, and source material someone "created"
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Copper Lanes starts filming in Hull next month."


def test_plural_casting_directors_are_casting_directors() -> None:
    found = facts(_LEDE, "Casting directors Maud Feeney and Oskar Lind are seeing actors in Hull.")
    assert credits(found) >= {
        ("casting_director", "Maud Feeney"),
        ("casting_director", "Oskar Lind"),
    }
    assert not {r for r, _ in credits(found)} & {"director"}


def test_plural_casting_directors_mid_sentence() -> None:
    found = facts(_LEDE, "The call was issued by casting directors Ines Rau and Tom Acre.")
    assert ("director", "Ines Rau") not in credits(found)
    assert ("director", "Tom Acre") not in credits(found)


def test_art_or_assistant_director_is_no_director_credit() -> None:
    found = facts(_LEDE, "Art director Hal Brenner built the harbour set in a car park.")
    assert ("director", "Hal Brenner") not in credits(found)
    found = facts(_LEDE, "The first assistant director Lori Vance called the last take at 4am.")
    assert ("director", "Lori Vance") not in credits(found)


def test_second_unit_director_is_no_director_credit() -> None:
    found = facts(_LEDE, "Second unit director Pim Ostrander shot the storm at sea.")
    assert ("director", "Pim Ostrander") not in credits(found)


def test_associate_producers_are_no_producer_credits() -> None:
    found = facts(_LEDE, "Associate producers Gwen Tiller and Ari Moss have joined the team.")
    assert not {n for _, n in credits(found)} & {"Gwen Tiller", "Ari Moss"}


def test_script_editor_is_no_editor_credit() -> None:
    found = facts(_LEDE, "Script editor Noor Vale read every draft twice.")
    assert ("editor", "Noor Vale") not in credits(found)


def test_plain_director_still_credited_beside_a_qualified_one() -> None:
    found = facts(_LEDE, "Director Ula Penn and art director Rob Keel toured the docks.")
    assert ("director", "Ula Penn") in credits(found)
    assert ("director", "Rob Keel") not in credits(found)


def test_created_the_original_novels_is_the_author() -> None:
    found = facts(
        _LEDE,
        "Bea Corran, who created the original novels and is adapting them, visited the set.",
    )
    assert ("author", "Bea Corran") in credits(found)
    assert ("creator", "Bea Corran") not in credits(found)


def test_created_the_original_comics_is_the_author() -> None:
    found = facts(_LEDE, "Dev Iyer created the original comics in 2014.")
    assert ("creator", "Dev Iyer") not in credits(found)
    assert ("author", "Dev Iyer") in credits(found)


def test_created_the_original_series_is_still_the_creator() -> None:
    found = facts(_LEDE, "Dev Iyer, who created the original series, is writing the film.")
    assert ("creator", "Dev Iyer") in credits(found)


def test_with_a_name_cutting_at_a_clause_end_is_the_editor() -> None:
    found = facts(_LEDE, "Mara Lind is composing the score, with Teo Baptiste cutting.")
    assert ("editor", "Teo Baptiste") in credits(found)
    found = facts(_LEDE, "Ines Ruiz directs, with Bo Sand scoring and Al Poe producing.")
    assert ("composer", "Bo Sand") in credits(found)


def test_with_a_name_cutting_something_is_no_credit() -> None:
    found = facts(_LEDE, "The studio is saving money, with Rae Olin cutting jobs in Hull.")
    assert not credits(found)


def test_wrote_the_novels_and_the_screenplay_is_author_and_writer() -> None:
    found = facts(_LEDE, "Rosa Imrie, who wrote the original novels and the screenplay, cried.")
    assert credits(found) >= {("author", "Rosa Imrie"), ("writer", "Rosa Imrie")}
    found = facts(_LEDE, "Kel Amos penned the comics and the script in one summer.")
    assert ("writer", "Kel Amos") in credits(found)


def test_wrote_the_bestselling_novels_is_the_author() -> None:
    found = facts(_LEDE, "Inés Tarrow, who wrote the bestselling novels on which it is based.")
    assert ("author", "Inés Tarrow") in credits(found)
    found = facts(_LEDE, "Inés Tarrow, who read the bestselling novels on which it is based.")
    assert ("author", "Inés Tarrow") not in credits(found)


def test_scoring_duties_and_the_films_score_are_the_composer() -> None:
    found = facts(_LEDE, "Teo Vance is back on scoring duties.")
    assert ("composer", "Teo Vance") in credits(found)
    found = facts(_LEDE, "Lia Moor, who composed the film's score, posted the final cue.")
    assert ("composer", "Lia Moor") in credits(found)


def test_newsroom_and_festival_posts_are_no_crew() -> None:
    found = facts(_LEDE, "Entertainment editor Cora Blyth sat down with the cast in Hull.")
    assert ("editor", "Cora Blyth") not in credits(found)
    found = facts(_LEDE, "Festival director Ivo Ramsey called it the year's boldest debut.")
    assert ("director", "Ivo Ramsey") not in credits(found)
    found = facts(_LEDE, "The charity's executive director Pia Lund visited the set.")
    assert ("director", "Pia Lund") not in credits(found)


def test_executive_producers_keep_their_credit() -> None:
    found = facts(_LEDE, "Executive producers Lin Park and Oz Hale have stayed on.")
    assert ("executive_producer", "Lin Park") in credits(found)


def test_a_fellow_or_former_role_is_no_credit_for_the_production() -> None:
    found = facts(_LEDE, "Fellow director Hana Moss tweeted her congratulations.")
    assert ("director", "Hana Moss") not in credits(found)
    found = facts(_LEDE, "Its former producer Dag Orme left over the budget.")
    assert ("producer", "Dag Orme") not in credits(found)


_OURS = ("Copper Lanes starts filming in Hull.", "Jo Park is directing Copper Lanes from a script.")


def test_credits_after_an_elsewhere_opener_are_another_works() -> None:
    found = facts(*_OURS, "Elsewhere, director Ula Penn has started shooting her next feature.")
    assert ("director", "Ula Penn") not in credits(found)
    found = facts(*_OURS, "In other news, composer Rik Dahl will score the next Bond film.")
    assert ("composer", "Rik Dahl") not in credits(found)


def test_the_rest_of_a_paragraph_that_turned_to_other_news_is_no_credit() -> None:
    found = facts(
        *_OURS,
        "Over at Apple, Grey Tide has been greenlit. Ula Penn will direct it from a script by "
        "Cal Orr.",
        "Filming on Copper Lanes lasts ten weeks, with Teo Lind cutting.",
    )
    names = {n for _, n in credits(found)}
    assert not names & {"Ula Penn", "Cal Orr"}
    assert ("editor", "Teo Lind") in credits(found)
    assert ("director", "Jo Park") in credits(found)


def test_an_elsewhere_sentence_naming_the_production_keeps_its_credit() -> None:
    found = facts(
        *_OURS,
        "Separately, Copper Lanes' editor Bo Sand has joined the team.",
        title="Copper Lanes: the shoot begins",
    )
    assert ("editor", "Bo Sand") in credits(found)


def test_a_broadcasters_commissioning_editor_is_no_editor_credit() -> None:
    found = facts(
        "Quill Harbour starts filming in Hull next month.",
        "Editor Yusra Penhallow cut the teaser.",
        "Drama commissioning editor Bertil Quayle said the series would be a big love story.",
    )
    assert ("editor", "Yusra Penhallow") in credits(found)
    assert ("editor", "Bertil Quayle") not in credits(found)
