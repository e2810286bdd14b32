"""A profile subject's next job on another maker's film: "Next year Dalrow returns to Norway to
shoot the new film of Ingrid Haavik, “Stille vann”, with production planned to start in March",
"he will film the next feature by Oren Pask, Salt Lanterns", "to shoot Mara Kell’s new film,
“Saltvind”", or, told by its kind, "she has begun work on Tomas Brenn's next picture, a heist
comedy, which rolls in the autumn". The sentence is about that film, so its shoot and times are
not ours. A quoted name comes masked; it counts as another film unless one of ours is as long.
A known limit: the length alone tells a masked title from ours, so another film's quoted title
exactly as long as one of ours is taken for ours. A subject's next job told only by its kind
("Her next project, a thriller for the director X, is due to film in spring"; "his next job is a
war drama, expected to shoot in May") is another film too, unless the sentence names ours.
Being "at work on" or "busy on" a film, or a
film told only by its kind, says less than a crew verb: it counts only for a maker's *next* film
whose maker the headline and the article's own names do not hold ("working on Lumen's new
series, a comedy" may be the article's own commission)."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.text import MASK
from bot.lazy_patterns import lazy_pattern

_WORK = r"(?:film|feature|movie|series|drama|documentary|project|picture)"
_NEXT_SHOOT = lazy_pattern(
    r"\b(?:shoot|film|lens|photograph|make|direct|edit|score|design|produce|"
    r"(?P<busy>(?:(?:at|begun)[ ]work|working|busy|started))[ ]on)[ ]"
    rf"(?:(?:the[ ])?(?:new|next|latest|upcoming|forthcoming)[ ]{_WORK}[ ](?:of|by|from)[ ]"
    r"(?P<maker>[^,;.“”\"]{1,60}?)"
    r"|(?P<owner>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[’']s[ ]"
    rf"(?:new|next|latest|upcoming|forthcoming)[ ]{_WORK}),[ ](?:[‘“\"'](?P<quoted>{MASK}+)[’”\"']|"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|[a-z][\w’'-]*)){0,5}?)|"
    r"(?P<described>an?[ ][\w’'-]+(?:[ ][\w’'-]+){0,4}?))(?:,|[ ]which\b)"
)
"""A crew verb or "at work on", then a maker's new film, then its name or what kind of film it
is ("a period western") set off by commas."""
_NEXT_HINT = hint(" new ", " next ", " latest ", " upcoming ", " forthcoming ")
"""The words for the new film, spaced as :data:`_NEXT_SHOOT` needs them: without one, no scan."""


_NEXT_JOB = lazy_pattern(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w’'-]*[’']s)[ ](?:next|upcoming|forthcoming)[ ]"
    rf"(?:{_WORK}|job|assignment|gig|commission)(?:[,:][ ]|[ ][–—][ ]|[ ](?:is|will[ ]be)[ ])an?[ ]"
)
"""A subject's next job, then what kind of work it is, indefinite: "her next project, a
feature", "his next job is a period drama", "lined up for his next job: a thriller" (or "– a
thriller")."""


def shoots_next_elsewhere(chunk: str, context: Context) -> bool:
    """The sentence tells the subject's next job on a film, named or told by its kind, that is
    not the article's own."""
    job = _NEXT_JOB.search(chunk) if " next " in chunk else None
    if job is not None and not _names_ours(_job_told(chunk, job, context), context):
        return True
    for match in _NEXT_SHOOT.finditer(chunk) if _NEXT_HINT.search(chunk) else ():
        if match["busy"] is not None or match["described"] is not None:
            if _another_makers_next(match, context):
                return True
            continue
        if match["quoted"] is not None:
            if all(len(title) != len(match["quoted"]) for title in context.titles):
                return True
            continue
        name = match["name"].rstrip()
        if not context.is_known(name) and not context.is_ours(name):
            return True
    return False


def _another_makers_next(match: re.Match[str], context: Context) -> bool:
    """The film is a maker's next one ("X's next feature"), and neither the headline nor the
    article's own names hold the maker."""
    maker = match["maker"] or match["owner"]
    return " next " in match[0] and not context.is_known(maker)


def _names_ours(chunk: str, context: Context) -> bool:
    """A word of our title, or of the headline's, is named in the sentence ("Saltwick is her
    next project, a thriller"); not an owner's name ("Vane's next job"), a person's."""
    return any(
        word[:1].isupper() and not word.endswith(("’s", "'s")) and context.is_known(word)
        for word in (w.strip(',.;:“”"') for w in chunk.split())
    )


_NAMES_THE_JOB = lazy_pattern(r"(?:\b(?:is|was|will[ ]be)|,)[ ]$")
"""A copula or a comma right before "her next project": the name before it is the job's
("Saltwick is her next project"), not its holder's."""


def _job_told(chunk: str, job: re.Match[str], context: Context) -> str:
    """The words that may name the next job: the whole sentence, or, where the sentence opens
    on its subject and goes on to "her next project" ("X is now preparing for her next project,
    a thriller"; not "Lumen's next series", whose owner is named), and that subject names
    nothing of our title (only the headline's words, as a profile's subject's name), the words
    from the job on."""
    before = chunk[: job.start()]
    if (
        not job[0][:1].islower()
        or _NAMES_THE_JOB.search(before)
        or any(context.is_ours(word.strip(',.;:“”"')) for word in before.split())
    ):
        return chunk
    return chunk[job.start() :]
