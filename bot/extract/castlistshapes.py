"""A bracketed list's order from its shape and the article's other lists, for
:mod:`bot.extract.castorder`, when none of its own names settles it.

* An item of the same list in another form: "Ada Vale (Mira Holt), Tom Reed (Gus Penn) and Kai
  Lund as Noor Bell" closes on the actor first, so the list puts its actors first.
* Lists of the same shape share one order: "• Returning: Ada Vale (Mira Holt), ..." reads as
  "• New: Kai Lund (Dr Noor Bell)" does, which its honorific settles, in either direction.
* Story prose glosses a name with who plays it ("lives next door to Mira Holt (Ada Vale)"), so a
  list after a lower-case word defaults to part first; cast news does not: after "Returning
  are", "Also back are", "joined the cast, as did", the trade press writes the actor first.
* A lone pair set against an actor the same sentence casts ("X, who plays Y, ..., while Z (W)
  ...") compares two actors, and one listed between two actors each cast by "who plays"
  ("X, who plays Y, Z (W), and V, who plays U") is one more: the name outside is the actor.
* A lone pair of someone's scenes or co-star ("his scenes with Ada Vale (Mira Holt)", "working
  opposite ...") is cast news whose order prose does not settle: it is held, not guessed.
"""

from __future__ import annotations

from bot.extract.castarrivals import follows_arrival
from bot.extract.castforms import Casting
from bot.extract.castposts import in_a_post
from bot.lazy_patterns import lazy_pattern

_CLOSING = lazy_pattern(
    r",?[ ](?:and|plus|with)[ ][^\W\d_][\w’'.-]*(?:[ ][^\W\d_][\w’'.-]*){1,3}"
    r"[ ]as[ ](?:the[ ])?[^\W\d_]"
)
"""After a list's last bracket, its closing item written "Kai Lund as Noor Bell": actor first."""
CAST_THEN = (
    r"\bcast\b[^.!?;:\n]{0,80},[ ](?:including|among[ ]them)"
    r"|\b(?:the|its|their)[ ](?!(?:[\w’'-]+[ ]){0,3}?(?:former|old|departing|not)[ ])"
    r"(?:[\w’'-]+[ ]){0,3}(?:cast|ensemble)[ ]*:"
)
"""The cast named, then its members listed after a comma: "The whole cast is expected at the
gala, including Ada Vale (Mira Holt), ..." or a colon: "The film reunites the show's much-loved
ensemble: Ada Vale (Mira Holt), ..." (never "its former cast:"; a fragment for
:mod:`bot.extract.castorder`, whose list after it puts each actor outside the bracket)."""
_LABEL = lazy_pattern(r"[ ]*[-*•·▪◦][ ]*[A-Z][\w’' -]{1,30}:[ ]*")
"""A bulleted label before a list: "• Returning: ", "- New faces: "."""
_PROSE = lazy_pattern(r"\b([a-z]{2,})(?:[’']s)?[,;]?[ ]$")
_ACTOR_NOUNS = frozenset({"actor", "actress", "star", "co-star", "newcomer", "performer"})
_BESIDE = lazy_pattern(
    r"\b(?:scenes?|on[ ]set|on[ ]screen|co-?star(?:s|red|ring)?|opposite|alongside|"
    r"work(?:s|ed|ing)?[ ]with|paired|partnered|reunit(?:es|ed|ing))\b[^.!?;:\n]{0,40}$"
)
"""A co-star's words before a lone pair: "his scenes with ", "she will share her days on set
with ", "working opposite "."""
_NEWS_WORDS = r"return(?:s|ed|ing)?|back|join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|reprising|alongside"
_CAST_NOUNS = r"(?:leads|co-?stars|stars|actors|actresses|regulars|cast[ ]members|castmates)"
"""A plural noun for actors that cast news may put between its word and the list: "returning
leads ", "joining co-stars "."""
_NEWS_BEFORE = lazy_pattern(
    rf"\b(?:{_NEWS_WORDS})\b[^.!?;:\n]{{0,50}}\b(?:are|is|did|alongside|{_NEWS_WORDS})[ ]$"
    rf"|\b(?:{_NEWS_WORDS})[ ](?:{_CAST_NOUNS}[ ])?$"
)
"""Cast-news words just before a list: "Returning are ", "Also back are ", "joined the cast on
stage, as did ", "returning alongside ", "join returning leads " (not "moves in next door to ")."""
_CAST_LED = lazy_pattern(
    rf"\b(?:{_NEWS_WORDS})\b[^.!?;:\n]{{0,30}}\b(?:cast|ensemble|{_CAST_NOUNS})[ ]"
    r"(?:(?:is|are|was|were)[ ])?led[ ]by[ ]$"
    r"|\b[A-Z][\w’'-]*[ ]as[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3},?[ ]"
    r"(?:along[ ]with|alongside|as[ ]well[ ]as|plus)[ ]$"
    r"|\b[A-Z][\w’'-]*,[ ](?:back|again|once[ ]more|still)[ ]as[ ][A-Z][\w’'-]*"
    r"(?:[ ][A-Z][\w’'-]*){0,3},[ ](?:and|along[ ]with|alongside|as[ ]well[ ]as|plus)[ ]$"
)
"""A list the cast leads, or one joined to an actor-first casting: "a returning cast led by Ada
Vale (Mira Holt)", "Kai Lund as Noor Bell, along with Ada Vale (Mira Holt)", "Kai Lund, back as
Noor Bell, and Ada Vale (Mira Holt)" (an aside's "back as" casts an actor): cast news. The cast
is news only where a news word tells it ("joins a cast led by"): a review's "A stellar cast led
by Mira Holt (Ada Vale)" may put the part outside the bracket."""


