"""Review mends of round 177 (invented articles): a dub's list of voices holds only "X as Y"
pairs; "And next up is X, who ..." turns to a person, no other work; "X's first feature" of an
actor's film role is no directing credit; "and our film critic" sets no film against a
possessed one; only a guessed-at "a sequel could arrive" is another work."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs


def test_a_name_after_a_dubs_list_is_the_works_own_cast() -> None:
    found = facts(
        "Mornhaven is a new Netflix animated film.",
        "The Spanish dub stars Inés Corral as Mira, while in the original, Senna Vole voices Mira"
        " and Tom Reese plays Tom.",
    )
    assert {("Senna Vole", "Mira"), ("Tom Reese", "Tom")} <= served_pairs(found)


def test_a_dubs_list_of_voices_stays_the_dubs() -> None:
    found = facts(
        "Mornhaven is a new Netflix animated film.",
        "Senna Vole voices Mira in the original.",
        "A German dub featuring Kai Lund as Mira and Tom Reese as Tom is also out.",
    )
    assert not {("Kai Lund", "Mira"), ("Tom Reese", "Tom")} & served_pairs(found)


def test_next_up_is_a_person_told_by_who_is_no_other_work() -> None:
    found = facts(
        "Mornhaven, the new Netflix drama, held its fan panel in London on Saturday.",
        "The director spoke first. And next up is Tom Reese, who stars as Aldo Finch.",
    )
    assert ("Tom Reese", "Aldo Finch") in served_pairs(found)


def test_an_actors_first_feature_is_no_directing_credit() -> None:
    for sentence in (
        "Senna Vole’s first feature film, Mornhaven, sees her play a lighthouse keeper.",
        "Mornhaven, Senna Vole’s first feature film, gives the young actor a lead role.",
        "It is Senna Vole’s first feature, Mornhaven, and she plays Mira with real poise.",
        "Senna Vole’s debut feature, Mornhaven, was directed by Olwen Skey.",
    ):
        found = facts(
            "Mornhaven, a Netflix drama, opens on Friday.",
            sentence,
            title="Mornhaven review: a quiet triumph",
        )
        assert ("director", "Senna Vole") not in served_credits(found), sentence


def test_a_directors_first_feature_still_credits_the_director() -> None:
    found = facts(
        "Mornhaven, a Netflix drama, opens on Friday.",
        "Olwen Skey’s first feature, Mornhaven, stars Senna Vole.",
        title="Mornhaven review: a quiet triumph",
    )
    assert ("director", "Olwen Skey") in served_credits(found)


def test_a_firm_sequel_date_on_the_page_announcing_it_stands() -> None:
    found = facts(
        "It's official: a sequel is due in 2027, Netflix confirmed on Friday.",
        "Senna Vole returns as Mira.",
        date="2025-09-26",
        title="Mornhaven sequel confirmed",
    )
    windows = {str(r.window) for r in found.release if r.served and r.kind.value == "window"}
    assert "2027" in windows


def test_a_sequel_only_guessed_at_is_still_another_work() -> None:
    found = facts(
        "Mornhaven arrives on Netflix on 3 October.",
        "Outlets have suggested a sequel could arrive in 2028.",
        date="2025-09-26",
        title="Mornhaven: everything we know",
    )
    assert not [r for r in found.release if r.served and "2028" in str(r.window or "")]


def test_our_film_critic_after_a_possessed_film_keeps_the_credit() -> None:
    found = facts(
        "Tamsin Ardle’s film is a fable about two sisters on a rock, and our film critic calls it"
        " superb.",
        "Gullrock opens in Irish cinemas on 14 November.",
        date="2025-10-02",
        title="Gullrock review: a fable on a rock",
    )
    assert ("director", "Tamsin Ardle") in served_credits(found)
