"""The words release and production statements are made of, for :mod:`bot.extract.release`.

Verbs that release a film ("premieres", "lands", "is due"), that start or end a shoot, plan
one, or look back ("had been due"); the nouns of events that are not the release (a world
premiere, a gala, a festival screening, a trailer); hedges; the shapes of a moved date and
of a shoot's span; and of a work's name. Generic English only.
"""

from __future__ import annotations

import re

from bot.extract.cues import hint
from bot.extract.lexicon import BROADCASTER, CHANNEL, MONTH_PATTERN, TIME_WORD, WEEKDAY_NAME
from bot.extract.release_news_objects import NEWS_OBJECT
from bot.extract.release_work_starts import BEGAN, WILL_BEGIN
from bot.lazy_patterns import lazy_pattern

NOT_ANNOUNCED = lazy_pattern(
    # One word boundary before all the forms but the last: twice as quick as one in each.
    r"\b(?:(?:do|does|did)(?:n['’]t|[ ]not)[ ](?:yet[ ])?have(?:[ ]yet)?:?[ ](?:a|an|any)[ ]"
    r"(?:\w+[ ])?(?:date|window)\b"
    r"|no[ ](?:word|news|update)[ ](?:yet[ ])?(?:on|of|about)[ ](?:a|an|the)[ ](?:release|"
    r"premiere|launch)[ ](?:date|window)\b"
    r"|(?:has|have|had)(?:[ ]still)?(?:n['’]t|[ ]not)[ ]"
    r"(?:(?:yet|officially|publicly|formally)[ ])?"
    r"(?:said|announced|confirmed|revealed|given|set|shared|named|attached|specified|committed|"
    r"decided|locked|told|received|been[ ]given)\b[^.;]{0,60}?\b(?:date|window|when|(?:a|an)[ ]"
    r"(?:\w+[ ])?day)\b"
    r"|(?:has|have|had)(?:n['’]t|[ ]not)[ ](?:yet[ ])?dated[ ](?:the|its|their)[ ](?:\w+[ ])?"
    r"(?:release|premiere|launch|debut|arrival)\b|(?:has|have|is|are)[ ]yet[ ]to[ ]date[ ]"
    r"(?:the|its|their)[ ](?:\w+[ ])?(?:release|premiere|launch|debut|arrival)\b"
    r"|(?:has|have|had)(?:n['’]t|[ ]not)[ ](?:yet[ ])?put[ ](?:a|an|any)[ ](?:\w+[ ])?"
    r"(?:date|window)[ ]on\b"
    r"|(?:has|have|had)[ ](?:so[ ]far[ ])?(?:said|announced|revealed|confirmed|shared)[ ]nothing"
    r"[ ](?:yet[ ])?(?:about|on)[ ](?:a|an|the|any)[ ](?:release[ ]|premiere[ ]|launch[ ])?"
    r"(?:date|window)\b(?![ ]change)"
    r"|(?:did(?:n['’]t|[ ]not)[ ](?:give|set|name|announce|confirm|reveal|share|specify|offer)"
    r"|(?:is|are)(?:n['’]t|[ ]not)[ ](?:giving|setting|naming|sharing|announcing|confirming|"
    r"revealing)(?:[ ]out)?)[ ](?:a|an|any)[ ](?:new[ ]|firm[ ]|release[ ]|specific[ ]|exact[ ]|"
    r"premiere[ ]|broadcast[ ]|launch[ ]|air[ ]|transmission[ ])?(?:date|window)\b(?![ ]change)"
    r"|(?:has|have|is|are)[ ]yet[ ]to[ ](?:\w+[ ]){0,2}?(?:attach|announce|confirm|reveal|set|"
    r"give|share|name|specify|lock|decide|say|tell|put|pin|receive|be[ ]given)\b[^.;]{0,60}?\b"
    r"(?:date|window|when)\b"
    r"|stopped[ ]short[ ]of[ ](?:giving|naming|setting|announcing|confirming|revealing|sharing)"
    r"[ ](?:a|an|any)[ ](?:exact[ ]|firm[ ]|specific[ ]|precise[ ]|release[ ]|premiere[ ])?"
    r"(?:date|day)\b"
    r"|no[ ](?:official[ ]|confirmed[ ]|firm[ ]|exact[ ]|set[ ]|actual[ ]|specific[ ])?"
    r"(?:release[ ]|premiere[ ]|"
    r"launch[ ]|air[ ]|broadcast[ ]|transmission[ ])?(?:date|window)\b"
    r"|(?:date|window)s?\b[^.;]{0,50}?\b(?:has|have|is|are)(?:(?:n['’]t|[ ]not)[ ](?:yet[ ])?"
    r"(?:been|to[ ]be)|[ ](?:yet[ ]|still[ ])?(?:not[ ])?(?:yet[ ]to[ ]be|to[ ]be)"
    r"|[ ]not[ ]yet[ ]been)"
    r"[ ](?:officially[ ])?(?:announced|confirmed|revealed|set|shared|given|locked|decided)\b"
    r"|no[ ](?:\w+[ ]){0,2}(?:date|window)s?[ ](?:has|have)[ ](?:yet[ ])?been[ ]"
    r"(?:officially[ ])?(?:announced|confirmed|revealed|set|shared|given|locked|decided)\b"
    r"|(?:date|window)s?[ ](?:(?:still[ ]|yet[ ])?to|will|would)[ ]be[ ](?:announced|confirmed|"
    r"revealed|set|decided)\b"
    r"|(?:date|window)s?\b[^.;]{0,50}?\bremains?[ ](?:unknown|unconfirmed|under[ ]wraps|"
    r"a[ ]mystery|to[ ]be[ ]confirmed|tbc)\b"
    r"|(?:has|have)(?:n['’]t|[ ]not)[ ](?:yet[ ])?dated[ ]the[ ](?:film|movie|series|show)\b"
    r"|(?i:release|premiere)[ ](?i:date):[ ]+[Tt]here(?:[ ]still)?[ ](?:is(?:n['’]t|[ ]not)|"
    r"isn['’]t)[ ](?:one|any)\b"
    r"|(?:film|movie|series|show|season|feature)(?:,[ ]which)?[ ](?:(?:has|have)(?:n['’]t|"
    r"[ ]not)[ ](?:yet[ ])?been|(?:is|are|has|have)[ ](?:yet|still)[ ]to[ ]be)[ ]dated\b"
    r"|no[ ](?:specific|exact|firm|set|confirmed|official)[ ](?:release[ ]|premiere[ ])?day[ ]"
    r"(?:yet|so[ ]far)\b"
    r"|(?:has|have|is|are)[ ]yet[ ]to[ ]date[ ](?:the|its|their)[ ](?:film|movie|series|show|"
    r"season|sequel|feature)\b"
    r"|(?:film|movie|series|show|season|sequel|feature),[ ]which[ ](?:[A-Z][\w+’'-]*[ ]){1,3}"
    r"(?:has|have)(?:[ ]yet[ ]to[ ]date|(?:[ ]not|n['’]t)[ ](?:yet[ ])?dated)(?=[ ]?[,;)])"
    r"|date\b[^.;]{0,60}?[ ]yet[ ]to[ ](?:announce|confirm|reveal|set|give|share|name|specify)"
    r"[ ](?:one|it)\b"
    r"|(?:declined|refused|(?:would|could)(?:n['’]t|[ ]not))[ ](?:to[ ])?(?:give|set|name|"
    r"confirm|share|offer|provide|put)[ ](?:a|an|any)[ ](?:new[ ]|firm[ ]|release[ ]|specific[ ]|"
    r"exact[ ]|premiere[ ])?(?:date|window)\b"
    r"|(?:with|and)[ ](?:an?[ ]|the[ ])?(?:exact[ ]|specific[ ]|firm[ ]|release[ ]|premiere[ ])?"
    r"date[ ](?:still[ ])?to[ ](?:follow|come)\b"
    r"|(?:a|any)[ ](?:release[ ]|premiere[ ])?date\b[^.;]{0,60}?[ ](?:has|have|had)(?:n['’]t|"
    r"[ ]not)[ ](?:yet[ ])?(?:announced|confirmed|revealed|set|given|named|shared)[ ]one\b"
    r")|^[ ]*(?:[-*•][ ]*)?(?:release|premiere|launch)[ ]date[ ]?:[ ]*(?:not[ ](?:yet[ ])?"
    r"(?:announced|confirmed|"
    r"set)|tbc|tba|to[ ]be[ ](?:announced|confirmed)|(?:still[ ])?(?:nothing|none|no[ ]news|"
    r"unknown)(?:[ ]yet)?)\b",
    re.IGNORECASE,
)
NEGATED_DATE_CLAIM = lazy_pattern(r"\b(?:finally|now)[ ]has[ ]a\b", re.IGNORECASE)

