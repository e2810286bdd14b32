""" "Earlier we said A plays P. That was wrong: ...": in a notice, the adverb-first claim is the
retracted one, so its part is not served beside the truth."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_earlier_we_said_is_retracted() -> None:
    found = facts(
        "Live: the Quillmere Sisters cast is out, and we are updating as we go.",
        "Earlier we said Yselda Marrow plays the youngest sister, Tibby. That was wrong: Yselda"
        " Marrow plays the eldest sister, Sabeline Vortrey, and newcomer Cassia Dunleath plays"
        " Tibby. Apologies.",
        title="Quillmere Sisters casting live blog",
        date="2026-06-02",
    )
    served = served_pairs(found)
    assert ("Yselda Marrow", "Tibby") not in served
    assert ("Yselda Marrow", "Sabeline Vortrey") in served
    assert ("Cassia Dunleath", "Tibby") in served
