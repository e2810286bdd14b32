"""A chart's lower places may be listed one a line without numbers, each a title with its
certificate or channel in brackets and a figure after a dash, the figure sometimes followed by a
short clause ("Copper Wren (12A) – £1.4m, down 22%. The director Ada Vale's sequel ..."): the
note on such a line is that work's, so what it casts, credits or dates is not the article's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "Box office: Marrow Fen edges to the top in a quiet weekend"


def _chart(*lines: str) -> ArticleFacts:
    return facts(
        "Marrow Fen took £1.9m over the weekend, according to its distributor.",
        "Directed by Orla Penhallow, Marrow Fen stars Ansel Ferrand as Gideon Moult.",
        "The rest of the chart",
        *lines,
        title=_HEADLINE,
        date="2025-05-06",
    )


def test_an_unnumbered_lines_note_credits_and_casts_its_own_work() -> None:
    found = _chart(
        "Copper Wren (12A) - £1.42m, down 31%. Director Ilse Marwood's sequel is now past the "
        "first film's total.",
        "Tin Chapel (15) – £980,000. Second weekend for the ghost story starring Lark "
        "Pemberley as the lighthouse keeper Agatha Pim.",
        "Glass House (PG) — £510,000, still strong with families.",
    )
    assert ("director", "Ilse Marwood") not in served_credits(found)
    assert ("Lark Pemberley", "Agatha Pim") not in served_pairs(found)
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)
    assert ("director", "Orla Penhallow") in served_credits(found)


def test_a_channel_chart_without_numbers_holds_the_notes_too() -> None:
    found = _chart(
        "Flint Summer (BBC One) – 4.1m viewers. The period drama, starring Odo Bram as Sol Ferris, "
        "held its audience.",
        "The Reckoning Hour (ITV1) – 3.2m, up from 2.9m. Written by Cass Rowntree, it ends next "
        "week.",
    )
    assert ("Odo Bram", "Sol Ferris") not in served_pairs(found)
    assert ("writer", "Cass Rowntree") not in served_credits(found)
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)


def test_one_such_line_alone_is_no_chart() -> None:
    found = facts(
        "Marrow Fen took £1.9m over the weekend.",
        "Marrow Fen (12A) - £1.9m. Ansel Ferrand stars as Gideon Moult.",
        title=_HEADLINE,
    )
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)
