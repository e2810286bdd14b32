"""Quotes on invented text: a transcript's first turn by a presenter named in ordinary case
("HOST (Ada Vale):") is the same asker as the later "VALE:" turns, so the guest's reply to the
greeting is an answer; a first turn by someone who never asks again leaves the reply alone."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The composer of the stage musical Ferrylight joins the evening show on Coastline Radio."
_TURNS = (
    "{first}: My guest tonight wrote every song in Ferrylight. Bastien Okoro-Lind, hello.",
    "OKORO-LIND: Hello, and thanks. I have never been so nervous about a radio studio.",
    "ARNESEN: Where did the first song come from?",
    "OKORO-LIND: A night bus in Bergen. I hummed it into my phone and nearly missed my stop.",
    "ARNESEN: And the last one?",
    "OKORO-LIND: I wrote it the week before we opened, which I do not recommend.",
)


def _show(first: str) -> set[tuple[str, str]]:
    paras = [t.replace("{first}", first) for t in _TURNS]
    return set(served_quotes(facts(_LEDE, *paras)))


def test_the_reply_to_a_presenter_named_in_ordinary_case_is_an_answer() -> None:
    served = _show("HOST (Sigrun Arnesen)")
    assert ("Hello, and t", "Bastien Okoro-Lind") in served, served


def test_the_reply_to_someone_who_never_asks_again_is_left() -> None:
    served = _show("HOST (Pernille Dahl)")
    assert all(text != "Hello, and t" for text, _ in served), served
