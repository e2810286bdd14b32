"""Quotes on invented text: a transcript label in capitals that keeps a surname prefix small
("TOMÁS McKEEVER:", "IDA DeLUCA:") is the person as the article writes the name elsewhere, never
the label's spelling; a label the article never writes in ordinary case stays unserved."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _transcript(name: str, label: str) -> list[tuple[str, str]]:
    found = facts(
        f"Playwright {name} joined Harbour Radio to talk about her first film, Neap Tide Hotel.",
        "Transcript: The Late Show, Harbour Radio, broadcast Monday 2 March 2026.",
        f"PIA RENSHAW: My guest tonight is {name}. Welcome.",
        f"{label}: Thanks, Pia. Lovely to be here.",
        "PIA RENSHAW: Where was it shot?",
        f"{label}: On the pier at Kelby, in the worst rain of the year.",
        date="2026-03-03",
        title=f"{name} on Neap Tide Hotel",
    )
    return served_quotes(found)


def test_a_capital_label_with_a_small_prefix_is_the_name_as_written() -> None:
    for name, label in (
        ("Sorcha McKeever", "SORCHA McKEEVER"),
        ("Ida DeLuca", "IDA DeLUCA"),
        ("Maren MacLeish", "MAREN MacLEISH"),
    ):
        served = _transcript(name, label)
        assert ("On the pier ", name) in served, served
        assert all(who == name for _, who in served), served


def test_a_label_never_written_in_ordinary_case_is_not_served_as_written() -> None:
    found = facts(
        "Harbour Radio spoke to a playwright about her first film, Neap Tide Hotel.",
        "Transcript: The Late Show, Harbour Radio, broadcast Monday 2 March 2026.",
        "PIA RENSHAW: Where was it shot?",
        "SORCHA McKEEVER: On the pier at Kelby, in the worst rain of the year.",
        date="2026-03-03",
        title="Neap Tide Hotel: the playwright speaks",
    )
    assert all(who != "SORCHA McKEEVER" for _, who in served_quotes(found)), served_quotes(found)


def test_a_label_already_in_ordinary_case_is_kept() -> None:
    served = _transcript("Sorcha McKeever", "Sorcha McKeever")
    assert ("On the pier ", "Sorcha McKeever") in served, served
