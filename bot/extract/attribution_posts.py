"""The attribution patterns after a quotation (:data:`.attribution.POST_PATTERNS`), matched once
for the words after its marks.

:meth:`.speakers.Resolver.after` looks for the speaker there, and when none is found
:mod:`.quote_facts` asks whether those words name someone anyway: the same patterns at the same
words, so each quotation's are matched once and both read the matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.attribution import POST_PATTERNS


@lru_cache(maxsize=8)
def post_matches(post: str) -> tuple[re.Match[str] | None, ...]:
    """Each of :data:`.attribution.POST_PATTERNS`' match at the start of ``post`` (None where it
    does not match), in their order; kept for the last few quotations."""
    return tuple(pattern.match(post) for pattern in POST_PATTERNS)
