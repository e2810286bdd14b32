"""Review mends of round 123's cast and crew rules (invented sentences): each kind the review
found, told right, and the counter-case that must still be found."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew, served_pairs

_FILM = "The Gullwick film comes to Netflix in the autumn."
_FILM_TITLE = "Gullwick film gets an autumn date"


def _crew(*paragraphs: str) -> set[tuple[str, str]]:
    return served_crew(*paragraphs)


# Earlier runs' credits (crewearlierruns)


def test_a_runs_credit_with_someone_elses_film_credit_is_the_runs() -> None:
    found = _crew(
        _FILM,
        "Series one and two were directed by Petra Anholt, while Sven Ridley directs the film.",
    )
    assert ("director", "Petra Anholt") not in found
    assert ("director", "Sven Ridley") in found


def test_a_return_said_not_to_happen_keeps_the_runs_credit() -> None:
    found = _crew(_FILM, "The first three series were directed by Petra Anholt, who won't return.")
    assert ("director", "Petra Anholt") not in found


def test_a_return_keeps_the_credit() -> None:
    found = _crew(_FILM, "The first three series were directed by Petra Anholt, who returns.")
    assert ("director", "Petra Anholt") in found


def test_every_name_of_a_runs_list_is_the_runs() -> None:
    found = _crew(
        _FILM,
        "The first two series were directed by Petra Anholt, Sven Ridley and Mina Caro.",
    )
    assert not found & {
        ("director", "Petra Anholt"),
        ("director", "Sven Ridley"),
        ("director", "Mina Caro"),
    }


def test_the_runs_told_by_their_owner_or_franchise_are_the_runs() -> None:
    for sentence in (
        "The show’s first two seasons were directed by Petra Anholt.",
        "All three previous films were directed by Petra Anholt.",
        "The last two films in the franchise were directed by Petra Anholt.",
    ):
        assert ("director", "Petra Anholt") not in _crew(_FILM, sentence), sentence


def test_a_remakes_original_is_another_works_credit() -> None:
    found = _crew(
        "The Gullwick remake starts filming in May.",
        "The remake is directed by Sven Ridley. The 1987 original was directed by Petra Anholt.",
    )
    assert ("director", "Petra Anholt") not in found
    assert ("director", "Sven Ridley") in found


def test_the_same_writer_given_the_film_too_stays() -> None:
    found = _crew(
        _FILM,
        "Earlier series were written by Mina Caro, and the film is written by her too.",
    )
    assert ("writer", "Mina Caro") in found


def test_the_works_own_first_episodes_keep_their_director() -> None:
    found = _crew(
        "Gullwick is this week’s most watched series on Netflix.",
        "The first four episodes were directed by Petra Anholt.",
    )
    assert ("director", "Petra Anholt") in found


# Another work's cast (castwithworks)


def test_the_ledes_own_work_with_its_channel_keeps_its_cast() -> None:
    found = facts(
        "Tinmouth (BBC One), with Rhea Kolb as Nell Arden, starts on Sunday.",
        "It runs for six weeks.",
        title="First look: Rhea Kolb turns lighthouse keeper",
    )
    assert ("Rhea Kolb", "Nell Arden") in served_pairs(found)


def test_a_work_with_no_told_subject_keeps_its_cast() -> None:
    found = facts(
        "Odo Brann’s new drama starts on Sunday.",
        "Brann’s Tinmouth, with Rhea Kolb as Nell Arden, runs for six weeks.",
    )
    assert ("Rhea Kolb", "Nell Arden") in served_pairs(found)


def test_a_picks_which_stars_is_another_works() -> None:
    found = facts(
        "Tinmouth starts on Sunday, with Rhea Kolb as Nell Arden.",
        "If you liked this, try Salt Hollow (ITV), which stars Jonah Vey as Cal Marr.",
        title="What to watch: Tinmouth",
    )
    served = served_pairs(found)
    assert ("Jonah Vey", "Cal Marr") not in served
    assert ("Rhea Kolb", "Nell Arden") in served


# A dub's voices (castdubs)


def test_a_name_given_is_no_dub() -> None:
    for sentence in (
        "Critics have dubbed it the year’s warmest film.",
        "The film will not be dubbed for its release here.",
    ):
        found = facts(
            "Tinmouth, the animated film, opens in June.",
            f"{sentence} The otter Nell is voiced by Rhea Kolb.",
            title="Tinmouth: first look at the animated film",
        )
        assert any(actor == "Rhea Kolb" for actor, _ in served_pairs(found)), sentence


def test_a_voice_for_a_part_played_on_screen_is_the_dubs() -> None:
    found = facts(
        "Tinmouth, with Rhea Kolb as Nell Arden, opens in Germany.",
        "Most German viewers will see the film dubbed. The distributor hired a starry team.",
        "Nell is voiced by Greta Sommer.",
        title="Tinmouth opens in Germany",
    )
    served = served_pairs(found)
    assert not any(actor == "Greta Sommer" for actor, _ in served)
    assert ("Rhea Kolb", "Nell Arden") in served


# A work taken for an actor (castworkactors)


def test_a_toplined_work_is_no_actor() -> None:
    found = facts(
        "Rhea Kolb will topline Salt Hollow as Inspector Nell Arden.", title="Casting: Salt Hollow"
    )
    assert not any(actor == "Salt Hollow" for actor, _ in served_pairs(found))


def test_a_slot_in_an_aside_leaves_the_casting() -> None:
    found = facts(
        "Tinmouth stars Jonah Vey as Cal Marr.",
        "Rhea Kolb, whose last film screened as the opening film of the Berlinale, plays Nell"
        " Arden.",
        title="Casting: Tinmouth",
    )
    assert ("Rhea Kolb", "Nell Arden") in served_pairs(found)


def test_a_works_own_slot_is_still_no_part() -> None:
    found = facts(
        "Tinmouth played as the closing film of the Harbour Fest on Sunday.",
        "Jonah Vey plays Cal Marr.",
        title="Casting: Tinmouth",
    )
    assert not any(actor == "Tinmouth" for actor, _ in served_pairs(found))


# Opening capitals (names)


def test_an_acronym_before_a_full_name_is_not_retyped() -> None:
    found = facts("ITV Rhea Kolb plays Nell Arden in Tinmouth.", title="Tinmouth first look")
    assert not any(actor.startswith("Itv ") for actor, _ in served_pairs(found))


def test_a_tabloids_capital_first_name_is_retyped() -> None:
    found = facts("RHEA Kolb plays Nell Arden in Tinmouth.", title="Tinmouth first look")
    assert ("Rhea Kolb", "Nell Arden") in served_pairs(found)


def test_a_led_works_part_goes_to_the_one_who_leads_it() -> None:
    found = facts(
        "Rhea Kolb will lead Salt Hollow, a six-part thriller for ITV, as Inspector Nell Arden.",
        title="Casting: Salt Hollow",
    )
    assert ("Rhea Kolb", "Inspector Nell Arden") in served_pairs(found)


def test_a_lead_once_planned_gives_no_part() -> None:
    found = facts(
        "Rhea Kolb was set to lead Salt Hollow as Inspector Nell Arden before she pulled out.",
        title="Casting: Salt Hollow",
    )
    assert not any(actor in {"Rhea Kolb", "Salt Hollow"} for actor, _ in served_pairs(found))
