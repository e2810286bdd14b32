"""A live blog's timed entry may open on a few words of lead-in ("14.20 Back to comedy.") and
set its work only in the sentence after ("Writer A is here with a new sitcom, Tinder Lane,
..."): what that entry credits or dates is that work's, not the page's."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_credits

_LEDE = "Follow along as Vela unveils its autumn slate, with news expected on the Quillon Row film."
_HEADLINE = "Vela autumn slate live: Quillon Row film news"
_OURS = "13.05 Quillon Row: The Long Tide is written by Osric Fenwold, Vela confirms."


def _blog(entry: str) -> list[str]:
    return [_LEDE, "Live | Updated 14.40", _OURS, entry]


def _dates(entry: str) -> set[str]:
    kinds = release_kinds(*_blog(entry), date="2026-09-02", title=_HEADLINE)
    return {when for kind, when, _ in kinds if kind == "premiere_date"}


def test_an_entry_set_after_its_lead_in_credits_the_other_work() -> None:
    found = served_credits(
        facts(
            *_blog(
                "14.20 Back to comedy. Writer Delphine Marrack, who made Gullstone, is here "
                "with a new sitcom, Tinder Lane, starring Bram Oduya."
            ),
            title=_HEADLINE,
        )
    )
    assert ("writer", "Delphine Marrack") not in found
    assert ("writer", "Osric Fenwold") in found


def test_an_entry_set_after_its_lead_in_dates_the_other_work() -> None:
    found = _dates(
        "14.20 Back to comedy. Delphine Marrack is here with a new sitcom, Tinder Lane, set in "
        "a Fenland chip shop. Vela says it will launch on 14 March."
    )
    assert "2027-03-14" not in found


def test_a_lead_in_before_our_own_news_keeps_its_date() -> None:
    assert "2027-03-14" in _dates("14.20 Back to the film. Vela says it will launch on 14 March.")
