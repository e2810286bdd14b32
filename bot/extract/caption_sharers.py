"""Who shares the post a caption belongs to, named in a participle clause before it, for
:mod:`bot.extract.text_owners`: "The shoot wrapped on Friday, with Ada Vale sharing a photo of
the crew with the caption “...”" is Ada Vale's caption, never the company's the sentence is
about."""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_SHARING = lazy_pattern(
    rf"\bwith[ ](?P<name>{NAME})[ ](?:sharing|posting|uploading|tweeting|publishing)[ ]"
    r"[^.;:“”\"]{1,80}?[ ](?:with|under)[ ]the[ ]caption[ ]?:?[ ]*$"
)
"""The sharer's clause running up to the caption ("with Ada Vale posting a clip with the
caption")."""


def caption_sharer(attribution: str) -> str | None:
    """The name that shares the captioned post in ``attribution`` (the words before the
    caption's quote); None when no such clause leads up to it."""
    found = _SHARING.search(attribution)
    return found["name"] if found is not None else None
