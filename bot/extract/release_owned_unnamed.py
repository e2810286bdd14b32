"""A new work a company or person owns, told by its kind and left unnamed, then dated in a clause
of its own: "the hosts preview the BBC's new sitcom, which premieres on 3 May", "Sky's upcoming
thriller, which lands in June". The owner is named nowhere else in the article, so the work is
not the one the article is about (whose home it names again and again): the day is that
work's, never ours. A channel's new work, where the article names no other channel as its own
work's home, may be ours ("Ada Vell leads ITV's new drama, which premieres on 19 March" in a
piece that names ITV just once): that day stays."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import CHANNEL_MENTION, GENRE_NOUNS, STOP_TOKENS
from bot.lazy_patterns import lazy_pattern

_OWNED_NEW = lazy_pattern(
    r"(?<![\w’'-])(?P<owner>[A-Z][\w’'&-]*(?:[ ][A-Z0-9][\w’'&-]*){0,2})[’']s[ ]"
    r"(?:new|next|latest|upcoming|untitled|forthcoming)[ ](?:[a-z][\w-]*[ ]){0,2}?"
    rf"(?:{GENRE_NOUNS}|series|show|film|movie|sitcom|drama)s?,[ ](?:which|that)[ ]"
    r"(?:(?:will|is|was|has|had)[ ])?(?:(?:set|due|expected)[ ]to[ ])?"
    r"(?:premieres?|opens?|lands?|arrives?|debuts?|airs?|launch(?:es)?|starts?|begins?|"
    r"streams?|drops?|premiered|opened|landed|arrived|debuted|aired|launched|started|began)\b"
)
"""An owner's new work told by its kind, then a clause dating it."""


def dates_an_owners_new_work(chunk: str, context: Context) -> bool:
    """Whether the sentence dates an owner's unnamed new work whose owner the article names only
    here, when the article's own work is known and the sentence does not name it."""
    if "s new " not in chunk and not any(
        f"s {word} " in chunk for word in ("next", "latest", "upcoming", "untitled", "forthcoming")
    ):
        return False
    if not (context.ours or context.headline):
        return False
    owners = [match["owner"] for match in _OWNED_NEW.finditer(chunk)]
    if not owners or _names_known(chunk, context):
        return False
    return any(
        not context.is_known(owner)
        and context.body.count(owner) <= 1
        and not _sole_channel(owner, context.body)
        for owner in owners
    )


def _sole_channel(owner: str, body: str) -> bool:
    """The owner is a channel or streamer and the article names no other one: it may be the
    home of the article's own work, named only once."""
    if CHANNEL_MENTION.fullmatch(owner) is None:
        return False
    first = owner.split(maxsplit=1)[0]
    named = (match.group().split(maxsplit=1)[0] for match in CHANNEL_MENTION.finditer(body))
    return all(word == first for word in named)


def _names_known(chunk: str, context: Context) -> bool:
    """A capitalised word of the sentence names the article's own work or its headline's.

    Not :func:`bot.extract.castturns.names_known`'s reading: this one takes each spaced word with
    its quotes and brackets cut ("‘Lumen’" reads "Lumen") and skips stop words (a title's "The"
    names nothing here); that one takes capitalised runs as written, marks and all."""
    words = (w.strip(",.;:!?“”\"‘’'()") for w in chunk.split())
    return any(w[:1].isupper() and w not in STOP_TOKENS and context.is_known(w) for w in words)
