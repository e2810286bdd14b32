""" "Ada Vale has played Mira Holt since ..." tells an ongoing part (the perfect with "since"),
by a full name or by the surname of someone the article names; a sentence that goes on to say
the actor left tells no current part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_surname_with_an_age_has_played_a_part_since() -> None:
    found = facts(
        "I meet Tamsin Orford at a café near the Barbican on a wet Tuesday.",
        "Orford, 27, has played Lydia Crane since the show began in 2021.",
    )
    assert ("Tamsin Orford", "Lydia Crane") in served_pairs(found)


def test_a_full_name_has_voiced_a_part_since() -> None:
    found = facts(
        "The animated Brackwater film is due next winter.",
        "Femi Adeyinka has voiced Captain Rook since the first short in 2019.",
    )
    assert ("Femi Adeyinka", "Captain Rook") in served_pairs(found)


def test_a_part_played_since_then_left_is_not_current() -> None:
    found = facts(
        "The animated Brackwater film is due next winter.",
        "Femi Adeyinka has voiced Captain Rook since 2019 but left the film in March.",
    )
    assert ("Femi Adeyinka", "Captain Rook") not in pairs(found) or not served_pairs(found)
