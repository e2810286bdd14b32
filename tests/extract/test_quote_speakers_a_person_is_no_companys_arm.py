"""Quotes on invented text: a photo credit "via Tavish Ostler/Instagram" makes no company of
"Tavish", so a known person's full name stays a person's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_credited_photo_keeps_its_poster_a_person() -> None:
    found = facts(
        "Skellmoor Quay wraps.",
        "Tavish Ostler",
        "Ostler, who plays Ketterick, posted a selfie with the clapperboard. "
        '"Ketterick would hate this post. I love it."',
        "Main image: the clapperboard, via Tavish Ostler/Instagram",
        date="2026-03-01",
        title="The best posts from the Skellmoor Quay wrap",
    )
    credited = [q for q in found.quotes if q.text.startswith("Ketterick")]
    assert credited and all(q.source is not SourceKind.ORGANISATION for q in credited), credited
