"""Who posted a captioned photo, for :mod:`bot.extract.speaker_fit`.

"Ada Vale, who plays Mira Holt, shared a group selfie with Tom Reed (Gus Penn) captioned ‘...’":
the name nearest the caption is the one pictured, and the caption is the poster's, the subject of
"shared" or "posted" before the picture. A poster the article does not name as a person in full
credits no one here (the caption stays held as the pictured person's); nor does a quote with no
"caption" between the pictured name and it ("shared a clip of Tom Reed, who said: ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.extract.names import FULL_NAME
from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_POSTER = lazy_pattern(
    rf"(?P<poster>{FULL_NAME})(?:,[^,.;:!?\n]{{1,60}},)?[ ](?:also[ ]|then[ ])?"
    r"(?:posted|shared|uploaded|put[ ]up)[ ](?:a|an|his|her|their)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:photo|picture|pic|selfie|snap|shot|image)s?[ ](?:of|with|alongside)[ ]$"
)
_REACH = 200


def pictured_poster(
    text: str, quote: Quote, fact: QuoteFact, resolve: Callable[[str], str | None]
) -> QuoteFact | None:
    """``fact`` credited to the poster when its speaker is the person pictured in the post."""
    if fact.source is not SourceKind.PERSON or not fact.attribution:
        return None
    at = text.rfind(fact.attribution, max(quote.start - len(fact.attribution) - 40, 0), quote.start)
    if at <= 0 or "caption" not in text[at : quote.start]:
        return None
    start = max(text.rfind("\n", 0, at) + 1, at - _REACH)
    posted = _POSTER.search(text, start, at)
    if posted is None:
        return None
    poster = resolve(posted["poster"])
    if poster is None or poster == fact.speaker:
        return None
    return replace(fact, speaker=poster, attribution=text[posted.start() : at].strip())
