"""Words given as a part's line ("the trailer closes on Mara’s line “...”") are spoken in the
work, no one's quote to the press."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_parts_line_is_held() -> None:
    for sentence in (
        "The trailer closes on Ivo’s line “We never really leave, do we?” before the title.",
        "Ivo’s line, “It’s only a short walk”, is already everywhere online.",
    ):
        found = facts(
            "Netflix has released the first trailer for Orchard Lane, starring Petra Solberg as "
            "Mara Quill and Dev Anand-Rowe as Ivo Brandt.",
            sentence,
            date="2026-03-09",
        )
        assert not [q.text for q in found.quotes if q.served], found.quotes
