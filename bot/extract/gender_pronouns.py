"""The gendered pronouns' pairing, one home for the speaker rules that cross-check a "she" with
a "he" (a leaf: the speaker modules that read it import one another)."""

from __future__ import annotations

OTHER_PRONOUN = {"he": "she", "she": "he"}
"""Each gendered pronoun's other: the one that tells of someone else."""
