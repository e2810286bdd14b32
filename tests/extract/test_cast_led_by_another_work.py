"""A sentence that leads with another film and says what kind it is gives that film's cast:
"Glass Orchard, the period drama in which X plays Y, ..." in a report about our film."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Mireille Fontaine's comedy Harrow Lane topped the UK box office for a third weekend."


def test_a_rival_film_apposed_to_its_genre_gives_no_casting() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Harrow Lane stars Odile Brask as the teacher Ruth Penrose.",
            "Glass Orchard, the period drama in which Tamsin Kearney-Vo plays the widow "
            "Agnes Lowry, slipped to fourth.",
        )
    )
    assert ("Tamsin Kearney-Vo", "Agnes Lowry") not in found
    assert ("Odile Brask", "Ruth Penrose") in found


def test_a_rival_film_after_is_gives_no_casting() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Close behind is Salt Meridian, the seafaring thriller starring Caius Wembley as "
            "Captain Rook.",
        )
    )
    assert ("Caius Wembley", "Captain Rook") not in found


def test_a_rival_film_featuring_its_lead_gives_no_casting() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Paper Lanterns, a quiet family drama featuring Hollis Amadi as Grandpa Joe, "
            "held on to fifth place.",
        )
    )
    assert ("Hollis Amadi", "Grandpa Joe") not in found


def test_a_rival_the_headline_also_names_gives_no_casting() -> None:
    found = served_pairs(
        facts(
            "Ines Marlowe's seaside comedy Gull Season held on to the top spot this weekend.",
            "Gull Season took £1.4m across 500 sites.",
            "Brass Knuckle, the new boxing drama starring Rory Falstead as the trainer Mick "
            "Doyle, opened in second place.",
            title="Box office: Gull Season holds No 1 as Brass Knuckle stumbles",
        )
    )
    assert ("Rory Falstead", "Mick Doyle") not in found


def test_our_film_introduced_by_its_genre_keeps_its_cast() -> None:
    found = served_pairs(
        facts(
            "A first look at next spring's biggest British release.",
            "Brass Knuckle, the new boxing drama starring Rory Falstead as the trainer Mick "
            "Doyle, opens in April.",
            title="First look: Brass Knuckle",
        )
    )
    assert ("Rory Falstead", "Mick Doyle") in found
