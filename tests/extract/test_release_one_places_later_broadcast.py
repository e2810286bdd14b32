"""Release: after a premiere day already past, a window told as one named place's run on its own
channel ("will air in Sweden on SVT in the spring") is that territory's later broadcast, held;
the same words with no earlier premiere day stay served. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_PREMIERED = "The series premiered on BBC One on 7 June."


def _served(*lines: str) -> set[str | None]:
    found = facts("A lede about the drama Wrenfield.", *lines, date="2026-07-02").release
    return {r.window for r in found if r.kind.value == "window" and r.served}


def test_one_places_later_broadcast_is_held() -> None:
    for line in (
        "Wrenfield will air in Sweden on SVT in the autumn.",
        "The series arrives in New Zealand on TVNZ in the autumn.",
    ):
        assert "2026-09/2026-11" not in _served(_PREMIERED, line), line


def test_the_same_run_with_no_earlier_premiere_stays_served() -> None:
    line = "Wrenfield will air in Sweden on SVT in the autumn."
    assert "2026-09/2026-11" in _served(line)
