"""A speaker after the quote that is not the quote's, for :mod:`bot.extract.speakers`: a name
after the speech verb that only owns the speaker ("“...,” said Lumen’s head of drama, Ada Vale"
is Ada Vale's, never Lumen's; the match that stops at "Lumen" names no speaker), and a new
sentence whose verb opens the next quote ("“...?” Vale smiles and says: “...”": the question
before is someone else's)."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_OWNS = lazy_pattern(r"[’'](?:s\b)?[ ](?:[a-z-]+[ ]){0,4}?[a-z-]+,?[ ][A-Z]")
"""A possessive mark, the owned role and the name holding it ("’s head of drama, Ada", "’ head
Ada"); not a text the name owns ("according to the broadcaster's drama slate")."""
_OPENS_NEXT = lazy_pattern(r"[^.!?,“”\"‘’:]{0,40}:[ ]*[“\"‘]")
"""A colon soon after the verb ("smiles and says:") and the next quote's opening mark: the
sentence introduces that quote; not a second clause after a comma ("he says, then corrects
himself: “...”", "one fan wrote, while another posted: “...”"), whose first verb is the quote's."""
_ASKS = lazy_pattern(r"\b(?:asks|asked|wonders|wondered|ponders|pondered)$")
"""A verb of asking that ends the speaker match: the question before is the asker's own, even
when the sentence goes on to the answer ("“Is it fair?” Vale asks herself: “Probably not.”")."""


def unless_owner(post: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """``match`` (a speaker after the quote), or None when its name owns the next words."""
    return None if match is None or _OWNS.match(post, match.end()) else match


def unless_next(post: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """``match`` (a speaker after the quote), or None when it opens a sentence of its own (no
    comma after the closing mark) whose verb introduces the next quote with a colon; kept when
    that verb is one of asking."""
    if match is None or post.startswith((",", " ,")) or _ASKS.search(match.group().rstrip(" ,")):
        return match
    return None if _OPENS_NEXT.match(post, match.end()) else match
