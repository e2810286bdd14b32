"""Review mends of round 152 (invented text): an actor "back as" a part who tells a magazine
keeps their words; a single line told "for" someone, or in a clause going on past it, is the
speaker's remark, not a trailer's line; a writer's "which is ... for" holds the marks only when
it names a way of speaking ("studio-speak", "code"), not a thing good for someone; a duty
shared in the past across a run counted in figures, whole ("all nine seasons") or owned ("the
show's first 3 seasons") is no credit of ours."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts, served_crew

_DATE = "2026-03-01"
_LEDE = "Ingrid Solberg stars in Saltglass, Tidewater's new drama, as Wren Alder."


def _quote(*paras: str, start: str) -> QuoteFact:
    found = facts(_LEDE, *paras, date=_DATE)
    return next(q for q in found.quotes if q.text.startswith(start))


def test_an_actor_back_as_a_part_telling_a_magazine_keeps_their_words() -> None:
    quote = _quote(
        "Kasper Lund, back as Orvo, tells Empire: “It felt like coming home after all these"
        " years.”",
        start="It felt like",
    )
    assert quote.served and quote.speaker == "Kasper Lund"


def test_one_line_for_the_doubters_is_a_remark_not_a_trailer_line() -> None:
    quote = _quote(
        "The first trailer arrived on Monday to mixed reviews. Asked about the doubters, Solberg "
        "has one line for them: “Wait and see what we have made.”",
        start="Wait and see",
    )
    assert quote.served and quote.speaker == "Ingrid Solberg"


def test_one_line_in_a_clause_going_on_is_the_speakers_own_words() -> None:
    quote = _quote(
        "The teaser landed on Monday. Solberg, who has just one line in it, is relaxed about "
        "that: “Less is more, and I like the mystery.”",
        start="Less is more",
    )
    assert quote.served and quote.speaker == "Ingrid Solberg"


def test_which_is_a_treat_for_keeps_the_speakers_words() -> None:
    for line in (
        "Solberg talked about the ending, which is a puzzle for “anyone who wants every answer "
        "handed to them on a plate,” she said.",
        "The finale is a long one, which is a treat for “those of us who never want it to end, "
        "frankly,” Solberg said.",
    ):
        found = facts(_LEDE, line, date=_DATE)
        assert any(q.served and q.speaker == "Ingrid Solberg" for q in found.quotes), line


def test_a_past_share_across_any_counted_run_is_not_ours() -> None:
    for run in ("across all nine seasons", "on the show's first 3 seasons", "over ten series"):
        found = served_crew(
            "Harrow Quay, the film, arrives on Friday.",
            f"Mirela Dunmore and Osk Baranyi shared writing duties {run}.",
            title="Harrow Quay: the film that ends the series",
        )
        assert ("writer", "Mirela Dunmore") not in found, run
        assert ("writer", "Osk Baranyi") not in found, run
