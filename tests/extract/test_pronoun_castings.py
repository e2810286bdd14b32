"""A casting told with a pronoun: "She plays Y" is the one person the sentence before names,
when the article shows that name is a person's; anything less and it is not read."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_she_plays_is_the_person_the_sentence_before_introduced() -> None:
    found = facts(
        "At 19, Noor Haddad-Lowe is the youngest member of the show's cast. She "
        "plays Tess Corran, a lifeguard with a secret.",
        "Haddad-Lowe said the audition came out of nowhere.",
    )
    assert pairs(found) == {("Noor Haddad-Lowe", "Tess Corran")}
    found = facts(
        "Filming on Saltwater Lane wraps next week.",
        "Former gymnast Kasimir Wendt joined the show in its second series. He now plays the "
        "coach, Dale Brenner, and Wendt says he loves the job.",
    )
    assert pairs(found) == {("Kasimir Wendt", "Dale Brenner")}


def test_a_pronoun_with_two_names_before_it_or_a_place_is_not_read() -> None:
    found = facts(
        "Filming on Saltwater Lane wraps next week.",
        "Noor Haddad-Lowe was spotted with Kasimir Wendt in Hull. She plays Tess Corran.",
        "Haddad-Lowe and Wendt declined to comment.",
    )
    assert pairs(found) == set()
    found = facts(
        "Filming on Saltwater Lane wraps next week.",
        "Wendt trained at the Bristol Old Vic Theatre School. He will play Ivo Marr in the "
        "thriller Black Harbour next year.",
    )
    assert pairs(found) == set()
