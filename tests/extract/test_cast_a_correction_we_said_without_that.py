"""A live blog's correction "we said P was played by A" (no "that") withdraws the claim; "A was
originally cast but left the project" after it keeps A as the part's former player. Invented
text."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_LEDE = "Brinsmoor at the festival: live updates from the panel"


def test_the_claim_after_we_said_is_withdrawn_and_the_leaver_is_former() -> None:
    found = facts(
        _LEDE,
        "15:10 — Wendeline Porrow plays Meriel Stroud, and Tamsin Orrery plays Lord Tavistane.",
        "15:02 — Correction from earlier: we said Lord Tavistane was played by Corvin Ashdale. "
        "Ashdale was originally cast but left the project in March; Orrery took over the part.",
    )
    assert ("Corvin Ashdale", "Lord Tavistane") not in served_pairs(found) - former_pairs(found)
    assert ("Corvin Ashdale", "Lord Tavistane") in former_pairs(found)
    assert ("Tamsin Orrery", "Lord Tavistane") in served_pairs(found)


def test_as_we_said_is_no_retraction() -> None:
    found = facts(
        _LEDE,
        "15:02 — Correction: the panel starts at four. As we said Corvin Ashdale plays Lord "
        "Tavistane in the film.",
    )
    assert ("Corvin Ashdale", "Lord Tavistane") in served_pairs(found) - former_pairs(found)
