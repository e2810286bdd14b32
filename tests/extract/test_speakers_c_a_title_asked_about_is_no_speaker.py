"""Quotes on invented text: a question put about the work ("Does Marram feel gentler?") names a
title the article elsewhere tells as a work ("directs Marram Tides", "Marram Tides streams on
..."), so the answer's "she says" goes past it to the interviewee; a person asked about keeps
the answer."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = (
    "Brenna Coyle, the director of Low Orchard and Fenwick, on taking charge of Apple TV’s"
    " Marram Tides for its last chapter."
)
_OPENING = (
    "Brenna Coyle has steered Idris Alden to a Bafta, but nothing, she says, readied her for a"
    " cast this young."
)
_TEA = "“They text me at two in the morning,” she says over tea in Hove."
_DIRECTS = (
    "The Cork-born filmmaker directs Marram Tides, the feature that closes Tobias Wren’s saga in"
    " place of a fourth series."
)
_EARLIER = (
    "Her earlier films were darker. Low Orchard, which she made in 2015, starred Alden as a"
    " drowned fisherman."
)
_STREAMS = "Marram Tides streams on Apple TV from 3 March."
_TITLE = "“A soft landing”: Brenna Coyle on closing Marram"


def test_an_answer_to_a_question_about_the_work_is_the_interviewees() -> None:
    found = facts(
        _LEDE,
        _OPENING,
        _TEA,
        _DIRECTS,
        _EARLIER,
        "Does Marram feel gentler? “It feels braver,” she says. “Not gentler. Braver.”",
        _STREAMS,
        date="2026-02-20",
        title=_TITLE,
    )
    served = served_quotes(found)
    assert ("It feels bra", "Brenna Coyle") in served, served
    assert not any(speaker == "Marram Tides" for _, speaker in served), served


def test_an_answer_to_a_question_about_a_person_is_still_theirs() -> None:
    found = facts(
        _LEDE,
        _OPENING,
        _TEA,
        _DIRECTS,
        "Does Alden miss the sea? “Every single day,” he says.",
        _STREAMS,
        date="2026-02-20",
        title=_TITLE,
    )
    served = served_quotes(found)
    assert ("Every single", "Idris Alden") in served, served


def test_a_maker_whose_film_premieres_still_speaks() -> None:
    found = facts(
        "The world premiere of Brenna Coyle’s film opened the festival on Thursday night.",
        "The debut feature from Cork-born director Nell Ashgrove premiered at the same festival"
        " a day later.",
        "Coyle, who directs Marram Tides, arrived late. Cait Rennick, one of her cast, praised"
        " her. “Brenna sees what we cannot,” Rennick said.",
        "“She cast me on one take,” Ashgrove told us of her own lead.",
        date="2026-02-20",
        title="Festival opens with Brenna Coyle’s Marram Tides",
    )
    served = served_quotes(found)
    assert ("She cast me ", "Nell Ashgrove") in served, served
