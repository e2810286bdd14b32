"""A newsletter item whose first paragraph has a channel renew the heading's name ("BBC Scotland
has renewed The Drumlin Caper for a third series", "Sky renews Pewter Lane") is that work's item
to its end: its cast, its creator and its planned shoot are that work's, not ours."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_HEADLINE = "The Queue: Lantern Bay's last run gets a trailer"


def _newsletter(heading: str, opening: str) -> tuple[set[tuple[str, str]], ...]:
    found = facts(
        "Morning, all. Two things today.",
        _HEADLINE,
        "1. LANTERN BAY: THE LAST RUN",
        "The Lantern Bay trailer landed on Tuesday, with Perrin Gautschi as Tamsin Roe.",
        heading,
        f"{opening} Ottilie Brand returns as the scheming Wenna Pike, with Caspar Hume back as"
        " her cousin Jory. Filming starts in Fife in June, with the episodes due next year.",
        "“We have a bigger boat now,” creator Maisie Ardvreck told us.",
        date="2026-02-10",
        title=_HEADLINE,
    )
    release = {(r.kind.value, str(r.date or r.window or "")) for r in found.release if r.served}
    return served_pairs(found), served_credits(found), release  # type: ignore[return-value]


def test_a_renewed_items_cast_crew_and_shoot_are_not_ours() -> None:
    for heading, opening in (
        (
            "2. THE DRUMLIN CAPER RETURNS",
            "Good news for fans of the funniest show nobody watched: BBC Scotland has renewed"
            " The Drumlin Caper for a third series.",
        ),
        ("2. Pewter Lane is back", "Sky renews Pewter Lane for a second run."),
        (
            "2. MARROWGATE RIDES AGAIN",
            "As expected, ITV has recommissioned Marrowgate for another series.",
        ),
    ):
        cast, crew, release = _newsletter(heading, opening)
        assert ("Perrin Gautschi", "Tamsin Roe") in cast, heading
        assert not any(actor in {"Ottilie Brand", "Caspar Hume"} for actor, _ in cast), heading
        assert ("creator", "Maisie Ardvreck") not in crew, heading
        assert not any(kind == "filming_planned" for kind, _ in release), heading
