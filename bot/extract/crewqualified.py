"""A role noun another word turns into a different job, for :mod:`bot.extract.crew`.

"Art director X", "animation director X", "the first assistant director X", "second unit director
X", "associate producers A and B", "script editor X", the newsroom's or a festival's posts
("entertainment editor X", "festival director X", "executive director X"), a broadcaster's or a
publisher's ("commissioning editor X"), and another person's or another time's ("fellow director X",
"former producer X", as the plural form reads; "the original editor, the veteran editor X",
:mod:`.crewearlierholders`), a career told as a change ("a former nurse turned writer X": what X
became, not a credit; a verb before it still credits X), or another work's ("director X's 2019
film", "Tide, a thriller from director X" or "‘Tide’ from director X" after a title not ours, and
someone's next job: "begins shooting ‘Tide’ for the director X", :mod:`.crewnextjobs`): the head
noun is a crew word, but the credit is not the production's director, producer or editor, so no
credit is taken from it ("casting director" is a credit of its own, read as one; a stage director
who directs the film is still credited by the verb).
"""

from __future__ import annotations

import re

from bot.extract.casttitles import sited
from bot.extract.context import Context
from bot.extract.crewearlierholders import earlier_holder
from bot.extract.crewearlierseasons import earlier_instalments
from bot.extract.crewhirers import hired_elsewhere
from bot.extract.crewjurors import juror_trade
from bot.extract.crewmadeoriginal import made_the_original
from bot.extract.crewnegated import denied
from bot.extract.crewnextjobs import next_jobs_maker
from bot.extract.crewoutsideposts import hosted_by_trade
from bot.extract.crewquotedfor import quoted_work_for
from bot.extract.crewtitleowners import owned_by_another
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.organisations import looks_like_company
from bot.lazy_patterns import lazy_pattern

_PLATFORMS = r"content|tiktok|youtube|instagram|twitch|podcast"
_PLATFORM = lazy_pattern(rf"(?i:(?<![\w-])(?:{_PLATFORMS}))[ ]$")
"""A platform or a medium before a maker's noun: "TikTok creator X", "podcast producer X"."""
_QUALIFIER = lazy_pattern(
    r"(?i:(?<![\w-])(?:art|music|musical|creative|artistic|assistant|associate|unit|script|story|"
    r"stunt|fight|dance|movement|technical|sound|line|dialogue|vfx|effects|costume|location|"
    r"managing|consulting|supervising|co-ordinating|coordinating|post-production|executive|"
    r"general|deputy|commissioning|acquisitions|festival|programme|program|marketing|"
    r"communications|news|features|arts|entertainment|culture|digital|web|magazine|fashion|"
    r"showbiz|sports|politics|stage|theatre|theater|opera|fellow|rival|guest|visiting|former|"
    r"previous|earlier|original|late|veteran|seasoned|turned|dubbing|voice|localisation|localization|animation|"
    rf"storyboard|(?:second|2nd|splinter)-unit|{_PLATFORMS}))[ ]$"
)
"""A job the qualifier makes another: "art director X", and a platform's or a medium's maker,
"TikTok creator X", "content creator X", "podcast producer X" (no credit on the production);
a career told by its length ("the veteran producer X said at a lunch", "seasoned director X")
describes the person, not a post on this production (a verb or "by" still credits them)."""
_OUTLET_WRITER = lazy_pattern(
    r"(?i:(?<![\w-])(?:film|movie|tv|television|staff|freelance|contributing))[ ]$"
)
"""A writer's post at an outlet: "film writer X", "TV writer X", "staff writer X" (a critic or
a reporter, whose "wrote" is a review, never the production's script)."""
_SUCCEEDED = lazy_pattern(
    r"\b(?:(?:taking|takes|took|taken)[ ](?:over[ ])?(?:the[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:reins|baton|helm)[ ])?from|replacing|replaces|replaced|succeeding|"
    r"succeeds|instead[ ]of)[ ](?:the[ ])?(?:series[ ]|former[ ]|previous[ ]|original[ ])?$"
    r"|\b(?:collaborator|protégé|muse|assistant|mentee|student)[ ]of[ ](?:the[ ])?(?:[A-Z]\w*[ ])?$"
    r"|\b(?:known|famous|noted|celebrated|admired)[ ](?:[\w’'-]+[ ]){0,5}?for[ ]"
    r"(?:his|her|their)[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:(?:work|collaborations?|partnerships?)[ ]with|work[ ]on[ ]"
    r"[^.;:]{1,80}?[ ]by)[ ](?:the[ ])?(?:[A-Z]\w*[ ])?$"
    r"|\b(?:series|show|drama|sitcom|comedy)[ ]of[ ](?:the[ ])?"
    r"(?:[A-Z]\w*[ ])?$"
)
"""Another's credit: "taking over from composer X", "took over the reins from director X" (the
predecessor's post), "a collaborator of director X", "known for her work with director X" or
"known at home above all for his work with director X" (the subject's earlier films with X),
"known above all for her work on “Tide” (2019) by director X" (X's film, the subject's work),
and a work told as someone's ("the hit Vantory series of Welsh writer X": X made the series,
which is no script credit for the film)."""
_DEPARTMENT = lazy_pattern(
    r"(?:\b[A-Z][A-Z0-9]+|\b[A-Z][a-z]+[ ][0-9]+|[’']s|s[’'])[ ](?i:drama|comedy|factual|scripted|"
    r"unscripted|content|programming|programmes)[ ]$"
)
"""A channel's department head: "BBC drama director X", "BBC Drama director X", "Lumen's comedy
director X", "Channel 4 drama director X", "Lumen Studios' drama director X" (an executive of the
channel, not the production's director; "drama director X" alone may be)."""
_REACH = 20
"""Enough characters back for the longest qualifier and its space."""


