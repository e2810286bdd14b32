"""The words that hedge a release statement: a hope, a guess, a wish or hearsay ("could arrive in
May", "I’d love it out next year", "Sources say it lands in May", "word on set is it goes out in
May", "with the channel expecting to show it in May", "has apparently been eyeing a US release in
the autumn": the writer passes on what they did not see), kept apart from the release verbs of
:mod:`.release_words`."""

from __future__ import annotations

from bot.extract.text import blanked
from bot.lazy_patterns import lazy_pattern

_REMARK = (
    r"[ ](?:it[ ]is[ ]|it[’']s[ ]|it[ ]was[ ])?no[ ](?:surprise|wonder)"
    r"|,?[ ](?:not[ ])?(?:un)?surprisingly|,?[ ]fittingly"
)
"""A "perhaps" that softens the writer's remark, not the fact: "So perhaps it is no surprise that
X, released on 3 May, topped the chart", "It is perhaps no wonder", "perhaps fittingly"."""
_RUMOUR = (
    r"\b(?:[Ss]ome|[Mm]any|[Aa][ ]few|[Ll]ots[ ]of|[Pp]lenty[ ]of)[ ](?:people|fans|users|viewers)"
    r"[ ](?:[\w@.’'-]+[ ]){0,3}?(?:are|were|keep)[ ](?:saying|claiming|guessing|predicting)\b"
)
RUMOUR = lazy_pattern(_RUMOUR)
"""Unnamed people passing a time on: "some people on forums are saying “May”", "a few fans
keep guessing 2027": a rumour, whoever repeats it."""
HEDGE = lazy_pattern(
    rf"{_RUMOUR}|"
    rf"\b(?:hope|hopes|hoping|hopefully|hoped|could|might|may|perhaps(?!{_REMARK})|possibly|"
    r"likely|reportedly|apparently|allegedly|supposedly|"
    r"rumou?red|suggest(?:s|ed|ing)?|fingers[ ]crossed|planning|plans[ ]to|aims?|aiming|"
    r"(?:I|[Ww]e)(?:[’']d|[ ]would)[ ](?:really[ ]|so[ ])?(?:love|like)|[Ii]deally|I[ ]wish|"
    r"[Tt]he[ ]dream[ ]is|assum(?:ption|es?|ed|ing)(?=[ ]that\b)|"  # "on the assumption that"
    r"(?:(?<=which[ ])|(?<=that[ ]))would[ ](?:put|place|mean|point[ ]to)|"  # a sum worked out
    r"[Ss]ources?|[Ii]nsiders?|"
    r"(?<![\w’'-])[Ww]ord(?:[ ](?:on|around|in|among|about|from)"
    r"(?:[ ](?:the[ ])?[a-z]+)?)?"  # "word on set is", "word in the industry is"
    r"[ ](?:is|was|has[ ]it)(?=[ ](?:that[ ])?(?:it|they|the|[A-Z]))|"
    r"expect(?:ed|ing)[ ]to|"
    r"expect(?:s|ed|ing)?[ ](?:it|them|the[ ](?:film|movie|show|series|season|drama))"
    r"[ ]to|expect(?:s|ed)?[ ](?:a|an)[ ](?:[a-z-]+[ ])?(?:release|premiere|launch|debut|bow)\b|"
    r"(?<!than[ ])(?<!as[ ])expected(?=[ ]*$|[ ](?:in|on|next|this|early|late|"
    r"later|by|around|sometime|before|after)\b)|hint(?:s|ed|ing)?|understands|(?<=is[ ])understood|"
    r"(?<=is[ ])planned[ ]for|(?<=are[ ])planned[ ]for|(?<=release[ ])planned[ ]for|"
    r"eyeing|eyes|(?<=being[ ])eyed|(?<=is[ ])eyed|(?<=are[ ])eyed|"  # "a release is being eyed"
    r"(?:(?<=with[ ]an[ ])|(?<=with[ ]one[ ])|(?<=with[ ]its[ ])|(?<=with[ ]their[ ]))"
    r"eye(?=[ ](?:on|to)\b)|"  # "with an eye on a 2027 release", "with its eye to 2027"
    r"eyed(?=[ ]for\b|[ ]*$)|"  # "with a release eyed for 2027"
    r"(?<=being[ ])floated|(?<=first[ ])floated|(?<=was[ ])floated|(?<=been[ ])floated|"
    r"floated[ ]by|"  # a time put about, not set: "a date first floated by one fan account"
    r"targeting|targets|lining[ ]up|(?<=being[ ])lined[ ]up|pencil+(?:ed|ing|s)[ ](?:in|for)|"
    r"(?<=has[ ])heard|(?<=have[ ])heard|(?<=['’]ve[ ])heard|"
    r"(?:believes|believed|thinks|reckons|reckoned)"
    r"(?=[ ](?:that[ ])?(?:it|the[ ][a-z]+)[ ](?:would|will|should)[ ]be[ ]on\b)|"
    r"(?:(?i:threads?|rumou?rs?|accounts?|posts?|posters?|screenshots?|tweets?|fans?|users?|"
    r"leakers?|forums?|theor(?:y|ies)|videos?|someone|people)[ ](?:[\w@.’'-]+[ ]){0,3}?"
    r"(?:claims|claimed|claiming|insists|insisted|insisting)|theori[sz]ed|speculated)"
    r"(?=[ ](?:that[ ])?(?:it|the[ ][a-z]+|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[ ]"
    r"(?:would|will|could|might)[ ]|[ ](?:a|an)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:release|premiere|launch|debut|date|window|shoot)\b|[ ](?:a|an)[ ]?$)|"
    r"(?:[Ss]igns|[Ee]verything|[Aa]ll[ ]of[ ]this|(?i:chatter|gossip|buzz|whispers|talk|"
    r"speculation))[ ](?:point|points|pointing)[ ]to|"  # "industry chatter points to May"
    r"(?:appears?|appeared|seems?|seemed)[ ]to[ ](?:confirm|suggest|indicate|imply|point[ ]to))\b"
)
_FULFILLED = lazy_pattern(
    r"\b(?:confirm(?:s|ed|ing)?|prove[sd]?|proving)[ ]what[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:(?:had|have|has)[ ])?(?:long[ ])?(?:hoped|expected|suspected)(?=[ ]*[:,;.—–]|[ ]*$)"
    r"|\b[Aa]s[ ](?:[\w’'-]+[ ]){0,2}?(?:(?:had|have|has)[ ])?(?:hoped|expected),"
)
"""A hope told as met ("confirms what fans had hoped: it lands on ...", "as viewers hoped, it
opens on ..."): the writer states the time; the hope was the readers', and it is over."""


def without_fulfilled(text: str) -> str:
    """``text`` with each hope told as met blanked, so that its hope word hedges nothing."""
    return blanked(_FULFILLED, text)


LEAD_HEDGE = lazy_pattern(
    r"[ “\"]*(?:(?:[Ii]ndustry|[Pp]roduction|[Ss]tudio|[Ww]ell-placed)[ ])?"
    r"(?:[Ss]ources|[Ii]nsiders)[ ](?:say|said|tell[ ]\w+|told[ ]\w+|suggest|claim|indicate)\b"
    r"|[ “\"]*(?:Reportedly|Apparently|According[ ]to[ ](?:(?:industry|production|studio)[ ])?"
    r"(?:sources|insiders|reports))\b"
)
"""A sentence that opens by crediting what follows to sources: "Sources say ...", "Reportedly,
...", "Apparently ..." (hearsay, whoever passed it on)."""
