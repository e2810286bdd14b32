"""Castings that are not ours to serve: a descriptor phrase taken for the actor, a live blog's
casting withdrawn by its own correction, and the cast of the director's earlier film."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_favourite_descriptor_is_no_actor() -> None:
    found = facts(
        "Quill Lane returns to screens next month for a second series.",
        "Harriet Mosswood is still the lead. The Brambleton Hall favourite returns as "
        "retired detective Agnes Pell, with Dev Ocran back as DS Lyle Fenn.",
    )
    served = served_pairs(found)
    assert all(actor != "Brambleton Hall" for actor, _ in served)


def test_an_opposite_phrase_is_no_actor() -> None:
    found = facts(
        "Review: the second series of Tallow Bridge is gentler than the first.",
        "The newcomers are mixed. Opposite Reyes, as the stern tutor Dr Ines Hollis, is "
        "Corinne Vath, who does what she can with a thin part.",
    )
    served = served_pairs(found)
    assert all(not actor.startswith("Opposite") for actor, _ in served)


def test_a_live_blog_correction_withdraws_the_casting() -> None:
    found = facts(
        "Live: the cast of Ember Hollow meet the press in Cannes.",
        "16:40 — Correction: in our 15:10 entry we said Rafe Linnell plays Osric. He plays "
        "Tobin, the elder son; Osric is played by Jules Marrow. Apologies.",
        "15:10 — The press conference is under way with stars Nell Garvey and Rafe Linnell.",
    )
    assert ("Rafe Linnell", "Osric") not in served_pairs(found)


def test_a_post_correction_in_other_words_withdraws_the_casting() -> None:
    found = facts(
        "Live: the cast of Ember Hollow meet the press in Cannes.",
        "11:02 — Correction: in our 10am post, we wrote Sela Brandt plays Wren. She plays Ivy; "
        "apologies for the error.",
    )
    assert ("Sela Brandt", "Wren") not in served_pairs(found)


def test_the_directors_last_film_is_not_our_cast() -> None:
    found = facts(
        "Live: Ember Hollow has its premiere tonight in Cannes.",
        "A reminder of what this is. Ember Hollow, Ostrova's first film in English, follows "
        "two sisters on a farm. The Polish filmmaker's last film, Quiet Rooms, won a prize in "
        "2022 and starred Ilka Benn as Marta.",
    )
    assert ("Ilka Benn", "Marta") not in served_pairs(found)


def test_her_previous_feature_is_not_our_cast() -> None:
    found = facts(
        "Ember Hollow, the new drama from Dana Ostrova, opens in June.",
        "Her previous feature, Quiet Rooms, starred Ilka Benn as Marta and was a hit at home.",
    )
    assert ("Ilka Benn", "Marta") not in served_pairs(found)