def platform_maker(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` in ``chunk`` is a platform's or a medium's maker, even
    after "by" ("directed by TikTok creator X": X directs; "creator" is her trade, no credit)."""
    return _PLATFORM.search(chunk, max(0, start - _REACH), start) is not None


def qualified(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` in ``chunk`` follows a word that makes it another job,
    or another person's credit."""
    return (
        _QUALIFIER.search(chunk, max(0, start - _REACH), start) is not None
        or _DEPARTMENT.search(chunk, max(0, start - _REACH), start) is not None
        or (
            chunk.startswith(("writer ", "Writer "), start)
            and _OUTLET_WRITER.search(chunk, max(0, start - _REACH), start) is not None
        )
        or _SUCCEEDED.search(chunk, 0, start) is not None
        or earlier_holder(chunk, start)
        or earlier_instalments(chunk, start)
        or juror_trade(chunk, start)
        or denied(chunk, start)
    )


_DATED_WORK = lazy_pattern(
    r"[’']s[ ](?:(?:acclaimed|award-winning|celebrated|much-loved)[ ])?(?:19|20)\d\d\b"
    r"|[ ]on[ ]the[ ](?:19|20)\d\d[ ](?:[a-z][\w-]*[ ]){1,2}[“‘\"]?[A-Z]"
)
"""A year right after the name's possessive: "director X's 2019 road movie" is a dated work of
X's (another film), not a credit on the article's production; so is one the name worked on,
dated and titled: "a collaboration with director X on the 2019 short Tide" (a career's past
work). A dated kind with no title is as often our own production: "hired director X for the
2027 film", "spoke to director X on the 2027 sequel's tone"."""


_WORKED_WITH = lazy_pattern(
    r"\b(?:worked|working|collaborated|teamed[ ]up)[ ]with[ ](?:the[ ])?(?:\w+[ ])?$"
)
"""A past collaboration with a maker told by post: "first worked with director "."""
_MET_ON = lazy_pattern(
    r"[ ]on[ ](?:(?:the|a|an|his|her|their)[ ](?:[a-z]+[ ]){0,2})?[“‘\"]?"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})"
)
"""The title the collaboration was on: "on Tide", "on the short film Tide" (a past work, unless
it is ours)."""


_APPOSED_TITLE = lazy_pattern(
    r"[“‘]?(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4})[”’]?,[ ]"
    r"(?:(?:an?|the|its|their)[ ](?:[\w’'-]+[ ]){0,5}?)?(?:from|by)[ ](?:the[ ])?"
    r"(?:[A-Z][\w-]*[ ])?$"
)
"""A title described in apposition, its maker last: "Tide, a period thriller from Finnish "
or "“Tide”, a thriller from the Finnish " (before "director X"), the journalist's way to bring
in an actor's other work. The definite article counts too ("A teaser for Tide, the gothic
drama from creator X": a live blog's item on another show), so does an owner's ("Tide, its new
drama from director X": a streamer's other show), and none at all ("Horror newcomer
Tide, from director X", a chart's rival): the title is checked against ours,
and :func:`other_work` reads it only once the article's own title is known."""


