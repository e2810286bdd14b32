"""A newsletter whose items are headed by a line opening on a pictograph instead of a number
("🔎 Skellmoor stirs again", "📺 This weekend"): an item that sets another work's name as a
work, or opens on a work's name with where to see it in brackets, is that work's news."""

from __future__ import annotations

import pytest

from bot.extract.page_entries import MARKED
from tests.extract.helpers import facts, served_pairs

_LEDE = "Lanternfield: Always lands on Netflix in March, plus a wintry return and the weekend."
_TITLE = "The Couch Digest: Lanternfield gets its date, Copper Sound goes again and more"
_OURS = (
    "💌 One last summer",
    "Netflix confirmed that Lanternfield: Always will be released on Friday 6 March 2026, "
    "with Corin Ashgrove back as Tobias Wren.",
)
_OTHERS = [
    (
        "🔎 Copper Sound goes again",
        "BBC Two has ordered a third series of its bleak coastal thriller Copper Sound, with "
        "Pella Ostrand returning as DI Rhoda Vance. Filming starts in Cornwall in January, and "
        "BBC Two says the new run will air in autumn 2026.",
    ),
    (
        "📺 This weekend",
        "The Marlow Bequest (Prime Video, from Friday 13 March): a handsome Regency caper. "
        "Pella Ostrand is wonderful as the banker, Rhoda Vance.",
    ),
    (
        "🎬 Also worth a look",
        "Saltmarsh Road, the new Welsh crime drama, stars Pella Ostrand as Rhoda Vance.",
    ),
]


@pytest.mark.parametrize(("heading", "item"), _OTHERS)
def test_marked_other_item_lends_our_film_nothing(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2025-12-05", title=_TITLE)
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))


def test_marked_other_item_dates_not_ours() -> None:
    found = facts(_LEDE, *_OURS, *_OTHERS[0], date="2025-12-05", title=_TITLE)
    assert not any(r.kind.value in {"filming_planned", "window"} for r in found.release)


def test_marked_item_naming_ours_stays_ours() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "🎞 More Lanternfield news",
        "The Lanternfield film has cast Mirela Dunst as Hester Quill, Netflix said.",
        date="2025-12-05",
        title=_TITLE,
    )
    assert ("Mirela Dunst", "Hester Quill") in served_pairs(found)


def _bulleted(mark: str) -> set[tuple[str, str]]:
    """Our series' page whose two bullet lines open on ``mark``, the second "Also in the cast"."""
    return served_pairs(
        facts(
            "Skerrow Bight returns to ITV in April with two new faces.",
            f"{mark} The new faces",
            "Merrit Trasko joins Skerrow Bight as the ferry pilot, Ysel Quarrender.",
            f"{mark} Also in the cast",
            "Orvin Malbane joins the cast as her brother, Pelleas Quarrender.",
            date="2025-12-05",
            title="Skerrow Bight: what we know about series two",
        )
    )


@pytest.mark.parametrize("mark", ["★", "✓", "☎", "♦"])
def test_symbol_bullets_head_no_items(mark: str) -> None:
    assert ("Orvin Malbane", "Pelleas Quarrender") in _bulleted(mark)


@pytest.mark.parametrize("mark", ["✅", "✨", "☀️", "☎️", "🔎"])
def test_pictograph_marks_head_items(mark: str) -> None:
    assert MARKED.fullmatch(f"{mark} Also in the cast") is not None
