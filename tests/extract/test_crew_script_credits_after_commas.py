"""Writing credits in the plural passive and after a comma in a credits line (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_the_scripts_are_by_a_writer() -> None:
    found = facts("The scripts are by Odile Ferrant, who cut the novel to three hours.")
    assert ("writer", "Odile Ferrant") in credits(found)


def test_the_scripts_were_by_two_writers() -> None:
    found = facts("The scripts were by Anouk Brennan and Tadeusz Mlynarski, shot in Gdansk.")
    assert {("writer", "Anouk Brennan"), ("writer", "Tadeusz Mlynarski")} <= credits(found)


def test_script_by_after_a_comma_in_a_credits_line() -> None:
    found = facts("Shot in Cork.", "- Directed by Nell Okafor, script by Dmitri Vasquez-Hale.")
    assert {("director", "Nell Okafor"), ("writer", "Dmitri Vasquez-Hale")} <= credits(found)


def test_screenplay_by_after_a_comma() -> None:
    found = facts("Produced by Lina Sorell, screenplay by Hugo Barrientos.")
    assert ("writer", "Hugo Barrientos") in credits(found)


def test_a_script_by_without_a_comma_is_not_read_by_this_rule() -> None:
    found = facts("She read the leaked script by Hugo Barrientos for another studio's film.")
    assert ("writer", "Hugo Barrientos") not in credits(found)