_QUOTED_TITLE = lazy_pattern(
    r"[‘“](?P<title>[A-Z][^‘’“”]{0,60}?)[,]?[’”],?[ ](?:from|by|for)[ ](?:[A-Z][\w-]*[ ])?$"
)
"""A quoted title, its maker brought in last: "Competition title ‘Tide’ from Finnish " (before
"director X"), "“Tide”, by " at a festival report, a profile's "she shot two series of ‘Tide’
for " (director X): when the title is not ours, X made another work."""


_TITLE_BEFORE_ROLE = lazy_pattern(
    r"(?<!\bfrom[ ])(?<!\bby[ ])"
    r"[‘“](?P<title>[A-Z][^‘’“”]{0,60}?)[,]?[’”](?:[’']s)?[ ](?:the[ ])?$"
)
"""A quoted title right before the role noun: "“Tide” director " or "‘Tide’ co-writer " (before
X) names Tide's maker; X is ours only when Tide is (an awards piece's rival film). "A drama
from ‘Tide’ director X" still credits X: "from" makes X the maker of the work it describes."""


_BARE_TITLE_BEFORE_ROLE = lazy_pattern(
    r"(?<![\w’'-])(?<![A-Z]\w[ ])(?<![A-Z]\w\w[ ])(?<![A-Z]\w{3}[ ])(?<![A-Z]\w{4}[ ])"
    r"(?<!\bfrom[ ])(?<!\bfrom[ ]the[ ])"
    r"(?!The[ ])(?P<title>[A-Z]\w*(?:[ ][A-Z]\w*){1,3})[ ]$"
)
"""An unquoted title of two words or more right before the role noun: "the Tinhouse Lane writer "
or "Tinhouse Lane director X’s first feature" (a podcast's next guest, a profile's next job):
X made Tinhouse Lane, which is the article's work only when its headline names it. Hyphened
words ("Bafta-winning director") are praise and a possessive ("Ada Vale’s director") an owner,
never a title. "A thriller from the Tide writer X" still credits X (the maker of the work
it describes); a title opening "The" or seen only in part (a capital word before it) is left
to the quoted-title reading."""


_WHOSE_TITLE = lazy_pattern(
    r"(?<![\w’'-])[“‘]?(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4})[”’]?,[ ]"
    r"whose[ ](?:(?:own|original|regular|first|former)[ ])?$"
)
"""A title with its maker in a relative clause: "she chose Fenmark's Tide, whose creator "
(before X, "was on the show last year"): X made Tide, the article's work only when it is
ours."""


_CHANNEL_BEFORE = lazy_pattern(r"(?P<channel>[A-Z][\w+]*(?:[ ][A-Z][\w+]*)?)[ ]$")
"""A channel's or streamer's name right before "director": "Film4 director X" heads the
channel's film arm (a post there), not the production's director."""


_WORKED_ON_FOR = lazy_pattern(
    r"\b(?:shot|lit|cut|edited|scored|designed|wrote|produced)[ ](?:the[ ]|an?[ ])?"
    r"(?:(?!(?:in|at|on|near|during|across|last|this|next|over)[ ])[\w’'-]+[ ]){0,4}?"
    rf"(?!(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN})\b)"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ](?:(?:at|of|on|in|the|and)[ ])?[A-Z][\w’'-]*){0,3})[ ]for[ ]"
    r"(?:the[ ])?(?:[A-Z][\w-]*[ ])?$"
)
"""An unquoted title someone worked on, its maker brought in last: "who shot the festival title
Tide for " (before "director X"), a crew profile's past job: X directed Tide unless it is ours
(a headline may name Tide for the crew member's sake: "‘Tide’ DP Y Boards"; with our title
unknown, unless the headline names it). The title is the verb's object, small words among its
capitals ("cut The Mill at Carrow for "): a place or a time after the verb's object ("shot the
film in Iceland for", "last March for") names no other work."""


