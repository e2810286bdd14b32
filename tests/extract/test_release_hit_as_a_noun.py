""" "Hit" as a noun ("was the surprise hit of the Tarn festival in July", "a sleeper hit at the
box office") names a success, not the film hitting screens: its month is no release window;
the verb ("hits cinemas in November") still is."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_hit_as_a_noun_gives_no_window() -> None:
    for sentence in (
        "Copper Bay was the surprise hit of the Tarn Film Week in July.",
        "Copper Bay, a sleeper hit at the Lisk festival in June, has found a distributor.",
    ):
        found = release_kinds(sentence, title="Copper Bay: the director talks", date="2026-09-20")
        assert not any(kind == "window" for kind, _, _ in found), (sentence, found)


def test_a_hit_as_a_verb_still_dates_the_release() -> None:
    found = release_kinds(
        "Copper Bay hits cinemas in November.",
        title="Copper Bay: the director talks",
        date="2026-09-20",
    )
    assert ("window", "2026-11", False) in found
