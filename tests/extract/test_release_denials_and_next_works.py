"""A date in a sentence that denies it is held; an offset counts from the date written nearest
before it; a paragraph that turns to someone's next work dates that work's shoot, not ours. On
invented text."""

from __future__ import annotations

import datetime as dt

from bot.extract.release_denied import denied
from bot.facts import ReleaseFact, ReleaseKind
from tests.extract.helpers import release_kinds

_TITLE = "Orchard Lane gets a trailer and a date"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_release_date_the_sentence_denies_is_not_served() -> None:
    kinds = _kinds(
        "Orchard Lane streams on Apple TV+ from Friday 8 May.",
        "And no, Orchard Lane is not getting a cinema release on 24 April. That was a fake poster.",
    )
    assert ("premiere_date", "2026-05-08", False) in kinds
    assert not any(value == "2026-04-24" for _, value, _ in kinds)


def test_a_denied_month_said_another_way_is_not_served() -> None:
    kinds = _kinds("Sorry, everyone: Orchard Lane won't be out in March, whatever the forums say.")
    assert not any(value.startswith("2026-03") for _, value, _ in kinds)


def test_a_denial_that_gives_the_real_date_still_dates_the_release() -> None:
    for evidence in (
        "Orchard Lane is not coming out until 12 June, the studio said.",
        "It won't arrive in cinemas in May after all, but on 12 June.",
    ):
        fact = ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=dt.date(2026, 6, 12))
        assert denied([fact]) == [fact]


def test_the_denial_check_holds_a_denied_date_whatever_rule_read_it() -> None:
    evidence = "No, the film isn't streaming on 3 April; that was a parody account."
    fact = ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=dt.date(2026, 4, 3))
    assert not denied([fact])[0].served


def test_an_offset_counts_from_the_written_date_after_a_weekday() -> None:
    kinds = _kinds(
        "The teaser arrives on Thursday the 19th, and Orchard Lane gets a gala screening in "
        "Berlin on 2 July, three days before it lands.",
    )
    assert ("premiere_date", "2026-07-05", False) in kinds
    assert not any(value == "2026-02-22" for _, value, _ in kinds)


def test_an_offset_after_a_named_day_and_a_festival_date_said_differently() -> None:
    kinds = _kinds(
        "A poster drops on Monday the 16th; the film also screens at a festival on 20 August, "
        "a week before it opens.",
    )
    assert ("premiere_date", "2026-08-27", False) in kinds


def test_a_shoot_in_a_next_up_paragraph_is_the_next_works() -> None:
    kinds = _kinds(
        "Orchard Lane has wrapped, the studio said on Monday.",
        "Next up for Mara Quint is Cold Harbour, a drama in which she plays a ferry pilot. "
        "Filming begins in Wales in September.",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in kinds)


def test_a_shoot_after_up_next_for_someone_is_not_ours() -> None:
    kinds = _kinds(
        "Up next for director Ivo Brandt is The Salt Wives. Shooting starts in Leeds next month.",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in kinds)


def test_a_next_up_line_that_names_our_film_keeps_its_shoot() -> None:
    kinds = _kinds("Next up for the studio is Orchard Lane, which starts filming in May.")
    assert ("filming_planned", "2026-05", False) in kinds
