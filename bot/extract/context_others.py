"""Other works a sentence brings in by what surrounds them, for :mod:`bot.extract.context`.

Each entry pairs the words it needs (a cheap test first) with the pattern that finds another
work's mention; a named group (``name``, ``owner``, ``subject``) gives the work's name when the
pattern has one, so that our own work told the same way stays ours.
"""

from __future__ import annotations

from bot.extract.castothermediums import MEDIUM_VERSION
from bot.extract.cues import hint
from bot.extract.lexicon import NATIONALITIES
from bot.extract.names import NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

OTHER_WORKS = (
    (
        hint("credits include"),
        lazy_pattern(
            r"(?:[’']s?|\b(?i:its|his|her|their))[ ](?:previous[ ]|other[ ]|past[ ]|earlier[ ])?"
            r"credits[ ]include\b"
        ),
    ),
    (
        hint("series of", "season of"),
        lazy_pattern(
            r"\b(?:first|second|third|fourth|fifth|sixth|seventh|new|next|latest|final)[ ]"
            rf"(?:series|season)[ ]of[ ][“\"‘']?(?P<name>{NAME})"
        ),
    ),
    (hint("next be seen"), lazy_pattern(r"\b(?:can|will)[ ]next[ ]be[ ]seen\b")),
    (
        hint("return", "comeback", " is back", " comes back"),
        lazy_pattern(
            rf"(?:\b(?:the|a)[ ](?:return|comeback)[ ]of[ ][“\"‘']?(?P<name>{NAME})[”\"’']?"
            rf"|(?<![\w’'])[“\"‘']?(?P<owner>{NAME})[”\"’']?[’']s[ ](?:return|comeback))"
            rf"(?=[,.;:!?]|$|[ ](?:for|with|on|in|this|next)\b)"
            rf"|(?<![\w’'])[“\"‘']?(?P<subject>{NAME})[”\"’']?[ ](?:returns|is[ ]back|comes[ ]back)"
            r"(?=(?:[ ](?:next|this|on|in)[ ][\w ]{1,20})?,[ ]with\b)"
        ),
    ),
    (
        hint("next ", "new ", "latest ", "upcoming ", "own ", "previous ", "last "),
        lazy_pattern(
            r"\b(?:(?:his|her|their)[ ](?:next|new|latest|upcoming|own)|(?:his|her|their|\w+[’']s)"
            r"[ ](?:previous|last))[ ](?:film|movie|project|series|show|feature|novel|book|play)"
            r",?[ ][“\"‘']?[A-Z]"
        ),
    ),
    (
        hint("behind-the-scenes", "companion", "making-of", "accompanying", "spin-off"),
        lazy_pattern(
            r"\b(?:behind-the-scenes|companion|making-of|accompanying|spin-off)[ ](?:documentary|"
            r"special|featurette|doc|series|podcast)\b"
        ),
    ),
    (
        hint("’s ", "'s "),
        lazy_pattern(
            rf"\b(?:in|casting|directing|shooting|producing|writing|scoring|editing|making)[ ]"
            rf"{TOKEN}(?:[ ]{TOKEN})?\+?[’']s[ ](?:[a-z-]+[ ]){{0,2}}[“\"‘']?(?P<name>{NAME})"
        ),
    ),
    (
        hint("co-star in", "co-star on", "co-stars in", "co-stars on"),
        lazy_pattern(rf"[’']s?[ ]co-stars?[ ](?:in|on)[ ][“\"‘']?(?P<name>{NAME})"),
    ),
    (
        hint("won "),
        lazy_pattern(
            r"\bwon[ ](?:the|an?|his|her|their)[ ](?:[A-Z][\w-]*[ ]){0,3}?(?:Oscar|Bafta|BAFTA|"
            r"Emmy|Golden[ ]Globe|Olivier|Tony|award|prize)[ ]for[ ]"
            rf"(?:best[ ][a-z ]{{1,30}}?[ ](?:in|for)[ ])?[“\"‘']?(?P<name>{NAME})"
        ),
    ),
    (
        hint(" since "),
        lazy_pattern(
            r"\b(?:[a-z]{2,}est|most[ ][a-z]+|best)[ ](?:[\w’'-]+[ ]){0,3}?since[ ][“\"‘']?"
            rf"(?P<name>{NAME})"
        ),
    ),
    (
        hint(" next shooting", " next filming", " next directing", " next making"),
        lazy_pattern(rf"\bnext[ ](?:shooting|filming|directing|making)[ ][“\"‘']?(?P<name>{NAME})"),
    ),
    (
        hint(", directed by ", ", written by ", ", created by "),
        lazy_pattern(
            rf"^[“\"‘']?(?P<led>{NAME})[”\"’']?,[ ](?:directed|written|created)[ ]by[ ]"
            rf"(?:[a-z]+[ ]){{0,2}}{NAME}(?:[ ]and[ ](?:directed|written|created|produced)[ ]by[ ]"
            rf"{NAME})?,[ ](?:follows|tells|stars|co-stars|centres|centers|is[ ]set)\b"
        ),
    ),
    (
        hint("following ", "alongside ", "joining "),
        lazy_pattern(
            rf"\b(?:[Ff]ollowing|[Aa]longside|[Jj]oining)[ ][“\"‘']?(?P<name>{NAME})[”\"’']?,[ ]"
            r"(?:created|written|directed|co-created)[ ]by\b"
        ),
    ),
    (
        hint(", from director", ", from writer", ", from creator", ", from filmmaker"),
        lazy_pattern(
            rf"(?<![\w’'])[“\"‘']?(?P<led>{NAME})[”\"’']?,[ ]from[ ](?:the[ ])?(?:director|"
            rf"writer|creator|filmmaker|writer-director)s?[ ]{NAME},"
        ),
    ),
    (
        hint("stage ", "radio ", "audio ", "theatre ", "theater "),
        lazy_pattern(
            r"(?<!\badapting[ ])(?<!\badapts[ ])(?<!\bfrom[ ])(?<!\bon[ ])(?<!\bof[ ])(?<!\band[ ])"
            r"(?<!\bas[ ])(?<![Oo]riginally[ ])"
            rf"(?<![\w’'-])(?:[Aa]n?|[Tt]he)[ ](?:(?!of[ ])[\w’'-]+[ ]){{0,2}}?{MEDIUM_VERSION}\b"
        ),
    ),
    (
        hint(" (19", " (20"),
        lazy_pattern(
            rf"(?<![\w’'-])[“\"‘']?(?P<name>{NAME})[”\"’']?[ ]\((?:19|20)\d{{2}}\),?[ ]"
            r"(?:co-)?(?:directed|written|created|produced|starring)\b"
        ),
    ),
    (
        hint(" feature "),
        lazy_pattern(
            rf"\b(?:with|in|on|for|from)[ ]the[ ](?:{'|'.join(sorted(NATIONALITIES))})[ ]feature[ ]"
            rf"(?:film[ ])?[“\"‘']?(?P<name>{NAME})"
        ),
    ),
    (
        hint("release of "),
        lazy_pattern(
            r"\b(?:sees|brings|(?:will|should)[ ](?:see|bring))[ ]the[ ](?:[a-z]+[ ]){0,2}?"
            r"release[ ]of[ ](?:the[ ](?:[\w-]+[ ]){0,2}?)?"
            rf"[“\"‘']?(?P<name>{NAME})"
        ),
    ),
    (
        hint("rival", "competitor", "contender"),
        lazy_pattern(
            r"\b(?:rival|competitor|contender)s?[ ](?:is|are|was|were|includes?|will[ ]be)[ ]"
            rf"(?:(?:probably|likely|surely)[ ])?(?:{TOKEN}(?:[ ]{TOKEN})?[’']s[ ])?[“\"‘']?"
            rf"(?P<name>{NAME})"
        ),
    ),
)
ANY_OTHER_WORK = hint(*(word for needed, _ in OTHER_WORKS for word in needed.words))
"""Other works brought in by what surrounds them, each with the words it needs: a company's "credits
include ...", "the fourth series of X", "the return of X", "can next be seen in ...", "her next
film, X" ("Vale's previous film, X"), a companion documentary, "in Lumen's X", "Vale's co-star in
X", "won the Bafta for X" (a past work's award), "the biggest drama since X" (a comparison), "is
next shooting X", a week that "sees the release of X" (a chart's look ahead at another opening; a
title the article knows stays ours), a sentence led by "X, directed by Y, follows ..." (or "X,
written by Y and directed by Z, co-stars ..."), "the likeliest rival is Vela's X" (a contest's other
entrant). A show's return is told any way: "the return of X", "the comeback of X", "X's return", and
"X returns" or "X is back" going on ", with" its cast ("Salt Year returns next week, with ..."; not
"Copper Bay returns in June", which may be our own show's news, nor "Ada Vale returns as Mira"); the
named show is found in ``name``, ``owner``, ``subject`` or ``led`` (a sentence led by its synopsis,
another work's only on a page with a headline or a title of its own); a work the page sets its own
beside and credits there ("following X, created by Y", "alongside X, written by Y"); a title glossed
by its maker ("the release of X, from director Y, on ...", read as ``led``: on a page with no
headline or title, "X, from director Y, follows ..." is ours); a version in another medium ("a stage
adaptation, directed by Y, opens in October"; not the play a film adapts, "adapting his own stage
play", nor what the film was first, "began life as a radio play", "Originally a stage play", nor the
last of a maker's works listed, "who created the podcast and the stage show"); a title dated in
brackets, then credited ("X (2019), directed by Y": a filmography's earlier work); one the article
knows keeps its facts."""
