"""Crew credits read from plain statements, and names that are no credit of the kind a list
around them gives (invented sentences, none of the corpus's names or titles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_name_with_its_own_post_after_a_producer_is_no_producer() -> None:
    found = facts(
        "Dara Quint is producing for Leeds-based Kestrel Pictures alongside Lisbon's Mareta "
        "Filmes, with Oren Castell on board as director of photography."
    )
    assert ("producer", "Oren Castell") not in credits(found)
    assert ("producer", "Dara Quint") in credits(found)


def test_a_name_attached_as_composer_after_producers_is_no_producer() -> None:
    kept = facts("Ama Boakye produces alongside Teo Rask, with Lile Varga as co-producer.")
    assert ("producer", "Lile Varga") in credits(kept)
    found = facts("Ama Boakye produces alongside Teo Rask, with Lile Varga attached as composer.")
    assert ("producer", "Lile Varga") not in credits(found)
    assert ("producer", "Teo Rask") in credits(found)


def test_a_part_named_with_a_title_is_no_crew() -> None:
    found = facts(
        "Jonah Pell plays the lodger, Carl Wix, with Odile Brun as hospital director Dr Mina Sorel."
    )
    assert ("director", "Mina Sorel") not in credits(found)


def test_a_part_named_with_a_rank_is_no_crew() -> None:
    found = facts("Ivo Matz stars as museum director Professor Lena Quarry in the thriller.")
    assert ("director", "Lena Quarry") not in credits(found)


def test_the_last_of_a_list_told_with_companies() -> None:
    found = facts(
        "The executive producers are Tam Rourke and Bea Lund for Saltmarsh Films, and Ned Okoro "
        "for the BBC."
    )
    assert {("executive_producer", n) for n in ("Tam Rourke", "Bea Lund", "Ned Okoro")} <= (
        credits(found)
    )


def test_two_names_each_with_a_company() -> None:
    found = facts("Executive producers are Ilse Marr for Greyhound Media, and Cy Ruane for ITV.")
    assert {("executive_producer", "Ilse Marr"), ("executive_producer", "Cy Ruane")} <= (
        credits(found)
    )


def test_and_then_a_clause_is_no_list() -> None:
    found = facts("The film is produced by Ada Moss and Ben Lee, and Carla Jones stars.")
    assert ("producer", "Carla Jones") not in credits(found)


def test_directed_the_whole_thing() -> None:
    assert ("director", "Rula Venn") in credits(facts("Yes, Rula Venn directed the whole thing."))
    found = facts("Confirmed: Piet Ahn directed the entire series, with no guest directors.")
    assert ("director", "Piet Ahn") in credits(found)


def test_doing_the_score() -> None:
    assert ("composer", "Tova Hale") in credits(facts("Tova Hale is doing the score again."))
    assert ("composer", "Pia Norr") in credits(facts("Pia Norr will do the music."))
    assert ("composer", "Pia Norr") not in credits(facts("Pia Norr is doing the music for Gala."))


def test_wrote_the_script_as_well_as_the_books() -> None:
    found = facts("Hollis, who wrote the script as well as the graphic novels, is on set daily.")
    assert {("writer", "Hollis"), ("author", "Hollis")} <= credits(found)
    found = facts("Wen Sato wrote the screenplay and the original novels.")
    assert ("author", "Wen Sato") in credits(found)


def test_co_writing_with_the_director() -> None:
    found = facts("Mara Quill is co-writing the screenplay with director Oskar Lind.")
    assert {("writer", "Mara Quill"), ("writer", "Oskar Lind")} <= credits(found)
    found = facts("Lio Benz wrote the script with film-maker Suvi Aalto.")
    assert ("writer", "Suvi Aalto") in credits(found)


def test_the_debut_of_a_film_maker_names_the_director() -> None:
    found = facts(
        "Salt Harbour, the English-language debut of Danish film-maker Ebbe Lund, opens in May.",
        title="Salt Harbour gets a date",
    )
    assert ("director", "Ebbe Lund") in credits(found)
    found = facts(
        "Salt Harbour, the screen debut of singer Ebbe Lund, opens in May.",
        title="Salt Harbour gets a date",
    )
    assert ("director", "Ebbe Lund") not in credits(found)


def test_the_rest_of_the_episodes_split_between_two() -> None:
    found = facts(
        "Ruiz also directed three of the six episodes this time, with the rest split between "
        "Kamil Dross and Anya Pell."
    )
    assert {("director", "Kamil Dross"), ("director", "Anya Pell")} <= credits(found)
    found = facts(
        "Tomas Vey wrote two of the episodes, while the remaining four are shared between Lyra "
        "Mott and Ines Gaul."
    )
    assert {("writer", "Lyra Mott"), ("writer", "Ines Gaul")} <= credits(found)


def test_the_rest_of_another_shows_episodes_is_not_ours() -> None:
    found = facts(
        "Ruiz directed three episodes of Glass Coast, with the rest split between Kamil Dross "
        "and Anya Pell."
    )
    assert ("director", "Kamil Dross") not in credits(found)
