"""Pages that tell several productions (newsletters, box-office reports, profiles): a credit is
the article's only where the text is about its production. Another work's numbered item, a
description pointing back at another work just named, a quoted title described before its
participle, and a masthead's byline credit nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew

_NEWSLETTER_TITLE = "The Reel Round: Orchard Hours gets a title, and your weekend list"


def test_another_works_numbered_item_credits_nobody() -> None:
    found = served_crew(
        "Good morning, and welcome to The Reel Round.",
        "1. BRASS VALLEY GOES AGAIN",
        "Channel 4 has renewed its pit-town drama ‘Brass Valley’ for a third run. Creator Ines "
        "Palacio-Ruud says the new episodes jump forward a decade.",
        "2. ORCHARD HOURS: THE LONG AUTUMN",
        "Netflix's Orchard Hours film is now called ‘Orchard Hours: The Long Autumn’. Fenella "
        "Mawbey directs.",
        title=_NEWSLETTER_TITLE,
    )
    assert ("creator", "Ines Palacio-Ruud") not in found
    assert ("director", "Fenella Mawbey") in found


def test_a_quoted_heading_item_credits_nobody() -> None:
    found = served_crew(
        "Here is what mattered this week.",
        "1. ORCHARD HOURS TOPS THE CHART",
        "Orchard Hours went straight to No 1. The film, written by Fenella Mawbey, follows two "
        "sisters on a fruit farm.",
        "2. 'THE TIN CHAPEL' GETS A DATE",
        "The BBC's Welsh mystery 'The Tin Chapel' airs from Sunday 4 May. Writer Osric "
        "Pellow-Nunes has called it a hymn with a body count.",
        title="The Reel Round: Orchard Hours rules the charts",
    )
    assert ("writer", "Osric Pellow-Nunes") not in found
    assert ("writer", "Fenella Mawbey") in found


def test_a_description_after_another_titled_work_is_that_works() -> None:
    found = served_crew(
        "Lumen’s ‘Orchard Hours’ opened at No 1 this weekend with £1.8m.",
        "The film, directed by Fenella Mawbey, follows two sisters on a fruit farm.",
        "Paramount’s ‘Cinder Run 3’ slipped to second place. The action sequel stars Bo Rask and "
        "was directed by Garrow Finch-Adeyemi.",
        title="Box office: ‘Orchard Hours’ tops the chart ahead of ‘Cinder Run 3’",
    )
    assert ("director", "Garrow Finch-Adeyemi") not in found
    assert ("director", "Fenella Mawbey") in found


def test_a_quoted_title_described_before_its_participle_is_that_works() -> None:
    found = served_crew(
        "Orchard Hours, shot by Kazimierz Dobrowolny, is Netflix's big autumn film.",
        "Next he shoots ‘The Lantern Moor’, a Yorkshire crime drama directed by Maren Oyelowo.",
        "After that comes ‘Wrack Point’, an ITV thriller written by Ossian Trent.",
        title="Orchard Hours' cinematographer on light and fruit",
    )
    assert ("director", "Maren Oyelowo") not in found
    assert ("writer", "Ossian Trent") not in found


def test_a_masthead_byline_names_a_reporter_not_a_writer() -> None:
    found = facts(
        "This week: Orchard Hours tops the chart.",
        "The Reel Round | Friday edition | 2 May 2025 | Written by Perpetua Oakes-Mbeki",
        "Orchard Hours, written by Fenella Mawbey, tops the chart this week.",
        title=_NEWSLETTER_TITLE,
    )
    assert ("writer", "Perpetua Oakes-Mbeki") not in credits(found)
    assert "Perpetua Oakes-Mbeki" in found.people
