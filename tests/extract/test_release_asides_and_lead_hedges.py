"""Times told beside another production or an event, on invented text: a sentence that turns
"Elsewhere", another work named as someone's and then told about, a shoot named for another
work, an event's date in an aside, the film's date after a colon that opens on a trailer, a shoot
"due to" move, and a sentence that opens by crediting sources."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Netflix sets Lantern Row cast as filming nears"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_sentence_turning_elsewhere_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Elsewhere on the slate, Dunmore Bay opens on Friday 6 March.",
        "Also elsewhere, filming began on Monday on a biopic of a chess champion.",
    )
    assert kinds == set()


def test_another_work_named_as_someones_then_told_about_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "In the main competition, Ilse Varga’s The Quiet Orchard screens on Wednesday.",
        "Sky’s Coldwater Lane, starring Rhys Penn as a ferry captain, premieres on 9 April.",
    )
    assert kinds == set()


def test_a_shoot_named_for_another_work_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Filming on BBC Three’s Harrow Fields wrapped yesterday in Leeds.",
        "Production on Gull Island began on 2 February.",
    )
    assert kinds == set()


def test_a_shoot_named_for_our_film_still_counts() -> None:
    kinds = _kinds("Filming on Lantern Row wrapped yesterday in Leeds.")
    assert kinds == {("filming_wrapped", "2026-02-09", False)}


def test_an_events_date_in_an_aside_is_not_the_release() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The world premiere, on Tuesday 3rd March, will be followed by a party at the Lyric.",
        "The gala screening, on 1 March, sold out in minutes.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_the_films_date_after_a_colon_that_opens_on_a_trailer() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The teaser ends on a title card: the film arrives on Netflix on Friday 17th April, two "
        "days after its gala screening in Leeds on the 15th.",
    )
    assert kinds == {("premiere_date", "2026-04-17", False)}


def test_a_teaser_date_before_a_colon_stays_the_teasers() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "A second trailer is coming: it drops on 14 March, with the poster a week before.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_shoot_due_to_move_is_no_release() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Cameras rolled on Monday 9th February in Bergen, with the crew due to relocate to "
        "Tromsø in April.",
        "The unit is due to travel to Iceland in May.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_film_due_to_arrive_is_still_a_release() -> None:
    kinds = _kinds("Lantern Row is due to arrive on Netflix in June.")
    assert ("window", "2026-06", False) in kinds


def test_a_sentence_opening_on_sources_hedges_a_plan() -> None:
    kinds = _kinds(
        "Sources say cameras are set to roll in Bristol and Bath in late March.",
        date="2026-01-10",
    )
    assert kinds == {("filming_planned", "2026-03", True)}
    kinds = _kinds(
        "Insiders tell us filming is due to begin in Galway and Mayo in early April.",
        date="2026-01-10",
    )
    assert kinds == {("filming_planned", "2026-04", True)}


def test_a_round_up_section_headed_by_another_work_is_not_ours() -> None:
    kinds = _kinds(
        "This week: Lantern Row grows its cast, and news of two other dramas.",
        "Lantern Row",
        "Lantern Row has added two new faces to its cast, and Lantern Row fans are thrilled.",
        "Gull Island",
        "The thriller is back for a second run. Cameras rolled on Monday on ITV’s Gull Island, "
        "and the first episode lands on 3 September.",
    )
    assert kinds == set()


def test_a_bare_heading_its_section_never_names_keeps_the_section() -> None:
    kinds = _kinds(
        "Lantern Row",
        "Lantern Row has added two new faces to its cast this week.",
        "Filming",
        "Filming began on Monday 2 February in Leeds.",
    )
    assert kinds == {("filming_started", "2026-02-02", False)}


def test_we_wrapped_on_a_day_named_from_the_article() -> None:
    kinds = _kinds("Q: Where are you at?", "MARA OSEI: We wrapped last Friday, actually.")
    assert kinds == {("filming_wrapped", "2026-02-06", False)}
    kinds = _kinds("Q: How is it going?", "TOM REED: We wrapped yesterday. Forty days in Cork.")
    assert kinds == {("filming_wrapped", "2026-02-09", False)}


def test_a_shoot_told_after_an_elsewhere_sentence_is_the_other_works() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Elsewhere, Dunmore Bay has cast its two leads. Filming begins in March in Cork.",
    )
    assert kinds == set()


def test_other_things_released_are_not_the_film() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The BBC will broadcast the awards ceremony live on 3 May.",
        "Pre-orders for the DVD open on 1 June.",
        "The cast reunion airs on 14 February.",
        "The costume exhibition opens on 4 April at the V&A.",
    )
    assert kinds == set()


def test_someones_earlier_or_other_work_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The director's previous feature arrived in cinemas on 3 March 2023.",
        "Her other series streams on Hulu from 6 April.",
        "Netflix's other big summer romance, Harbour Days, drops on 1 May.",
    )
    assert kinds == set()


def test_a_turn_to_other_news_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Meanwhile, over at the BBC, Tidewater begins filming in May.",
        "Also out this month: Copper Mill, on 20 February.",
    )
    assert kinds == set()


def test_hearsay_or_a_wish_before_the_time_hedges_it() -> None:
    kinds = _kinds(
        "A source close to the shoot told us Lantern Row will be out in June.",
        "It is thought the film will arrive on Netflix on 14 May.",
    )
    assert kinds == {("window", "2026-06", True), ("premiere_date", "2026-05-14", True)}
    kinds = _kinds("If all goes to plan, Lantern Row will arrive in autumn 2027.")
    assert kinds == {("window", "2027-09/2027-11", True)}
    kinds = _kinds("Lantern Row is tipped to land in October.")
    assert kinds == {("window", "2026-10", True)}


def test_a_leak_after_the_time_hedges_it() -> None:
    kinds = _kinds("Lantern Row streams from 9 April, or so a leaked listing suggests.")
    assert kinds == {("premiere_date", "2026-04-09", True)}


def test_a_denied_or_questioned_time_states_no_release() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Despite the rumours, the film won't be out on 6 March.",
        "The studio denied that it would land in April.",
        "Netflix has yet to say whether the drama arrives in the summer.",
    )
    assert kinds == set()


def test_a_negation_in_another_clause_keeps_the_time() -> None:
    kinds = _kinds(
        "Netflix has not set a release date, though insiders say Lantern Row is due next spring."
    )
    assert ("window", "2027-03/2027-05", True) in kinds
    kinds = _kinds("Lantern Row won't play at Cannes, but it lands on Netflix on 12 June.")
    assert kinds == {("premiere_date", "2026-06-12", False)}


def test_a_date_the_film_once_had_is_no_release() -> None:
    kinds = _kinds("Lantern Row, once slated for May, now has no date.")
    assert kinds == {("not_announced", "", False)}


def test_the_earlier_of_two_dates_told_in_turn_is_an_event() -> None:
    kinds = _kinds("Lantern Row bows in Venice on 2 September before streaming from 9 October.")
    assert kinds == {("premiere_date", "2026-10-09", False)}
    kinds = _kinds("Following its Telluride debut on 4 September, Lantern Row opens on 6 November.")
    assert kinds == {("premiere_date", "2026-11-06", False)}


def test_a_premiere_on_a_day_at_a_venue_is_an_event() -> None:
    kinds = _kinds("Lantern Row premieres tomorrow at the Curzon Soho.")
    assert kinds == set()
    kinds = _kinds("Lantern Row screens on Thursday evening at the Lyric.")
    assert kinds == set()


def test_an_event_dated_before_the_release_it_counts_to_still_dates_it() -> None:
    kinds = _kinds(
        "The gala screening of Lantern Row is on 12 March, three days before it lands on Netflix."
    )
    assert kinds == {("premiere_date", "2026-03-15", False)}


def test_a_wish_inside_a_quotation_before_the_time_does_not_hedge_it() -> None:
    kinds = _kinds(
        "“We would love everyone to see it,” Netflix said, confirming that Lantern Row arrives on "
        "14 March."
    )
    assert kinds == {("premiere_date", "2026-03-14", False)}


def test_an_actors_part_returning_keeps_the_films_date() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Mara Osei’s Nell Amory returns when the film lands on Netflix on 14 March.",
    )
    assert kinds == {("premiere_date", "2026-03-14", False)}
