"""What reads like a casting and is not one: a job someone serves as, a capitalised word before
the noun it describes, a "played by" after a "who" clause, a departure only claimed, a part an
aside sets in another work; and parts paired by "respectively" after "who play"."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs


def test_a_job_served_as_is_no_part() -> None:
    found = facts(
        "Marlow starts shooting in Leeds next month. Bryony Hale, the Welsh editor who cut "
        "“Larkspur,” will serve as editor on the film.",
        "The script is by Tamsin Oduya, who also works as a producer with Gideon Marsh of Fallow "
        "Pictures.",
    )
    assert pairs(found) == set()


def test_a_capitalised_word_before_a_noun_is_no_part() -> None:
    found = facts(
        "Marlow adds Oren Vasse as the FBI field agent known only as Wolf, and Priya Lund as "
        "the Vatican archivist who guards the vault.",
    )
    assert ("Oren Vasse", "FBI") not in pairs(found)
    assert ("Priya Lund", "Vatican") not in pairs(found)


def test_played_by_after_a_who_clause_is_not_bound_to_the_first_part() -> None:
    found = facts(
        "The drama stars Ada Vale as Mira Holt, a baker who falls for a fisherman, played by "
        "Tom Reyes.",
        "Its sequel casts Lena Moss as Sally Penn, a teacher who mentors a runaway, played by "
        "Eli Grant.",
    )
    assert ("Tom Reyes", "Mira Holt") not in pairs(found)
    assert ("Eli Grant", "Sally Penn") not in pairs(found)
    assert {("Ada Vale", "Mira Holt"), ("Lena Moss", "Sally Penn")} <= pairs(found)


def test_a_departure_only_claimed_is_held() -> None:
    found = facts(
        "Tabloid reports claimed Ada Vale would not return as Mira Holt in Marlow. Her agent "
        "called that nonsense.",
        "Rumours this week had it that Tom Reyes won't be back as Gus Penn either.",
    )
    gone = [c for c in found.cast if c.status is CastStatus.FORMER]
    assert all(not c.served for c in gone)


def test_a_next_part_set_in_another_work_by_an_aside() -> None:
    found = facts(
        "Marlow is out on Friday. Ada Vale next stars as Odile, a ballet teacher in 1980s Lyon, "
        "in the Channel 4 drama Pointe.",
        "Tom Reyes then plays Gus, a lighthouse keeper, in the Apple thriller Low Water.",
    )
    assert pairs(found) == set()


def test_parts_paired_by_respectively_after_who_play() -> None:
    found = facts(
        "Joining Marlow are Lena Moss and Eli Grant, who play Ada's cousins Sally and Kit "
        "respectively.",
    )
    assert pairs(found) == {("Lena Moss", "Sally"), ("Eli Grant", "Kit")}


def test_a_work_told_by_its_kind_after_another_was_named() -> None:
    found = facts(
        "Harbour Lights topped the weekend chart with $20 million.",
        "The thriller knocked Low Water, which fell to second place. The naval drama, which "
        "stars Ada Vale as Captain Mira Holt, has taken $90 million.",
        "In third was Dry Season (2024). The horror film, starring Tom Reyes as Gus Penn, returns "
        "to cinemas after a re-edit.",
    )
    assert pairs(found) == set()


def test_our_work_told_by_its_kind_after_its_name_still_casts() -> None:
    found = facts(
        "Harbour Lights topped the weekend chart with $20 million.",
        "It beat expectations for Harbour Lights, which cost $15 million. The romantic comedy, "
        "which stars Ada Vale as Mira Holt, opened in 3,000 theaters.",
    )
    assert pairs(found) == {("Ada Vale", "Mira Holt")}


def test_an_age_before_who_plays() -> None:
    found = facts(
        "Vale, 31, who plays Mira Holt, is joined on the Marlow tour by Tom Reyes.",
        "Ada Vale said the tour was fun. Reyes, 8, who voices Pip, waved.",
    )
    assert ("Ada Vale", "Mira Holt") in pairs(found)
    assert ("Tom Reyes", "Pip") in pairs(found)


def test_played_with_a_manner_by() -> None:
    found = facts(
        "In Marlow, the bumbling Gus Penn, played with real warmth by Tom Reyes, steals scenes.",
        "Her rival, Sally Moss, is played with icy precision by Lena Hart.",
    )
    assert {("Tom Reyes", "Gus Penn"), ("Lena Hart", "Sally Moss")} <= pairs(found)


def test_a_place_before_played_by_is_no_part_but_a_word_ending_in_in_is_fine() -> None:
    found = facts(
        "Marlow opens in May. In Leeds, the grumpy Gus Penn, played by Tom Reyes, runs a pub.",
        "We also meet his captain Sally Moss, played by Lena Hart.",
    )
    assert pairs(found) == {("Tom Reyes", "Gus Penn"), ("Lena Hart", "Sally Moss")}


def test_a_next_part_in_another_work() -> None:
    found = facts(
        "Marlow is out now. Ada Vale next stars as Odile in Pointe, due in the autumn.",
        "Tom Reyes will next play Gus Penn in Low Water.",
        title="Marlow review",
    )
    assert pairs(found) == set()


def test_a_casting_only_claimed_is_no_part_but_a_who_clause_in_a_claim_is() -> None:
    found = facts(
        "Marlow is shooting. Tabloid reports claimed Ada Vale would play Mira Holt in the film.",
        "A fan account claimed that Tom Reyes, who plays Gus Penn, had shaved his head.",
        title="Marlow news",
    )
    assert pairs(found) == {("Tom Reyes", "Gus Penn")}


def test_a_sentence_that_turns_to_another_work() -> None:
    other = facts(
        "Marlow starts filming in May.",
        "Over on Pointe, Ada Vale is playing Mira Holt for a third season.",
        "Low Water, meanwhile, has cast Tom Reyes as Gus Penn.",
        title="Marlow casting news",
    )
    assert pairs(other) == set()
    ours = facts(
        "Marlow starts filming in May.",
        "Marlow, meanwhile, has cast Tom Reyes as Gus Penn.",
        title="Marlow casting news",
    )
    assert pairs(ours) == {("Tom Reyes", "Gus Penn")}


def test_a_paragraph_opening_on_another_work_told_by_its_kind() -> None:
    other = facts(
        "Marlow starts filming in May.",
        "Pointe, the BBC legal drama, returns in June. Ada Vale plays Mira Holt, a barrister.",
        "Low Water, an Apple thriller, is out now. It stars Tom Reyes as Gus Penn.",
        title="Marlow casting news",
    )
    assert pairs(other) == set()
    back = facts(
        "Marlow starts filming in May.",
        "Pointe, the BBC legal drama, returns in June. In Marlow, Ada Vale plays Mira Holt.",
        title="Marlow casting news",
    )
    assert pairs(back) == {("Ada Vale", "Mira Holt")}


def test_rumours_conditions_denials_and_unconfirmed_castings_are_no_parts() -> None:
    for line in (
        "Word on the street is that Ada Vale will play Mira Holt.",
        "Whispers are that Ada Vale will play Mira Holt.",
        "If the rumours are true, Ada Vale will play Mira Holt.",
        "If all goes to plan, Ada Vale will play Mira Holt.",
        "Ada Vale has denied she will play Mira Holt.",
        "Ada Vale dismissed talk that she would play Mira Holt.",
        "The studio has not confirmed that Ada Vale plays Mira Holt.",
        "Nothing is official, but Ada Vale looks set to play Mira Holt.",
    ):
        found = facts("Marlow starts filming in May.", line, title="Marlow casting rumours")
        assert pairs(found) == set(), line


def test_a_casting_set_or_told_to_the_reader_still_counts() -> None:
    for line in (
        "Ada Vale is set to play Mira Holt, Netflix confirmed.",
        "If you missed it, Ada Vale plays Mira Holt.",
    ):
        found = facts("Marlow starts filming in May.", line, title="Marlow casting news")
        assert pairs(found) == {("Ada Vale", "Mira Holt")}, line


def test_appears_as_is_still_a_casting() -> None:
    found = facts("Marlow starts filming in May. Tom Reyes appears as Ada's father, Gus Penn.")
    assert pairs(found) == {("Tom Reyes", "Gus Penn")}


def test_who_seeks_writes_or_casts_a_part_does_not_play_it() -> None:
    for line in (
        "Casting director Ada Vale is looking for a young actor to play Mira Holt.",
        "Ada Vale is hunting for an unknown to play Mira Holt.",
        "Director Tom Reyes has cast his daughter as Mira Holt.",
        "The studio will hire a newcomer as Mira Holt.",
        "Tom Reyes wrote the part of Mira Holt with Ada Vale in mind.",
        "Tom Reyes said Ada Vale was born to play Mira Holt.",
        "A woman believed to be Ada Vale was seen filming as Mira Holt.",
    ):
        found = facts("Marlow starts filming in May.", line, title="Marlow casting news")
        assert pairs(found) == set(), line


def test_who_signed_on_or_was_cast_still_plays() -> None:
    for line in (
        "Ada Vale has signed on to play Mira Holt.",
        "Ada Vale has been cast as Mira Holt.",
        "Ada Vale, who was cast as Mira Holt in May, starts filming.",
    ):
        found = facts("Marlow starts filming in May.", line, title="Marlow casting news")
        assert pairs(found) == {("Ada Vale", "Mira Holt")}, line


def test_a_part_in_a_work_after_this_one_is_that_works() -> None:
    for line in (
        "After Marlow, Vale will star as Mira Holt in Pointe.",
        "Vale has since been cast as Mira Holt in Pointe, shooting this summer.",
        "Later this year Vale stars as Mira Holt in Pointe.",
    ):
        found = facts(
            "Marlow is out on Netflix today, starring Ada Vale.",
            line,
            title="Marlow: what is next for the cast",
        )
        assert pairs(found) == set(), line


def test_a_part_an_award_nodded_to_in_an_aside_is_another_works() -> None:
    found = facts(
        "Ada Vale, who got a Bafta nod for her turn as Mira Holt in Gullhaven Bay, plays Wenna "
        "Quarrie, a ferry pilot.",
        title="Oakhurst: the full cast",
    )
    assert pairs(found) == {("Ada Vale", "Wenna Quarrie")}


def test_a_part_nodded_to_in_our_own_work_still_counts() -> None:
    found = facts(
        "Ada Vale, who got a Bafta nod for her turn as Mira Holt in the film, is back.",
        title="Oakhurst: the full cast",
    )
    assert pairs(found) == {("Ada Vale", "Mira Holt")}


def test_a_work_told_by_its_kind_after_a_ranked_work() -> None:
    found = facts(
        "Harbour Lights topped the weekend chart with $20 million.",
        "In third, Low Water took $9 million. The horror film, starring Ada Vale as Mira Holt, "
        "opens in the UK next week.",
        "Dry Season fell to fourth place. The drama, which stars Tom Reyes as Gus Penn, has made "
        "$40 million.",
    )
    assert pairs(found) == set()


def test_doubles_first_choices_and_who_was_beaten_to_a_part_do_not_play_it() -> None:
    for line in (
        "Stunt performer Ada Vale doubles for the actor playing Mira Holt.",
        "Ada Vale stands in for whoever plays Mira Holt in the long shots.",
        "Tom Reyes beat Ada Vale to the role of Mira Holt.",
        "Ada Vale was the first choice to play Mira Holt.",
    ):
        found = facts("Marlow is filming in Leeds this week.", line, title="Marlow set photos")
        assert ("Ada Vale", "Mira Holt") not in pairs(found), line


def test_wishes_pictures_and_fan_castings_are_no_parts() -> None:
    for line in (
        "Vale joked that Tom Reyes should play Gus Penn in a sequel.",
        "Vale said she pictured Tom Reyes as Gus Penn while reading the book.",
        "Fans on TikTok have already cast Tom Reyes as Gus Penn.",
        "Many readers imagine Tom Reyes as Gus Penn.",
        "Tom Reyes as Gus Penn would be perfect, one fan wrote.",
        "My pick: Tom Reyes as Gus Penn.",
        "Dream casting: Tom Reyes as Gus Penn.",
    ):
        found = facts("Marlow is filming in Leeds this week.", line, title="Marlow: the cast")
        assert not [c for c in found.cast if c.served], line


def test_a_cast_line_or_a_confirmed_label_still_casts() -> None:
    for line in ("Confirmed: Tom Reyes as Gus Penn.", "Tom Reyes as Gus Penn."):
        found = facts("Marlow is filming in Leeds this week.", line, title="Marlow: the cast")
        assert pairs(found) == {("Tom Reyes", "Gus Penn")}, line


def test_a_part_remembered_denied_or_in_another_medium_is_not_this_ones() -> None:
    for line in (
        "Those who loved Vale as Mira Holt will find plenty here.",
        "It is Reyes, not Vale, who plays Mira Holt.",
        "Vale voices Mira Holt in the audiobook.",
        "Vale plays Mira Holt on stage in the West End version.",
        "Vale played Mira Holt in the 1990s original.",
        "Vale, who spent the spring playing Mira Holt at the Orrery Theatre, says she is ready.",
    ):
        found = facts("Marlow is out today, starring Ada Vale.", line, title="Marlow review")
        assert ("Ada Vale", "Mira Holt") not in pairs(found), line


def test_a_part_in_the_film_itself_still_counts() -> None:
    for line in (
        "Vale plays Mira Holt, a stage actress.",
        "Vale plays Mira Holt in the film.",
        "Vale plays Mira Holt at the heart of the film.",
    ):
        found = facts("Marlow is out today, starring Ada Vale.", line, title="Marlow review")
        assert pairs(found) == {("Ada Vale", "Mira Holt")}, line


def test_a_part_the_actor_heads_off_to_play_in_another_work() -> None:
    found = facts(
        "The Tarnwick Bells cast has been confirmed.",
        "Orla Trevanna, who heads to the Gorsewood Playhouse this autumn to play Idony in Marsh "
        "Lantern, said she was thrilled. Dov Quarrie, who is off to Leeds to play Brack in Cold "
        "Harrow, waved.",
    )
    assert pairs(found) == set()


def test_a_part_the_actor_heads_off_to_play_in_our_work_still_casts() -> None:
    found = facts(
        "The Tarnwick Bells cast has been confirmed.",
        "Orla Trevanna, who heads to Cornwall this week to play Wrenna Ostler in Tarnwick "
        "Bells, said she was thrilled.",
    )
    assert pairs(found) == {("Orla Trevanna", "Wrenna Ostler")}
