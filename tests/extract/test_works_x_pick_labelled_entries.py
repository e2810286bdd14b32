"""A guide whose headline and lede name two entries alike tells its own by the heading it labels
as its pick ("Our pick: Candlewick", "Pick of the night: ..."): the other entry, though the
headline names it first, is another work, and its makers are not the page's. Without such a
label the entry the headline names first stays the page's own."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_TITLE = "What to watch tonight: Pellow Reach, Candlewick and more"


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _guide(label: str) -> ArticleFacts:
    return facts(
        "Pellow Reach ends its run tonight, but the best new show of the evening is Candlewick.",
        "Pellow Reach",
        "BBC Two, 8pm",
        "The finale of the Cornish mystery, directed by Anwen Tresco, closes the case.",
        f"{label}Candlewick",
        "Channel 4, 10.15pm",
        "A new comedy about a failing candle shop, directed by Ossian Greave.",
        date="2026-05-29",
        title=_TITLE,
    )


def test_the_entry_labelled_as_the_pick_is_the_page_s_own() -> None:
    for label in ("Our pick: ", "Pick of the night: ", "Editor's choice: "):
        found = _guide(label)
        assert "Anwen Tresco" not in _directors(found), label
        assert "Ossian Greave" in _directors(found), label


def test_without_a_pick_label_the_entry_the_headline_names_first_is_the_page_s() -> None:
    found = _guide("")
    assert "Anwen Tresco" in _directors(found)
    assert "Ossian Greave" not in _directors(found)
