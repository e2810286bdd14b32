"""Quote lines on invented text: a title set after the noun that names it ("asked for a new
title, “...”") and a chapter listed under its time code among other such lines are names, not
anyone's quote. A remark after "the title" in its own sentence, and a live blog's time-coded
line credited to someone, stay quotes."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts, start: str) -> bool:
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_a_title_set_after_its_noun_is_not_served() -> None:
    for line in (
        "A petition asked for a French title, “Marée basse – Pour toujours”, which gathered"
        " 2,000 signatures.",
        "The producers have settled on a working title: “The Glass Skiff”.",
    ):
        found = facts(
            "Lantern Hill has dubbed Tidewater into French for its autumn release.",
            line,
            "Dubbing director Maelle Rousset said: “We kept the cast together.”",
            date="2027-02-14",
        )
        assert not _served(found, "Marée basse") and not _served(found, "The Glass Skiff"), line
        assert _served(found, "We kept the cast")


def test_a_remark_after_the_title_in_its_own_sentence_stays_a_quote() -> None:
    found = facts(
        "Lantern Hill has dubbed Tidewater into French for its autumn release.",
        "The studio kept the English name. “The title is our flag,” a Lantern Hill spokesperson"
        " said.",
        date="2027-02-14",
    )
    assert _served(found, "The title is our flag")


def test_a_chapter_under_its_time_code_is_not_served() -> None:
    for chapters in (
        "Chapters\n00:00 Hello and listener mail\n12:30 “The night we lost the light”\n"
        "41:10 Your questions",
        "Chapters\n00:00 Hello and listener mail\n1:02:30 'The night we lost the light'",
    ):
        found = facts(
            "On this week's Quiet Frames, producer Ilse Marchetti talks about Tidewater.",
            "“We had nine weeks and it rained for eight,” Marchetti says.",
            chapters,
            date="2027-02-14",
        )
        assert not _served(found, "The night we lost"), chapters
        assert _served(found, "We had nine weeks")


def test_a_credited_time_coded_line_in_a_live_blog_stays_a_quote() -> None:
    found = facts(
        "Live: the Tidewater premiere in Brighton, as it happened.",
        "19:05 “We are so proud of this one,” Ilse Marchetti said on the carpet.\n"
        "19:12 The cast have arrived.",
        date="2027-02-14",
    )
    assert _served(found, "We are so proud")
