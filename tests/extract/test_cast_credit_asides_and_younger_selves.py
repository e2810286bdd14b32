"""Earlier credits beside an actor's name ("X (Saltreach) as Y", "X (A, The B) is set to play
Y", "X, best known to German viewers as ...") leave the part after them to X; a career line's
"seen in X's Gravelight" names a work, not a part; "as the young Hespera" is her younger self,
a part of its own."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_career_line_in_a_directors_film_is_no_part() -> None:
    found = facts(
        "Perrin Orr-Bellweather, who has since been seen in Ansgar Pfeffel's Gravelight, and "
        "Audric Quarrie are also executive producers on the film.",
    )
    assert ("Ansgar Pfeffel", "Gravelight") not in pairs(found)


def test_an_actors_possessive_part_after_with_still_counts() -> None:
    found = facts("Fans loved a selfie with Ansgar Pfeffel's Sabrine on set.")
    assert ("Ansgar Pfeffel", "Sabrine") in served_pairs(found)


def test_a_bracketed_credit_before_a_bare_as() -> None:
    found = facts(
        "The film stars Quillon Marsh-Dabney (Saltreach) as Corisande Vantreece, a pilot.",
    )
    assert served_pairs(found) == {("Quillon Marsh-Dabney", "Corisande Vantreece")}


def test_a_part_then_its_actor_in_brackets_before_as_ever() -> None:
    found = facts("Corisande Vantreece (Quillon Marsh-Dabney) as ever steals the show.")
    assert pairs(found) == {("Quillon Marsh-Dabney", "Corisande Vantreece")}


def test_two_bracketed_credits_before_a_casting_verb() -> None:
    found = facts(
        "Berengar Achterlo (Kelpmoor Row, The Glimwater Vigil) is set to play Teodric Corsack, "
        "the harbourmaster.",
    )
    assert served_pairs(found) == {("Berengar Achterlo", "Teodric Corsack")}


def test_a_part_and_its_work_in_brackets_without_a_verb() -> None:
    found = facts("Berengar Achterlo (Teodric Corsack, The Glimwater Vigil) has signed.")
    assert ("Berengar Achterlo", "Teodric Corsack") in pairs(found)


def test_an_aside_on_what_an_audience_knows_the_actor_as() -> None:
    found = facts(
        "Brisca Talvenor, best known to German viewers as the ruthless Gerlind in Nachtfähre, "
        "plays Lisenka, a ferry pilot.",
    )
    assert served_pairs(found) == {("Brisca Talvenor", "Lisenka")}


def test_an_aside_known_internationally_as() -> None:
    found = facts(
        "Brisca Talvenor, best known internationally as the ruthless Gerlind in Nachtfähre, "
        "will play Lisenka Dorr.",
    )
    assert served_pairs(found) == {("Brisca Talvenor", "Lisenka Dorr")}


def test_the_known_as_aside_before_a_part_in_another_work() -> None:
    found = facts(
        "Brisca Talvenor, best known to German viewers as the ruthless Gerlind in Nachtfähre, "
        "played Lisenka in Salzwind.",
    )
    assert served_pairs(found) == set()


def test_the_young_self_of_a_part() -> None:
    found = facts(
        "Dalmar Opoku-Steyn plays Hespera Quenby, a retired diver, and Birte Varnholt plays the "
        "young Hespera.",
    )
    served = served_pairs(found)
    assert ("Birte Varnholt", "Young Hespera") in served
    assert ("Birte Varnholt", "Hespera Quenby") not in served


def test_a_young_description_before_the_name_is_no_younger_self() -> None:
    found = facts(
        "Dalmar Opoku-Steyn plays Hespera Quenby, a retired diver, and Birte Varnholt plays the "
        "young widow Hespera.",
    )
    assert not any(part.startswith("Young") for _, part in pairs(found))


def test_the_young_self_in_flashbacks_is_the_part_itself() -> None:
    found = facts(
        "Corvin Ashdale plays Father Selwyn Marrick, the village priest. Newcomer Tamsin Yarrow "
        "plays the young Selwyn in the flashback scenes.",
        "Yestin Fenwick-Stroud plays the young Selwyn in the 1990s.",
    )
    served = served_pairs(found)
    assert ("Tamsin Yarrow", "Selwyn Marrick") in served
    assert ("Yestin Fenwick-Stroud", "Young Selwyn") in served
