"""Mends from a review of cast, crew and release rules, on invented articles: a film "presented
by director X" keeps its director; kit before another subject's "arrived" is no shoot's arrival;
a distributor's first clause leaves a later clause on our film; a quoted title after a described
noun is another's; a titled series that "ran for one season" is the show's; a second list
"playing" its parts is paired on its own; a group "who play" after a hyphenated host is not the
host; a surname glued to a name's prefix before a work's noun is no title."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import credits, facts, served_crew, served_pairs, served_releases


def test_a_film_presented_by_its_director_keeps_the_credit() -> None:
    found = served_crew(
        "Lantern Quay opened the festival last night.",
        "The film, presented by director Orla Penhaligon at the screening, drew long applause.",
        title="Lantern Quay review – a harbour in the dark",
    )
    assert ("director", "Orla Penhaligon") in found


def test_kit_before_another_subjects_arrival_keeps_the_release() -> None:
    dates = {
        r.date
        for r in served_releases("Trucks lined the street when Copper Bay arrived on Friday.")
    }
    assert dates - {None}


def test_a_later_clause_on_our_film_after_a_distributor_keeps_the_date() -> None:
    found = served_releases(
        "Salt Harbour was distributed by Peverell Pictures in 2019, and Copper Bay opens on 3 "
        "June 2026."
    )
    assert dt.date(2026, 6, 3) in {r.date for r in found}


def test_a_quoted_title_after_a_described_noun_is_anothers() -> None:
    found = served_crew(
        "Sul is a slow, sunlit drama about a fishing family.",
        "Its lead is also shooting “A Costa do Sul”, a Portuguese thriller directed by Inês "
        "Varela-Brito.",
        title="Sul review – a sunlit family drama",
    )
    assert not any(name == "Inês Varela-Brito" for _, name in found)


def test_a_titled_series_that_ran_for_one_season_is_the_shows() -> None:
    found = facts(
        "Film crews have taken over the quay as the Quillhaven film shoots this week.",
        "Quillhaven, written by Selma Tesmer-Ankrah, ran for one season on cable.",
        "The film is directed by Teodor Vasko.",
        title="Quillhaven film begins shooting",
    )
    assert not any(role == "writer" for role, _ in credits(found))


def test_a_second_list_playing_its_parts_is_paired_on_its_own() -> None:
    found = facts(
        "Thornbury Rise returns for a second series in May.",
        "Tomas Reyhill and Ysolde Brannick return as Pell Varro and June Sallis, while Odessa "
        "Lune and Bram Oakes are playing Marguerite Quell and Cy Lomax respectively.",
        title="Thornbury Rise series two: who is in the cast",
    )
    assert ("Tomas Reyhill", "Marguerite Quell") not in served_pairs(found)
    assert ("Odessa Lune", "Marguerite Quell") in served_pairs(found)


def test_a_pair_who_play_after_a_hyphenated_host_is_not_the_host() -> None:
    found = facts(
        "Wendell Ashgrove and Hollis Fane have spoken about their last days on Thornbury Rise.",
        "Appearing on Late Lamp, the chat podcast hosted by Perpetua Nightingale-Oduya, the pair "
        "who play Rook Delaney and Pell Varro looked back on five years with the show.",
        title="Thornbury Rise stars say goodbye",
    )
    assert not any(actor == "Perpetua Nightingale-Oduya" for actor, _ in served_pairs(found))


def test_a_surname_glued_to_a_name_prefix_before_a_work_noun_still_credits() -> None:
    found = served_crew(
        "The quiet thriller grips from the first scene.",
        "The film was directed by Quarrendon.",
        "Fans of the O’Quarrendon books will find little of them here.",
        title="Quarrendon’s quiet thriller is a triumph",
    )
    assert ("director", "Quarrendon") in found
