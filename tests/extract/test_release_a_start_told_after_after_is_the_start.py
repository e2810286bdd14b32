"""A shoot's start told in a gerund after "after" or "since" ("wrapped this week after
starting on 3 March") takes the date: it is the start, never the wrap the sentence leads with.
"before starting" tells of something else and changes nothing. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(lede: str) -> set[tuple[str, str]]:
    found = facts(lede, "The cast shared photos from the set.", date="2025-09-12")
    return {
        (r.kind.value, str(r.date or r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_day_after_a_gerund_start_is_the_start() -> None:
    for lede in (
        "Filming on Tarn Weavers, the ITV drama, wrapped this week after starting on 14 July.",
        "The shoot for Tarn Weavers finished this week, after beginning on 14 July.",
    ):
        shoot = _shoot(lede)
        assert ("filming_started", "2025-07-14") in shoot, lede
        assert ("filming_wrapped", "2025-07-14") not in shoot, lede


def test_a_month_after_a_gerund_start_is_never_the_wrap() -> None:
    shoot = _shoot("Filming on Tarn Weavers wrapped this week, after kicking off in June.")
    assert ("filming_wrapped", "2025-06") not in shoot


def test_before_starting_leaves_the_wrap_its_day() -> None:
    lede = "Filming on Tarn Weavers wrapped on 5 September, before starting on the sequel."
    assert ("filming_wrapped", "2025-09-05") in _shoot(lede)
