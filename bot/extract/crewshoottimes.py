"""When a shoot took place, for :mod:`bot.extract.crewactive`: "X shot the film over the summer"
or "... in spring 2025" tells the shoot (the cast and the director shot it too), not the one
at the camera; "X shot the film on 35mm", "X shot the film over seven weeks" (a length, the
camera's work) or a bare "X shot the film" still credits the cinematographer."""

from __future__ import annotations

from bot.extract.lexicon import MONTH_NAME, SEASON_NAME

_WHEN = rf"(?:early[ ]|late[ ]|mid-)?(?:{SEASON_NAME}|{MONTH_NAME})"
SHOOT_TIME = (
    rf"[ ](?:over[ ]the[ ]|during|throughout|from[ ]{_WHEN}"
    rf"|(?:last|this)[ ](?:year|month|week|{_WHEN})\b"
    rf"|in[ ](?:\d{{4}}|(?:the[ ])?{_WHEN}))"
)
"""The shoot's time right after "shot the film": " over the summer", " during lockdown",
" from mid-July", " last autumn", " in spring 2025", " in the summer of 2024"; "last" and
"this" only before a time ("shot the film this way" is the camera's work)."""
