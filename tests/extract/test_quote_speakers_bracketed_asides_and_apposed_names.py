"""Quotes on invented text: a word inside a bracketed aside ("(two hens, one donkey)") is no one
a later "he said" stands for; an unnamed someone named at once beside the description ("One
fan, 17-year-old Ada Vale from Kelby, ...") is that person; a bare description stays unnamed."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_word_in_a_bracketed_aside_is_not_the_pronouns_person() -> None:
    for aside in ("(two hens, one donkey)", "(one barn, a lot of mud)"):
        found = facts(
            "Writer Corin Aldous has a new comedy, Hayloft, coming to Channel 9 this spring.",
            f"It was filmed near Brenlow in May, and the first stills {aside} hint at a gentler"
            " sort of farm show. Aldous told me it was “about sheep, but mostly about forms”.",
            "“I grew up next to a farm,” he said. “Nobody ever filmed the paperwork.”",
            date="2026-04-02",
            title="Hayloft: first look",
        )
        served = served_quotes(found)
        assert ("I grew up ne", "Corin Aldous") in served, served


def test_an_unnamed_someone_named_beside_is_that_person() -> None:
    for described in (
        "One fan, 17-year-old Ada Vallory from Kelby,",
        "One onlooker, retired nurse Ada Vallory,",
    ):
        found = facts(
            "Crowds gathered on Kelby pier on Tuesday as filming began on Neap Tide Hotel.",
            f"{described} had been waiting since dawn. “I read the book twice,” she said.",
            date="2026-04-02",
            title="Neap Tide Hotel crews arrive in Kelby",
        )
        served = served_quotes(found)
        assert ("I read the b", "Ada Vallory") in served, served


def test_an_unnamed_someone_with_no_name_beside_stays_unnamed() -> None:
    found = facts(
        "Crowds gathered on Kelby pier on Tuesday as filming began on Neap Tide Hotel.",
        "One fan, soaked through, had been waiting since dawn. “I read the book twice,” she said.",
        date="2026-04-02",
        title="Neap Tide Hotel crews arrive in Kelby",
    )
    served = served_quotes(found)
    assert served and all(who != "Ada Vallory" and who for _, who in served), served


def test_a_place_after_a_participle_beside_an_unnamed_someone_is_no_name() -> None:
    found = facts(
        "Crowds gathered on Kelby pier on Tuesday as filming began on Neap Tide Hotel.",
        "One regular, leaving the Corn Exchange, summed it up: “Best film I have seen all year.”",
        date="2026-04-02",
        title="Neap Tide Hotel crews arrive in Kelby",
    )
    served = served_quotes(found)
    assert all(who != "Corn Exchange" for _, who in served), served
