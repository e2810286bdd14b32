""" "X directed it", with a time after the "it" ("last summer", "in 2025"), credits the
article's own work as before; a place or another work after it does not widen the rule
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Corm Valley Forever: Wenna Hale on growing up on screen"
_LEDE = "Corm Valley Forever, the film that ends the story, arrives on Streamly on Friday."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_directed_it_with_a_time_credits_our_work() -> None:
    for tail in ("last summer, shooting in Devon.", "in 2025.", "in the spring of 2025."):
        found = _directors(
            "On Friday Streamly releases Wenna Hale Forever, the film that ends the story.",
            f"Corin Aske directed it {tail}",
        )
        assert "Corin Aske" in found, tail


def test_directed_it_after_another_work_credits_nothing() -> None:
    found = _directors(
        "His breakthrough was the 2015 thriller Lowmarsh. Corin Aske directed it last summer.",
    )
    assert "Corin Aske" not in found
