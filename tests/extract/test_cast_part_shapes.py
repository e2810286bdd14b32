"""Words that look like a part but are not, and a recast told after another clause, on
invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay adds two names to its cast."


def test_a_kind_of_person_is_no_part() -> None:
    for text in (
        "Tomos Pryce joins as the ferry’s new engineer, an Irishman who cannot swim.",
        "Bea Lund signs on as the village doctor, a Frenchwoman with a past.",
    ):
        assert not pairs(facts(_LEDE, text))


def test_a_name_cut_at_its_hyphen_is_no_part() -> None:
    for text in (
        "Hana Cole plays Ji-ho's older cousin, Choi Ha-neul.",
        "Rin Aster plays Soo-ah's best friend on the ward.",
    ):
        found = pairs(facts(_LEDE, text))
        assert not any(part in {"Ji", "Soo"} for _, part in found)


def test_a_place_before_actor_is_no_part_when_the_sentence_casts_the_actor() -> None:
    for text, pair in (
        ("Galway actor Fionn Brady, 22, will play Colm Rourke.", ("Fionn Brady", "Colm Rourke")),
        ("Leeds actress Tara Hulme plays the barmaid Dot Kettle.", ("Tara Hulme", "Dot Kettle")),
    ):
        found = pairs(facts(_LEDE, text))
        assert found == {pair}


def test_a_recast_after_a_clause_pairs_the_part_named_after_it() -> None:
    for text in (
        "Ivo Crane returns as Abel Marsh, while Nora Marsh, Abel’s twin, is now played by "
        "Wren Tolley, replacing Mae Jory.",
        "Ivo Crane is back as Abel Marsh, and Nora Marsh, the twin, is now played by Wren "
        "Tolley, replacing Mae Jory.",
    ):
        found = {(c.actor, c.character, c.status.value) for c in facts(_LEDE, text).cast}
        assert ("Wren Tolley", "Nora Marsh", "current") in found
        assert ("Mae Jory", "Nora Marsh", "former") in found
        assert not any(c == "Abel Marsh" and a != "Ivo Crane" for a, c, _ in found)


def test_a_billing_word_before_a_name_is_not_the_name() -> None:
    for line in ("Introducing Lark Emery as Pip", "Featuring Lark Emery as Pip"):
        assert pairs(facts(_LEDE, "STARRING", "Ada Vale as Mira", line)) == {
            ("Ada Vale", "Mira"),
            ("Lark Emery", "Pip"),
        }


def test_the_part_named_after_whose_relation_it_is_with_a_comma() -> None:
    for text, pair in (
        ("Bram Okafor plays Tilly’s grandfather, Eamon Reyes.", ("Bram Okafor", "Eamon Reyes")),
        ("Gus Penner will play Ivy's older brother, Cal Dunmore.", ("Gus Penner", "Cal Dunmore")),
    ):
        assert pairs(facts(_LEDE, text)) == {pair}
