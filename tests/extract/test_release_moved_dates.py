"""Release statements on invented text: a date moved by an offset that names its new day, a
first run counted from a release dated in the same clause, and a plan told in the past perfect
with "and" between its verb and its date."""

from __future__ import annotations

from bot.extract.release_offsets import given_up
from bot.extract.release_subjects import announces_another
from tests.extract.helpers import facts, served_releases


def _premieres(*paragraphs: str, date: str = "2026-02-10") -> set[str]:
    served = served_releases(*paragraphs, date=date, title="Saltmarsh Lane moved")
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


def test_an_offset_that_names_its_new_day_is_not_counted_again() -> None:
    for text in (
        "The serial will now start a fortnight on, and airs a week later, on Monday 9 March.",
        "Saltmarsh Lane now arrives three days later (Thursday 12 March) on Channel 4.",
    ):
        found = _premieres("Saltmarsh Lane is a four-part drama.", text)
        assert found <= {"2026-03-09", "2026-03-12"}, (text, found)
        assert "2026-03-16" not in found and "2026-03-15" not in found, (text, found)


def test_a_run_counted_from_a_release_dated_in_its_clause_keeps_that_date() -> None:
    for text, day in (
        ("Saltmarsh Lane drew 3m viewers in its first seven days after it premiered on "
         "Sunday, February 1.", "2026-02-01"),
        ("The drama topped the chart for the ten days after it landed on 30 January.",
         "2026-01-30"),
    ):  # fmt: skip
        found = _premieres("Saltmarsh Lane is a four-part drama.", text)
        assert found <= {day}, (text, found)


def test_a_plan_given_up_in_the_past_perfect_is_not_the_date() -> None:
    for text in (
        "The serial, led by Ina Corvell and Bram Oduya, had been due to begin on ITV1 and "
        "ITVX on Sunday 1 March.",
        "Saltmarsh Lane was originally set to arrive on Channel 4 and All 4 on 2 March.",
        "The drama, made by Corvell Films and Oduya TV, had been slated for release in cinemas "
        "and on Lumen on 1 March.",
    ):
        found = _premieres("Saltmarsh Lane is a four-part drama.", text)
        assert "2026-03-01" not in found and "2026-03-02" not in found, (text, found)


def test_a_plan_that_turns_to_the_new_date_does_not_give_up_the_new_date() -> None:
    for text in (
        "The serial had been due to air in February but now premieres on ITV1 on 8 March.",
        "It was originally set for spring; it opens on Channel 4 on 8 March.",
        "Saltmarsh Lane, which had been due in May, will instead arrive on 8 March.",
    ):
        assert not given_up(text, text.index("8 March")), text


def test_a_work_named_as_a_pronouns_is_not_ours() -> None:
    for text in (
        "The writer said she is adapting her novel Cinder Wharf for the BBC, with filming "
        "pencilled in for spring 2027.",
        "Meanwhile, Orla Keane has confirmed that her next film Dry Season starts shooting in "
        "May 2026 in Donegal.",
    ):
        found = facts("Saltmarsh Lane is a four-part drama.", text, date="2026-02-10",
                      title="Saltmarsh Lane moved")  # fmt: skip
        assert not [r for r in found.release if r.served], (text, found.release)


def test_our_own_title_after_the_pronoun_stays_ours() -> None:
    for text in (
        "Her series Saltmarsh Lane arrives on ITV1 on 8 March.",
        "Their drama, Saltmarsh Lane, begins on Sunday 8 March.",
    ):
        assert _premieres("Saltmarsh Lane is a four-part drama.", text) == {"2026-03-08"}, text


def test_a_sequel_announced_takes_the_rest_of_its_paragraph() -> None:
    for text in (
        "The studio has greenlit a follow-up, with Ina Corvell back in the lead. No date has "
        "been set, though insiders say it is aiming for spring 2028.",
        "Oduya will return to write and direct a sequel. The studio hopes to have it in cinemas "
        "by Christmas 2027.",
    ):
        found = facts("Saltmarsh Lane opened on 30 January.", text, date="2026-02-10",
                      title="Saltmarsh Lane tops the box office")  # fmt: skip
        served = {(r.kind.value, str(r.date or r.window or "")) for r in found.release
                  if r.served}  # fmt: skip
        assert served == {("premiere_date", "2026-01-30")}, (text, served)


def test_a_sequel_ruled_out_or_ours_keeps_the_dates() -> None:
    assert not announces_another("The writer has ruled out a sequel for now.")
    assert not announces_another("There are no plans for a spin-off, Netflix said.")
    assert not announces_another("Ebb Line, a sequel to the 2024 hit, opens on 3 May.")
    assert announces_another("Lionsgate has confirmed a prequel, due in 2028.")


def test_a_shoot_that_will_now_begin_on_a_day_is_the_new_plan() -> None:
    served = served_releases(
        "Saltmarsh Lane has been held up by an injury.",
        "The studio has confirmed that filming will now begin on Monday 6 July.",
        date="2026-05-06",
        title="Saltmarsh Lane shoot pushed back",
    )
    plans = {str(r.date) for r in served if r.kind.value == "filming_planned"}
    assert plans == {"2026-07-06"}


def test_a_shoot_that_will_now_end_on_a_day_is_no_plan_to_start() -> None:
    served = served_releases(
        "Saltmarsh Lane has been held up by an injury.",
        "The studio has confirmed that filming will now end on Monday 6 July.",
        date="2026-05-06",
        title="Saltmarsh Lane shoot pushed back",
    )
    assert not [r for r in served if r.kind.value == "filming_planned"]
