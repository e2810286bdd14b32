"""Who a "he says" stands for when a name stands right before the quoted words.

Two shapes tell the careful reader that the person named last is not the pronoun's speaker, or
that they are whoever the pronoun picked:

- the quote is the named person's predicate ("Director Ada Vale, new to the show, “kept the set
  calm”, he says"; "Vale, he says, “said yes at once”"): the name is the words' subject, told of
  by someone else, so the pronoun's pick (that name) is wrong; nobody is served;
- the quote opens a dashed aside just after a name ("with Tom Reed — “I can't swim,” he admitted
  — as the diver"): the aside is that name's own, whoever else the sentence is about.
"""

from __future__ import annotations

from bot.extract.fronted_sayers import fronted_sayer
from bot.extract.names import NAME
from bot.extract.speaker_antecedents import Speaker
from bot.extract.speakers import Resolver
from bot.extract.unplaced_speakers import PERSONAL_PRONOUN
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_UNATTRIBUTED = Speaker("", SourceKind.UNATTRIBUTED, "")
_PRONOUN_SAYS = lazy_pattern(r",?[ ]*\b(?:he|she|they)[ ][a-z]+[ ]*,?[ ]*$")
"""The ", he says," set between the name and the words (a whole pronoun: never the end of "the
show,", which would cut an aside short)."""
_NAME_THEN_SAYS = lazy_pattern(rf"{NAME},[ ](?:he|she|they)[ ][a-z]+,[ ]*$")
"""A name, then a pronoun's ", he says," and the words: the name is what the words tell of, when
the pronoun found no one."""
_ASIDE = lazy_pattern(r",[ ][^,;:“”\"]{1,60},[ ]*$")
"""A comma aside closing the subject ("Ada Vale, new to the show, ")."""
_LAST_WORD = lazy_pattern(r"(?P<word>[A-Z][\w’'-]+)[ ]*,?[ ]*$")
_DASH_OPENED = lazy_pattern(rf"(?P<name>{NAME})[ ]*[—–][ ]*$")
_PRONOUN_POST = lazy_pattern(r",?[ ]*\b(?:he|she|they)[ ][a-z]+\b[^—–“”\"]{0,60}[—–]")
"""", he admitted on air —": the aside's own pronoun attribution, the dash closing it."""


def _pronoun_found(own: Speaker | None) -> bool:
    return (
        own is not None
        and own.source is SourceKind.PERSON
        and PERSONAL_PRONOUN.fullmatch(own.attribution.split(" ")[0]) is not None
    )


def _subject_named(own: Speaker, pre: str) -> bool:
    """``pre`` ends with ``own``'s name (after an aside or a "he says"), as the subject."""
    tail = _PRONOUN_SAYS.sub("", pre.rstrip())
    tail = _ASIDE.sub("", tail) if not tail.rstrip().endswith(own.name.split()[-1]) else tail
    last = _LAST_WORD.search(tail)
    return last is not None and last["word"] in own.name.split()


def predicate_checked(
    resolver: Resolver, own: Speaker | None, pre: str, post: str, *, words: str, offset: int
) -> Speaker | None:
    """``own`` (found through a pronoun), unless the words are its name's predicate (no one's)
    or a dashed aside after another name (that name's); no one's, too, when no one was found and
    the words are a name's predicate after ", he says,"."""
    if own is not None and fronted_sayer(pre, own.attribution):
        return _UNATTRIBUTED  # "When Lumen confirmed it, the reaction was “mixed”": no one's
    if own is None and words[:1].islower() and _NAME_THEN_SAYS.search(pre) is not None:
        return _UNATTRIBUTED  # "Tom Reed, she says, “never once shouted”": told of Reed
    if not _pronoun_found(own) or own is None:
        return own
    aside = _DASH_OPENED.search(pre)
    if aside is not None and _PRONOUN_POST.match(post) is not None:
        named = resolver.who(aside["name"], offset, own.attribution)
        if named is not None and named.source is SourceKind.PERSON:
            return named
        return own
    if words[:1].islower() and _subject_named(own, pre):
        return _UNATTRIBUTED
    return own
