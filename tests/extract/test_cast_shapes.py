"""Casting shapes of fan posts, profiles and trade copy: list lines with a description and a
note on who had the part, asides with commas or quoted titles, an age before "is", and the
actor announcing it herself."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs, served_pairs


def test_a_list_line_with_a_description_and_a_takeover_note() -> None:
    found = facts(
        "New cast confirmed so far:",
        "1. Ravi Sen – Omar Haddad, Ada's brother (took over from Jon Pike in May)",
        "2. Lise Moreau – Claire Dubois, exchange student",
    )
    assert pairs(found) == {
        ("Ravi Sen", "Omar Haddad"),
        ("Jon Pike", "Omar Haddad"),
        ("Lise Moreau", "Claire Dubois"),
    }
    former = {c.actor for c in found.cast if c.status is CastStatus.FORMER}
    assert former == {"Jon Pike"}


def test_played_by_after_an_aside_with_a_comma() -> None:
    found = facts(
        "Greta, the band’s loud, hard-drinking drummer, is now played by Ines Falk, who "
        "joined after Mara Holt withdrew from the role.",
    )
    assert pairs(found) == {("Ines Falk", "Greta"), ("Mara Holt", "Greta")}


def test_a_long_whose_aside_before_will_play() -> None:
    found = facts(
        "Lund, whose turn as the charming but sinister lodger was one of the talking points of "
        "the first film's autumn launch, will play Sven Dahl, a ferry captain.",
        "Mats Lund is 27.",
    )
    assert pairs(found) == {("Mats Lund", "Sven Dahl")}


def test_a_relative_clause_with_a_quoted_title_before_plays() -> None:
    found = facts(
        "They join Ola Brekke, who starred in TV2's “Fjorden,” and plays DS Kari Holm.",
    )
    assert pairs(found) == {("Ola Brekke", "DS Kari Holm")}


def test_an_age_between_actor_and_is() -> None:
    found = facts(
        "In the film, Tomas Berg, 31, is Henrik Sand, the lighthouse keeper who hides a secret.",
    )
    assert pairs(found) == {("Tomas Berg", "Henrik Sand")}


def test_a_bracketed_earlier_credit_between_actor_and_is() -> None:
    found = facts(
        "Gullhaven Bay opens at the Lyric in March.",
        "Ignatius Cawdrey (Cinderwick) is Leofric Moxham, a retired ferryman who will not leave "
        "the island, and Briony Spurling plays his daughter.",
    )
    assert ("Ignatius Cawdrey", "Leofric Moxham") in pairs(found)
    assert not any("Cinderwick" in (actor, part) for actor, part in pairs(found))


def test_a_relative_clause_between_actor_and_is() -> None:
    found = facts(
        "Gullhaven Bay opens at the Lyric in March, with Ignatius Cawdrey in the lead.",
        "Cawdrey, who trained at Rada and is making his stage debut, is Leofric Moxham, a retired "
        "ferryman who will not leave the island.",
    )
    assert ("Ignatius Cawdrey", "Leofric Moxham") in served_pairs(found)


def test_a_relative_clause_before_is_and_no_part_after_it_gives_none() -> None:
    found = facts(
        "Gullhaven Bay opens at the Lyric in March.",
        "Ignatius Cawdrey, who trained at Rada, is Cornish through and through, a ferryman's son.",
    )
    assert not any(actor == "Ignatius Cawdrey" for actor, _ in pairs(found))


def test_a_bracketed_credit_before_is_and_someones_relation_gives_no_part() -> None:
    found = facts(
        "Gullhaven Bay opens at the Lyric in March.",
        "Ignatius Cawdrey (Cinderwick) is Radomir Langridge’s husband, and a regular at the Lyric.",
    )
    assert not any("Radomir Langridge" in part for _, part in pairs(found))


def test_the_actor_announcing_the_part_herself() -> None:
    found = facts(
        "Welsh newcomer Nia Pryce revealed on Instagram on Friday that she has joined the cast "
        "as Mari Lloyd, a farmer's daughter.",
    )
    assert pairs(found) == {("Nia Pryce", "Mari Lloyd")}


def test_embodies_and_incarnates_are_casting_verbs() -> None:
    found = facts("Marta Ruiz incarnates Elena Soto, a nurse. Ivo Lind embodies Captain Brask.")
    assert pairs(found) == {("Marta Ruiz", "Elena Soto"), ("Ivo Lind", "Captain Brask")}


def test_an_aside_of_adverbs_before_as() -> None:
    found = facts("Ruth Adler also turns up, briefly and memorably, as Greta Holm.")
    assert pairs(found) == {("Ruth Adler", "Greta Holm")}


def test_a_plural_epithet_casts_the_two_people_named_before() -> None:
    found = facts(
        "Ana Ruiz and Theo Brandt are having fun on set!",
        "The 23-year-old actors, who play Lena Holt and Max Holt in the film, posted a video.",
    )
    assert pairs(found) == {("Ana Ruiz", "Lena Holt"), ("Theo Brandt", "Max Holt")}


_OAKHURST = "Oakhurst, the new rugby drama, started filming with Cressida Fawle in the lead."


def test_a_name_after_a_preposition_before_is_is_no_actor() -> None:
    found = facts(
        _OAKHURST,
        "Waiting by the tunnel with a flask for Fawle is Wenna Quarrie, the 20-year-old who "
        "plays Sorrel Yarrow, the club's captain.",
    )
    assert pairs(found) == {("Wenna Quarrie", "Sorrel Yarrow")}


def test_a_name_after_a_fronted_phrase_and_a_comma_is_still_the_actor() -> None:
    found = facts(_OAKHURST, "Beside the tunnel, Fawle is Sorrel Yarrow, the club's captain.")
    assert pairs(found) == {("Cressida Fawle", "Sorrel Yarrow")}
