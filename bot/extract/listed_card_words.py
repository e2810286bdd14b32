"""Words a card or an ad shows, given as the last item of a verbless list of what is on it: no
one's quote.

A breakdown of a trailer's last card, or of an advert, may list what the frame holds with no
verb at all ("The end card. Three gulls, one diving, and the words “Gullwake – 9 May”.", "The
billboards went up this week: a single drawn lighthouse and the words “Keep the lamp lit”."),
after a card, an ad, a poster or a billboard named in the sentence or the line before. A list
with a verb in it is someone's post ("The account posted a gull emoji and the words “...”"),
and stays that poster's quote.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LIST_BEFORE_WORDS = lazy_pattern(
    r"(?:^|\n|[.!?][ ]+|:[ ]+)(?P<list>(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
    r"[Jj]ust|[Oo]nly)[ ]|(?P<title>[“\"][A-Z][^.;:!?“”\"\n]{0,60}[”\"])[ ]"
    r"(?=(?:in|over|on|above|across|under)[ ]))"
    r"[^.;:!?“”\"‘’\n]{1,90}?),?[ ]and[ ]the[ ]words[ ]*$"
)
"""A list that opens its sentence (or follows a colon) on a count or an article, or on a title
in marks and the lettering it is shown in ("“Gullwake” in white capitals, and the words"),
ending "and the words" straight before the marks."""
_SHOWN_THING = lazy_pattern(
    r"\b(?:cards?|ads|adverts?|advertisements?|posters?|billboards?|banners?|slates?|"
    r"hoardings?)\b"
)
"""A thing that shows words, named before the list (the frame the list describes)."""
_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "shall", "should", "put", "set", "got", "get",
    "gets", "made", "make", "makes", "sent", "send", "sends", "left", "leave", "leaves", "said",
    "says", "told", "tells", "wrote", "writes", "read", "reads",
})  # fmt: skip
"""Verbs (often irregular) that a list of things never holds; a word ending "-ed" or "-s" is
taken as a verb too, unless it opens an item of the list (see :data:`_BEFORE_NOUN`)."""
_BEFORE_NOUN = frozenset({
    "a", "an", "the", "one", "two", "three", "four", "five", "six", "single", "lone", "small",
    "little", "big", "large", "few", "some", "many", "several", "no",
})  # fmt: skip
"""Words after which "-ed" or "-s" is an adjective or a plural ("a single painted leaf", "two
gulls", "some gulls"), not a verb; so is a word opening an item after a comma ("A lamp, gulls
and the words")."""
_REACH = 160
"""How far before the list its card or ad may be named."""
_LIST_REACH = 120
"""How far before the words the list may open."""


def listed_card_words(text: str, start: int) -> bool:
    """The quotation opening at ``start`` (inside its marks) ends a verbless list of what a
    card or an ad shows (see above)."""
    if not text.endswith("words ", 0, max(0, start - 1)):
        return False
    found = _LIST_BEFORE_WORDS.search(text, max(0, start - 1 - _LIST_REACH), max(0, start - 1))
    if found is None:
        return False
    if found["title"]:  # "“Gullwake” in white capitals": a lettering's words, no verb among them
        lettering = found["list"].removeprefix(found["title"]).lower().split()
        if any(word.strip(",’'") in _VERBS for word in lettering):
            return False
    elif not _verbless(found["list"]):
        return False
    return _SHOWN_THING.search(text, max(0, found.start() - _REACH), found.end()) is not None


def _verbless(phrase: str) -> bool:
    """Whether ``phrase`` reads as a list of things: no verb among its words."""
    tokens = phrase.split()
    words = [token.strip(",’'").lower() for token in tokens]
    for before, word in zip(["", *tokens], words, strict=False):
        if before.endswith(",") or before.strip("’'").lower() in _BEFORE_NOUN:
            continue  # "two leaves", "a single painted leaf", "A lamp, gulls"
        if word in _VERBS or (word.endswith(("ed", "s")) and not word.endswith("ss")):
            return False
    return True
