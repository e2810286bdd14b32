"""A day told of another deed than the release: mail that landed, nominations picked up."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Weekly streaming notes"


def test_notes_that_landed_in_an_inbox_on_a_weekday_date_no_release() -> None:
    found = release_kinds(
        "Marrow Bay is the one to watch this spring.",
        "The press notes that landed in my inbox on Tuesday also name the editor.",
        date="2031-03-14",
        title=_TITLE,
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_screener_that_arrived_in_our_inboxes_or_on_a_desk_dates_no_release() -> None:
    for sentence in (
        "The screener link for Marrow Bay arrived in our inboxes on Monday.",
        "An email about Marrow Bay hit my inbox this morning.",
        "The Marrow Bay press kit landed on my desk yesterday.",
    ):
        found = release_kinds(sentence, date="2031-03-14", title=_TITLE)
        assert not any(kind == "premiere_date" for kind, _, _ in found), sentence


def test_nominations_picked_up_today_are_no_premiere_after_a_debut_aside() -> None:
    for sentence in (
        "Marrow Bay, the drama that has been gathering praise since its Toronto debut in "
        "September, picked up five nominations this morning.",
        "Marrow Bay, which premiered in Berlin in February, won three awards last night.",
        "Marrow Bay, the thriller since its Busan debut, earned four nods today.",
    ):
        found = release_kinds(sentence, date="2031-11-20", title=_TITLE)
        assert not any(kind == "premiere_date" for kind, _, _ in found), sentence


def test_a_release_told_on_the_day_still_stands() -> None:
    found = release_kinds(
        "Marrow Bay lands on Netflix on Friday.",
        date="2031-03-11",
        title="Marrow Bay: what we know",
    )
    assert ("premiere_date", "2031-03-14", False) in found
