"""Kinds of role before "actor": "Lead actor X told ...", "Supporting actress X said",
"Voice actor X recorded". The word says how big or what sort the part is, never its name,
so the "<Part> actor <Name>" epithet reads nothing from it."""

from __future__ import annotations

ROLE_KINDS = frozenset(
    {
        "Lead", "Leading", "Supporting", "Principal", "Main", "Title", "Voice", "Character",
        "Child", "Stunt", "Guest", "Background", "Featured", "Understudy", "Cameo", "Bit",
    }
)  # fmt: skip
"""Capitalised words that open a sentence's "<word> actor <Name>" and name a kind of role."""
