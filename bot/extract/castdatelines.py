"""A wire story's dateline, for :mod:`bot.extract.castforms`.

"DUBLIN (Harbour Newswire) - The actor ..." opens with a city in capitals and the agency in
brackets: a place and who filed the story, never a part and the actor who plays it (as "Mira
(Ada Vale)" would be).
"""

from __future__ import annotations

DATELINE = r"[A-Z]{2,}(?:[ ][A-Z]{2,}){0,3}[ ]\([^()]{1,60}\)[ ]?[-–—]"
"""A city in capitals, the agency in brackets and a dash: "NEW YORK (Lantern Press) –"."""
