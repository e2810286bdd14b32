"""A what-to-watch guide's entries under a title with a day-led where line ("Sunday 3 May,
9pm, BBC One"): the entry the headline names first is the page's own, the others' castings held."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_TITLE = "What to watch this weekend: Quillmoor, Brackenfold and more"


def test_capitals_titles_over_day_led_where_lines() -> None:
    found = facts(
        "A moorland mystery leads the weekend.",
        "By the Listings desk | Friday 8 May 2026",
        "QUILLMOOR",
        "Sunday 10 May, 9pm, BBC One; every episode on iPlayer the same day",
        "Tamsin Arkwright-Bede plays Inspector Nell Corrigan, back in her home village.",
        "BRACKENFOLD (SERIES 2)",
        "Saturday 9 May, 10pm, Channel 4",
        "The farm comedy returns, with Oswin Tarrant once again as the hapless Gideon Fawley.",
        "THE SILVER WEIR",
        "From Thursday 14 May, Prime Video",
        "Margit Selander leads as the ferry captain, Astrid Holm, in this chilly thriller.",
        date="2026-05-08",
        title=_TITLE,
    )
    assert ("Tamsin Arkwright-Bede", "Inspector Nell Corrigan") in served_pairs(found)
    held = held_pairs(found)
    assert ("Oswin Tarrant", "Gideon Fawley") in held
    assert ("Margit Selander", "Astrid Holm") in held


def test_a_picked_title_over_a_day_led_where_line_is_served() -> None:
    found = facts(
        "A canal thriller and a baking contest this weekend.",
        "By the Listings desk | Friday 8 May 2026",
        "PICK OF THE WEEKEND",
        "Quillmoor",
        "Sunday 10 May, 9pm, ITV1 (the whole series on ITVX from 10pm)",
        "Tamsin Arkwright-Bede plays Inspector Nell Corrigan, back in her home village.",
        "ALSO THIS WEEKEND",
        "Brackenfold (Saturday, 8pm, Channel 4)",
        "The farm comedy returns, with Oswin Tarrant as the hapless Gideon Fawley.",
        "Lockside Bakes (Sunday, 7pm, BBC Two)",
        "The canal-boat baking contest is back for a third series.",
        date="2026-05-08",
        title=_TITLE,
    )
    assert ("Tamsin Arkwright-Bede", "Inspector Nell Corrigan") in served_pairs(found)


def test_a_labelled_pick_over_a_day_led_where_line_is_the_own_entry() -> None:
    found = facts(
        "A moorland mystery leads the weekend.",
        "By the Listings desk | Friday 8 May 2026",
        "PICK OF THE WEEK: QUILLMOOR",
        "Sunday 10 May, 9pm, BBC One; every episode on iPlayer the same day",
        "Tamsin Arkwright-Bede plays Inspector Nell Corrigan, back in her home village.",
        "BRACKENFOLD",
        "Netflix, from Friday 8 May",
        "The farm comedy returns, with Oswin Tarrant once again as the hapless Gideon Fawley.",
        date="2026-05-08",
        title="What to watch this weekend: Quillmoor, Brackenfold and more",
    )
    assert ("Tamsin Arkwright-Bede", "Inspector Nell Corrigan") in served_pairs(found)
    assert ("Oswin Tarrant", "Gideon Fawley") in held_pairs(found)
