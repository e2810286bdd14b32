"""A plural possessive at the start of a single-quoted post, not the end of a short title.

A caption or a post quoted in single marks may open on a plural possessive: "She wrote: 'Girls'
night forever. Love you both.'" The mark after "Girls" looks like the close of a one-word title
('Quarry Bells' aired), but a word in lowercase follows it, and the quotation's real closing
mark comes later in the paragraph, right after a stop or a comma, with no other single mark
between but apostrophes inside words. A title's closing mark has no such closer after it.

The other way round, a short phrase in single marks may end on an "s" ("Ada said 'no plans' back
then"): its mark closes it when no other single mark but apostrophes inside words follows in the
paragraph, so nothing later could close a quotation the mark would sit inside.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LATER_CLOSE = lazy_pattern(r"[ ][a-z](?:[^\n‘’']|(?<=\w)[’'](?=\w))*?[,.!?…][’'](?!\w)")
"""From the mark: a lowercase word, then words with no single mark but in-word apostrophes, up
to a closing mark after a stop or a comma."""
_NO_LATER_MARK = lazy_pattern(r"(?:[^\n‘’']|(?<=\w)[’'](?=\w))*(?:\n|$)")
"""From the mark to the paragraph's end, no single mark but apostrophes inside words."""


def possessive_in_closed_quote(text: str, index: int) -> bool:
    """The single mark at ``index``, after an "s", is a plural possessive inside a quotation
    that closes later in the paragraph ("'Girls' night forever.'")."""
    return text[index - 1 : index] == "s" and _LATER_CLOSE.match(text, index + 1) is not None


_OPENS_SENTENCE = lazy_pattern(r"(?:^|\n|[:.!?][ ]+)$")
"""Before an opening mark: the paragraph's start, or a colon or stop ("She wrote: '")."""


def _maybe_possessive(text: str, index: int, start: int) -> bool:
    """The single mark at ``index``, after an "s", may be a plural possessive: another single
    mark follows it in the paragraph ("'the boys' dad was there,' she said"), or the quotation
    (its text from ``start``) opens the paragraph or a sentence, as a quotation running on
    unclosed into the next paragraph does ("'My parents' house was two miles away ...")."""
    if text[index - 1 : index] != "s":
        return False
    opens = _OPENS_SENTENCE.search(text, max(start - 40, 0), max(start - 1, 0)) is not None
    return opens or _NO_LATER_MARK.match(text, index + 1) is None


_MAX_MID_WORDS = 6
_STOP_INSIDE = lazy_pattern(r"[.!?;:]")


def closes_short_phrase(text: str, start: int, index: int) -> bool:
    """The single mark at ``index`` closes a short phrase opened at ``start`` before a
    lowercase word ("why X is 'a menace' in a scrum"), unless it may be a plural possessive
    (:func:`_maybe_possessive`)."""
    inner = text[start:index]
    short = len(inner.split()) <= _MAX_MID_WORDS and not _STOP_INSIDE.search(inner)
    following = text[index + 2 : index + 3]
    return short and following.islower() and not _maybe_possessive(text, index, start)


_LABEL_BEFORE = lazy_pattern(r"(?:^|\n)[ ]*(?:@|u/)[^\s:‘’'“”\"]{2,40}:[ ]$")
"""A handle opening the paragraph right before the opening mark ("u/ada: '", "@ada: '"); a
heading's label ("The middle: 'the leaves'") shows a phrase, and is left."""
_BARE_WORDS = lazy_pattern(r"(?:[^\n‘’']|(?<=\w)[’'](?=\w))*")
"""Words with no single mark in them but apostrophes inside words."""


def closes_labelled_post(text: str, start: int, index: int) -> bool:
    """The single mark at ``index`` ends its paragraph and closes a post quoted whole after its
    label ("u/ada: 'saw it twice lol'"): no other single mark between but in-word apostrophes."""
    return (
        text[index + 1 : index + 2] in ("", "\n")
        and _LABEL_BEFORE.search(text, max(start - 80, 0), max(start - 1, 0)) is not None
        and _BARE_WORDS.fullmatch(text, start, index) is not None
    )


def closes_later_mark(text: str, start: int, index: int) -> bool:
    """The single mark at ``index`` closes a short phrase (:func:`closes_short_phrase`) or a
    labelled post (:func:`closes_labelled_post`) opened at ``start``."""
    return closes_short_phrase(text, start, index) or closes_labelled_post(text, start, index)
