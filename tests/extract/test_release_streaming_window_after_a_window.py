"""Release: a streaming or home window told after an earlier release window in the same
sentence ("a cinema release in spring 2027, ahead of a streaming window on Velo next winter") is
the film's next step, held; the opening window stays served, and a streaming window with no
earlier window beside it is left as it was. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(line: str) -> set[str | None]:
    found = facts("A lede about the film Wrenfield.", line, date="2026-10-05").release
    return {r.window for r in found if r.kind.value == "window" and r.served}


def test_a_streaming_window_after_a_cinema_window_is_held() -> None:
    for line, opening, later in (
        (
            "Skyreel is planning a cinema release for Wrenfield in spring 2027, ahead of a "
            "streaming window on Velo next winter.",
            "2027-03/2027-05",
            "2027-12/2028-02",
        ),
        (
            "Wrenfield opens in cinemas in March 2027, with a home release on Velo in autumn 2027.",
            "2027-03",
            "2027-09/2027-11",
        ),
    ):
        served = _served(line)
        assert opening in served, line
        assert later not in served, line


def test_a_streaming_window_alone_stays_served() -> None:
    line = "Wrenfield will have its streaming debut on Velo in spring 2027."
    assert "2027-03/2027-05" in _served(line)
