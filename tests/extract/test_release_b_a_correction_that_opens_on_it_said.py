"""In a correction notice, a sentence opening on a bare "It said ..." (the article named in the
sentence before) states the retracted claim: its time is no fact. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_the_claim_after_it_said_is_withdrawn() -> None:
    found = facts(
        "Correction: Quillmere Down wrap report",
        "An article published on 26 September contained several errors. It said filming on "
        "Quillmere Down had ended in August. In fact, the film wrapped in September 2025.",
        date="2025-09-30",
    )
    wraps = {str(r.window) for r in found.release if r.served and r.kind.value == "filming_wrapped"}
    assert wraps == {"2025-09"}
