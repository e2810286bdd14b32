"""Other works an article names in passing: an actor's earlier credit ("best known as Kip in the
soap Dune Road"), even when the article later names its next season, and a work named by its
brand ("Lumen Original Series The Pass lands in August") in a piece about another (invented)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs, served_releases


def test_an_earlier_credits_part_is_not_ours_even_when_its_season_is_named() -> None:
    found = facts(
        "Tom Reyes joins Brine as the lighthouse keeper's son.",
        "Reyes, 23, is best known to viewers as Kip Morrow, the wayward son in the soap Dune Road.",
        "In Brine, Reyes plays Ari Venn, the keeper's son.",
        "Locally, the second season of Dune Road returns to Channel 8 on 3 November.",
        date="2025-09-20",
        title="Brine adds Tom Reyes",
    )
    served = served_pairs(found)
    assert ("Tom Reyes", "Kip Morrow") not in served
    assert ("Tom Reyes", "Ari Venn") in pairs(found)
    assert not [r for r in found.release if r.served and r.date]


def test_a_branded_work_coming_soon_gives_no_window_for_ours() -> None:
    for line in (
        "Lumen Original Series The Pass lands in August.",
        "Coming later: the Lumen Original Film Night Ferry arrives in September.",
    ):
        served = served_releases(
            "Brine premieres on Lumen on Friday 17 July.", line, title="Brine: new on Lumen"
        )
        assert all(r.window is None for r in served), line
