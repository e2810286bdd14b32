"""A clause on "that series" after another work named in its sentence dates that work, not the
production ("... adaptation of The Tarn Sisters; that series is expected next year"); invented
articles."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "The Pellow Reach series has begun filming in Cornwall with Ismay Corran in the lead."


def windows(*paragraphs: str) -> list[str | None]:
    found = facts(LEDE, *paragraphs, date="2025-11-05", title=None)
    return [r.window for r in found.release if r.served and r.window]


def test_that_series_after_another_work_is_not_ours() -> None:
    sentence = (
        "Corran, 38, was announced last year for the BBC’s adaptation of The Tarn Sisters, in"
        " which she plays Morwen Ashby; that series is expected on BBC One next year."
    )
    assert windows(sentence) == []
    assert windows("Corran starred in The Tarn Sisters; that series airs in spring 2026.") == []


def test_that_series_after_our_own_title_stays() -> None:
    sentence = "The cast of Pellow Reach met in Truro; that series will air in autumn 2026."
    assert windows(sentence) == ["2026-09/2026-11"]
