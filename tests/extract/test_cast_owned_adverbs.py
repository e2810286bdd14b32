"""Cast facts named by an actor's possessive with an adverb before the verb or set off as an
aside (invented names and titles throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_adverb_before_gets_still_reads_the_possessive_as_a_part() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Wenlith Pranktree’s Drusk Vask finally gets a storyline of his own.",
    )
    assert ("Wenlith Pranktree", "Drusk Vask") in served_pairs(found)


def test_an_adverb_set_off_by_commas_still_reads_the_possessive_as_a_part() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Kizzy Onwe’s Pellory gets the funniest line. Wenlith Pranktree’s Drusk, sadly, is reduced"
        " to a cameo.",
    )
    assert ("Wenlith Pranktree", "Drusk") in served_pairs(found)


def test_an_adverb_aside_before_a_release_verb_owns_a_work() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Wenlith Pranktree’s Drusk, sadly, opens in June.",
    )
    assert not served_pairs(found)
