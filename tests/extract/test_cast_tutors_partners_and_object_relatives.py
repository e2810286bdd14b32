"""A part described by a story's relation other than kin ("as Pim's tutor Professor Daunt"), a
scene partner's part after "plays opposite", a plural verb after a pair of owned parts, a part
glossed with "who Actor plays," and a long aside before "is set as", on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Greyhallow: the review."
_TITLE = "Greyhallow review"


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, *paragraphs, title=_TITLE))


def test_a_tutor_or_classmate_in_an_as_aside_names_the_part() -> None:
    found = _pairs(
        "Ivo Pennock, as Pim's tutor Professor Daunt, feels like a man from a longer cut. "
        "Lisbet Quarrie, as Wenna's classmate Ketty Marsh, is a delight."
    )
    assert ("Ivo Pennock", "Professor Daunt") in found
    assert ("Lisbet Quarrie", "Ketty Marsh") in found


def test_a_job_in_an_as_aside_names_no_part() -> None:
    found = _pairs("Ivo Pennock, as the studio's head of drama Ruel Okonta, said so.")
    assert not any(actor == "Ivo Pennock" for actor, _ in found)


def test_the_partner_of_plays_opposite_owns_the_part() -> None:
    found = _pairs(
        "Tamsin Vey, also a producer, plays opposite Odo Fenwright's Harl Abimbo for the last time."
    )
    assert ("Odo Fenwright", "Harl Abimbo") in found


def test_the_partners_part_in_another_work_is_no_part() -> None:
    found = _pairs("Last year Tamsin Vey plays opposite Odo Fenwright's Harl Abimbo in Saltwick.")
    assert ("Odo Fenwright", "Harl Abimbo") not in found


def test_a_plural_verb_after_a_pair_of_owned_parts() -> None:
    found = _pairs(
        "Lisbet Quarrie's Wenna and Ruel Okonta's Merrin have a single, lovely scene together."
    )
    assert ("Lisbet Quarrie", "Wenna") in found
    assert ("Ruel Okonta", "Merrin") in found


def test_a_plural_verb_after_one_owned_part_says_nothing() -> None:
    found = _pairs("Lisbet Quarrie's Wenna have a single, lovely scene together.")
    assert ("Lisbet Quarrie", "Wenna") not in found


def test_who_actor_plays_glosses_the_part() -> None:
    found = _pairs("Wenna, who Lisbet Quarrie plays, was the first character I designed.")
    assert ("Lisbet Quarrie", "Wenna") in found


def test_who_actor_plays_opposite_or_played_elsewhere_says_nothing() -> None:
    found = _pairs(
        "Wenna, who Lisbet Quarrie plays opposite, was the first character I designed. "
        "Merrin, who Ruel Okonta played in Saltwick, was the second."
    )
    assert ("Lisbet Quarrie", "Wenna") not in found
    assert ("Ruel Okonta", "Merrin") not in found


def test_a_long_aside_before_is_set_as() -> None:
    found = _pairs(
        "Greyhallow adds Ruel Okonta and Ivo Pennock.",
        "Pennock, the Leeds-born actor who broke out in Ysolde Karrow's award-nominated "
        "thriller The Brannoch Tide, is set as Professor Pim Daunt, Wenna's sharp tutor.",
    )
    assert ("Ivo Pennock", "Professor Pim Daunt") in found
