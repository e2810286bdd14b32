"""A takeover whose new actor carries a bracketed earlier work: "X (Salt Year) is taking over the
role of Y from Z" still names Z as Y's former actor."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    return served_statuses(facts(*paragraphs, title="Harbour Lights recasts its lead"))


def test_a_bracketed_work_after_the_new_actor_keeps_the_leaver() -> None:
    castings = _statuses(
        "Oriane Castelnau (Les Nuits Blanches) is taking over the role of Solène Marchetti from "
        "Greta Vollmer, who has exited the Harbour Lights film over scheduling, we hear.",
    )
    assert castings.get(("Oriane Castelnau", "Solène Marchetti")) is CastStatus.CURRENT
    assert castings.get(("Greta Vollmer", "Solène Marchetti")) is CastStatus.FORMER


def test_a_bracketed_series_with_a_year_after_the_new_actor() -> None:
    castings = _statuses(
        "Harbour Lights has a new Captain Ruth Alder. Imogen Tarrant (Deep Water, 2021) has "
        "taken over the part of Captain Ruth Alder from Beatrix Hale.",
    )
    assert castings.get(("Imogen Tarrant", "Captain Ruth Alder")) is CastStatus.CURRENT
    assert castings.get(("Beatrix Hale", "Captain Ruth Alder")) is CastStatus.FORMER


def test_a_bracketed_credit_before_stepped_into_the_role() -> None:
    castings = _statuses(
        "Harbour Lights has lost its ship's surgeon. Danish actor Osric Felgate-Munro, announced "
        "in May as Dr Caddock Vey, has left the project over a scheduling conflict. Halvard "
        "Stenqvist (The Tideglass Affair) has stepped into the role.",
    )
    assert castings.get(("Halvard Stenqvist", "Dr Caddock Vey")) is CastStatus.CURRENT


def test_a_takeover_with_no_leaver_before_it_names_no_part() -> None:
    castings = _statuses(
        "Harbour Lights has cast Sefton Ardagh as Dr Caddock Vey. Halvard Stenqvist (The "
        "Tideglass Affair) has stepped into the role of narrator.",
    )
    assert ("Halvard Stenqvist", "Dr Caddock Vey") not in castings
