"""Words in marks named as a line of a song or a poem: a lyric, not something anyone said.

"A line from the closing song, “...”, is all over TikTok" and "the chorus of her new single:
“...”" give the words a song carries, which no one is quoted saying to the press. The noun of a
piece of writing (line, lyric, chorus, verse) heads the phrase, and what it comes from is a song,
a poem or an album; "one of them" or "it" counts when the sentence before named songs. The
source may follow the words instead ("“...” in the theme lyrics made me cry"). "A line
from her statement, “...”" or "a line from the director, “...”" names no song: left alone.
Held only when no one is credited with the words.
"""

from __future__ import annotations

from bot.extract.owned_lines import after_close
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

SONGS = r"(?:songs?|singles?|tracks?|ballads?|anthems?|hymns?|lullaby|lullabies|albums?|poems?)"
"""The nouns of a song, a poem or an album: what is sung or recited, never a part."""
_LYRIC_OF = lazy_pattern(
    r"\b(?:[Aa]|[Oo]ne|[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:line|lyric|chorus|refrain|couplet|verse)s?[ ](?:from|of|in)[ ]"
    r"(?P<source>[^,.;:!?“”\"‘’]{1,50}?)[ ]*[,:]?[ ]*$"
)
"""A lyric's noun and what it comes from, straight before the marks: "A line from the closing
song, “", "the chorus of one of them: “"."""
_SONG_SOURCE = lazy_pattern(rf"(?:^|[ ]){SONGS}$")
"""A source that is a song, a poem or an album: "the closing song", "her new single"."""
_BACK_TO = lazy_pattern(r"(?:^|[ ])(?:it|them|one[ ]of[ ]them|each[ ]of[ ]them)$")
"""A source that points back ("one of them"): a song only if the sentence before named one."""
_SONGS_NAMED = lazy_pattern(rf"\b{SONGS}\b")
_LYRIC_AFTER = lazy_pattern(
    r"[ ](?:in|from|on)[ ](?:the|its|her|his|their)[ ](?:[a-z-]+[ ]){0,2}"
    rf"(?:lyrics?|chorus|refrain|verse|{SONGS})\b"
)
"""Where the words come from, straight after the marks: "“...” in the theme lyrics", "“...”
from the closing song" (the words a song carries, told after them)."""
_REACH = 100
_DOUBT = "a song's words in quotation marks"


def held_if_song_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the words are named as a line of a song (see above)."""
    if not fact.served or not faceless(fact):
        return fact
    frame = doc.sentence_at(quote.start)
    opens = max(quote.start - 1, frame.start)
    if _LYRIC_AFTER.match(doc.text, after_close(doc.text, quote.end)) is not None:
        return held(fact, _DOUBT)  # "“...” in the theme lyrics made me cry"
    lyric = _LYRIC_OF.search(doc.text, max(opens - _REACH, frame.start), opens)
    if lyric is None:
        return fact
    source = lyric["source"]
    if _SONG_SOURCE.search(source) is None:
        before = doc.sentence_before(frame)
        if (
            _BACK_TO.search(source) is None
            or before is None
            or before.para != frame.para
            or _SONGS_NAMED.search(doc.text, before.start, before.end) is None
        ):
            return fact
    return held(fact, _DOUBT)
