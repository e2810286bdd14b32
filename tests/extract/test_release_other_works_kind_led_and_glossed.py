"""Release: another work named right after its owner and kind ("Vale's two-part serial The Salt
Road premieres on ...") or glossed by its maker and kind ("Tin Lid, Ada Vane's Leeds-set
thriller, opened on ...") in a sentence naming nothing of ours dates that work, not ours. Our
own film named the same ways keeps its times. Invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _times(found: ArticleFacts) -> set[str]:
    return {
        r.window or (r.date.isoformat() if r.date else "")
        for r in found.release
        if r.served and r.kind in {ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE}
    }


_BRIEF = "Morning Slate: Harrow Fen wraps in Norfolk"
_BRIEF_LEDE = "The Harrow Fen film finished filming on the Norfolk coast this week."


def test_a_newsletter_items_serial_named_after_its_kind_is_not_ours() -> None:
    found = facts(
        _BRIEF_LEDE,
        "Still no release date for Harrow Fen.",
        "Ferrow's four-part gothic serial The Salt Road, directed by Ida Quell, premieres on"
        " Tuesday 11 November.",
        date="2025-10-03",
        title=_BRIEF,
    )
    assert "2025-11-11" not in _times(found)


def test_our_film_named_after_its_kind_keeps_its_date() -> None:
    found = facts(
        _BRIEF_LEDE,
        "Lumen's coastal drama Harrow Fen, directed by Ida Quell, premieres on Tuesday 11"
        " November.",
        date="2025-10-03",
        title=_BRIEF,
    )
    assert "2025-11-11" in _times(found)


_AWARDS = "Harrow Fen leads the regional film awards"
_AWARDS_LEDE = "Pilar Ostend's coastal drama Harrow Fen earned eight nominations."


def test_a_rival_glossed_by_its_maker_and_kind_is_not_ours() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Harrow Fen opened in UK cinemas on 4 September.",
        "Its closest rival may be Tin Lid, Ada Vane-Morrow's Leeds-set thriller starring Ola"
        " Brisk, which opened on 9 October.",
        date="2026-12-01",
        title=_AWARDS,
    )
    assert _times(found) == {"2026-09-04"}


def test_our_film_glossed_by_its_maker_and_kind_keeps_its_date() -> None:
    found = facts(
        "Pilar Ostend's coastal drama Harrow Fen is out soon.",
        "Harrow Fen, Pilar Ostend's coastal thriller, opens in UK cinemas on 4 September.",
        date="2026-08-01",
        title="Harrow Fen: first look at the coastal drama",
    )
    assert _times(found) == {"2026-09-04"}


def test_a_glossed_work_is_kept_where_our_title_is_not_known() -> None:
    found = facts(
        "Ada Quell spent two decades in other people's dramas.",
        "She spent this year, from February to the first week of June, filming Saltmarrow,"
        " Lumen's new six-part thriller, in which she plays a detective.",
        date="2025-11-06",
        title="Ada Quell: “I’ve played a lot of detectives”",
    )
    filmed = {r.window for r in found.release if r.served and r.kind.value.startswith("filming")}
    assert filmed == {"2025-02", "2025-06"}
