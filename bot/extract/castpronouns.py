"""A casting told with a pronoun, for :mod:`bot.extract.cast`: "At 16, Ada Vale is the cast's
youngest member. She plays Mira Holt, ...".

The pronoun is the one full name (other than the production's) the sentence before writes
(in the same paragraph), leaving out names in a part's slot ("as Mira Holt", "who played Ned
Fry"), a work's slot ("cast in Marlow Forever"), a channel or a reporting outlet, and only if
the article shows it is a person's (a person-only context, the surname alone elsewhere: "Vale
said", or "been cast" after it in that sentence). A sentence before that names two, or none,
leaves the pronoun unresolved and the casting unread; pronouns are never guessed across
paragraphs. "The 19-year-old plays Y" (also "The 19-year-old Welsh actor from Leeds has been
cast as Y": a nationality only before a role noun, never a name) is read the same way, and may
open a paragraph after the one naming them. "The actor, who plays Y" (an actor, star or
newcomer described) is the one full name the sentence before opens on, or the name alone on the
line above (a round-up's heading). A part "in", "on" or "for" something after it may be
another production's: not read.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR as _CHAR
from bot.extract.castforms import DESCRIPTOR, ORIGIN, Casting
from bot.extract.castmakerglosses import maker_in_gloss
from bot.extract.castsurnamealone import surname_alone
from bot.extract.castsurnames import Surnames
from bot.extract.casttitles import title_led
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import FULL_RE, NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_ACTOR_NOUN = r"(?:actor|actress|star|newcomer|performer)"
_ORIGIN_LED = lazy_pattern(rf"The[ ]{ORIGIN}[ ]{_ACTOR_NOUN}[ ]")
"""An actor told by origin alone ("The Irish actor will play Y"): like "The 19-year-old", it may
open the paragraph after the name's; like "The actor, who", it is the name the sentence before
opens on."""
_PRONOUN_CASTING = lazy_pattern(
    r"[ “”\"‘’']*(?:(?:Now|Today|These[ ]days),?[ ])?"
    r"(?:[Hh]e|[Ss]he|[Tt]hey|(?P<aged>[Tt]he[ ]\d{1,2}-year-old(?:[ ][a-z]+|"
    rf"(?:[ ][A-Z][\w’'-]+){{1,2}}[ ]{_ACTOR_NOUN})?"
    r"(?:[ ]from[ ][A-Z][\w’'-]+)?(?:,[ ]who)?)|"
    rf"(?P<origin>The[ ]{ORIGIN}[ ]{_ACTOR_NOUN})|"
    rf"(?P<described>The[ ](?:[\w’'-]+[ ]){{0,2}}?{_ACTOR_NOUN}"
    r"(?:,[ ]\d{1,2})?,[ ]who))[ ]"
    r"(?:(?:also|now|will|(?:is|are)[ ](?:set|understood|believed|thought)[ ]to)[ ])?"
    r"(?:plays|play|portrays|portray|(?:is|are|be)[ ]playing|stars[ ]as|star[ ]as|"
    r"(?:has|have)[ ]been[ ]cast[ ]as)[ ]"
    rf"{DESCRIPTOR}(?P<char>{_CHAR})"
)
_IN_OURS = lazy_pattern(rf"(?:In|On)[ ](?:{NAME}[’']s[ ])?(?P<work>{NAME}),[ ](?=[Tt]he[ ]\d)")
"""An opening that sets the sentence in a work: "In Hulu's Lumen, the 22-year-old plays ..."."""
_PART_SLOT = lazy_pattern(
    r"\b(?:as|plays?|playing|played|portrays?|portrayed|voiced|role[ ]of|part[ ]of)[ ]"
    r"(?:[a-z]+[ ]){0,2}$"
)
_WORK_SLOT = lazy_pattern(
    r"\b(?:(?:cast|starring|stars|star|role|part|lead|appears|appear|appearing)[ ]in|"
    r"(?:star|stars|lead|known|famous|breakout)[ ](?:of|for)|"
    rf"(?:film|movie|series|show|drama)[ ](?:is|was))[ ](?:the[ ])?$|\b{GENRE_NOUNS}[ ]$"
)
"""Before a name, a work's slot ("been cast in Marlow Forever", "the star of Tin Lid", "best known
for Tin Lid", "The film is Tin Lid", "the drama Tin Lid"): a title, no one a pronoun means."""
_WRITER_AFTER = lazy_pattern(
    r"[’']s?[ ](?:[\w-]+[ ]){0,3}?(?:novels?|books?|memoir|plays?|comics?|stories|screenplay)\b"
)
"""After a name, a writer's work ("Wren Hollis's bestselling YA novel"): an author, not the
actor a pronoun means."""
_CREW_SLOT = lazy_pattern(
    r"\b(?:writer-director|director|screenwriter|(?<![\w-])(?:co-)?writer|creator|filmmaker|"
    r"film-maker|showrunner|producer|composer|(?:directed|written|created)[ ]by)[ ]$"
)
"""Before a name, a crew member's slot ("the third feature from writer-director X", "from writer
X and director Z", "co-writer X"): who made the work, not the actor a pronoun means
("actor-writer X" is)."""
_PRONOUN_LED = lazy_pattern(
    r"[“”\"‘’']?(?:[A-Z][a-z]+(?:[ ][a-z]+){0,3},?[ ])?(?P<p>[Ss]he|[Hh]e|[Tt]hey)[ ]"
)
"""A sentence whose subject is a pronoun, perhaps after a short time phrase ("Two years on she
is the lead of Z, beside X"): the same pronoun in the next sentence goes on about that one,
not about a name later in it."""
_PLACE_SLOT = lazy_pattern(r"[ ](?:in|at|near|outside)[ ](?:the[ ])?$")
"""Before a name, a place's slot ("on a sofa in Los Angeles"): no one a pronoun means."""
_ACRONYM_LED = lazy_pattern(r"[A-Z]{3,}[ ]")
"""A name led by an acronym ("BBC Three", "HBO Max"): a channel or a company, no one a pronoun
means."""
_REPORTER_AFTER = lazy_pattern(
    r"[ ](?:(?:has|have)[ ](?:learned|learnt|confirmed)|understands|reports|reported|can[ ]reveal)"
    r"\b"
)
"""After a name, the verb of an outlet breaking the news ("Screen Daily has learned"): no one a
pronoun means."""
_STAMP = lazy_pattern(r"(?:Updated|Published|Posted|Last[ ]updated)\b[^.!?]{0,40}$")
"""A time stamp's line ("Updated: 2 July 2025, 3:14pm"): no sentence a pronoun follows."""
_AGE_ASIDE = lazy_pattern(
    r",[ ]\d{1,2},[ ](?:who[ ](?:has[ ]|had[ ])?(?:played|plays|starred|stars|appeared|voiced)|"
    r"(?:best[ ])?(?:known|remembered)[ ](?:as|for)|"
    r"(?:the|an?)[ ](?:[\w-]+[ ])?(?:actor|actress|star))\b"
)
"""An age set off after a name, then an acting credit ("X, 22, who played ...", "X, 31, best
known as ..."): an actor, so one a pronoun may mean (not "Shopkeeper X, 64, watched ...")."""
_HINT = ("He ", "She ", "They ", " he ", " she ", " they ")
_SPEAKER_LABEL = lazy_pattern(r"[A-ZÀ-Ý][A-ZÀ-Ý’'.-]*(?:[ ][A-ZÀ-Ý’'.-]+){0,3}:[ ]")
"""A transcript's speaker label in capitals ("ADA VALE: Mira had two days with us"): the one
speaking, never whom a pronoun in their answer means."""
_ELSEWHERE = lazy_pattern(r",?[ ](?:in|on|for|opposite)[ ]")


