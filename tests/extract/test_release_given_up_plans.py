"""Plans an article says were given up, on invented text: a date told in the plain past ("which
was due to open on ...") that the sentence then replaces, and a date or window the sentence then
calls off ("is off the table", "no longer on the cards"). The new date is kept."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Brass Lantern release moved after reshoots"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_plain_past_plan_replaced_later_in_the_sentence_is_dropped() -> None:
    kinds = _kinds(
        "Brass Lantern, which was due to premiere on Channel 4 and its app on 20 March, will now "
        "arrive on Friday 24 July, the broadcaster said.",
    )
    assert ("premiere_date", "2026-03-20", False) not in kinds
    assert ("premiere_date", "2026-07-24", False) in kinds


def test_a_plan_that_was_set_and_has_been_pushed_is_dropped() -> None:
    kinds = _kinds(
        "The thriller was set to stream on 6 April but has been pushed to the autumn.",
    )
    assert ("premiere_date", "2026-04-06", False) not in kinds


def test_a_plain_past_plan_with_no_turn_keeps_its_date() -> None:
    kinds = _kinds("Brass Lantern is set to open in cinemas on 20 March.")
    assert ("premiere_date", "2026-03-20", False) in kinds


def test_a_window_called_off_the_table_is_dropped() -> None:
    kinds = _kinds(
        "The reshoots run into May, so the summer 2026 release the producers wanted is off the "
        "table.",
    )
    assert not any(kind == "window" for kind, *_ in kinds)


def test_a_window_no_longer_on_the_cards_is_dropped() -> None:
    kinds = _kinds("An autumn 2026 launch is no longer on the cards, one producer admitted.")
    assert not any(kind == "window" for kind, *_ in kinds)
