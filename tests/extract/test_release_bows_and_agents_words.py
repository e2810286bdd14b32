"""A release told by the trade's noun "bow" after its time ("a late-2026 bow") is a window like
"a late-2026 release"; one an unnamed agent gives ("One agent told us a late-2026 bow was the
assumption") is hedged, as a source's or an insider's is, while the makers' own word
("Lumen has confirmed a late-2026 bow") stays plain."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Brindlecombe adds two to its cast"


def test_an_unnamed_agents_bow_is_a_hedged_window() -> None:
    kinds = release_kinds(
        "Brindlecombe has added two actors to its cast.",
        "Lumen has not set a release date. One agent with a client in the cast told us a"
        " late-2026 bow was what everyone assumed.",
        date="2025-06-20",
        title=_TITLE,
    )
    assert ("window", "2026-09/2026-12", True) in kinds


def test_the_makers_confirmed_bow_is_a_plain_window() -> None:
    kinds = release_kinds(
        "Brindlecombe has added two actors to its cast.",
        "Lumen has confirmed a late-2026 bow for the film.",
        date="2025-06-20",
        title=_TITLE,
    )
    assert ("window", "2026-09/2026-12", False) in kinds
