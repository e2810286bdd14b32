"""How far a hope or plan reaches in its sentence. "The team hopes to finish ..., with a
theatrical release to follow in 2027": the hope governs the rest of the sentence, so the
release's time is hedged. "Production is expected to wrap soon, with the film due to land next
year": the later clause states the release's time with a schedule word of its own ("due to",
"set to", "scheduled to", "slated to"), so the hope is its own step's only.
"""

from __future__ import annotations

import re

_HOPED = re.compile(
    r"\b(?:hopes|hoping|aims|aiming|plans|planning|expects|expected[ ]to|eyeing|targeting)\b"
)
"""A hope or plan that may govern the rest of the sentence."""
_OWN_SCHEDULE = re.compile(
    r"(?:,|;|[ ]and)[ ][^,;]*?\b(?:due|set|scheduled|slated)[ ]to[ ][a-z]+\b(?![^,;]*\b(?:hopes?|"
    r"hoping|expects?|expected|eyeing|targeting|aims?|aiming)\b)"
)
"""A later clause stating the time with its own schedule word, and no hope of its own."""


def hoped_over(chunk: str, end: int) -> bool:
    """A hope or plan before ``end`` in ``chunk`` still governs the time at ``end``."""
    hopes = list(_HOPED.finditer(chunk, 0, end))
    return bool(hopes) and _OWN_SCHEDULE.search(chunk, hopes[-1].end(), end) is None
