"""Mends from the review of round 121's cast and crew rules, on invented articles: the work a chart
lede pushes down is ours when the headline names it; "X, with A as B," needs X to read as a
work's name; "that <kind> starred" takes only adjectives between; "Its star" is the subject's;
"It is directed by" points to the sentence's subject; a dated kind with no title may be ours;
the series' maker who also makes the film keeps the film's credit; "Next up is" our next run
stays ours; a film's credit strip is no byline."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, release_kinds, served_credits, served_pairs

_CHART_LEDE = "Tin Lantern has knocked Harrowfell off the top of the streaming chart after a month."


@pytest.mark.parametrize(
    "second",
    [
        "The thriller stars Jory Adcott as Wendell.",
        "Its cast is led by Jory Adcott, who plays Wendell.",
        "Its star Jory Adcott, who plays Wendell, thanked viewers all the same.",
    ],
)
def test_our_show_knocked_off_the_top_keeps_its_cast(second: str) -> None:
    found = facts(
        _CHART_LEDE,
        f"Harrowfell dropped to No 3 in its fifth week. {second}",
        date="2026-06-14",
        title="Harrowfell loses its crown on the streaming chart",
    )
    assert ("Jory Adcott", "Wendell") in served_pairs(found)


_REVIEW_TITLE = "Harrowfell review: a cold, careful fenland mystery"
_REVIEW_LEDE = "Harrowfell, Channel 4's new fenland mystery, starts on Thursday."


@pytest.mark.parametrize(
    "line",
    [
        "Here, with Jory Adcott as Wendell, the drama settles down.",
        "Season Two, with Jory Adcott as Wendell, jumps ahead a decade.",
        "Shooting, with Jory Adcott as Wendell, took place near Ely.",
        "In that season the drama starred Jory Adcott as Wendell.",
    ],
)
def test_our_own_cast_survives_a_sentence_opening_word(line: str) -> None:
    found = facts(_REVIEW_LEDE, line, date="2026-06-14", title=_REVIEW_TITLE)
    assert ("Jory Adcott", "Wendell") in served_pairs(found)


def test_another_works_aside_still_drops_its_cast() -> None:
    found = facts(
        _REVIEW_LEDE,
        "Quayside fizzled; Tin Lantern, with Pell Orrin as Gideon, simply ended.",
        date="2026-06-14",
        title=_REVIEW_TITLE,
    )
    assert ("Pell Orrin", "Gideon") not in served_pairs(found)


_TOP_TITLE = "Harrowfell leads the streaming chart"
_TOP_LEDE = "Harrowfell has gone straight in at the top of the streaming chart."


@pytest.mark.parametrize(
    "before",
    [
        "Harrowfell (2026) edged out Tin Lantern (2021) for the top spot.",
        "Harrowfell debuted at No 1, ahead of Tin Lantern, which fell to fourth.",
    ],
)
def test_its_star_after_a_rival_named_is_the_subjects(before: str) -> None:
    found = facts(
        _TOP_LEDE,
        f"{before} Its lead Jory Adcott, who plays Wendell, thanked viewers.",
        date="2026-06-14",
        title=_TOP_TITLE,
    )
    assert ("Jory Adcott", "Wendell") in served_pairs(found)


def test_its_star_after_a_rival_as_subject_is_the_rivals() -> None:
    found = facts(
        _TOP_LEDE,
        "Tin Lantern fell to fourth. Its star Pell Orrin, who plays Gideon, was gracious.",
        date="2026-06-14",
        title=_TOP_TITLE,
    )
    assert ("Pell Orrin", "Gideon") not in served_pairs(found)


_KNOW_TITLE = "Harrowfell: everything we know"


@pytest.mark.parametrize(
    ("lede", "line"),
    [
        ("Channel 4 says its fenland mystery arrives on Thursday.",
         "Harrowfell, a fenland drama, stars Jory Adcott. It is directed by Nia Trask."),
        ("Harrowfell arrives on Channel 4 on Thursday.",
         "Harrowfell is a remake of Tin Lantern, a cult thriller from 1974. It is directed by"
         " Nia Trask."),
        ("Harrowfell arrives on Channel 4 on Thursday.",
         "The story follows Wendell, a drama student. It is directed by Nia Trask."),
    ],
)  # fmt: skip
def test_it_is_directed_by_points_to_the_subject(lede: str, line: str) -> None:
    found = facts(lede, line, date="2026-06-14", title=_KNOW_TITLE)
    assert ("director", "Nia Trask") in served_credits(found)


@pytest.mark.parametrize(
    "line",
    [
        "Channel 4 has hired director Nia Trask for the 2028 film, which shoots in Ely.",
        "We spoke to director Nia Trask on the 2028 film's bleaker ending.",
    ],
)
def test_a_dated_kind_with_no_title_may_be_ours(line: str) -> None:
    found = facts(
        "The Harrowfell film will reach cinemas in 2028, Channel 4 has confirmed.",
        line,
        date="2026-06-14",
        title="Harrowfell: the film",
    )
    assert ("director", "Nia Trask") in served_credits(found)


def test_a_past_titled_short_is_still_anothers() -> None:
    found = facts(
        "The Harrowfell film will reach cinemas in 2028, Channel 4 has confirmed.",
        "Adcott first met director Nia Trask on the 2017 short Reedbed.",
        date="2026-06-14",
        title="Harrowfell: the film",
    )
    assert ("director", "Nia Trask") not in served_credits(found)


_FILM_LEDE = "Harrowfell, the film that closes the story, arrives on Friday. The film is set later."


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The first three series were directed by Nia Trask, who also directs the film.",
         ("director", "Nia Trask")),
        ("The earlier seasons, like the film, were written by Cai Rowse.", ("writer", "Cai Rowse")),
    ],
)  # fmt: skip
def test_the_runs_maker_who_makes_the_film_keeps_the_credit(
    line: str, credit: tuple[str, str]
) -> None:
    found = facts(_FILM_LEDE, line, date="2026-06-14", title="Harrowfell: the film review")
    assert credit in served_credits(found)


@pytest.mark.parametrize(
    "line",
    ["Next up is Harrowfell's third series, which arrives on 9 July.",
     "Next up is Season 3, which arrives on 9 July."],
)  # fmt: skip
def test_next_up_our_own_next_run_keeps_its_date(line: str) -> None:
    found = release_kinds(
        "Harrowfell is coming back to Channel 4.", line, date="2026-06-14", title=_KNOW_TITLE
    )
    assert ("premiere_date", "2026-07-09", False) in found


@pytest.mark.parametrize(
    "strip", ["Written by Cai Rowse for Channel 4 · Starring Jory Adcott",
              "Written by Cai Rowse for the screen · 104 min"],
)  # fmt: skip
def test_a_films_credit_strip_is_no_byline(strip: str) -> None:
    found = facts(
        "Harrowfell (15) · 104 min · Channel 4",
        strip,
        "Harrowfell, directed by Nia Trask, arrives on Thursday. Jory Adcott plays Wendell.",
        date="2026-06-14",
        title=_REVIEW_TITLE,
    )
    assert ("writer", "Cai Rowse") in served_credits(found)


def test_a_reporters_byline_for_the_outlet_stays_a_byline() -> None:
    found = facts(
        "Harrowfell (15) · 104 min · Channel 4",
        "Written by Tamsin Hale for The Lens · 3 June 2026",
        "Harrowfell, directed by Nia Trask, arrives on Thursday. Jory Adcott plays Wendell.",
        date="2026-06-14",
        title=_REVIEW_TITLE,
    )
    assert ("writer", "Tamsin Hale") not in served_credits(found)


def test_a_director_first_worked_with_on_another_title_is_that_titles() -> None:
    found = facts(
        "Harrowfell, directed by Nia Trask, arrives on Channel 4 on Thursday.",
        "Adcott first worked with director Pell Orrin on Reedbed in 2018.",
        date="2026-06-14",
        title="Harrowfell: the star on her new drama",
    )
    assert ("director", "Pell Orrin") not in served_credits(found)
    assert ("director", "Nia Trask") in served_credits(found)


def test_a_director_worked_with_on_our_title_keeps_the_credit() -> None:
    found = facts(
        "Harrowfell arrives on Channel 4 on Thursday.",
        "Adcott worked with director Nia Trask on Harrowfell.",
        date="2026-06-14",
        title="Harrowfell: the star on her new drama",
    )
    assert ("director", "Nia Trask") in served_credits(found)


_PROFILE_TITLE = "Jory Adcott: the actor on what comes next"
_PROFILE_LEDE = "Jory Adcott has had a busy year since Harrowfell."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Her next film, Reedbed, is a western for a small studio. It is directed by Nia Trask.",
        "Next up is Reedbed, about a ferryman in 1890s Norfolk. It is directed by Nia Trask.",
        "Next up is Reedbed, a studio drama about a ferryman. Nia Trask directs, with a shoot in"
        " May.",
    ],
)
def test_a_profiles_next_work_paragraph_gives_no_credit_of_ours(paragraph: str) -> None:
    found = facts(_PROFILE_LEDE, paragraph, date="2026-06-14", title=_PROFILE_TITLE)
    assert ("director", "Nia Trask") not in served_credits(found)


def test_a_next_work_paragraph_co_star_is_not_our_cast() -> None:
    found = facts(
        _PROFILE_LEDE,
        "Next up is Reedbed, a western in which she plays a ferrywoman called Kit Marr. Pell"
        " Orrin co-stars as her brother Sol.",
        date="2026-06-14",
        title=_PROFILE_TITLE,
    )
    assert ("Pell Orrin", "Sol") not in served_pairs(found)


def test_a_guides_other_pick_is_not_our_cast() -> None:
    found = facts(
        "Harrowfell, the last film of the saga, arrives on Channel 4 on Friday.",
        "Also worth a watch: Quayside is back on BBC Two on Sunday, with Pell Orrin reprising his"
        " role as DI Gideon Marsh.",
        date="2026-06-14",
        title="Harrowfell review: a quiet farewell",
    )
    assert ("Pell Orrin", "DI Gideon Marsh") not in served_pairs(found)
    assert ("Pell Orrin", "DI Gideon Marsh") not in served_pairs(found)
