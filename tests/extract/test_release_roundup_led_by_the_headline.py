"""A numbered round-up whose lede names no item's work: the first item is ours when the headline
names it before any other item's work, and times under the other items are theirs."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _roundup(title: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "From a lantern-lit farewell to a storm over the fens, the week's best trailers.",
        "1. Gorse Lantern (Vela TV)",
        "Tam Roe directs the film, and Vela TV will release it on Friday 17 April.",
        "2. Fenmarsh (Brightcast)",
        "Created by Ada Quell, the six-part series arrives on Brightcast on 20 May.",
        "3. Quenby Wick (Pictor+)",
        "A slow-burn comedy about a candle shop. It opens in November.",
        date="2026-03-13",
        title=title,
    )


def test_the_headlines_first_work_leads_the_roundup() -> None:
    found = _roundup(
        "The 3 best trailers of the week: Gorse Lantern, Brightcast’s Fenmarsh and more"
    )
    assert ("premiere_date", "2026-04-17", False) in found
    assert ("premiere_date", "2026-05-20", False) not in found
    assert ("window", "2026-11", False) not in found


def test_a_headline_led_by_another_item_tells_nothing() -> None:
    found = _roundup("The 3 best trailers of the week: Fenmarsh, Gorse Lantern and more")
    assert ("premiere_date", "2026-04-17", False) in found
