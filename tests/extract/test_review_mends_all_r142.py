"""Review mends of round 142 (invented text): a question "we" asked someone, or one asked of
someone by name, is not the one asked's; a clause saying credited makers are on something else
("neither of whom is on social media") keeps their credit; a time hung on any "if the <noun>
holds" is hedged, while "if nothing else" hedges nothing."""

from __future__ import annotations

from tests.extract.helpers import facts, served_releases

_HEAD = "Q&A: director Corin Drelvane on Wetherfold"
_ASKED = "Q: How did you and Juna Ketterby split the scripts?"


def _askings(lead: str) -> list[tuple[str, str]]:
    found = facts(_HEAD, _ASKED, f'A: Juna wrote them. {lead}"Would Tibbet stay?" every week.')
    return [
        (q.speaker, q.source.name) for q in found.quotes if q.text.startswith("Would") and q.served
    ]


def test_a_question_we_or_i_asked_someone_by_name_is_not_theirs() -> None:
    for lead in ("We'd ask her, ", "I'd ask Juna, ", "I asked Ketterby, "):
        assert ("Juna Ketterby", "PERSON") not in _askings(lead), lead


_TITLE = "Tallow Yard: the film, explained"
_LEDE = "Tallow Yard: Closing Time, the film of the sitcom, opens in May."


def _directors(tail: str) -> set[str]:
    line = f"It is directed by Osla Brenning and Teodor Wrask, neither of whom {tail}"
    return {c.name for c in facts(_LEDE, line, title=_TITLE).crew if c.served}


def test_a_clause_on_something_else_keeps_the_credit() -> None:
    for tail in (
        "is on social media.",
        "has been in the director's chair before.",
        "was involved in the dispute.",
    ):
        assert {"Osla Brenning", "Teodor Wrask"} <= _directors(tail), tail


def test_a_clause_saying_they_are_not_on_this_one_still_drops_the_credit() -> None:
    for tail in ("is on this one.", "is involved this time.", "is back."):
        assert not {"Osla Brenning", "Teodor Wrask"} & _directors(tail), tail


def _windows(text: str) -> list[tuple[str | None, bool]]:
    found = served_releases("Filming has wrapped on Fenwhistle.", text, date="2025-10-02")
    return [(r.window, r.hedged) for r in found if r.kind.value == "window"]


def test_a_window_on_any_thing_holding_is_hedged() -> None:
    for condition in ("if the budget holds", "if the strike ends"):
        text = f"The drama will go out in autumn 2026, {condition}, on Channel 4."
        assert _windows(text) == [("2026-09/2026-11", True)], condition


def test_if_nothing_else_leaves_the_window_firm() -> None:
    text = "The drama will go out in autumn 2026, if nothing else a show of faith, on Channel 4."
    assert _windows(text) == [("2026-09/2026-11", False)]
