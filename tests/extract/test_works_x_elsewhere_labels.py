"""A live blog or newsletter line opened by a label of news from elsewhere ("Elsewhere at the
festival: ...", "21:45 Quick hits from elsewhere: ...") tells another work's makers, not the
page's own; a line after such a label that names the page's own work keeps its credits."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_TITLE = "Fenwick Lights premieres to cheers at the Tarnmouth festival"


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _blog(line: str) -> ArticleFacts:
    return facts(
        "Live from Tarnmouth: the Fenwick Lights film has its world premiere tonight.",
        "19:10 The Fenwick Lights film, directed by Maren Oakes, closes the first night.",
        line,
        date="2026-10-09",
        title=_TITLE,
    )


def test_a_line_labelled_as_news_from_elsewhere_credits_another_work() -> None:
    for line in (
        "21:45 Quick hits from elsewhere: Copper Weir, directed by Ossian Greave, screened to a "
        "muted room.",
        "Elsewhere at the festival: Copper Weir, directed by Ossian Greave, screened to a muted "
        "room.",
    ):
        found = _blog(line)
        assert "Ossian Greave" not in _directors(found), line
        assert "Maren Oakes" in _directors(found), line


def test_a_line_after_the_label_naming_the_page_s_work_keeps_its_credits() -> None:
    found = _blog(
        "Elsewhere at the festival: a second Fenwick Lights screening, directed by Ossian Greave, "
        "sold out."
    )
    assert "Ossian Greave" in _directors(found)
