"""A writer's praise between "played by the" and the actor: "played by the great Ada Vale".

Only words of praise that never start a name or a role noun; the actor still has to follow.
"""

from __future__ import annotations

PRAISE = (
    r"(?:(?:great|wonderful|brilliant|excellent|superb|terrific|marvell?ous|fantastic|"
    r"incomparable|inimitable|magnificent|luminous|reliable|ever-reliable|always-excellent|"
    r"scene-stealing|peerless|formidable|mighty|legendary|delightful)[ ])?"
)
"""At most one such word, optional."""