def in_prose(first: Casting, text: str, lone: bool = False) -> bool:
    """The pair stands in running prose ("... lives next door to Mira Holt (Ada Vale) during
    ..."), not at the head of a list line: prose glosses a name with who plays them, and names
    an actor with a verb ("Ada Vale plays Mira Holt"). A ``lone`` pair beside a co-star's words
    is cast news, not prose."""
    if lone and beside_someone(first, text):
        return False
    line_start = text.rfind("\n", 0, first.start) + 1
    prose = _PROSE.search(text, line_start, first.start)
    return prose is not None and prose[1] not in _ACTOR_NOUNS  # "newcomer X (Y)": either way


def beside_someone(first: Casting, text: str) -> bool:
    """The lone pair ``first`` names someone's co-star or scene partner, as cast news does."""
    return _BESIDE.search(text, max(first.start - 60, 0), first.start) is not None


def news_led(first: Casting, text: str) -> bool:
    """Cast-news words, not story prose, lead the list whose first item is ``first``."""
    start = max(first.start - 80, 0)
    return any(p.search(text, start, first.start) for p in (_NEWS_BEFORE, _CAST_LED))


def closing_order(last: Casting, text: str) -> set[bool]:
    """{True} when the list ending at ``last`` closes on an item "Name as Part" or leads the
    cast, or the lone pair follows a screen relation ("with on-screen girlfriend Ada Vale (Mira
    Holt)", "her screen mum Ada Vale (Mira Holt)"): who is someone's partner on screen is an
    actor."""
    if _SCREEN_RELATION.search(text, max(last.start - 40, 0), last.start):
        return {True}
    if follows_arrival(last, text):  # "..., with X (Y) close behind": a guest follows
        return {True}
    if in_a_post(last, text):  # "shared a selfie with X (Y)": people post, parts do not
        return {True}
    if _CONTRASTED_ACTOR.search(text, max(last.start - 300, 0), last.start):
        return {True}  # "X, who plays Y, ..., while Z (W) ...": set against an actor
    if _ACTOR_ITEM_BEFORE.search(text, max(last.start - 80, 0), last.start) and (
        _ACTOR_ITEM_AFTER.match(text, last.end)
    ):
        return {True}  # "X, who plays Y, Z (W), and V, who plays U": a list of actors
    return {True} if _CLOSING.match(text, last.end) or _LEAD.match(text, last.end) else set()


_LEAD = lazy_pattern(
    r"[ ](?:lead|leads|led|head|heads|headed|front|fronts)[ ]the[ ](?:[a-z]+[ ]){0,2}?"
    r"(?:cast|ensemble)\b"
)
"""After a list's last bracket, its items lead the cast ("Ada Vale (Mira Holt) and Kai Lund (Noor
Bell) lead the (returning) cast"): the names outside the brackets are the actors."""


_CONTRASTED_ACTOR = lazy_pattern(
    r"\bwho[ ](?:plays|played|voices|voiced)[ ][A-Z][^.!?;:\n()]{0,200}?[ ]"
    r"(?:while|whilst|whereas)[ ]$"
)
"""A pair set against an actor just cast in the same sentence: "X, who plays Y, hung about the
monitor, while Z (W) kept away" weighs two actors' habits, so the name outside is the actor
(the clause holds no other bracket: a list's own shape settles a list)."""

_WHO_PLAYS = r"who[ ](?:plays|play|played|voices|stars[ ]as)"
_ACTOR_ITEM_BEFORE = lazy_pattern(rf"\b{_WHO_PLAYS}[ ][A-Z][^.!?;:\n()]{{0,60}}?,[ ]$")
_ACTOR_ITEM_AFTER = lazy_pattern(
    rf",?[ ](?:and[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){{1,2}},[ ]{_WHO_PLAYS}\b"
)
"""A pair listed between two actors each cast by "who plays": "X, who plays Y, Z (W), and V,
who plays U" lists actors, so the name outside is one (both sides are needed: "who plays Nick,
greets his mum, Mira Holt (Ada Vale)" glosses a part after one)."""


_SCREEN_RELATION = lazy_pattern(
    r"\b(?:on-?[ ]?screen|screen)[ ](?:love[ ]interest|best[ ]friend|(?:girl|boy)friend|"
    r"partner|wife|husband|mum|mom|mother|dad|father|sister|brother|son|daughter|sibling|"
    r"parents?|(?:grand)?(?:mother|father|son|daughter)|aunt|uncle|cousin|crush|rival|nemesis|"
    r"fianc[ée]{1,2}|family|bestie|boss)[ ]$"
)


def labelled(first: Casting, text: str) -> bool:
    """The list follows a bulleted label at the head of its line ("• Returning: ...")."""
    line_start = text.rfind("\n", 0, first.start) + 1
    return _LABEL.fullmatch(text, line_start, first.start) is not None


def shared_order(first: Casting, others: list[tuple[Casting, bool]], text: str) -> set[bool]:
    """The orders the article's settled lists of the same labelled shape give the list whose
    first item is ``first``: one order settles it, two hold it."""
    if not labelled(first, text):
        return set()
    return {order for other, order in others if other is not first and labelled(other, text)}
