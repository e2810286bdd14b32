"""A casting slipped into a rival's chart figures ("behind Salt Gate 2 (£2.1m, with A back as
B)") is that work's and held, even when the headline names the rival; the same bracket after
the article's own title keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_TITLE = "Larkspur Row previews take £1.1m as Salt Gate 2 holds top spot"
_LEDE = "Two nights of previews for Larkspur Row took £1.1m across the UK."


def test_a_casting_in_a_rivals_figures_is_held() -> None:
    for sentence in (
        "The chart behind Salt Gate 2 (£2.1m, with Fen Adderley back as DI Crane) was rounded"
        " out by Grey Weir (£640,000).",
        "Grey Weir ($4.2m, starring Fen Adderley as DI Crane) fell to third.",
    ):
        found = facts(_LEDE, sentence, date="2026-04-20", title=_TITLE)
        assert ("Fen Adderley", "DI Crane") not in served_pairs(found), sentence
        assert ("Fen Adderley", "DI Crane") in held_pairs(found), sentence


def test_our_own_titles_figures_keep_the_casting() -> None:
    sentence = "Larkspur Row (£1.1m, with Fen Adderley as Mara Holt) did not enter the chart."
    found = facts(_LEDE, sentence, date="2026-04-20", title=_TITLE)
    assert ("Fen Adderley", "Mara Holt") in served_pairs(found)
