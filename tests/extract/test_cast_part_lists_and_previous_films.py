"""A part named in a list after "as" or a synopsis's "follows" is still a part when a clause
about the character follows it ("as A and Mira Holt, whose ..."; "follows nurse Mira Holt, who
..."); a casting in a maker's previous film ("Vale's previous film, X, starred ...") is not
ours."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_both_parts_of_a_returning_pair_with_a_clause_after_the_second() -> None:
    found = facts(
        "Orla Penhallow and Tobias Wren return as Greta Moss and Felix Arden, whose friendship "
        "has carried the show since its first season.",
        "Felix starts a new job in the final episode.",
    )
    assert {("Orla Penhallow", "Greta Moss"), ("Tobias Wren", "Felix Arden")} <= served_pairs(found)


def test_both_parts_of_a_pair_who_play_them_with_a_who_clause() -> None:
    found = facts(
        "Selwyn Ashby and Marguerite Dole play Cormac Vane and Isolde Trent, who meet on a "
        "night train to Inverness.",
    )
    assert {("Selwyn Ashby", "Cormac Vane"), ("Marguerite Dole", "Isolde Trent")} <= served_pairs(
        found
    )


def test_a_synopsis_lead_is_a_part_a_bracketed_cast_list_can_claim() -> None:
    found = facts(
        "LANTERN HOUSE follows lighthouse keeper Wilf Tarrant, who finds a stranger washed up "
        "on his rocks.",
        "CAST",
        "Corin Ashdown (Wilf Tarrant)",
        "Pella Voss (Ines Harrow)",
    )
    assert ("Corin Ashdown", "Wilf Tarrant") in served_pairs(found)


def test_a_synopsis_following_a_named_character_with_a_who_clause() -> None:
    found = facts(
        "The series follows Hesper Quill, who inherits a failing vineyard in Kent.",
        "Dilys Maybury plays Hesper Quill, and Rowan Tey is her estranged brother.",
    )
    assert ("Dilys Maybury", "Hesper Quill") in served_pairs(found)


def test_a_makers_previous_film_is_another_production() -> None:
    found = facts(
        "Director Ilse Brandvold is shooting Frostline in Tromsø this spring.",
        "Brandvold’s previous film, “Glass Harbour,” starred Wenna Castell as a diver named "
        "Signe and opened at Berlin in 2022.",
    )
    assert not any(f.actor == "Wenna Castell" for f in found.cast if f.served)


def test_a_previous_film_named_without_quotes_is_another_production() -> None:
    found = facts(
        "Frostline will be Ilse Brandvold's third feature.",
        "Her previous film, Glass Harbour, cast Wenna Castell as Signe Dahl.",
    )
    assert not any(f.actor == "Wenna Castell" for f in found.cast if f.served)