def pronoun_castings(doc: Doc, people: People, context: Context) -> list[Casting]:
    """Each "She plays Y" whose pronoun the sentence before settles."""
    found: list[Casting] = []
    surnames: Surnames | None = None  # built once, at the first sentence that needs it
    for index, view in enumerate(doc.views):
        if index == 0 or not (
            any(word in view.chunk[:20] for word in _HINT)
            or "-year-old " in view.chunk[:24]
            or (view.chunk.startswith("The ") and ", who " in view.chunk[:60])
            or _ORIGIN_LED.match(view.chunk) is not None
            or (view.chunk.startswith(("In ", "On ")) and "-year-old " in view.chunk[:80])
        ):
            continue
        at = _opening(view.chunk, context)
        match = _PRONOUN_CASTING.match(view.chunk, at) if at >= 0 else None
        before, skipped = _before(doc, index)
        if match is not None and match["aged"] and _STAMP.match(before.chunk) and index > 1:
            before = doc.views[index - 2]  # "Updated: 2 July, 3pm" between: the lede before it
        if match is None or (
            before.span.para != view.span.para
            and not match["aged"]
            and not match["origin"]
            and not (match["described"] and FULL_RE.fullmatch(before.chunk.strip()))
        ):
            continue  # "The 19-year-old plays Y" may open the body after the lede
        names = [
            m
            for m in FULL_RE.finditer(before.chunk)
            if not context.is_ours(m.group())
            and not title_led(m.group())
            and not _PART_SLOT.search(before.chunk, 0, m.start())
            and not _ACRONYM_LED.match(m.group())
            and not _WORK_SLOT.search(before.chunk, 0, m.start())
            and not _PLACE_SLOT.search(before.chunk, 0, m.start())
            and not _CREW_SLOT.search(before.chunk, 0, m.start())
            and not _REPORTER_AFTER.match(before.chunk, m.end())
            and not _WRITER_AFTER.match(before.chunk, m.end())
            and not maker_in_gloss(before.chunk, m.start(), m.end())
        ]
        if _same_pronoun_led(before.chunk, view.chunk[at:]):
            continue  # "Two years on she leads Z, with X. She plays Y": she is not X
        opener = match["described"] or match["origin"]
        person: str | None
        if not names:
            if opener:
                continue  # "The actor, who plays Y": a full name the sentence before opens on
            if _SPEAKER_LABEL.match(before.chunk.lstrip()):
                continue  # "VALE: Mira had two days. She plays Y": the label is the speaker
            surnames = surnames or Surnames(doc.text, people)
            person, cast_there = surnames.subject(before.chunk), False  # "Vale, 31, is the star"
        elif len(names) != 1 or (
            (surnames := surnames or Surnames(doc.text, people)).named(before.chunk)
            - {people.resolve(names[0].group())}
        ):
            continue  # a name in a part's slot ("who played Y") is no one the pronoun means
        elif opener and before.chunk[: names[0].start()].strip(" “”\"‘’'"):
            continue  # "The actor, who plays Y": the one the sentence before opens on
        else:
            person = people.resolve(names[0].group())
            after = before.chunk[names[0].end() :]  # "had been cast in Z", "X, 22, who ..."
            cast_there = " been cast " in after or _AGE_ASIDE.match(after) is not None
        if person is None or not is_full(person):
            continue
        known = opener or skipped or people.knows(person)  # "The actor, who", "she"
        if not (cast_there or known or surname_alone(person, doc.masked)):
            continue
        if _ELSEWHERE.match(view.chunk, match.end()) and not _in_ours(view.chunk, match, context):
            continue  # "She plays Y in the thriller Z": another production's part
        start = view.span.start
        evidence = doc.text[before.span.start : view.span.end].strip()
        found.append(Casting(person, match["char"], evidence, start, end=start + match.end()))
    return found


