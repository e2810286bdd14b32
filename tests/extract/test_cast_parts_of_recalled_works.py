"""Castings a write-up tells of another work to place a maker or an actor: a profile's "his 2014
film, which he co-directed ... and which starred X as Y", a maker's "whose last series was Z
with X as Y", a child part "in Z, opposite X as the adult Y", and a broadcaster's "rumoured Z
reboot" after "as the lead in" (invented profile and tabloid sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Marlow Street: director Joe Pell on his new BBC drama"
_LEDE = "Marlow Street, starring Tom Bell as Ray Cole, has wrapped in Leeds."


def test_a_dated_films_second_which_clause_is_that_films() -> None:
    found = facts(
        _LEDE,
        "Asked about his Oscar-winning 2014 film, which he co-directed with his late husband"
        " Ben Pike and which starred Ana Moss as Alice Hale, Pell grew quiet.",
        title=_TITLE,
    )
    assert ("Ana Moss", "Alice Hale") not in served_pairs(found)


def test_our_works_second_which_clause_stays() -> None:
    found = facts(
        _LEDE,
        "Marlow Street, which he co-wrote and which stars Dina Moss as Rose Pike, opens in May.",
        title=_TITLE,
    )
    assert ("Dina Moss", "Rose Pike") in served_pairs(found)


def test_a_makers_last_series_is_that_series() -> None:
    found = facts(
        _LEDE,
        "Okoye, whose last series was the BBC’s Tinhouse with Jo Reed as botanist Clare Finch,"
        " said she wrote the pilot on a train.",
        title=_TITLE,
    )
    assert ("Jo Reed", "Clare Finch") not in served_pairs(found)


def test_a_makers_new_series_stays() -> None:
    found = facts(
        _LEDE,
        "Okoye, whose new series is Marlow Street with Dina Moss as Rose Pike, said it was fun.",
        title=_TITLE,
    )
    assert ("Dina Moss", "Rose Pike") in served_pairs(found)


def test_a_partner_opposite_in_another_film_is_that_films() -> None:
    found = facts(
        _LEDE,
        "By 2019 he was playing the young Ben Hale in Tinsmith, opposite Jo Reed as the adult Ben.",
        title=_TITLE,
    )
    assert ("Jo Reed", "Ben Hale") not in served_pairs(found)


def test_a_partner_opposite_in_our_work_stays() -> None:
    found = facts(
        _LEDE, "Bell plays Ray Cole in Marlow Street, opposite Ana Vos as Ruth Cole.", title=_TITLE
    )
    assert ("Ana Vos", "Ruth Cole") in served_pairs(found)


def test_a_broadcasters_reboot_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Bell is tipped to replace Jo Reed as the lead in the BBC's rumoured Tinsmith reboot.",
        title=_TITLE,
    )
    assert not {a for a, _ in served_pairs(found)} & {"Jo Reed"}


def test_an_owners_part_with_a_description_stays() -> None:
    found = facts(_LEDE, "Ana Vos joins as Ray Cole's new tutor Mr Kwan.", title=_TITLE)
    assert ("Ana Vos", "Mr Kwan") in served_pairs(found)


def test_its_season_after_another_work_told_by_kind_is_that_works() -> None:
    found = facts(
        _LEDE,
        "The release comes after the return of Los veranos de Lina, the Spanish teen series"
        " critics call the local answer to Marlow Street. Its second season, with Ana Vos as"
        " Dani, premieres on 10 April.",
        title=_TITLE,
    )
    assert ("Ana Vos", "Dani") not in served_pairs(found)


def test_its_season_after_our_work_stays() -> None:
    found = facts(
        _LEDE,
        "The show returns to BBC One, where it began. Its second season, with Ana Vos as Dani,"
        " premieres on 10 April.",
        title=_TITLE,
    )
    assert ("Ana Vos", "Dani") in served_pairs(found)
