"""Review mends of round 172: a kin casting told as the actor's real life, a kin name after a
comma, a person's fandom and star vehicle taken for a work, a dated earlier version with a clock
or a year inside, a "whose first season" director behind the show's return, and "playing his
cousin" in a cast list (all names invented)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_credits, served_pairs, served_quotes

_LEDE = "Skellbrook, a new drama, begins on Sunday."


def test_kin_told_as_real_life_is_no_casting() -> None:
    found = facts(
        _LEDE,
        "Tressa Voll plays a widowed baker. Off screen, Lisbet Cravick is her daughter Ysella,"
        " who runs the family shop.",
        title="Skellbrook review",
    )
    assert ("Lisbet Cravick", "Ysella") not in pairs(found)


def test_kin_name_after_a_comma_is_cast() -> None:
    found = facts(
        _LEDE,
        "Pavel Orn plays Tamsa Brannoch, a ferryman. Lisbet Cravick is his daughter, Wrenna.",
        title="Skellbrook review",
    )
    assert ("Lisbet Cravick", "Wrenna") in served_pairs(found)


def test_a_persons_fandom_or_star_vehicle_names_no_work() -> None:
    for aside in (
        "Fans call it peak Lisbet Cravick fandom.",
        "It is a Lisbet Cravick star vehicle through and through.",
    ):
        found = facts(
            _LEDE, "Lisbet Cravick plays Tamsa Brannoch, a ferry pilot.", aside, title="Skellbrook"
        )
        assert ("Lisbet Cravick", "Tamsa Brannoch") in served_pairs(found), aside


def test_an_earlier_version_dated_with_a_clock_or_a_year_retracts() -> None:
    for when in ("at 9.30am on 2 May", "on May 2, 2025"):
        found = facts(
            "Skellbrook, a new thriller directed by Tressa Voll, opens on Friday.",
            f"An earlier version of this article, published {when}, said the film was directed"
            " by Odo Praskin.",
            title="Skellbrook",
        )
        assert ("director", "Odo Praskin") not in served_credits(found), when


def test_a_whose_first_seasons_director_is_not_the_returning_shows() -> None:
    found = facts(
        "Skellbrook, a new thriller, shoots in May.",
        "The show, whose first season, directed by Odo Praskin, landed in 2022, returns in June"
        " under Lisbet Cravick.",
        title="Skellbrook",
    )
    assert ("director", "Odo Praskin") not in served_credits(found)
    back = facts(
        "Skellbrook, a new thriller, shoots in May.",
        "The show, whose first season, directed by Odo Praskin, landed in 2022, returns in June"
        " with Praskin back to direct.",
        title="Skellbrook",
    )
    assert ("director", "Odo Praskin") in served_credits(back)


def test_a_name_playing_his_kin_in_a_list_is_not_the_he_who_says() -> None:
    found = facts(
        "Pavel Orn has signed on to lead Skellbrook, a coastal drama.",
        "Joining Orn are Lisbet Cravick as Tamsa's mother, June, and newcomer Odo Praskin"
        " playing his cousin Tamsa.",
        "He made his stage debut in 2024. “Eight shows a week teaches you stamina,” he says.",
        title="Skellbrook",
    )
    assert ("Eight shows ", "Odo Praskin") not in served_quotes(found)
