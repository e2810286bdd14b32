"""Dates an article gives once its film is out that are not the film's release, on invented
text: a cast member's next project told in the same paragraph after another work is named, a
person who "returns" or "is coming" somewhere, figures released on a day, a making-of
documentary named with the film's title, a date the film "was supposed to" take, a day named
after another date in the sentence, and a novel an author is at work on. The film's own date in
the same articles is kept."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quiet Orchard tops the streaming chart in its first weekend"


def _kinds(*paragraphs: str, date: str = "2026-05-13") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_paragraph_about_a_next_project_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        "Quiet Orchard landed on Prime Video on 8 May.",
        "Marta Vell next plays a cellist in Channel 4's drama The Low Tide, for Hopscotch Films. "
        "She finished the shoot in March.",
        "Dov Asante is off to the theatre. He appears in a revival of Blithe Spirit at the Old "
        "Vic. Asante returns to the stage in September.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_person_coming_or_returning_is_no_release() -> None:
    kinds = _kinds(
        "Quiet Orchard is streaming now.",
        "Director Ilse Marrow is coming to the forum on Thursday the 21st to answer questions.",
        "Producer Tam Okri arrives in Leeds on 19 May for a talk.",
    )
    assert kinds == set()


def test_figures_released_on_a_day_are_not_the_release() -> None:
    kinds = _kinds(
        "Quiet Orchard drew 9 million views between Friday 8 May and Sunday 10 May, according "
        "to ratings published on Tuesday.",
        "The film opened on Friday, May 8, according to the weekly figures released on Monday.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_making_of_documentary_keeps_its_own_date() -> None:
    kinds = _kinds(
        "Quiet Orchard arrives on Prime Video on Friday 8 May.",
        "Quiet Orchard: Behind the Branches, a 30-minute documentary about the shoot, lands on "
        "Prime Video on Friday 22 May.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_the_date_it_was_supposed_to_take_is_not_the_release() -> None:
    kinds = _kinds(
        "Quiet Orchard was supposed to open in cinemas on 5 June. It now opens on 17 July.",
        "The sequel was meant to hit theaters on 2 October.",
    )
    assert ("premiere_date", "2026-06-05", False) not in kinds
    assert ("premiere_date", "2026-10-02", False) not in kinds
    assert ("premiere_date", "2026-07-17", False) in kinds


def test_a_novel_the_author_is_at_work_on_is_not_the_film() -> None:
    kinds = _kinds(
        "Quiet Orchard landed on Prime Video on 8 May.",
        "Its writer, who adapted her own play, is hard at work on a new novel, due in November.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_day_after_another_date_is_not_the_verbs() -> None:
    kinds = _kinds(
        "Quiet Orchard took $12 million after opening on Friday, May 8, going by studio "
        "estimates on Sunday.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}
    kinds = _kinds(
        "Quiet Orchard debuted on 8 May, the distributor said in a statement on Monday.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_deadline_is_not_a_release() -> None:
    kinds = _kinds(
        "Quiet Orchard is casting now. Record a self-tape, using the scenes available on our "
        "site, by 5pm on Monday 2 March 2026.",
        "Forms, downloadable from the studio's page, must arrive no later than noon on 9 March.",
        date="2026-02-10",
    )
    assert kinds == set()


def test_a_holiday_release_in_a_year_is_that_month() -> None:
    kinds = _kinds(
        "The studio would like a Christmas release in 2027 for Quiet Orchard, though nothing is "
        "fixed.",
        date="2026-02-10",
    )
    assert ("window", "2027-12", False) in kinds or ("window", "2027-12", True) in kinds
    kinds = _kinds(
        "Quiet Orchard is eyeing a Halloween launch in 2026.",
        date="2026-02-10",
    )
    assert kinds == {("window", "2026-10", True)}


def test_a_chart_place_given_to_another_film_carries_through_its_paragraph() -> None:
    kinds = _kinds(
        "Quiet Orchard opened on Friday, May 8, with $20 million.",
        "In second place, Lowland Rising took $9 million. The thriller opens in the UK on 22 May.",
        "At No. 4, the western Dry Creek added $3 million. The film arrives on Prime Video in "
        "June.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_shoot_span_still_to_come_is_a_planned_window() -> None:
    kinds = _kinds(
        "Shooting on Quiet Orchard is set to take place in Devon between April and June 2026.",
        date="2026-02-10",
    )
    assert kinds == {("filming_planned", "2026-04/2026-06", False)}
    kinds = _kinds(
        "Filming will run from October to December in Leeds, the producers said.",
        date="2026-02-10",
    )
    assert kinds == {("filming_planned", "2026-10/2026-12", False)}


def test_a_shoot_span_already_past_is_not_a_plan() -> None:
    kinds = _kinds(
        "Quiet Orchard was shot between July and September last year.",
        date="2026-02-10",
    )
    assert ("filming_planned", "2025-07/2025-09", False) not in kinds


def test_a_date_glossed_as_when_the_film_came_out_is_the_release() -> None:
    kinds = _kinds(
        "Quiet Orchard pulled in 9 million views from Friday 8 May, when it landed on the "
        "service, to Sunday 10 May.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}
    kinds = _kinds(
        "Lowland Rising, a Dutch thriller, has held second place since 24 April, when it "
        "premiered.",
        "Quiet Orchard is the week's most watched film.",
    )
    assert kinds == set()


def test_a_shoot_start_named_as_a_noun_is_a_planned_month() -> None:
    kinds = _kinds(
        "Production on Quiet Orchard is pencilled in for an October start in Devon.",
        date="2026-02-10",
    )
    assert kinds == {("filming_planned", "2026-10", True)}
    kinds = _kinds(
        "The studio has hired its crew ahead of a January shoot in Leeds for Quiet Orchard, with "
        "filming to follow the holidays.",
        date="2026-02-10",
    )
    assert kinds == {("filming_planned", "2027-01", False)}


def test_a_start_noun_without_a_shoot_is_nothing() -> None:
    kinds = _kinds(
        "Quiet Orchard's writer is back at school ahead of a September start as a teacher.",
        date="2026-02-10",
    )
    assert kinds == set()


def test_a_play_a_cut_or_a_making_of_is_not_the_release() -> None:
    kinds = _kinds(
        "Quiet Orchard landed on Prime Video on 8 May.",
        "Mara Quill's new play opens at the Donmar on 4 June.",
        "The extended cut arrives on Prime Video on 9 June.",
        "Ilse Marrow's documentary about the making of the film streams from 12 June.",
        "A behind-the-scenes featurette drops on Friday 15 May.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_person_returning_as_host_is_no_release() -> None:
    kinds = _kinds(
        "Quiet Orchard is streaming now.",
        "Quill returns as host of the Harbour Awards on 22 June.",
        "Dov Asante is back to present the quiz on Saturday 30 May.",
    )
    assert kinds == set()


def test_people_arriving_on_a_day_are_no_release() -> None:
    kinds = _kinds(
        "Quiet Orchard is shooting in Devon.",
        "Background artists should arrive at 6am on Wednesday 18 March.",
        "The crew returns to the harbour on 23 March for night work.",
        "Quill was seen arriving on set on Monday.",
        date="2026-03-04",
    )
    assert kinds == set()


def test_people_settled_since_arriving_on_a_day_are_no_release() -> None:
    for text in (
        "A baker said the crew had lived on her pasties since arriving on 2 March.",
        "The cast members have stayed at the harbour inn since arriving on Monday.",
    ):
        assert _kinds("Quiet Orchard is shooting in Devon.", text, date="2026-03-04") == set(), text


def test_the_film_playing_on_after_arriving_on_a_day_is_its_release() -> None:
    for text in (
        "Quiet Orchard will play in cinemas for a month after arriving on 20 March.",
        "Quiet Orchard, which the crew had shot since January, is arriving on 20 March.",
    ):
        kinds = _kinds("Quiet Orchard is coming.", text, date="2026-03-04")
        assert kinds == {("premiere_date", "2026-03-20", False)}, text


def test_an_office_or_pop_up_opening_is_no_release() -> None:
    kinds = _kinds(
        "Quiet Orchard begins shooting next month.",
        "The production office opens in Exeter on 16 March.",
        "A pop-up shop themed on the film opens in Soho on 20 March.",
        date="2026-03-04",
    )
    assert ("premiere_date", "2026-03-16", False) not in kinds
    assert ("premiere_date", "2026-03-20", False) not in kinds


def test_cameras_rolling_on_a_day_without_a_tense_dates_nothing() -> None:
    kinds = _kinds(
        "Quiet Orchard's cast begin rehearsals on 16 March, with cameras rolling on 30 March.",
        date="2026-03-04",
    )
    assert ("filming_started", "2025-03-30", False) not in kinds
    kinds = _kinds("Cameras started rolling on Quiet Orchard on 2 March.", date="2026-03-04")
    assert kinds == {("filming_started", "2026-03-02", False)}


def test_a_return_to_cinemas_or_a_number_hit_is_no_release() -> None:
    kinds = _kinds(
        "Quiet Orchard landed on Prime Video on 8 May.",
        "The film returns to cinemas on 14 February for an anniversary run.",
        "Quiet Orchard, now in its second week, hit 40 million views on Sunday.",
        "It passed $20 million at the box office on Monday.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_work_called_someones_follow_up_is_not_ours() -> None:
    kinds = _kinds(
        "Quiet Orchard landed on Prime Video on 8 May.",
        "Lowland, Quill's follow-up, opens 9 October.",
        "Tidewater, Ilse Marrow's next feature, arrives in cinemas in November.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_someone_due_on_set_or_prep_beginning_is_no_release() -> None:
    kinds = _kinds(
        "Quiet Orchard is casting now.",
        "Quill is expected on set in Exeter in May.",
        "Pre-production begins in April at a studio near Bristol.",
        "Prep starts in April.",
        date="2026-03-04",
    )
    assert kinds == set()


def test_a_dismissed_report_states_nothing() -> None:
    kinds = _kinds(
        "Reports that filming on Quiet Orchard starts in April are wide of the mark, a "
        "spokesperson said.",
        "Claims that the film lands on 3 October are simply untrue, according to the studio.",
        date="2026-03-04",
    )
    assert kinds == set()


def test_the_score_on_vinyl_is_not_the_film() -> None:
    kinds = _kinds(
        "Quiet Orchard landed on Prime Video on 8 May.",
        "The film's score is released on vinyl on 5 June.",
        "Decca puts out the score on 19 June.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}