_WORK_AFTER = lazy_pattern(
    r",?[ ](?:in|on)[ ](?:(?:the[ ])?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[’']s[ ])?"
    r"(?P<work>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})(?:[ ](?:film|movie|series|show|sequel))?"
    r"(?=[,.;]|[ ](?:is|has|was|and|when|while)\b)"
)


def _in_ours(chunk: str, match: re.Match[str], context: Context) -> bool:
    """Whether "in" after the part names this article's own work, each of its words ours:
    "plays Y in Netflix's Lumen film" (an owner's name before the title is the platform's)."""
    after = _WORK_AFTER.match(chunk, match.end())
    return after is not None and all(context.is_ours(t) for t in after["work"].split())


def _same_pronoun_led(before: str, chunk: str) -> bool:
    """Whether ``before`` has the pronoun ``chunk`` opens on as its subject, ahead of any name."""
    led = _PRONOUN_LED.match(before.lstrip())
    return led is not None and chunk.lstrip(" “”\"‘’'").lower().startswith(led["p"].lower() + " ")


def _opening(chunk: str, context: Context) -> int:
    """Where the pronoun starts: after "In Lumen, " when Lumen is the article's own work."""
    if not chunk.startswith(("In ", "On ")):
        return 0
    opening = _IN_OURS.match(chunk)
    return opening.end() if opening is not None and context.is_known(opening["work"]) else -1


def _before(doc: Doc, index: int) -> tuple[View, bool]:
    """The sentence before, or the one before that when the one between, in the same
    paragraph, names no one and goes on about a person by pronoun ("It's research, she says.":
    the pronoun shows the name is a person's); whether it skipped one."""
    before = doc.views[index - 1]
    if index < 2 or before.span.para != doc.views[index].span.para or FULL_RE.search(before.chunk):
        return before, False
    if not any(f" {word} " in f" {before.lower} " for word in ("she", "he", "they")):
        return before, False
    earlier = doc.views[index - 2]
    return (earlier, True) if earlier.span.para == before.span.para else (before, False)
