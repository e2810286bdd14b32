"""A name and a verb the speech patterns do not know, right after a quotation.

"“We're not kids any more,” Ada Vale chips in." and "“Fine,” Vale shrugged." end their
sentence with a name and a verb of its own: the words are that person's, whatever the verb; so
does the verb set first ("“Give us more,” demanded @ada_fan, tagging the cast."). The
rules never read such an attribution as missing (which would hand the words to the speaker of
the quote before); the named person speaks, or no one we can name does.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.extract.subjects import ACCOUNT
from bot.extract.text import Doc, Quote
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_NAME_THEN_VERB = lazy_pattern(
    rf"^[ ]*(?P<name>{NAME})[ ](?P<verb>[a-z]{{2,}}(?:s|ed))"
    r"(?:[ ](?:in|up|back|on|out|along|over))?[ ]*[.!]?[ ]*$"
)
"""The whole rest of the sentence: a name, one verb (maybe with its particle), the full stop."""
_VERB_THEN_NAME = lazy_pattern(
    rf"^[ ]*(?P<verb>[a-z]{{3,}}ed)[ ](?P<name>{ACCOUNT}|{NAME})(?=[ ]*[,.!;]|[ ]*$)"
)
"""A past verb the speech patterns do not know, then the name or account that closes its clause
(", demanded @ada_fan, tagging ...", " pleaded Ada Vale.")."""
_NOT_VERBS = frozenset({"is", "was", "has", "does", "as", "us", "this", "yes", "his", "its"})
_ENDS_FOR_ATTRIBUTION = (",", "?", "!", "—", "–")


def named_then_verb(resolver: Resolver, post: str, quote: Quote, doc: Doc) -> Speaker | None:
    """The named speaker of ``“...,” Name verbs.``; unattributed when the name is no one known
    to the article as a person; None when the sentence does not end that way."""
    quoted = doc.text[quote.start : quote.end].rstrip()
    if not quote.closed or not quoted.endswith(_ENDS_FOR_ATTRIBUTION) or post[:1] != " ":
        return None
    match = _NAME_THEN_VERB.match(post) or _VERB_THEN_NAME.match(post)
    if match is None or match["verb"] in _NOT_VERBS:
        return None
    found = resolver.who(match["name"], quote.start, match.group().strip(" .!"))
    if found is not None and (
        found.source is SourceKind.PERSON or found.name.startswith(("@", "u/"))
    ):
        return found
    return Speaker("", SourceKind.UNATTRIBUTED, "")