PAST_RELEASE_VERBS = ("arrived", "premiered", "debuted", "dropped", "launched", "landed")
"""A release told in the past, each form read the same wherever it stands."""
PAST_RELEASE_BOUND = (*PAST_RELEASE_VERBS, "opened", "reached")
"""The same, and two read only before a place ("opened in"): after them a yearless month is past."""
_PAST_PLAIN = "|".join(PAST_RELEASE_VERBS)
_RETORT = (
    r"(?![ ](?:back|out[ ]at)\b)"
    r"(?![ ]the[ ](?:[\w-]+[ ]){0,2}(?:carpet|headlines|road|dancefloor)\b)"
)
"""A retort or an outing, not a release: "her rep hit back last night", "he hits out at
critics", "the star hit the purple carpet last night", "it hit the headlines in May"."""
RELEASE_VERB = lazy_pattern(
    r"\b(?<![Pp]ress[ ])(?<![Mm]edia[ ])(?<![Nn]ews[ ])"
    r"(?:premieres?|premiering|arrives?|arriving|lands?|landing|launch(?:es|ing)?|debuts|drops?|"
    r"debut(?![ ](?:feature|film|movie|novel|role)\b)|debuting|released?|releases|releasing|"
    r"(?<![Tt]he[ ])(?<![ ]a[ ])(?<![Ii]ts[ ])(?<!smash[ ])(?<![Tt]heir[ ])(?<![Hh]is[ ])"
    r"(?<![Hh]er[ ])(?<![Tt]his[ ])(?<!surprise[ ])(?<!sleeper[ ])(?<!runaway[ ])"
    r"(?<!breakout[ ])(?:hits|hit(?![’']s\b)"  # "the Lumen hit's film", "a surprise hit": nouns
    r"(?![ ](?:[A-Z][\w-]*[ ]|[a-z]+-[\w-]+[ ]){0,2}"
    r"(?:series|shows?|dramas?|sitcoms?|franchises?|musicals?|novels?|films?|movies?|"
    r"thrillers?|comed(?:y|ies)|podcasts?|books?|games?|anime|albums?|songs?|plays?|"
    r"programmes?|documentar(?:y|ies)|docuseries|reality|for|with|among|of)\b))"  # a hit work
    rf"{_RETORT}|(?:goes|go|going|went)[ ](?:wide|live(?=[ ]on[ ]{BROADCASTER}))|"
    rf"hitting{_RETORT}|dropping|"
    rf"streams?(?![ ]of\b)|streaming(?![ ](?:series|show|drama)s?\b)|"
    rf"(?<=[Ii]ts[ ])arrival(?=[ ]on[ ](?:{BROADCASTER}|the[ ]streamer\b))|"
    r"(?:opens?|opening)(?=[ ](?:in|on|at|this|next|nationwide|worldwide)\b|[,.;]|$)|"
    r"(?:(?<=before[ ])|(?<=film[ ])|(?<=movie[ ])|(?<=feature[ ])|(?<=and[ ]it[ ])|(?<=,[ ]it[ ]))"
    r"(?:opens?|opening)(?=[ ]here[ ](?:in|on)\b)|"  # the work itself, or after a premiere
    r"opens?(?=[ ][^,;.]{1,60}?[ ]in[ ](?:theatres|theaters|cinemas)\b)|"
    r"reach(?:es|ed)?(?=[ ](?:(?:[A-Z][\w&-]*|and)[ ]){0,3}(?:cinemas|theaters|theatres)\b)|"
    r"(?:would|will|should)[ ]be[ ]on[ ](?:our[ ]|your[ ])?screens|"
    r"pencil+ed[ ]in(?=[ ](?:for|to))|(?:transmission|broadcast)[ ](?:is[ ])?pencil+ed[ ]for|"
    r"opened(?=[ ](?:in|on|at|nationwide|worldwide)\b)|"
    r"(?:has|have)[ ]dated[ ](?:the|its|their)[ ](?:film|movie|series|show|sequel|season|"
    r"feature|adaptation)[ ](?:for|on)|"
    r"(?:(?:is|are|will[ ]be)[ ]in|(?<![\w,][ ])In)[ ](?:[A-Z][\w-]*[ ]"
    r"(?:(?:and|&)[ ][A-Z][\w-]*[ ])?)?(?:cinemas|theaters|theatres)|"
    r"(?:have|get|put|puts|putting|bring|brings|bringing)[ ]"  # "will put the film into cinemas"
    r"(?:it|the[ ](?:film|movie|feature)|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})"
    r"[ ](?:on[ ](?:[A-Z]|i[A-Z])[\w+-]*(?:[ ][A-Z0-9][\w+-]*)?[ ](?:and|or)[ ])?"
    r"(?:in|into)[ ](?:[A-Z][\w-]*[ ]){0,3}(?:cinemas|theaters|theatres)|"
    r"(?:cinemas|theaters|theatres)[ ](?:get|will[ ]get)[ ](?:it|the[ ](?:film|movie|feature)|"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})(?=[ ](?:on|from|next|this|in)\b|,)|"
    rf"{_PAST_PLAIN}|{WILL_BEGIN}|"
    # "out" alone, not a hyphened compound's ("a sold-out run") nor another verb's, a regular
    # participle's or an irregular one's ("a list was read out", "prizes were given out", "rounded
    # out its cast", a cast "turning out" to attend, "hits out at"); a work "sent out to
    # cinemas" is released; "saying the title out loud" is a manner of speaking
    r"(?<!turn[ ])(?<!turns[ ])(?<!turning[ ])(?<!stepping[ ])(?<!heading[ ])"
    r"(?<![a-z]ed[ ])(?<!sold[ ])(?<!find[ ])(?<!hand[ ])(?<!read[ ])(?<!sent[ ])(?<!given[ ])"
    r"(?<!spelt[ ])(?<!laid[ ])(?<!left[ ])(?<!hit[ ])(?<!hits[ ])(?<!hitting[ ])(?<!-)"
    r"out(?!-|[ ]loud\b|[ ](?:its|their)[ ](?:cast|crew)\b)|"
    r"(?<=sent[ ])out(?=[ ](?:to|into)[ ](?:cinemas|theatres|theaters)\b)|"
    r"come[ ]out|comes[ ]out|"
    # "reported that it could come in the first half of 2026": the film (or its date) as a
    # report's "it", then a time; a bare "it" after a rival or an unordered season ("has no
    # date; it may come early next year", "no second season yet, but it could come") is none
    r"(?:(?<=\bthat[ ]it[ ]could[ ])|(?<=\bthat[ ]it[ ]might[ ])|(?<=\bthat[ ]it[ ]will[ ])|"
    r"(?<=\bthat[ ]it[ ]may[ ]))come(?=[ ](?:in|during|early|late|next|this)\b)|"
    # "will come to Netflix in 2026", "comes to Netflix on 3 May" (not after "and": a later run)
    rf"(?:(?<=will[ ])|(?<=will[ ]now[ ]))come(?=[ ]to[ ]{CHANNEL})|(?<!and[ ])comes"
    rf"(?=[ ]to[ ]{CHANNEL}(?:[ ][A-Z][\w+]*)?[ ]on\b)|"
    r"(?<!-)coming(?!-)|(?<![ ]a[ ])(?<![ ]her[ ])(?<![ ]his[ ])(?<![ ]their[ ])bows?|"
    r"available|see[ ]it|watch[ ]it|release|begins|returns|"
    # a TV work's own start, told by its kind after "the"/"this" ("this four-parter starts
    # tonight"), on a day or at an hour: another's ("ITV's new drama starts on Monday") or the
    # story's ("the series starts in the summer, at a wedding") is none
    r"(?:(?<=[Tt]he[ ]series[ ])|(?<=[Tt]his[ ]series[ ])|(?<=[Tt]he[ ]drama[ ])|"
    r"(?<=[Tt]his[ ]drama[ ])|(?<=[Tt]he[ ]serial[ ])|(?<=[Tt]his[ ]serial[ ])|"
    r"(?<=[Tt]he[ ]thriller[ ])|(?<=[Tt]his[ ]thriller[ ])|"
    r"(?<=(?<=[Tt]his[ ]\w{3})-parter[ ])|(?<=(?<=[Tt]his[ ]\w{4})-parter[ ])|"
    r"(?<=(?<=[Tt]his[ ]\w{5})-parter[ ]))starts"
    r"(?![ ](?:filming|shooting|in|during|this[ ](?:spring|summer|autumn|winter|year)|next"
    r"|early|late|later)\b)|"
    rf"(?:starts|{BEGAN}|(?<=will[ ])begin|(?<=will[ ]now[ ])begin)"
    rf"(?=[ ]on[ ](?!{WEEKDAY_NAME})[A-Z][\w+]*"
    r"(?:[ ][A-Z0-9][\w+]*)?(?:[ ]at[ ]\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm))?[ ]on$)|"
    # a start still to come on a channel and its player: "will begin on BBC One and iPlayer on"
    rf"(?:(?<=will[ ])|(?<=will[ ]now[ ]))begin(?=[ ]on[ ](?!{WEEKDAY_NAME})[A-Z][\w+]*"
    r"(?:[ ][A-Z0-9][\w+]*)?[ ](?:and|&)[ ](?:[A-Z]|i[A-Z])[\w+]*"
    r"(?:[ ]at[ ]\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm))?[ ]on$)|"
    r"(?<!off[ ])(?<!off-)airs?|airing|broadcasts?|broadcasting|due(?![ ]to[ ](?!(?:premiere|"
    r"arrive|land|launch|debut|hit|drop|stream|open|air|broadcast|return|release|come|begin|bow|"
    r"be(?![ ](?:shot|filmed|made|completed|finished|wrapped)))\b))|"
    r"(?:is|are|will[ ]be)[ ]on[ ][A-Z][\w+]*|(?:will[ ]be|(?:is|are)[ ](?:due|set)[ ]to[ ]be)"
    r"[ ](?:shown|screened)(?=[ ]on[ ](?:[A-Z]|i[A-Z]))|"
    r"(?:show|series|film|movie|drama|it)[ ](?:will|is[ ]set[ ]to|is[ ]due[ ]to)[ ]be[ ]back"
    r"(?![ ](?:on[ ]set|filming|shooting|at[ ]work|in[ ]production))|"
    r"(?:(?:show|series|season|drama)[ ](?:will|is[ ]set[ ]to)|(?:expects?|expected)[ ]"
    r"(?:it|the[ ](?:show|series|season|drama))[ ]to)[ ]return(?=[ ](?:in|on|this|next|"
    r"later|early|late)\b))\b" + NEWS_OBJECT
)
FILMING_NOUN = lazy_pattern(
    r"\b(?:principal[ ]photography|filming|(?<!post-)(?<!post[ ])production|shooting|the[ ]shoot|"
    r"cameras|shoot)\b",
    re.IGNORECASE,
)
"""Words for the shoot ("post-production" is the work after it)."""
_MOTION = r"[ ](?:into|onto|through|across)\b"
"""A place after "rolled": the unit travelling ("rolled into the town on Monday"), no start."""
STARTED = lazy_pattern(
    rf"\b(?:began|begun|begins|started|starts|kick(?:ed|s)[ ]off|got[ ]under[ ]?way|commenced|"
    rf"(?<!stopped[ ])rolling(?!{_MOTION})|rolled(?!{_MOTION}))\b"
    r"(?![ ](?:out[ ]|life[ ])?as[ ](?!planned|scheduled|expected|hoped|intended|soon))"
    r"|\b(?:under[ ]?way|rolling|been[ ](?:filming|shooting))\b(?![^.;]*\b(?:here|there)\b)"
    r"[^.;]*[ ]since$"
    r"|\bbeen[ ](?:going(?:[ ]on)?|running|in[ ]progress)[ ](?:ever[ ])?since$"
    r"|\b(?:took[ ](?:place|\w+[ ](?:days|weeks|months))|ran|lasted|happened|went[ ]on)\b"
    r"[^.;,]*,[ ](?:beginning|starting|kicking[ ]off)(?:[ ](?:on|in))?$"
)
"""A shoot's start told by "since" is the production's, not one place's ("has been shooting here
since late July": where the reporter stands). A participle after a past shoot's clause is its
start ("Filming took place over the summer, beginning on 9 June", "took six weeks, starting")."""
WRAPPED = lazy_pattern(
    r"\b(?:came[ ]to[ ]an[ ]end|wrapped(?:[ ]up)?|ended|finished|concluded|completed|wraps|"
    r"(?<=[Cc]ameras[ ])stopped[ ]rolling|"
    r"(?:(?<=[Oo]n[ ]the[ ])|(?<=from[ ]the[ ])|(?<=about[ ]the[ ]))(?:final|last)[ ]day[ ]of[ ]"
    r"(?:filming|shooting|the[ ]shoot|principal[ ]photography)"
    r"(?![ ](?:on|of|for)[ ](?:(?:the|its)[ ])?(?:season|series)\b|[ ](?:on|of|for)[ ][A-Z]))\b"
)
"""A shoot's end: "wrapped in May", or its last day as the time of a deed ("a photo from the
final day of filming last May", "spoke about the last day of the shoot in May"), not another
season's or work's ("from the last day of filming on season one"); the day as a clause's subject
("said the final day of filming in May was hard") is a memory, left alone, and so is a deed still
to come (:data:`DEED_TO_COME`)."""
DEED_TO_COME = lazy_pattern(
    r"\b(?:plans?|planning|hopes?|hoping|wants?|wanting|intends?|will|would|can|could|may|might|"
    r"going[ ]to|set[ ]to|['’]ll)\b"
)
"""What tells a deed on a shoot's last day still planned or hoped for ("plan to mark it on the
last day of the shoot in June", "on the final day of filming in August the cast will host a
screening"): no wrap told, the shoot may not have begun."""
PLANNED = lazy_pattern(
    r"\b(?:(?:is|are|will[ ]be)[ ](?:filming|shooting)|(?:due|set|scheduled|expected|slated|"
    r"planned|going|hoping)[ ]to[ ](?:start|begin|commence|roll|get[ ]under[ ]?way|film|shoot|"
    r"kick[ ]off)"
    r"|(?:will|to)[ ](?:start|begin)[ ](?:filming|shooting|production)"
    r"|(?:starts|begins)[ ](?:filming|shooting|production)|(?:filming|shooting|"
    r"production)[ ](?:will[ ](?:now[ ])?)?(?:starts?|begins?)"
    r"|(?:Filming|Shooting|Production)[ ]will[ ](?:now[ ])?(?:start|begin|get[ ]under[ ]?way)"
    r"|(?:Filming|Shooting|Production)[ ]on[ ](?:it|(?:the|its)[ ](?:new[ ])?(?:run|film|movie|"
    r"drama|series|show|feature|sequel|adaptation))[ ]will[ ](?:now[ ])?(?:start|begin|"
    r"commence|get[ ]under[ ]?way|kick[ ]off)"
    r"|(?:goes|go|will[ ]go|to[ ]go)[ ]before[ ](?:the[ ])?cameras)\b"
)
_WORK_NOUN = r"(?:film|movie|feature|series|show|season|sequel|finale|drama)"
WE_WRAPPED = lazy_pattern(
    r"\b(?:[Ww]e|(?:[Tt]he|[A-Z][\w&-]*[’']s)(?:[ ](?:[A-Z][\w’'&-]*|feature-length|new|final))"
    rf"{{0,3}}[ ](?:{_WORK_NOUN}|cast(?:[ ]and[ ]crew)?)|{_WORK_NOUN},[ ]which|It)(?:[ ]\w+ly)?[ ]"
    r"wrapped(?:[ ]up)?(?:[ ](?:on|in))?$"
    r"|\b[A-Z][\w’'-]+[ ]wrapped[ ](?:the|its)[ ](?:(?:feature-length|new|final)[ ])?"
    rf"(?P<wrapped>(?:[A-Z][\w’'&-]*[ ]){{1,3}}){_WORK_NOUN}[ ](?:on|in)$"
)
"""A shoot's end told without naming the shoot: a cast or crew member's "We wrapped on Friday
the 29th", "The film wrapped in October" (or "It wrapped ..."), "The cast wrapped on 14 May", the
work as the subject ("Channel 9's Copper Bay film wrapped on ...", "The new drama wrapped ...")
or by a relative clause ("the finale, which wrapped in November, ..."), or as what someone
wrapped ("Vale wrapped the Copper Bay film on 5 September"), titled so that
:func:`.release_wrapped_others.wrapped_other` can tell whose: "wrapped the film" alone may be
the speaker's last job."""
WRAPPING = lazy_pattern(r"\bwrapping(?:[ ]up)?(?:[ ](?:in|by|at))?$")
"""A shoot's end told by a participle just before the time: "..., wrapping in early May"."""
FUTURE = lazy_pattern(r"\b(?:will|due|set[ ]to|scheduled|expected|slated|planned|going[ ]to)\b")
BACK_REFERENCE = lazy_pattern(
    r"\b(?:had[ ]been|had[ ]previously|had[ ]originally|(?<!has[ ])(?<!have[ ])previously|"
    r"previously(?![ ](?:said|confirmed|announced|stated|suggested|indicated|hinted|signall?ed)"
    r"[ ][^.;,]{0,40}?\b(?:will|could|should)\b)|"
    r"originally|initially|was[ ]due|(?:was|were)[ ](?:supposed|meant)[ ]to|"
    r"(?:[Ww]as|[Ww]ere)(?:n['’]t)?[ ](?:it|this|that|they|the[ ]\w+)[ ](?:not[ ])?"
    r"(?:supposed|meant|due)[ ]to|"
    r"were[ ]due|was[ ]set|was[ ]scheduled|no[ ]longer|instead[ ]of|rather[ ]than|would[ ]have|"
    r"had[ ]planned|had[ ]hoped|(?:had|['’]d)[ ](?:all[ ])?(?:assumed|thought|believed|"
    r"reckoned|figured)|once[ ](?:due|slated|set|scheduled|planned|expected|pencil+ed))\b"
    r"(?![^.;]*\bbut[ ](?:will[ ]|is[ ]|are[ ]|has[ ]|have[ ])?now\b)"
    r"|\bearlier[ ]$|\bout[ ]of[ ](?:(?:the|its|their|a)[ ])?$"
)
"""A time told as given up or past ("was due on 22 March"), or as a belief held before the news
("Most of us had assumed an autumn launch"), unless the clause turns to the new plan before
the date ("was due to begin on 2 May but will now launch on ..."); a slot the film is moved
out of ("pulled the film out of the spring"). Asked in the inverted order too ("Wasn't it meant
to be out in May?", "Was the film not due to open in June?"): the old plan, not the news."""
SPECULATION = lazy_pattern(
    r"\b(?:fan[ ]theor\w*|theories|speculat\w*|rumou?r\w*|guess\w*|predict\w*|wishlist)\b",
    re.IGNORECASE,
)
NOT_THE_FILM = lazy_pattern(
    r"\b(?:trailer|teaser|clip|first[- ](?:(?:proper|official|full|real)[ ])?(?:look|glimpse|peek)|"
    r"poster|images?|photos?|footage|soundtrack|festival|"
    r"(?<=an[ ])still|(?<=a[ ])still|(?<=single[ ])still|(?<=new[ ])still|(?<=first[ ])still|"
    r"(?<=official[ ])still|(?<=production[ ])still|still(?=s\b)|"
    r"convention|panel|screening|event|tour|signing|book|novel|gala|post|recap|livestream|"
    r"ceremony|exhibition|album|memoir|podcast|reunion|dvd|blu-ray|concert|auditions?|tickets?|"
    r"casting[ ]call|voting|applications?|featurette|making-of|behind-the-scenes|musical|"
    r"(?:production|casting)[ ]office|pop-up|shop|store|museum|prep|pre-?production|vinyl|"
    r"(?<=[’']s[ ])score|(?<=the[ ])score|"
    r"(?:new|next|latest|debut|stage|the|a)[ ]play|(?:extended|director[’']s)[ ]cut|"
    r"(?:companion|making-of)[ ]documentary|documentary[ ]about[ ](?:the|its)[ ]"
    r"(?:making|shoot|filming|production)|"
    r"red[- ]carpet|preview|q&a|rehearsals?|(?:world|european|uk|us|london|festival|gala|global|"
    r"international|the|its|a|cast|crew|fans?|press|charity|vip|industry)[ ]premiere(?:d)?"
    r"(?![ ]date)|premiere[ ](?:screening|event|party)"
    r"|(?:the|a)[ ](?:big|glitzy|glittering|star-studded|starry|lavish|grand)[ ]premiere\b"
    r"|(?-i:\b[Tt]he[ ](?:[A-Z][\w’'&-]*[ ]){1,3})premiere\b(?![ ]date)"
    rf"|(?-i:\b(?:[Ii]ts|[Tt]heir)[ ](?!{BROADCASTER}|{TIME_WORD})(?:[A-Z][\w’'&-]*[ ]){{1,3}})"
    r"premiere\b(?![ ]date)|(?-i:\b[A-Z][a-z]+Con|\b[A-Z][\w’'&-]*[ ](?:Con|Comic-?Con|Expo)))"
    r"s?\b",
    re.IGNORECASE,
)
"""Also a premiere named for where it is held: "the Harbour Film Festival premiere on ..." (the
noun: "The Long Road premieres on ..." is the verb; "its Harbour premiere", but not "its Netflix
premiere" or "its Stan premiere", the streamer's, nor "its Christmas Day premiere", a time), or
for who is invited to it ("a cast and crew premiere", "a charity premiere"), or for its glamour
("the big premiere tomorrow night", "a star-studded premiere"): a screening before the release,
not the release. A fan convention by its name is an event too ("HarbourCon", "Vale Expo")."""
DIRECT_VERB = lazy_pattern(
    r"\b(?:began|begun|started|wrapped|ended|premieres?|hits?|lands?|arrives?|opens?|debuts?|"
    r"streams?|drops?|out|airs?|(?:is|are)[ ]in|got[ ]under[ ]?way|kicked[ ]off|commenced|rolled|"
    r"concluded|finished)(?:[ ](?:shooting|filming|production|principal[ ]photography))?"
    r"(?:[ ](?:on|in|at))?(?:[ ](?:[A-Z][\w.&]*|theaters|"
    r"theatres|cinemas|screens)){0,3}$"
    r"|(?<![\w,][ ])In(?:[ ][A-Z][\w.-]*(?:[ ](?:&|and)[ ][A-Z][\w.-]*)?)?[ ](?:theaters|"
    r"theatres|cinemas)$"
    r"|\b(?:has|have)[ ]dated[ ](?:the|its|their)[ ](?:film|movie|series|show|sequel|season|"
    r"feature|adaptation)[ ]for$"
    r"|\b(?:will|to)[ ]release[ ](?:it|(?:the|its|their)[ ](?:film|movie|feature)|“[^”]{1,60}”|"
    r"‘[^’]{1,60}’)[ ](?:in|into)[ ](?:(?:US|UK|Irish|[Nn]orth[ ]American)[ ])?(?:theaters|"
    r"theatres|cinemas)$"
    r"|\b(?:the|its|their|a)[ ](?:release|premiere)[ ]date:$"  # "and the release date: 9 May"
)
"""A date straight after the verb: "Filming began June 16", "hits US theaters April 10", "began
shooting May 4", "will release “Title” in theaters Nov. 21"."""
AIM_WORDS = ("targeting", "targets", "eyeing", "eyes", "aiming for", "aims for")
"""The words of a release aimed at: "is eyeing", "is targeting", "is aiming for"."""
AIM = r"\b(?:" + "|".join(word.replace(" ", "[ ]") for word in AIM_WORDS) + ")"
_AIMING = AIM + r"[ ]"
AIMED_AT = lazy_pattern(AIM + r"(?:[ ]an?)?$")
"""A release aimed at, its noun after the time: "is targeting a fall 2026 premiere", "is eyeing
a 2027 premiere" (the article read with the year)."""
AIMED_SLOT = lazy_pattern(
    _AIMING
    + r"(?:a|an)[ ](?:release[ ]|premiere[ ])?(?:slot|window|date|berth)(?:[ ](?:in|for|during))?$"
    r"|\blisted[ ]for$"
)
"""A release slot aimed at, the time after it: "the streamer is eyeing a slot in early 2026";
or a slot in a schedule's listing: "the film is on it, listed for early 2026"."""
UNDER_WAY = lazy_pattern(
    r"\b(?:cameras|filming|(?<!post-)(?<!post[ ])production|principal[ ]photography|shooting|"
    r"the[ ]shoot)[ ](?:is|are|"
    r"has|have)[ ](?:now[ ]|officially[ ]|finally[ ]|already[ ])*(?P<state>rolling|under[ ]?way|"
    r"begun|started|wrapped|finished|ended)\b",
    re.IGNORECASE,
)
MOVED = lazy_pattern(
    r"\b(?:moved|moving|pushed|shifted|delayed|brought[ ]forward|rescheduled|bumped)\b"
)
TO_DATE = lazy_pattern(r"[ ]to[ ](?:[A-Z][a-z]+day,?[ ])?(?:\d|[A-Z][a-z]+[ ]\d)")
_SPAN_EDGE = (
    r"(?:(?:early|mid|late)[- ]|the[ ](?:start|beginning|middle|end|(?:first|second|third|last|"
    r"final)[ ]week)[ ]of[ ])?"
)
"""Where in its month a span begins or ends: "early", "mid-", "the end of", "the last week of"."""
FILMING_SPAN = lazy_pattern(
    rf"\b(?:between|from)[ ]{_SPAN_EDGE}(?P<m1>{MONTH_PATTERN})(?:[ ](?P<y1>\d{{4}}))?[ ]"
    rf"(?:and|to|until|through|into)[ ]{_SPAN_EDGE}(?P<m2>{MONTH_PATTERN})(?:[ ](?P<y2>\d{{4}}))?"
    r"(?:[ ](?P<rel>last|this)[ ]year)?"
)
"""A shoot's span: "Filming took place between July and September last year", "ran from early
March to the end of May 2025", "from October 2025 into January"."""
SEASON_NUMBER = r"(?:one|two|three|four|five|six|\d)"
"""A season's or series' number as a headline or a listicle writes it: "series two", "Season 3"."""
SEASON_WORD = lazy_pattern(
    r"\b(?<!-)(?:[Ss]easons?|[Ee]pisodes?|(?:first|second|third|fourth|fifth|sixth|new|next)"
    rf"[ ]series|[Ss]eries[ ]{SEASON_NUMBER})\b"
)
DUE_COURSE = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ ](?:(?:release|premiere|launch|transmission|"
    r"broadcast|air|streaming|opening|exact|firm|specific)[ ])?date[ ]"
    r"(?:would|will|is[ ]to|was[ ]to)[ ]be[ ]"
    r"[‘'“\"]?(?:announced|confirmed|revealed|shared|set)[ ](?:in[ ]due[ ]course|at[ ]a[ ]later"
    r"[ ]date|later|soon)\b"
    r"|\b(?:will|would|plans?[ ]to|hopes?[ ]to)[ ](?:share|announce|confirm|reveal|set)[ ]"
    r"(?:a|the|its|their)[ ](?:(?:release|premiere|launch|transmission|broadcast|air|streaming|"
    r"opening|exact|firm)[ ])?date[ ](?:in[ ]due[ ]course|at[ ]a[ ]later[ ]date|later|soon)\b"
)
"""A date promised for later: "a transmission date would be 'announced in due course'", "will
share a launch date in due course" (read on the sentence as written: the quotation marks only
mark a spokesperson's words)."""
TITLE_WORD = r"[A-Z][\w’'&+-]*"
"""A capitalised word of a work's name ("Q&A", "Apple+")."""
WORK_NAME = rf"(?:{TITLE_WORD}[ ]){{0,5}}{TITLE_WORD}"
"""A work's name: one to six capitalised words ("The Long Road Back")."""
CAPITALISED = lazy_pattern(r"[A-Z][\w’'-]*")
"""A capitalised word, each to be looked up as a word of ours or of the headline."""
RELEASED_PAST = lazy_pattern(
    rf"\b(?:{'|'.join(PAST_RELEASE_BOUND)}|(?:came|went)[ ]out|(?<![Bb]e[ ])"
    r"(?<!is[ ])(?<!are[ ])(?<!being[ ])(?<!gets[ ])released)\b"
)
"""A release told in the past, "released" alone too: "the distributor released it on 9 May"
(not "will be released", "is released")."""

DATE_HINT = hint("date", "window", "when", " day ")
"""What "no date yet" needs (:data:`NOT_ANNOUNCED`)."""
TITLE_HINT = hint("name", "title", "called", "go out ", "goes out as", "released ")
"""What news of the work's title needs."""
RELATIVE_HINT = hint("day", "night", "morning", "afternoon", "evening", "week", "tomorrow")
"""What a day named from the article's date or an offset from an event needs."""
UNDER_WAY_HINT = hint("rolling", "under way", "underway", "begun", "started", "wrapped",
                      "finished", "ended")  # fmt: skip
"""What a shoot under way or wrapped, undated, needs."""
ANSWER_OPENERS = ("Not until", "Not before", "Probably", "Some time", "Sometime", "Likely")
"""How a sentence answering "when?" may open ("Not until the autumn.")."""