def other_work(chunk: str, match: re.Match[str], context: Context) -> bool:
    """Whether the name ``match`` credits owns a dated work ("X's 2019 film"), or its role noun
    makes another title's maker ("Tide, a thriller from director X", "‘Tide’ from director X",
    Tide neither ours nor in the headline; with our title unknown, Tide may well be it)."""
    if _DATED_WORK.match(chunk, match.end()) is not None or made_the_original(chunk, match.end()):
        return True  # "director X's 2019 film", "director X, who made the original,"
    if hired_elsewhere(chunk, match.end(), context):
        return True  # "the director X hired her for the short film “T”": T's director
    met = _MET_ON.match(chunk, match.end())
    worked_with = _WORKED_WITH.search(chunk, max(0, match.start() - 40), match.start())
    if met is not None and worked_with is not None and not context.is_known(met["title"]):
        return True  # "first worked with director X on Tide in 2019": Tide's director
    start = match.start()
    if hosted_by_trade(chunk, start):
        return True  # "the podcast P, hosted by novelist X": X's trade, no credit on the film
    if next_jobs_maker(chunk, start, context):
        return True  # "he begins shooting ‘T’ for the director X": T's director
    if quoted_work_for(chunk, start, context):
        return True  # "“T” (2019), in which she played Mira for director X": T's director
    if chunk.startswith("director ", start):
        channel = _CHANNEL_BEFORE.search(chunk, max(0, start - 30), start)
        if channel is not None and sited(channel["channel"]):
            return True
    bare = _BARE_TITLE_BEFORE_ROLE.search(chunk, max(0, start - 50), start)
    if bare is not None and context.headline and not context.is_known(bare["title"]):
        return True
    whose = _WHOSE_TITLE.search(chunk, max(0, start - 70), start)
    if (
        whose is not None
        and context.headline
        and not context.is_known(whose["title"])
        and not looks_like_company(whose["title"])
    ):
        return True  # "she chose Tide, whose creator X ...": Tide's maker (a company's is ours)
    if owned_by_another(chunk, start, context):
        return True  # "Penwick's director X": Penwick's maker
    worked = _WORKED_ON_FOR.search(chunk, max(0, start - 90), start)
    if not context.ours:
        return bool(context.headline) and (
            _next_role(chunk, start, context)
            or _glossed_rival(chunk, start, context)
            or (worked is not None and not context.is_known(worked["title"]))
        )
    found = _APPOSED_TITLE.search(chunk, max(0, start - 90), start)
    if found is not None and not context.is_known(found["title"]):
        return True
    before = _TITLE_BEFORE_ROLE.search(chunk, max(0, start - 70), start)
    if before is not None and not context.is_known(before["title"]):
        return True
    quoted = _QUOTED_TITLE.search(chunk, max(0, start - 90), start)
    if quoted is not None and not context.is_known(quoted["title"]):
        return True
    return worked is not None and not context.is_ours(worked["title"])


_INDEFINITE_GLOSS = lazy_pattern(r"[”’]?,[ ]an?[ ]")
"""A title glossed as one of a kind: "T, a horror from director X" (not "T, the film from")."""
_PREPOSITION = r"(?i:in|on|of|for|from|with|to|at|into|by|as|like|than)[ ]"
_PLACED_AFTER = lazy_pattern(rf"(?<![\w-]){_PREPOSITION}[“‘]?$")
"""A preposition before the title: "stars in T, a thriller from director X" is a profile's own
subject's work, which may be the article's."""
_PLACED_FIRST = lazy_pattern(_PREPOSITION)
"""The same preposition opening the sentence, read as the title's first word ("In T, ...")."""


def _glossed_rival(chunk: str, start: int, context: Context) -> bool:
    """With the article's own title unknown, a title the headline does not name, glossed as one
    of a kind with its maker last and standing as the clause's subject ("New entry T, a horror
    from Irish director X, opened third"): a chart's or a round-up's other work; the headline
    names the work a page is about."""
    found = _APPOSED_TITLE.search(chunk, max(0, start - 90), start)
    return (
        found is not None
        and _INDEFINITE_GLOSS.match(chunk, found.end("title")) is not None
        and _PLACED_AFTER.search(chunk, max(0, found.start() - 8), found.start()) is None
        and _PLACED_FIRST.match(found["title"]) is None
        and not context.is_known(found["title"])
    )


_NEXT_ROLE = lazy_pattern(
    r"\b(?:signed(?:[ ]on)?|set|due|lined[ ]up|attached|booked)[ ]to[ ](?:star|appear|lead)[ ]"
    r"(?:next[ ])?in[ ]$"
)
"""An actor's next job just before its title: "has signed to star in " (a profile's news)."""


def _next_role(chunk: str, start: int, context: Context) -> bool:
    """With the article's own title unknown, a quoted title the subject is signed to star in,
    described with its maker last ("signed to star in “Tide”, a thriller from the Finnish "
    before "director X"), and not the headline's: the actor's next work, its own director."""
    found = _APPOSED_TITLE.search(chunk, max(0, start - 90), start)
    if found is None or chunk[found.start()] not in "“‘" or context.is_known(found["title"]):
        return False
    return _NEXT_ROLE.search(chunk, max(0, found.start() - 40), found.start()) is not None
