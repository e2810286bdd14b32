"""Another work's unquoted title told by its kind just before a passive credit, for
:mod:`bot.extract.crewmodifiers`.

Chart and trade copy names rival or earlier works without quotes, led by the kind of work:
"top spot went to horror sequel Glass Harbour 2, directed by X", "the company made the
award-winning short Tin Choir, directed by X". The participle credits that title's maker; where
the title is the article's own (or its headline's) the caller keeps the credit. A title followed
by its kind ("Tidewater, a BBC thriller created by X") is left alone: a profile's own show is
told that way while the article's title is still unknown.
"""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import GENRE_NOUNS

_KINDS = rf"(?:{GENRE_NOUNS}|sequel|prequel|remake|short|feature)"
"""The kind of work a lowercase word just before a title names ("sequel", "short")."""
_TITLE = r"[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|\d+|of|the|and|at|in|on|a)){0,5}"

_KIND_BEFORE = lazy_pattern(rf"\b{_KINDS}[ ](?P<title>{_TITLE}),[ ]$")
"""A title just after its kind, just before ", directed by": "horror sequel Glass Harbour 2, "."""


def kind_told_title(chunk: str, verbs_at: int) -> re.Match[str] | None:
    """The unquoted title a kind-of-work word leads, just before the participle at ``verbs_at``."""
    if chunk[max(0, verbs_at - 2) : verbs_at] != ", ":
        return None
    return _KIND_BEFORE.search(chunk, max(0, verbs_at - 90), verbs_at)
