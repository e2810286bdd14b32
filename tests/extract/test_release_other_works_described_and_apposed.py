"""Release: another work's times told without its name. "The Welsh film, released in March,"
right after a sentence naming a rival (and nothing of ours) is that rival; "the festival's
closing film, Tin Lid, ... ahead of its cinema release on 8 June" is that film's. Our own film
told the same ways keeps its times. Invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _times(found: ArticleFacts) -> set[str]:
    return {
        r.window or (r.date.isoformat() if r.date else "")
        for r in found.release
        if r.served and r.kind in {ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE}
    }


_AWARDS = "Saltmarrow leads the regional film awards nominations"
_AWARDS_LEDE = "Pilar Ostend’s coastal drama Saltmarrow earned eight nominations."


def test_a_described_film_after_a_rival_is_the_rival() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Saltmarrow opened in UK cinemas on 4 September. Its closest rival is Nia Pryce’s Cold"
        " Quay, which took five nominations. The Welsh film, released in October, has done well"
        " in Cardiff.",
        date="2026-12-01",
        title=_AWARDS,
    )
    assert _times(found) == {"2026-09-04"}


def test_the_film_described_after_a_sentence_about_ours_is_ours() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Saltmarrow was made for under £1m. The coastal film, released in October 2026, has"
        " done well in Cardiff.",
        date="2026-12-01",
        title=_AWARDS,
    )
    assert "2026-10" in _times(found)


_FESTIVAL = "Flare 2026: Harrow Fen gets a warm send-off"
_FESTIVAL_LEDE = "The Lumen drama Harrow Fen closed the festival on Saturday."


def test_a_festival_film_named_in_an_aside_dates_its_own_release() -> None:
    found = facts(
        _FESTIVAL_LEDE,
        "Earlier the festival’s opening-night film, Tin Lid, directed by Ona Brisk, screened"
        " again ahead of its UK cinema release on 8 May.",
        "Harrow Fen streams on Lumen from Friday 17 April.",
        date="2026-03-22",
        title=_FESTIVAL,
    )
    assert _times(found) == {"2026-04-17"}


def test_our_film_named_in_an_aside_keeps_its_release() -> None:
    found = facts(
        _FESTIVAL_LEDE,
        "The festival’s closing film, Harrow Fen, directed by Ona Brisk, screened ahead of its"
        " release on Lumen on 17 April.",
        date="2026-03-22",
        title=_FESTIVAL,
    )
    assert _times(found) == {"2026-04-17"}
