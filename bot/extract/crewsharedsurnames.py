"""Whether a bare surname in a credit may mean someone other than the person it resolved to.

An article that names two people sharing a surname ("director Ada Quill ... her brother, the
farmer Tom Quill, plays the landlord") leaves "Quill wrote the script" open: the person the
registry knew by that surname may be the later one, named in a person-only context, while the
credit's subject is the one the article opened on. When the page writes another full name with
the same surname before the resolved person's first mention, the credit is not given to either
(right, or silent). Invented examples.
"""

from __future__ import annotations

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_RE
from bot.extract.people import People, clean_name, is_full


def shared_surname(mention: str, resolved: str, people: People) -> bool:
    """Whether ``mention``, a lone surname resolved to ``resolved``, is shared with another full
    name the body writes before ``resolved`` first appears."""
    if is_full(mention) or resolved == mention or not resolved.endswith(" " + mention):
        return False
    first = people.masked.find(resolved)
    if first < 0:
        return False
    for match in FULL_RE.finditer(people.masked, 0, first):
        other = clean_name(match[0])
        if (
            other != resolved
            and is_full(other)
            and other.endswith(" " + mention)
            and not any(token in STOP_TOKENS for token in other.split())
        ):
            return True
    return False
