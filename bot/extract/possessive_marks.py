"""A plural possessive at the start of a single-quoted post, not the end of a short title.

A caption or a post quoted in single marks may open on a plural possessive: "She wrote: 'Girls'
night forever. Love you both.'" The mark after "Girls" looks like the close of a one-word title
('Quarry Bells' aired), but a word in lowercase follows it, and the quotation's real closing
mark comes later in the paragraph, right after a stop or a comma, with no other single mark
between but apostrophes inside words. A title's closing mark has no such closer after it.
"""

from __future__ import annotations

import re

_LATER_CLOSE = re.compile(r"[ ][a-z](?:[^\n‘’']|(?<=\w)[’'](?=\w))*?[,.!?…][’'](?!\w)")
"""From the mark: a lowercase word, then words with no single mark but in-word apostrophes, up
to a closing mark after a stop or a comma."""


def possessive_mark(text: str, index: int) -> bool:
    """The single mark at ``index``, after an "s", is a plural possessive inside a quotation
    that closes later in the paragraph ("'Girls' night forever.'")."""
    return text[index - 1 : index] == "s" and _LATER_CLOSE.match(text, index + 1) is not None
