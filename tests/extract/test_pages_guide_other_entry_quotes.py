"""A what-to-watch guide heads each entry with a work's name over a where line ("Prime Video,
from Friday 5 June"): what another entry quotes is that work's maker talking about that work,
not a quote on the page's own pick. The own pick's quotes are served."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_HEADLINE = "What to watch this week: Lantern Bay: The Last Summer tops the new arrivals"


def _guide(heading: str, where: str, said: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            "A seaside farewell, a frozen thriller and a family secret: the week's streaming.",
            _HEADLINE,
            "OUR PICK",
            "Lantern Bay: The Last Summer",
            "Netflix, from Friday 12 June",
            "Orla Fenwick is back as Maisie Strand for one last summer by the sea. “It is the"
            " ending we always wanted,” director Tobiah Quell told us in the spring.",
            "ALSO THIS WEEK",
            heading,
            where,
            "A family gathers for a funeral and the will is not what anyone expected. Written by"
            f" Rhosyn Pryce, starring Elin Gwyther. {said}",
            "Copper Vault",
            "Channel 4, Sunday 14 June, 9pm",
            "A banker with secrets, and not a single likeable character.",
            date="2026-06-08",
            title=_HEADLINE,
        )
    )


@pytest.mark.parametrize(
    ("heading", "where", "said"),
    [
        (
            "Heirlooms",
            "BBC iPlayer, from Thursday 11 June",
            "“I wanted to write about lies,” Pryce says.",
        ),
        (
            "The Will",
            "Sky Atlantic, Wednesday 10 June, 9pm",
            "Pryce told us: “Grief makes liars of us all.”",
        ),
        ("Probate", "Where to watch: ITVX, from Monday", "“It is a comedy, really,” says Gwyther."),
    ],
)
def test_another_entrys_quote_is_not_served(heading: str, where: str, said: str) -> None:
    quotes = _guide(heading, where, said)
    assert not [q for q in quotes if q[1] in {"Rhosyn Pryce", "Elin Gwyther"}], quotes


def test_the_own_picks_quote_is_served() -> None:
    quotes = _guide(
        "Heirlooms",
        "BBC iPlayer, from Thursday 11 June",
        "“I wanted to write about lies,” Pryce says.",
    )
    assert any(speaker == "Tobiah Quell" for _, speaker in quotes), quotes


def test_a_capitals_heading_closes_the_last_entry() -> None:
    quotes = served_quotes(
        facts(
            "A seaside farewell and a family secret: the week's streaming.",
            _HEADLINE,
            "Lantern Bay: The Last Summer",
            "Netflix, from Friday 12 June",
            "Orla Fenwick is back as Maisie Strand for one last summer by the sea.",
            "Heirlooms",
            "BBC iPlayer, from Thursday 11 June",
            "A family gathers for a funeral and the will is not what anyone expected.",
            "STREAM OR SCREEN?",
            "Lantern Bay: The Last Summer is streaming only. A Netflix spokesperson told us: “It"
            " was made for the sofa, and that is where it belongs.”",
            date="2026-06-08",
            title=_HEADLINE,
        )
    )
    assert any(text.startswith("It was made") for text, _ in quotes), quotes
