"""Release statements on invented text: a chart line whose note comes before its figure, and a
rival work named as a channel's adaptation, date those works; a date wished for ("I'd love it
out next year") is hedged; a series that "began on" a channel on a day premiered then; "the
film" a statement is about after a trailer's aside is ours; an interview's "Is there a date?"
answered "Not yet" has none; "We started on 3 March" answers "When did you start shooting?"; a
cinema opening after a past premiere in one clause is the film's, however far past; a shoot on a
channel's unnamed "feature-length finale" is not another work's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str, title: str, date: str = "2026-05-13") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window)) for r in found.release if r.served}


_CHART_TITLE = "Streaming charts: Tarn Key stays top as Tin Chapel slips"
_CHART_LEDE = "Kelpa’s coastal mystery Tarn Key holds the top of this week’s streaming chart."


def test_a_chart_line_noted_before_its_figure_dates_its_own_work() -> None:
    found = _days(
        _CHART_LEDE,
        "The eight-part mystery, which premiered on Kelpa on Friday 1 May, stars Ada Perrin.",
        "The rest of the top three:",
        "2. Tin Chapel (Quillmoor) – the comedy fell a place in its third week. 4.1m views.",
        "3. Cinder Quay (Orbit+) – the heist drama debuted at No 3. Its second half arrives on "
        "22 May. 3.2m views.",
        title=_CHART_TITLE,
    )
    assert found == {("premiere_date", "2026-05-01")}


def test_a_numbered_paragraph_without_a_closing_figure_is_no_chart_line() -> None:
    found = _days(
        "Kelpa has shared a first look at Tarn Key, its coastal mystery.",
        "1. The date (Kelpa) – a card at the end. It arrives on 22 May.",
        "2. The cast (Kelpa) – Ada Perrin leads.",
        title="Tarn Key: two things we spotted in the first look",
    )
    assert ("premiere_date", "2026-05-22") in found


def test_a_channels_adaptation_of_another_work_dates_that_work() -> None:
    found = _days(
        _CHART_LEDE,
        "The mystery premiered on Kelpa on Friday 1 May.",
        "Next week could look different: Quillmoor’s adaptation of The Reed Bed, starring Ola "
        "Quist, lands on 15 May.",
        title="Streaming charts: Tarn Key stays top",
    )
    assert found == {("premiere_date", "2026-05-01")}


def test_a_channels_adaptation_of_our_work_still_dates_ours() -> None:
    found = _days(
        "Kelpa’s adaptation of Tarn Key, starring Ada Perrin, lands on 15 May.",
        title="Tarn Key gets a date",
    )
    assert ("premiere_date", "2026-05-15") in found


def _window(sentence: str) -> set[tuple[str, bool]]:
    found = facts(
        "Director Oona Vale talks to us about finishing Tarn Key.",
        "Is it nearly done?",
        sentence,
        date="2025-10-02",
        title="Oona Vale on Tarn Key",
    )
    return {(str(r.window), r.hedged) for r in found.release if r.served and r.window}


def test_a_release_wished_for_is_hedged() -> None:
    assert _window("I’d love people to see it next year, but that’s not my call.") == {
        ("2026", True)
    }


def test_a_release_stated_is_not() -> None:
    assert _window("It is out next year on Kelpa.") == {("2026", False)}


def test_a_series_that_began_on_a_channel_on_a_day_premiered_then() -> None:
    found = _days(
        "This week the hosts talk to the creator of Kelpa’s Tarn Key, the comedy that became a "
        "hit.",
        "The six-part series, which began on Kelpa on Sunday 25 October, follows Ada Perrin.",
        title="Podcast: the makers of Tarn Key on their hit",
        date="2026-11-19",
    )
    assert found == {("premiere_date", "2026-10-25")}


def test_a_statement_on_the_film_after_a_trailer_aside_is_ours() -> None:
    found = _days(
        "Kelpa dropped the first trailer for Tarn Key this morning. Here is what we noticed.",
        "1. That date. The trailer ends on a title card. Kelpa has since confirmed that the film "
        "will premiere on Kelpa on Friday 25 December.",
        title="Tarn Key trailer: five things we spotted",
        date="2026-10-20",
    )
    assert found == {("premiere_date", "2026-12-25")}


def test_a_trailer_aside_carried_on_without_the_film_stays_the_trailers() -> None:
    found = _days(
        "Kelpa dropped the first trailer for Tarn Key this morning. Here is what we noticed.",
        "1. That teaser. A second trailer is coming, Kelpa said. It drops on 3 November.",
        title="Tarn Key trailer: five things we spotted",
        date="2026-10-20",
    )
    assert ("premiere_date", "2026-11-03") not in found


def _qa(question: str, answer: str) -> set[str]:
    found = facts(
        "Director Oona Vale talks to us about finishing Tarn Key.",
        question,
        answer,
        date="2025-10-02",
        title="Oona Vale on Tarn Key",
    )
    return {r.kind.value for r in found.release if r.served}


def test_not_yet_to_is_there_a_date_is_no_date() -> None:
    assert "not_announced" in _qa("Is there a date?", "Not yet, and I honestly don’t know it.")


def test_not_yet_to_another_question_is_not() -> None:
    assert "not_announced" not in _qa("Is it finished?", "Not yet, and I honestly don’t know.")


def test_we_started_on_a_day_answers_when_shooting_started() -> None:
    found = _days(
        "Director Oona Vale talks to us about Tarn Key.",
        "When did you start shooting?",
        "We started on 3 March in Scarholm, in the rain.",
        title="Oona Vale on Tarn Key",
        date="2025-10-02",
    )
    assert ("filming_started", "2025-03-03") in found


def test_a_cinema_opening_after_a_past_premiere_is_kept_however_far_past() -> None:
    found = _days(
        "Few had Tarn Key on their awards list last summer.",
        "A small drama about two sisters, it premiered in a sidebar at Brennholm in May and "
        "quietly opened in UK cinemas on 14 November.",
        title="How ‘Tarn Key’ went from sleeper to awards contender",
        date="2026-01-28",
    )
    assert ("premiere_date", "2025-11-14") in found


def test_another_films_opening_after_its_premiere_is_not_ours() -> None:
    found = _days(
        "Few had Tarn Key on their awards list last summer.",
        "Her last film, Marrow Field, premiered at Brennholm in May and quietly opened in UK "
        "cinemas on 14 November.",
        title="How ‘Tarn Key’ went from sleeper to awards contender",
        date="2026-01-28",
    )
    assert ("premiere_date", "2025-11-14") not in found


def test_a_shoot_on_an_owners_unnamed_work_is_not_another_works() -> None:
    found = _days(
        "Filming on Kelpa’s feature-length Tarn Key finale wrapped at the end of August.",
        title="Oona Vale on Tarn Key",
        date="2025-09-22",
    )
    assert ("filming_wrapped", "2025-08") in found


def test_a_shoot_on_an_owners_named_other_work_is_that_works() -> None:
    found = _days(
        "Oona Vale talks about Tarn Key.",
        "Filming on Kelpa’s Marrow Field wrapped at the end of August.",
        title="Oona Vale on Tarn Key",
        date="2025-09-22",
    )
    assert ("filming_wrapped", "2025-08") not in found
