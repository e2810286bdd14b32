"""What comes at a time is not always the work: a person's stage role, book or tour ("he has a
West End play opening this autumn"), or scenes due to be shot ("the last scenes due in early
June"), give no release window. The work's own arrival, told the same way, still does. Invented
text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-10", title="Ruth Penn on leaving Weir Cottage")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_persons_stage_role_coming_is_no_window() -> None:
    assert not _windows(
        "Ruth Penn has played the landlady in Weir Cottage since its first series.",
        "Last year Penn played a nurse in Casualty, and she has a new theatre role coming this "
        "summer.",
    )


def test_a_persons_play_opening_is_no_window() -> None:
    assert not _windows(
        "Ruth Penn has played the landlady in Weir Cottage since its first series.",
        "Penn also has a West End play opening this autumn.",
    )


def test_scenes_due_on_a_shoot_are_no_window() -> None:
    assert not _windows(
        "Week five on the set of Weir Cottage, and the rain has not stopped.",
        "The director wants the beach days done first, with the last scenes due in early June.",
    )


def test_the_works_own_arrival_this_summer_is_a_window() -> None:
    assert _windows(
        "Ruth Penn has played the landlady in Weir Cottage since its first series.",
        "The final series of Weir Cottage is coming to BBC One this summer.",
    ) == {"2026-06/2026-08"}
