"""Times that belong to someone or something other than the production, on invented text: a
statement or press release issued on a day, an actor's own scenes shot in a month while the
production's shoot is told apart, and another work named by its kind and quoted title. The
production's own dates in the same articles are kept."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Rowan Pike joins the cast of Amber Coast"


def _kinds(*paragraphs: str, date: str = "2025-06-11") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_press_or_media_release_on_a_day_is_no_premiere() -> None:
    kinds = _kinds(
        "Rowan Pike has joined Amber Coast, the streamer said in a press release on Monday.",
        "“It is a dream,” Pike said in a media release issued by the studio on Tuesday.",
        "Amber Coast premieres on 4 September.",
    )
    assert kinds == {("premiere_date", "2025-09-04", False)}


def test_an_actors_own_scenes_are_not_the_production_shoot() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of Amber Coast.",
        "Filming began in Cork on 2 June. Pike is expected to shoot his portions in August.",
        "His co-star Lena Ash will film her scenes later in the autumn.",
    )
    assert kinds == {("filming_started", "2025-06-02", False)}


def test_the_shoot_named_beside_an_actors_scenes_is_kept() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of Amber Coast.",
        "Filming on Amber Coast has been under way in Cork since June 2 and moves to Galway, "
        "where Pike will shoot his scenes.",
    )
    assert kinds == {("filming_started", "2025-06-02", False)}


_LEAD = (
    "Actor Rowan Pike has joined the cast of the upcoming 'Amber Coast' film, the big-screen "
    "finale of the streaming series."
)


def test_another_work_named_by_kind_and_quoted_title_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        _LEAD,
        "The makers are yet to announce a release date for the film.",
        "Meanwhile, Pike also has the Marathi feature 'Kaatru Veli' lined up, which is slated "
        "to release in theatres on October 3.",
    )
    assert kinds == {("not_announced", "", False)}


def test_a_quoted_play_of_the_actor_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        _LEAD,
        "Before that, Pike returns to the stage in the play “Salt and Iron”, which opens at the "
        "Gate on 12 September.",
    )
    assert kinds == set()


def test_our_own_quoted_title_keeps_its_date() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of the series 'Amber Coast', which is slated to "
        "premiere on October 3.",
    )
    assert kinds == {("premiere_date", "2025-10-03", False)}


def test_an_expected_release_after_a_credit_aside_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of Amber Coast.",
        "The series, written by Odile Marsh, is expected on Hulu in the second half of 2026.",
        date="2025-10-11",
    )
    assert kinds == {("window", "2026-07/2026-12", True)}


def test_an_expected_release_after_a_director_aside_with_no_date_set() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of Amber Coast.",
        "The film, directed by Ines Calder, is expected in cinemas in spring 2026, though no date "
        "has been set.",
        date="2025-10-11",
    )
    assert kinds == {("window", "2026-03/2026-05", True), ("not_announced", "", False)}


def test_no_date_put_on_the_film_is_not_announced() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of Amber Coast.",
        "The studio has not yet put a date on the series, saying only that it lands in 2026.",
    )
    assert ("not_announced", "", False) in kinds
    assert _kinds("Amber Coast is coming.", "Hulu hasn't put a release date on it.") == {
        ("not_announced", "", False)
    }


def test_a_trailer_not_put_out_is_no_unannounced_date() -> None:
    kinds = _kinds(
        "Rowan Pike has joined the cast of Amber Coast.",
        "The streamer has not put out a trailer yet, and the date of the table read is unknown.",
    )
    assert ("not_announced", "", False) not in kinds


def test_the_film_wrapped_in_a_month_is_the_shoots_end() -> None:
    kinds = _kinds(
        "Rowan Pike has a cameo in Amber Coast.",
        "The film wrapped in August and will be released in spring 2026, the studio said.",
        date="2025-11-27",
    )
    assert kinds == {("filming_wrapped", "2025-08", False), ("window", "2026-03/2026-05", False)}
    later = _kinds(
        "Amber Coast is coming.", "The series quietly wrapped in September.", date="2025-11-27"
    )
    assert later == {("filming_wrapped", "2025-09", False)}


def test_a_film_wrapped_in_a_season_is_left_alone() -> None:
    kinds = _kinds(
        "Rowan Pike has a cameo in Amber Coast.",
        "The film wrapped in the autumn.",
        date="2025-12-01",
    )
    assert kinds == set()


def test_hoping_to_have_the_film_in_cinemas_by_a_time_is_a_hedged_window() -> None:
    lead = "Cameras are rolling on Amber Coast, a feature film about a fishing crew."
    for sentence in (
        "The producers hope to have Amber Coast in Irish cinemas by late 2026.",
        "Its makers are aiming to get the film into cinemas by late 2026.",
    ):
        kinds = _kinds(lead, sentence, date="2025-11-27")
        assert ("window", "2026-09/2026-12", True) in kinds


def test_having_a_cut_ready_by_a_time_is_no_release() -> None:
    kinds = _kinds(
        "Cameras are rolling on Amber Coast, a feature film about a fishing crew.",
        "The editors hope to have a cut ready by late 2026.",
        date="2025-11-27",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_full_date_answering_a_release_question_is_the_premiere() -> None:
    kinds = _kinds(
        "Here is everything we know about Amber Coast.",
        "When is it out?",
        "Thursday 14 May 2026, on Apple TV+. The cast and crew screening is a week before.",
        date="2025-11-27",
    )
    assert ("premiere_date", "2026-05-14", False) in kinds
    kinds = _kinds(
        "Here is everything we know about Amber Coast.",
        "Release date",
        "October 2, 2026.",
        date="2025-11-27",
    )
    assert kinds == {("premiere_date", "2026-10-02", False)}


def test_a_date_under_another_heading_or_without_a_year_is_not_read_so() -> None:
    kinds = _kinds(
        "Here is everything we know about Amber Coast.",
        "Who is in it?",
        "Thursday 14 May 2026, on Apple TV+.",
        date="2025-11-27",
    )
    assert ("premiere_date", "2026-05-14", False) not in kinds
    kinds = _kinds(
        "Here is everything we know about Amber Coast.", "When is it out?", "14 May, we hope."
    )
    assert ("premiere_date", "2026-05-14", False) not in kinds
