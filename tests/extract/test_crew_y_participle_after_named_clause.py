"""A participle set off after a who-clause that ends on another name ("A, who directs from a
script by B, adapting her own novel") is the nearer name's act: B adapts and wrote the book,
A only directs. A finite verb after such a clause stays the first name's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Tollmoor, a drama about a lighthouse family, opens in cinemas in March."


def test_the_participle_after_a_script_by_is_the_scripts_writers() -> None:
    crew = served_crew(
        _LEDE,
        "Hal Brennick, who directs the drama from a screenplay by Úna Marlow, adapting her"
        " own 2018 novel, shot it on the Cornish coast.",
    )
    assert ("director", "Hal Brennick") in crew
    assert ("author", "Úna Marlow") in crew
    assert ("writer", "Hal Brennick") not in crew
    assert ("author", "Hal Brennick") not in crew


def test_a_finite_verb_after_the_clause_stays_the_first_names() -> None:
    crew = served_crew(
        _LEDE,
        "Hal Brennick, who was brought on by Ines Marlow, wrote the screenplay.",
    )
    assert ("writer", "Hal Brennick") in crew


def test_a_participle_after_a_clause_without_a_name_stays_the_first_names() -> None:
    crew = served_crew(
        _LEDE,
        "Ines Marlow, who grew up near the harbour, adapting her own novel for the screen,"
        " calls it a homecoming.",
    )
    assert ("author", "Ines Marlow") in crew


def test_a_clause_ending_on_titles_hands_the_participle_back() -> None:
    crew = served_crew(
        _LEDE,
        "The shoot starts in May, with Hal Brennick, whose films include Greywater and Fallow,"
        " directing.",
    )
    assert ("director", "Hal Brennick") in crew
