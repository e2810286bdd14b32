"""Review mends of round 202: each test tells apart what a rule of that round served too
widely, or took away, and what it still does (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts, pairs, release_kinds, served_pairs

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def _premieres(sentence: str) -> set[str]:
    found = release_kinds(_LEAD, sentence, date="2026-01-18", title=_TITLE)
    return {when for kind, when, held in found if kind == "premiere_date" and not held}


def test_an_actor_returning_as_the_subject_leaves_the_films_day_served() -> None:
    for sentence in (
        "Ada Vale returns as Mira when the film lands on Lumen on 3 April.",
        "Ada Vale, who plays Mira, returns when the film opens in cinemas on 3 April.",
    ):
        assert "2026-04-03" in _premieres(sentence), sentence


def test_a_maker_bringing_out_ours_as_the_subject_leaves_the_day_served() -> None:
    assert "2025-02-14" in _premieres(
        "Harbour Pictures premiered the film at Berlin on 14 February."
    )


def test_another_named_work_coming_out_is_still_not_served() -> None:
    assert "2026-04-03" not in _premieres("Tin Yard opens in cinemas on 3 April.")


def _statuses(sentence: str) -> set[tuple[str, str, str]]:
    found = facts(
        "Brackenmoor, the new Lumen film, is nearly here.",
        sentence,
        date="2026-03-02",
        title="Brackenmoor: all we know",
    )
    return {(c.actor, c.character, c.status.name) for c in found.cast}


def test_a_forced_leaving_of_her_role_or_the_adaptation_is_former() -> None:
    for sentence in (
        "Saoirse Venn was cast as Marram but had to leave her role.",
        "Saoirse Venn was cast as Marram, but she later had to leave her role.",
        "Saoirse Venn was cast as Marram but had to leave the adaptation.",
        "Saoirse Venn was cast as Marram but decided to quit the sequel.",
        "Saoirse Venn was cast as Marram but later had to leave the ensemble.",
        "Saoirse Venn was cast as Marram, but she later had to step away from the adaptation.",
    ):
        assert ("Saoirse Venn", "Marram", "FORMER") in _statuses(sentence), sentence


def test_a_forced_leaving_of_her_or_her_home_keeps_the_casting_current() -> None:
    for sentence in (
        "Saoirse Venn was cast as Marram but had to leave her flat in Derry.",
        "Saoirse Venn was cast as Marram and chose to leave her, she says, for the part.",
    ):
        assert ("Saoirse Venn", "Marram", "CURRENT") in _statuses(sentence), sentence


_CHART_TITLE = "Cinema chart: Grey Marsh holds on as Brackenmoor fans fill screens"


def _chart(middle: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(
        "A moorland thriller kept the top spot at the box office, while Brackenmoor fans filled"
        " cinemas.",
        middle,
        "Brackenmoor, the film that ends Ada Vell’s series, reaches the streamer on Friday.",
        date="2027-03-08",
        title=_CHART_TITLE,
    )
    return served_pairs(found), {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_chart_entrys_next_sentence_naming_ours_as_an_owner_is_ours() -> None:
    placed = "Grey Marsh held on to first place with £1.9m. "
    _, crew = _chart(placed + "Brackenmoor’s director, Nell Quarry, thanked the fans.")
    assert ("director", "Nell Quarry") in crew
    cast, _ = _chart(placed + "Brackenmoor’s star Ida Merrow plays Wren Hale.")
    assert ("Ida Merrow", "Wren Hale") in cast


def test_a_chart_entrys_next_sentence_naming_no_work_is_still_the_placed_works() -> None:
    cast, _ = _chart(
        "Grey Marsh held on to first place with £1.9m. Star Ida Merrow plays Wren Hale."
    )
    assert ("Ida Merrow", "Wren Hale") not in cast


_CASTING_TITLE = "Copperfold Casts Its Lighthouse Keeper as Filming Begins in Cornwall"


def _aside_pairs(aside: str) -> set[tuple[str, str]]:
    return pairs(
        facts(
            "The Copperfold film has found the last of its leads, its makers said on Tuesday.",
            f"{aside} has signed on again, the studio confirmed.",
            title=_CASTING_TITLE,
        )
    )


def test_an_aside_setting_the_part_in_a_chapter_or_an_act_is_no_other_work() -> None:
    for label in ("Chapter Two", "Volume 2", "Act Two"):
        aside = f"Tamsin Orrell-Vance, who plays Hester Quayle in {label},"
        assert ("Tamsin Orrell-Vance", "Hester Quayle") in _aside_pairs(aside), label


def test_an_aside_setting_the_part_in_a_titled_work_is_still_that_works() -> None:
    aside = "Tamsin Orrell-Vance, who plays Hester Quayle in Gullstone Quay,"
    assert ("Tamsin Orrell-Vance", "Hester Quayle") not in _aside_pairs(aside)


def _unannounced(sentence: str) -> bool:
    found = release_kinds(_LEAD, sentence, date="2026-01-18", title=_TITLE)
    return ("not_announced", "", False) in found


def test_an_unknown_date_for_a_work_a_side_word_describes_is_still_unannounced() -> None:
    for sentence in (
        "There is no release date yet for the still-untitled film.",
        "There is no release date yet for the book adaptation.",
        "Netflix has not said when the single-camera comedy will arrive.",
    ):
        assert _unannounced(sentence), sentence


def test_an_unknown_date_for_a_soundtrack_or_a_tour_is_still_not_the_releases() -> None:
    for sentence in (
        "There is no release date yet for the soundtrack album.",
        "Netflix has not said when tickets for the tour go on sale.",
    ):
        assert not _unannounced(sentence), sentence


def _speakers(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(
        "Brackenmoor returns for a third series on Lumen.",
        *paragraphs,
        date="2026-03-02",
        title="Brackenmoor: all we know",
    )
    return {(q.text[:12], q.speaker) for q in found.quotes if q.served}


def test_a_post_someone_has_held_for_years_leaves_its_holder_a_speaker() -> None:
    for opening in (
        "The showrunner has been Tilda Rowe since series two.",
        "Its lead writer has been Tilda Rowe, the novelist, since the start.",
    ):
        paragraph = f"{opening} “We wanted the sea in every frame,” Rowe said."
        assert ("We wanted th", "Tilda Rowe") in _speakers(paragraph), opening


def test_a_part_an_actor_has_been_for_years_is_still_no_speaker() -> None:
    found = _speakers("Ada Vale has been Lark Tamsin for four years. “I love her,” Vale said.")
    assert ("I love her", "Ada Vale") in found
    assert not any(speaker == "Lark Tamsin" for _, speaker in found)


def _crew_of(sentence: str) -> set[str]:
    found = facts(
        "Brackenmoor, the new Lumen film, is nearly here.",
        sentence,
        date="2026-03-02",
        title="Brackenmoor: all we know",
    )
    return {c.name for c in found.crew if c.served}


def test_a_film_told_as_first_a_stage_or_radio_play_keeps_its_credits() -> None:
    for sentence in (
        "The film, which began life as a radio play, is directed by Tilda Rowe.",
        "Originally a stage play, the film is directed by Tilda Rowe.",
    ):
        assert "Tilda Rowe" in _crew_of(sentence), sentence


def test_a_stage_version_opening_elsewhere_still_credits_no_one_of_ours() -> None:
    sentence = "A stage adaptation, directed by Tilda Rowe, opens at the Lyric in November."
    assert "Tilda Rowe" not in _crew_of(sentence)


def test_screenings_in_a_clause_of_their_own_leave_the_cinema_date_the_release() -> None:
    for sentence in (
        "After preview screenings in April, Copper Bay opens in cinemas on 3 May and streams on"
        " Netflix from 1 June.",
        "Copper Bay opens in cinemas on 3 May, after fan screenings in April, and streams on"
        " Netflix from 1 June.",
    ):
        assert _premieres(sentence) == {"2026-05-03"}, sentence


def test_cinemas_for_one_night_only_still_leave_the_platform_date_the_release() -> None:
    sentence = (
        "Copper Bay plays in cinemas for one night only on 3 May and streams on Netflix from"
        " 1 June."
    )
    assert _premieres(sentence) == {"2026-06-01"}


def test_a_dream_team_or_a_bet_for_a_holiday_after_the_day_hedges_nothing() -> None:
    for sentence in (
        "Copper Bay opens in cinemas on 3 May as the dream team of Vale and Rowe reunite.",
        "Copper Bay opens in cinemas on 3 May as a safe bet for the bank holiday.",
    ):
        assert _premieres(sentence) == {"2026-05-03"}, sentence


def test_a_day_told_as_the_makers_hope_is_still_hedged() -> None:
    assert not _premieres("Harbour sees a cinema release on 3 May as the hope.")


def test_a_shows_own_page_naming_a_film_star_keeps_the_shows_writer() -> None:
    found = facts(
        "Gullwick returns to ITV for a fourth series in May, with a film star joining the cast.",
        "Gullwick, written by Ada Vale from her own novels, ran for three series on ITV.",
        date="2026-03-02",
        title="Gullwick series four: all we know",
    )
    assert ("Ada Vale", CrewRole.WRITER) in {(c.name, c.role) for c in found.crew if c.served}
