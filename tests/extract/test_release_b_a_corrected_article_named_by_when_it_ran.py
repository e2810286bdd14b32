"""A standards editor's correction names the wrong article by when it ran ("An article
published on this site on Tuesday, headlined ..., stated that filming had begun on 7 July.
Both statements were wrong."): the withdrawn start is never served, the corrected one is."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_the_withdrawn_start_is_dropped() -> None:
    found = release_kinds(
        "A correction to our report on the start of filming for Gorrowby.",
        "An article published on this site on Tuesday, headlined “Cameras roll on Gorrowby”, "
        "stated that filming on Gorrowby had begun on 7 July and that it was shot in Leeds. "
        "Both statements were wrong.",
        "Filming began on 14 July 2025, in and around York.",
        date="2025-07-17",
        title="Correction: Gorrowby filming start",
    )
    assert ("filming_started", "2025-07-07", False) not in found
    assert ("filming_started", "2025-07-14", False) in found
