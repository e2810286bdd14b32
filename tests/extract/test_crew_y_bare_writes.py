"""A bare "writes" credits its subject only in a run of credits, before another name's own
("X writes; Y directs"); a reviewer's "writes that ..." or "writes, and I agree, ..." is no
screen credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _writers(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "writer"}


def test_a_bare_writes_before_another_credit_is_a_writer() -> None:
    for sentence in (
        "Petra Lune, who dreamed up the show, writes; Odo Brannock (Tide, Gull) directs.",
        "Petra Lune writes, and Odo Brannock directs.",
    ):
        assert "Petra Lune" in _writers(sentence), sentence


def test_a_writer_of_prose_is_no_writer() -> None:
    for sentence in (
        "Petra Lune writes that Odo Brannock directs with flair.",
        "Petra Lune writes, and I agree, that Odo Brannock directs well.",
        "Petra Lune writes; she says the director produces miracles.",
    ):
        assert "Petra Lune" not in _writers(sentence), sentence
