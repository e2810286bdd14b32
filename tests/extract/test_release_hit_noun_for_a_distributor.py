"""A work called a hit for someone or with an audience ("a modest hit for its distributor in
November", "a surprise hit with audiences in March") is praised for a past run: "hit" is a
noun there, not the verb of a coming release, so its month is no window of ours. The verb
("the film will hit cinemas in November") still reads."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _windows(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    return {k for k in release_kinds(*paragraphs, date=date) if k[0] == "window"}


def test_a_hit_for_a_distributor_in_a_month() -> None:
    windows = _windows(
        "Mara Quill’s coastal drama, a modest hit for Larkspur Pictures in November, is now a"
        " serious awards contender.",
        "It opened in cinemas on 14 November.",
        date="2027-01-10",
    )
    assert not any(w[1].endswith("-11") for w in windows)


def test_a_hit_with_audiences_in_a_month() -> None:
    windows = _windows(
        "The quiet thriller, a surprise hit with audiences in March, returns to the race.",
        date="2027-01-10",
    )
    assert not any(w[1].endswith("-03") for w in windows)


def test_the_verb_still_reads() -> None:
    windows = _windows(
        "Copper Bay wrapped last week in Dorset.",
        "The film will hit cinemas in November, the distributor said.",
        date="2026-06-10",
    )
    assert ("window", "2026-11", False) in windows
