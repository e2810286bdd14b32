"""An author who adapted her own book "herself" or "for the screenplay" wrote this work's script
(writer and author); an adaptation told as done elsewhere stays uncredited (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The Wending Stair gets a trailer and a date"
_LEDE = "The Wending Stair, the thriller based on Mabyn Treloar's novel, finally has a trailer."


def _roles(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.role.value for c in found if c.served and c.name == "Mabyn Treloar"}


def test_adapting_her_book_herself_is_the_script() -> None:
    for sentence in (
        "Treloar adapted her novel herself.",
        "Treloar adapted her own novels for the screenplay, and Idris Penhale directs.",
    ):
        assert "writer" in _roles(sentence), sentence


def test_an_adaptation_told_elsewhere_is_no_script() -> None:
    for sentence in (
        "Treloar adapted her novel for the stage in 2019.",
        "Treloar adapted her novel herself for a radio serial in 2019.",
    ):
        assert "writer" not in _roles(sentence), sentence
