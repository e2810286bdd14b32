"""What a release verb puts out when it is not the film: a statement, a trailer, a poster.

"Released a statement on Monday", "put out a press release this morning", "dropped its first
poster on 3 May": the verb's object is news or publicity, so the day that follows dates that
piece, never the film's arrival. Read as a lookahead right after the verb, so the same words
still date the film where the film is the one put out ("will put out the film on 3 May").

The same piece may stand before the verb, its clause's object ("according to the statement
Lumen released on Friday", "per the press release the studio put out on 3 May"): the day dates
the piece too (:func:`news_put_out`).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_NEWS_NOUN = (
    r"(?:statements?|(?:press|news|media)[ ]releases?|announcements?|notices?|updates?|"
    r"comments?|messages?|tweets?|posts?|trailers?|teasers?|posters?|stills?|images?|photos?|"
    r"pictures?|clips?|videos?|first[ -]looks?|promos?|featurettes?)"
)
NEWS_OBJECT = (
    r"(?![ ](?:a|an|the|its|their|his|her|our|this|that|some)[ ](?:[\w-]+[ ]){0,2}?"
    rf"{_NEWS_NOUN}\b)"
)
"""Not before a piece of news or publicity as the verb's object (for :data:`RELEASE_VERB`)."""
_PUT_OUT_BEFORE = lazy_pattern(
    rf"\b{_NEWS_NOUN}[ ](?:that[ ]|which[ ])?"
    r"(?:(?:the|its|their|his|her)[ ](?:[a-z-]+[ ]){1,2}|(?:[A-Z][\w’'&.-]*[ ]){1,4})"
    r"(?:had[ ]|has[ ]|have[ ])?(?:released|put[ ]out|issued|dropped|shared|posted|unveiled|"
    r"published|sent[ ]out)[ ](?:(?:on|at|in|this|last|earlier|late|early)[ ])?$"
)
"""A news piece, who put it out, and the verb, right before the time."""


def news_put_out(chunk: str, start: int) -> bool:
    """Whether the time at ``start`` closes a clause putting out a news piece named before it
    ("the statement Lumen released on Friday"): the piece's day, not the film's."""
    return _PUT_OUT_BEFORE.search(chunk, max(start - 120, 0), start) is not None
