"""A work named as a cast member's earlier credit is not the production's own, on invented
text: a later sentence dating that work's new season is left out, whichever way the credit was
told; a work the headline names keeps its date."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _served(*paragraphs: str, title: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2025-10-12", title=title)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_credited_shows_new_season_dates_nothing_of_ours() -> None:
    served = _served(
        "Tumi Zulu has joined the cast of Netflix’s Amber Coast film as a lifeguard.",
        "Zulu, 24, is best known to local viewers as Dumi, the eldest son in the telenovela "
        "Ukuthula.",
        "Amber Coast premieres on Netflix on 6 March 2026.",
        "Locally, the third season of Ukuthula returns to e.tv on 3 November.",
        title="Tumi Zulu joins Amber Coast film",
    )
    assert ("premiere_date", "2025-11-03") not in served
    assert ("premiere_date", "2026-03-06") in served


def test_a_show_the_actor_was_last_seen_in_dates_nothing_of_ours() -> None:
    served = _served(
        "Tumi Zulu has joined the cast of Netflix’s Amber Coast film as a lifeguard.",
        "She was last seen as a nurse in the hospital drama Night Shift.",
        "The new season of Night Shift returns to SABC 1 on 3 November.",
        title="Tumi Zulu joins Amber Coast film",
    )
    assert ("premiere_date", "2025-11-03") not in served


def test_a_credit_the_headline_names_keeps_its_date() -> None:
    served = _served(
        "Tumi Zulu, best known as Dumi in Ukuthula, returns for its third season.",
        "Ukuthula returns to e.tv on 3 November.",
        title="Ukuthula season three: Tumi Zulu is back",
    )
    assert ("premiere_date", "2025-11-03") in served
