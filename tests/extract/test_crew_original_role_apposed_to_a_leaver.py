"""A crew post held before someone else's: "the film's original cinematographer, the Danish DP
X, withdrew" names the one who left, set in apposition after "original" (or "former", "first
choice") and the role noun again; the film's post is someone else's (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_original_post_apposed_to_a_described_role_noun() -> None:
    found = facts(
        "Tide Country is in cinemas from Friday.",
        "The film's original cinematographer, the Danish DP Hollin Vey, withdrew weeks"
        " before the shoot, and Ada Lin stepped in.",
    )
    assert ("cinematographer", "Hollin Vey") not in credits(found)


def test_former_post_apposed_to_a_plain_role_noun() -> None:
    found = facts(
        "Tide Country is in cinemas from Friday.",
        "Its former composer, the composer Lior Abend, left the project in the spring.",
    )
    assert ("composer", "Lior Abend") not in credits(found)


def test_first_choice_post_apposed_to_a_described_director() -> None:
    found = facts(
        "Tide Country is in cinemas from Friday.",
        "The production's first-choice editor, the veteran editor Sanna Holt, pulled out"
        " over dates.",
    )
    assert ("editor", "Sanna Holt") not in credits(found)


def test_a_plain_role_noun_still_credits() -> None:
    found = facts(
        "Tide Country is in cinemas from Friday.",
        "The film was lit by the Danish DP Hollin Vey, who shot it on 16mm.",
    )
    assert ("cinematographer", "Hollin Vey") in credits(found)
