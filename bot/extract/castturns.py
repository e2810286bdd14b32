"""Castings in a sentence that turns to other news, for :mod:`bot.extract.castelsewhere`.

"Meanwhile, over at the BBC, Ada Vale has been cast as Mira", "In other casting news, ...",
"Separately, ...", "And on the stage front, ...": a round-up's turn to another item; "Lumen, the
Apple drama, has cast ...": a sentence led by another work told by its kind, or by its maker
and kind ("Kai Reed's sequel, which stars ...", see :mod:`.castmakerled`). Unless the
sentence names this article's own production, the casting may be that other item's: held for
review, never served (a word of its title or headline in the sentence keeps it).
"""

from __future__ import annotations

from bot.extract.castmakerled import led_by_made_work
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_TURN = lazy_pattern(
    r"^[ “\"]*(?:(?:And|But)[ ])?(?:Elsewhere|In[ ]other[ ](?:[a-z]+[ ])?news|Meanwhile|"
    r"Separately|In[ ]a[ ]separate[ ][a-z]+|Also[ ](?:this|last|next)[ ](?:week|month)|"
    r"Over[ ](?:at|on|in)[ ][^,.;:]{1,40}|On[ ]the[ ][a-z]+[ ]front|"
    r"(?:[Oo]n|[Oo]ver[ ]on)[ ]the[ ][a-z]+(?:[ ][a-z]+)?[ ]front)[,:][ ]"
)
_APPOSED_WORK = lazy_pattern(
    rf"^[ “\"]*(?:The[ ])?(?P<work>{NAME}),[ ](?:the|a|an)[ ]"
    r"(?:(?!(?:of|in|from|for|with|on|at|by)[ ])[\w’'+-]+[ ]){0,4}?"
    rf"{GENRE_NOUNS},[ ]"
)
"""A sentence led by a work and its kind: "Lumen, the Apple drama, has cast ..." (that work's)."""
_FIRST = ("Elsewhere", "In ", "Meanwhile", "Separately", "Also ", "Over ", "On ", "And ", "But ")
_CAPITALISED = lazy_pattern(r"\b[A-Z][\w’'-]+")
_OWNED = lazy_pattern(r"[’']s?(?!\w)")
"""A possessive's or a closing mark's apostrophe, cut so "Lumen’s" and "‘Lumen’" read "Lumen"."""
_OPENING = 40
"""How much of a sentence shows it is the lede's first."""


def held_turns(cast: list[CastFact], context: Context, lede: str = "") -> list[CastFact]:
    """``cast`` with each casting held whose sentence turns to other news without naming this
    article's production (the ``lede``'s first sentence turns from nothing: its work led by
    maker and kind is the article's own)."""
    return [_held(fact) if _turns(fact.evidence, context, lede) else fact for fact in cast]


def turns_away(text: str, context: Context, lede: str) -> bool:
    """Whether ``text`` turns to another work without naming this article's production, for
    crew credits: a round-up's turn ("Meanwhile, Tin Lid heads for its finale under the
    direction of X") or a work told by its maker and kind ("Kai Reed's sequel, which stars
    ..."). A title owned or quoted ("Lumen’s editor", "‘Lumen’") still names it; a sentence led
    by a work and its kind alone ("Lumen, the new film, is produced by") may be the article's
    own, its title unknown to the context."""
    return _turns_unnamed(text, context, lede, owned_cut=True)


def _turns(text: str, context: Context, lede: str) -> bool:
    if ", the " in text[:60] or ", a " in text[:60] or ", an " in text[:60]:
        led = _APPOSED_WORK.match(text)
        if led is not None and not any(context.is_known(w) for w in led["work"].split()):
            return True
    return _turns_unnamed(text, context, lede, owned_cut=False)


def _turns_unnamed(text: str, context: Context, lede: str, *, owned_cut: bool) -> bool:
    """Whether ``text`` opens on a round-up's turn or on another work by its maker and kind,
    and names none of the article's own words (with ``owned_cut``, read with possessives' and
    closing marks' apostrophes cut: "Lumen’s" and "‘Lumen’" name "Lumen")."""
    if not (_opens_on_turn(text) or _led_by_made_work(text, context, lede)):
        return False  # the openings first: few sentences turn, and the names cost a pass
    return not names_known(text, context, owned_cut=owned_cut)


def _led_by_made_work(text: str, context: Context, lede: str) -> bool:
    """Whether ``text`` opens on another work by its maker and kind and is not the ``lede``'s
    first sentence (which turns from nothing: its work is the article's own)."""
    opening = lede.lstrip(' “"').startswith(text.lstrip(' “"')[:_OPENING])
    return not opening and led_by_made_work(text, context)


def _opens_on_turn(text: str) -> bool:
    """Whether ``text`` opens on a round-up's turn: "Meanwhile, ", "In other news, "."""
    return text.lstrip(' “"').startswith(_FIRST) and _TURN.match(text) is not None


def names_known(
    text: str, context: Context, *, work_only: bool = False, owned_cut: bool = False
) -> bool:
    """Whether a capitalised word of ``text`` is one of the article's own (a title's or the
    headline's; with ``work_only``, a word of the production's name, never a headline's person;
    with ``owned_cut``, also as an owner or in closing marks: "Lumen’s", "‘Lumen’").

    Not :mod:`bot.extract.release_owned_unnamed`'s reading: this one takes capitalised runs as
    written ("‘Lumen’" is "Lumen’", a title's "The" counts, a capital after a hyphen starts a
    word); that one cuts quotes and brackets from spaced words and skips stop words."""
    known = context.is_ours if work_only else context.is_known
    return any(
        known(word) for word in _CAPITALISED.findall(_OWNED.sub("", text) if owned_cut else text)
    )


def _held(fact: CastFact) -> CastFact:
    doubt = "a round-up's turn to other news"
    return held(fact, doubt)
