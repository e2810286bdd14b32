"""Times that are not the film's, on invented text: another work owned by a person or company, a
work a pronoun points back to, a work described as one of many, a time the sentence dismisses,
an event's moved date, an actor's own scenes, a renewal month; and a shoot told in the present."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Netflix sets Lantern Row cast as filming nears"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date=date, title=_TITLE)
    served = [r for r in found.release if r.confidence >= 0.7]
    return {(r.kind.value, str(r.date or r.window or ""), r.hedged) for r in served}


def test_a_persons_other_film_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Okafor's previous film, Grey Harbour, premiered at Locarno and opened in UK cinemas on "
        "4 April 2025.",
        "Brannock’s movie “Salt in the Wind” opens in Irish cinemas on March 20.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_pronoun_after_a_semicolon_points_to_the_other_work() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Pell also turns up in “Northern Lights, Southern Rain,” a co-production for Tarn "
        "Pictures in which she plays a nurse; it opens in French cinemas on May 14.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_work_described_as_one_of_many_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Ross will then lead Copperhead, a western from Fieldstone that starts filming in Utah in "
        "April.",
        "Next she joins Low Tide, a thriller which begins shooting in Oslo in June.",
    )
    assert not any(kind.startswith("filming_") for kind, _, _ in kinds)


def test_a_time_the_sentence_dismisses_is_not_served() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "A drop on Feb. 27 would be very fitting, but that is pure guesswork.",
        "The first series landed in May 2024, so a summer slot is not impossible.",
        "An autumn date looks unlikely.",
    )
    assert not any(kind in {"premiere_date", "window"} for kind, _, _ in kinds)


def test_an_events_moved_date_is_not_the_release() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The Dublin premiere has been pushed back as well, to March 9.",
        "The gala screening moved too, to 11 March.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_an_actors_own_scenes_are_not_the_shoots_start() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Filming began on 12 January in Hull.",
        "Tamsin Greer started shooting her scenes in Leeds on Monday.",
        "Ade Cole began filming his first scenes on 2 February.",
    )
    assert ("filming_started", "2026-01-12", False) in kinds
    assert {k for k in kinds if k[0] == "filming_started"} == {
        ("filming_started", "2026-01-12", False)
    }


def test_a_renewal_month_is_not_a_release_window() -> None:
    kinds = _kinds(
        "Lantern Row season 2 is in production.",
        "Season 1 debuted Sept. 5, 2025, and was renewed in November.",
        "The show was picked up for more in October.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_shoot_told_in_the_present_for_a_later_month_is_a_plan() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Production begins in April in Hull, and Netflix is eyeing a spring 2027 debut.",
    )
    assert ("filming_planned", "2026-04", False) in kinds
    assert not any(kind == "filming_started" for kind, _, _ in kinds)
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Shooting starts in May in Leeds.",
    )
    assert ("filming_planned", "2026-05", False) in kinds


def test_another_shows_season_told_in_the_present_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Meanwhile, Quarry Lane season three begins shooting in Cardiff in June.",
    )
    assert not any(kind.startswith("filming_") for kind, _, _ in kinds)


def test_a_release_aimed_at_by_its_noun_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Cameras roll in April, and Netflix is targeting a winter 2026 premiere.",
    )
    assert not any(kind == "filming_planned" and "2026-12" in w for kind, w, _ in kinds)


def test_a_week_or_fortnight_on_a_weekday_counts_past_that_day() -> None:
    # 10 February 2026 is a Tuesday: the coming Friday is the 13th.
    kinds = _kinds("Lantern Row lands on Netflix a fortnight on Friday.")
    assert ("premiere_date", "2026-02-27", False) in kinds
    assert ("premiere_date", "2026-02-13", False) not in kinds
    kinds = _kinds("The film arrives on the streamer a week on Friday, Netflix said.")
    assert ("premiere_date", "2026-02-20", False) in kinds


def test_a_person_arriving_from_a_journey_is_no_release() -> None:
    kinds = _kinds(
        "Lantern Row's cast are gathering in Leicester Square.",
        "Mara Quist, who plays the lighthouse keeper, has arrived after flying in from Toronto "
        "this morning.",
        "Her co-star arrived today, having driven down from Leeds.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_tail_hedge_after_a_second_clause_leaves_the_first_sure() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Shooting starts in May in Hull, and Netflix is eyeing a summer 2027 debut, insiders say.",
    )
    assert ("filming_planned", "2026-05", False) in kinds


def test_we_wrapped_on_a_day_is_the_shoots_end() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Quist: We wrapped on Thursday the 22nd of January, in Hull.",
    )
    assert ("filming_wrapped", "2026-01-22", False) in kinds
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Cole: We finally wrapped on 30 January and I slept for two days.",
    )
    assert ("filming_wrapped", "2026-01-30", False) in kinds


def test_a_shoot_dated_by_day_and_by_month_keeps_the_day() -> None:
    kinds = _kinds(
        "A new film is set to shoot in Whitby next month.",
        "Cameras will roll on Lantern Row on Monday the 9th, the producers said.",
    )
    assert ("filming_planned", "2026-03-09", False) in kinds
    assert ("filming_planned", "2026-03", False) not in kinds
    kinds = _kinds(
        "Lantern Row will film in Whitby in March.",
        "Filming is set to begin on Monday the 9th.",
    )
    assert ("filming_planned", "2026-03", False) not in kinds


def test_a_quarter_of_a_year_is_a_three_month_window() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Netflix said the drama will premiere in Q3 2026.",
    )
    assert ("window", "2026-07/2026-09", False) in kinds
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The film is set to arrive on the streamer in the fourth quarter of 2026.",
    )
    assert ("window", "2026-10/2026-12", False) in kinds
