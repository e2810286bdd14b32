"""Review 117-R's release probes on invented text: a campaign, a career or a tour that "began on"
a platform on a day is no premiere; "the film" a statement names after another work's credit or a
sequel's news is that work; a rival's "that beat it, premiered ... and opened" is not ours; an
answer's first date is the asked day only for a verb that answers the question; a shoot on
another owner's unnamed work is that work's; "Not yet" to a question about a wedding, a sequel or
a trailer's date is no release status."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_days

_KEY_LEDE = "Kelpa’s Tarn Key, the coastal mystery, is the channel’s biggest bet of the year."


@pytest.mark.parametrize(
    "sentence",
    [
        "The fan campaign began on TikTok on 3 May, and Kelpa soon took notice.",
        "The story began on Reddit on 4 April, when a user posted a clue.",
        "Work on the script began on Skye on 3 March.",
        "Pre-orders started on Amazon on 3 May.",
    ],
)
def test_something_else_that_began_on_a_platform_is_no_premiere(sentence: str) -> None:
    found = served_days(
        _KEY_LEDE, sentence, title="Tarn Key: everything we know", date="2026-05-13"
    )
    assert not {kind for kind, _ in found} & {"premiere_date"}


def test_a_season_that_started_before_ours_is_no_premiere() -> None:
    found = served_days(
        "Kelpa has confirmed a second season of Tarn Key.",
        "Season one started on Kelpa on 3 May and became a hit.",
        title="Tarn Key season 2: everything we know",
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-05-03") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Plus: the podcast’s own live tour, which began on Kelpa Radio on 25 October.",
        "The hosts’ new newsletter started on Substack on 25 October.",
    ],
)
def test_a_podcasts_own_tour_that_began_on_a_day_is_no_premiere(sentence: str) -> None:
    found = served_days(
        "This week the hosts talk to the creator of Kelpa’s Tarn Key, the comedy that became a "
        "hit.",
        sentence,
        title="Podcast: the makers of Tarn Key on their hit",
        date="2026-11-19",
    )
    assert ("premiere_date", "2026-10-25") not in found


def test_a_career_that_began_on_a_stage_is_no_premiere() -> None:
    found = served_days(
        "Ada Perrin has joined Kelpa’s Tarn Key.",
        "Her career began on Broadway on 3 May, aged nine.",
        title="Tarn Key: Ada Perrin joins",
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-05-03") not in found


def test_a_series_that_started_on_a_channel_on_a_day_premiered_then() -> None:
    found = served_days(
        "This week the hosts talk to the creator of Kelpa’s Tarn Key, the comedy that became a "
        "hit.",
        "The drama, which started on Kelpa on 25 October, follows Ada Perrin.",
        title="Podcast: the makers of Tarn Key on their hit",
        date="2026-11-19",
    )
    assert found == {("premiere_date", "2026-10-25")}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Perrin also stars in the thriller Marrow Field for Lumen. Lumen has since confirmed that "
        "the film will open in cinemas on 3 June.",
        "Perrin also stars in the thriller Marrow Field for Lumen. Its director, Ola Quist, said "
        "that the film is due in cinemas on 3 June.",
        "Perrin also stars in the thriller Marrow Field for Lumen. Quist revealed that the movie "
        "would arrive on Lumen on 3 June.",
        "Perrin is best known for the thriller Marrow Field, whose release was delayed twice. "
        "Lumen has since confirmed that the film will open in cinemas on 3 June.",
        "Lumen has greenlit a follow-up. Lumen said that the film would open in cinemas on 3 June.",
    ],
)
def test_the_film_a_statement_names_after_another_work_is_that_work(paragraph: str) -> None:
    found = served_days(
        "Ada Perrin has joined the cast of Kelpa’s Tarn Key, the coastal mystery.",
        paragraph,
        title="Tarn Key: Ada Perrin joins the cast",
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-06-03") not in found


_AWARDS = ("Few had Tarn Key on their awards list last summer.",)
_AWARDS_TITLE = "How ‘Tarn Key’ went from sleeper to awards contender"


@pytest.mark.parametrize(
    "sentence",
    [
        "Its main rival, Marrow Field, the drama that beat it, premiered at Brennholm in May and "
        "quietly opened in UK cinemas on 14 November.",
        "Marrow Field, the drama that beat it, premiered at Brennholm in May and opened in UK "
        "cinemas on 14 November.",
        "Quist’s Marrow Field, which critics rank above it, premiered at Brennholm in May and "
        "later opened in UK cinemas on 14 November.",
    ],
)
def test_a_rivals_opening_after_a_clause_on_ours_is_not_ours(sentence: str) -> None:
    found = served_days(*_AWARDS, sentence, title=_AWARDS_TITLE, date="2026-01-28")
    assert ("premiere_date", "2025-11-14") not in found


def test_a_dated_premiere_then_an_opening_after_an_apposition_is_ours() -> None:
    found = served_days(
        *_AWARDS,
        "Made for £2m, it premiered at Brennholm in May and opened in UK cinemas on 14 November.",
        title=_AWARDS_TITLE,
        date="2026-01-28",
    )
    assert ("premiere_date", "2025-11-14") in found


def _answered(question: str, answer: str) -> set[tuple[str, str]]:
    return served_days(
        "Director Oona Vale talks to us about Tarn Key.",
        question,
        answer,
        title="Oona Vale on Tarn Key",
        date="2025-10-02",
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When did you start shooting?", "We wrapped on 3 March, so it was quick."),
        ("When did you wrap?", "We hoped on 3 March. It was 20 April in the end."),
        ("When did you start shooting?", "We rehearsed on 3 March; cameras rolled in May."),
        ("When did you start shooting?", "We prepped on 3 March and rolled a week later."),
        ("When did you start shooting?", "We planned on 3 March, but the rain pushed us to May."),
        ("When did you wrap?", "We celebrated on 3 March, the night after."),
    ],
)
def test_an_answer_about_another_step_is_not_the_asked_day(question: str, answer: str) -> None:
    found = _answered(question, answer)
    asked = "filming_started" if "start" in question else "filming_wrapped"
    assert (asked, "2025-03-03") not in found


def test_we_began_on_a_day_answers_when_shooting_started() -> None:
    found = _answered("When did you start shooting?", "We began on 3 March, in the rain.")
    assert ("filming_started", "2025-03-03") in found


def test_we_finished_on_a_day_answers_when_you_wrapped() -> None:
    found = _answered("When did you wrap?", "We finished on 20 April, a week late.")
    assert ("filming_wrapped", "2025-04-20") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Shooting on Lumen’s untitled heist film began on 3 March.",
        "Production on Lumen’s big-budget remake of Marrow Field starts in October.",
    ],
)
def test_a_shoot_on_another_owners_unnamed_work_is_that_works(sentence: str) -> None:
    found = served_days(
        "Oona Vale talks about Tarn Key, her coastal mystery for Kelpa.",
        sentence,
        title="Oona Vale on Tarn Key",
        date="2025-09-22",
    )
    assert not {kind for kind, _ in found} & {"filming_started", "filming_planned"}


def _not_yet(*question: str) -> set[str]:
    found = facts(
        "Director Oona Vale talks to us about finishing Tarn Key.",
        *question,
        date="2026-05-02",
        title="Oona Vale on Tarn Key",
    )
    return {r.kind.value for r in found.release if r.served}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("You got engaged on set. Have you set a date?", "Not yet. We are in no hurry."),
        ("Have you two set a date?", "Not yet."),
        ("And the sequel: is there a date?", "Not yet."),
        ("Will there be a sequel? Is there a date?", "Not yet."),
        ("Season two? Any date yet?", "Not yet."),
        ("Have you got a date for the Blu-ray? Any date?", "Not yet."),
        ("Have you been on a date?", "Not yet."),
        ("And the trailer, any date yet?", "Not yet."),
        ("The soundtrack: is there a date?", "Not yet."),
    ],
)
def test_not_yet_to_a_date_of_something_else_is_no_status(question: str, answer: str) -> None:
    assert "not_announced" not in _not_yet(question, answer)


def test_not_yet_to_any_date_yet_is_no_date() -> None:
    assert "not_announced" in _not_yet("Any release date yet?", "Not yet, sadly.")


@pytest.mark.parametrize(
    "sentence",
    [
        "It premiered at Brennholm in May and opened in UK cinemas on 14 November.",
        "It opened in UK cinemas on 14 November.",
        "Made for £2m, it premiered at Brennholm in May and eventually opened in UK cinemas on 14 "
        "November.",
    ],
)
def test_its_own_opening_told_with_it_is_ours(sentence: str) -> None:
    found = served_days(*_AWARDS, sentence, title=_AWARDS_TITLE, date="2026-01-28")
    assert ("premiere_date", "2025-11-14") in found


def test_a_shoot_on_an_owners_work_told_by_its_kind_is_ours() -> None:
    found = served_days(
        "That’s a wrap on Tarn Key. Filming on Oona Vale’s second feature wrapped on Saturday in "
        "Scarholm.",
        title="‘Tarn Key’ wraps: the best posts from the cast",
        date="2025-09-22",
    )
    assert ("filming_wrapped", "2025-09-20") in found


def test_a_channels_kind_and_name_before_the_article_names_its_own_is_ours() -> None:
    found = served_days(
        "Kelpa’s mystery Tarn Key lands on 15 May, the channel confirmed on Friday.",
        title="Kelpa sets a date for Ada Perrin’s coastal mystery",
        date="2026-05-02",
    )
    assert ("premiere_date", "2026-05-15") in found
