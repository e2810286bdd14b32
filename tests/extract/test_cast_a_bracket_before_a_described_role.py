"""A bracket after an actor's name, then "the role of" a described part with a comma before the
part's name, on invented text: the bracket is the actor's earlier work, and the part is the name
after the description; with no casting verb after it, a one-word bracket is still the part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Maud Penrice will lead Kellow Down, a wartime drama that shoots in Devon this spring."


def test_the_bracket_before_a_described_role_is_a_credit() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Jory Treloar (Ashfield) has landed the role of the ferryman's son, Benedek"
            " Halasz, replacing Ives Carrow, who left the project in March.",
        )
    )
    assert ("Jory Treloar", "Benedek Halasz") in found, found
    assert ("Jory Treloar", "Ashfield") not in found, found


def test_a_one_word_bracket_in_a_list_is_still_a_part() -> None:
    found = served_pairs(
        facts(_LEDE, "The cast also includes Jory Treloar (Benedek) and Kitto Vear (Senara).")
    )
    assert ("Jory Treloar", "Benedek") in found, found
