"""A bracketed pair in a cast member's post ("shared a selfie with Ada Vale (Mira Holt)",
"Ada Vale (Mira Holt) and Tom Reed (Gus Penn) posted a joint video"): people post, so the name
outside the bracket is the actor, though "with" reads like story prose."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs, served_quotes

_LEDE = "The cast of the Marlow film said goodbye to the set on Friday."


def test_shared_a_group_selfie_with_a_pair() -> None:
    found = facts(
        _LEDE,
        "Maren Tolley, who plays Dot Farrow, shared a group selfie with Ines Varda (Lottie "
        "Crane) captioned ‘the last lunch’.",
    )
    assert ("Ines Varda", "Lottie Crane") in served_pairs(found)
    assert ("Lottie Crane", "Ines Varda") not in served_pairs(found)


def test_posted_a_photo_with_a_pair() -> None:
    found = facts(
        _LEDE,
        "Later, Bram Oakes posted a blurry photo with Senna Loveday (Petra Voskuyl) from the "
        "wrap party.",
    )
    assert ("Senna Loveday", "Petra Voskuyl") in served_pairs(found)
    assert ("Petra Voskuyl", "Senna Loveday") not in pairs(found)


def test_first_pair_of_two_who_posted() -> None:
    found = facts(
        _LEDE,
        "Odile Marsh (Rosa Keele) and Tam Okafor (Lewin Dray) posted a joint video of "
        "their first scene.",
    )
    served = served_pairs(found)
    assert ("Odile Marsh", "Rosa Keele") in served
    assert ("Tam Okafor", "Lewin Dray") in served


def test_the_caption_of_a_shared_selfie_is_the_posters() -> None:
    found = facts(
        _LEDE,
        "Maren Tolley, who plays Dot Farrow, shared a group selfie with Ines Varda (Lottie "
        "Crane) captioned ‘the last lunch, together’.",
    )
    assert ("the last lun", "Maren Tolley") in served_quotes(found)
    assert not [s for _, s in served_quotes(found) if s == "Ines Varda"]


def test_the_caption_of_a_plain_selfie_is_the_posters() -> None:
    found = facts(
        _LEDE,
        "Orla Penmarric shared a selfie with Jory Castell (Nye Brannock) captioned ‘one more "
        "take, then home’.",
    )
    assert ("one more tak", "Orla Penmarric") in served_quotes(found)


def test_a_quote_of_the_person_in_a_shared_clip_stays_theirs() -> None:
    found = facts(
        _LEDE,
        "Orla Penmarric shared a clip of Jory Castell, who said: “I cannot wait for the "
        "first night.”",
    )
    assert not [s for _, s in served_quotes(found) if s == "Orla Penmarric"]
    assert [q.speaker for q in found.quotes if q.text.startswith("I cannot")] == ["Jory Castell"]
