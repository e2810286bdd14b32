"""Whose time a sentence tells when its verb reads like a release: a person's (a star who
"returns to the stage", a director "coming to" a forum), figures' ("released on Tuesday"), the
film's sales ("sales will be launched at the market in February"), a deadline's ("by 6pm on
Friday"), a companion work's (a making-of documentary named with the film's title), or, after a
sentence about another production in the same paragraph, that production's ("He wrapped the
shoot in January").
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.release_announced_by import announced_then
from bot.extract.release_booked_ends import end_booked
from bot.extract.release_bookings import offer_opens
from bot.extract.release_chart_moves import bare_chart_move
from bot.extract.release_counted_works import counted_works_due
from bot.extract.release_event_broadcasts import event_broadcast
from bot.extract.release_event_editions import opens_an_edition
from bot.extract.release_event_nouns import event_nouns_time
from bot.extract.release_happenings import happened_then
from bot.extract.release_hit_nouns import hit_noun_only
from bot.extract.release_landed_roles import landed_a_thing
from bot.extract.release_later_episodes import later_episode
from bot.extract.release_local_notices import plans_another_thing
from bot.extract.release_making_steps import making_step_begins
from bot.extract.release_music_days import music_released
from bot.extract.release_other_comings import other_coming
from bot.extract.release_other_deeds import another_deeds_day
from bot.extract.release_own_airings import own_part_airs
from bot.extract.release_periodicals import next_number_due
from bot.extract.release_player_arrivals import player_arrives
from bot.extract.release_promotion_arrivals import promotion_arrives
from bot.extract.release_review_drops import reviews_come_out
from bot.extract.release_sales_launches import last_is, sales_launched
from bot.extract.release_since import out_since_date, since_its_release
from bot.extract.release_song_dates import song_released
from bot.extract.release_span_ends import closes_a_span
from bot.extract.release_story_starts import begins_a_deed
from bot.extract.release_story_times import story_time
from bot.extract.release_viewings import viewed_then
from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_MOVES = (
    r"(?:is[ ]|are[ ]|was[ ]|were[ ]|will[ ](?:be[ ])?)?(?:now[ ]|also[ ]|then[ ])?"
    r"(?:coming|comes|came|arrive|return|head|"
    r"arrives|arriving|arrived|returns|returning|returned|heads|heading|headed|lands|landing|"
    r"landed|hits|hitting|debuts|debuting|premieres|opens|drops[ ]by|dropping[ ]by|stops[ ]by|"
    r"joins|joining|due)\b"
)
_PEOPLE = (
    r"(?:[Tt]he[ ])?(?i:cast|crew|extras|unit|actors|stars|fans|residents|visitors|artists|"
    r"performers|applicants|volunteers|participants|guests|attendees|locals|candidates)[ ]"
    r"(?:members[ ])?"
)
"""People named by what they are there as: "the crew", "cast members", "extras"."""
_PERSON_MOVES = lazy_pattern(
    r"\b(?:(?:[Dd]irector|star|co-star|[Aa]ctor|[Aa]ctress|[Ww]riter|[Pp]roducer|[Cc]reator|"
    r"[Ss]howrunner|[Cc]omposer|[Hh]ost|[Aa]uthor|[Nn]ovelist)[ ](?:[A-Z][\w’'-]*[ ]){1,3}"
    rf"|(?<![\w’'-])(?:[Hh]e|[Ss]he)[ ]"
    r"|\b(?:[Mm]ost|[Mm]any|[Ss]ome|[Ss]everal|[Hh]alf|[Ff]ew)[ ]of[ ](?:them|us|you)[ ]"
    rf"|\b{_PEOPLE}(?:should[ ]|must[ ]|are[ ]due[ ]to[ ])?){_MOVES}"
    r"|\b(?:arriv(?:es|ed|ing)|due|expected|back)[ ](?:on|at)[ ](?:set|location)\b"
)
"""A person or people as the verb's subject: "Director Wren Hollis is coming to the forum on
Friday", "she returns in May", "extras should arrive at 7am on ...", "the crew returns to the
village on ...", "photographed arriving on set", "most of them are coming on Saturday" (a share
of people): their movements, not the film's release."""
_PEOPLE_SINCE = lazy_pattern(
    rf"\b{_PEOPLE}(?:had|has|have|were|was|are|is|will)\b[^,;]*?[ ]"
    r"(?:since|after|before|upon|on)[ ](?:arriv|return|head|land|com|join)ing(?:[ ](?:on|in))?[ ]?$"
)
"""People as the subject of a clause whose time comes after a participle of movement ("the
crew had lived on coffee since arriving on Tuesday"): the participle is theirs, not a release."""
_PERSON_RETURNS = lazy_pattern(
    r"\b(?:returns|returning|returned|is[ ]back)[ ](?:as[ ](?:host|co-host|presenter|judge|guest|"
    r"narrator)|to[ ](?:the[ ]stage|host|present|judge|Broadway|the[ ]West[ ]End))\b"
    r"|\b(?:character|role)[ ](?:returns|will[ ]return|is[ ]back|comes[ ]back)\b"
)
"""A person's return to a role or a stage: "Quill returns as host of the awards on ...", or a
character's return to a show (a soap item's "when the character returns next spring")."""
_NOT_NEW = lazy_pattern(
    r"\b(?:(?:returns|returning|returned|back|re-?released|re-?issued)[ ]to[ ](?:cinemas|theaters|"
    r"theatres|the[ ]big[ ]screen|screens)|re-?releases?|re-?issues?|re-?released|re-?issued|"
    r"(?:hit|hits|hitting|crossed|crosses|passed|passes|topped|tops|reached|reaches)[ ]"
    r"(?:the[ ])?[$£€]?\d[\d.,]*(?:[ ]?(?:million|billion|m|bn|k))?)\b",
    re.IGNORECASE,
)
"""A return to cinemas, or a number hit: "returns to cinemas on 14 February for a singalong",
"hit 50 million views on Sunday": not a first release."""
_TRAVEL = lazy_pattern(
    r"\b(?:flying|flew|flown|travell?ing|travell?ed|jetting|jetted|driving|driven|drove)[ ]"
    r"(?:in[ ]|over[ ]|back[ ]|down[ ]|up[ ])?(?:from|to)[ ][A-Z]"
)
"""A person's journey beside the verb ("has arrived after flying in from Rome"), not a release."""
_NUMBERS_OUT = lazy_pattern(
    r"\b(?:figures|data|numbers|statistics|stats|ratings|estimates|results|rankings|charts?|"
    r"list|report|statement|schedule|listings)[ ](?:were[ ]|was[ ]|are[ ]|is[ ]|"
    r"(?:would|will|should|could|are[ ](?:due[ ])?to|is[ ](?:due[ ])?to)[ ]be[ ])?(?:first[ ])?"
    r"(?:released|published|issued|posted|out)(?:[ ](?:in|by|via|through)(?:[ ][\w’'+-]+){1,4})?"
    r"(?:[ ](?:on|from))?$"
)
"""Figures or a statement put out on a day: "according to the weekly figures released on
Tuesday", "ratings published on Monday", "figures would be released in the weekly chart on
Monday": their day, not the film's."""
_DEADLINE = lazy_pattern(
    r"\b(?:by|before|until|no[ ]later[ ]than)[ ](?:(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?[ ]?"
    r"(?:am|pm|a\.m\.|p\.m\.))[ ])?on$"
)
"""A deadline: "send a self-tape, reading the sides available online, by 6pm on Friday 11 April",
"entries close at midnight": the day things are due, not a release."""
_COMPANION = lazy_pattern(
    r"^[ “\"‘']*(?P<name>[A-Z][^,;]{0,80}),[ ](?:a|an|the)[ ](?:[\w’'-]+[ ]){0,5}?"
    r"(?:documentary|featurette|making-of|behind-the-scenes|companion|retrospective|docuseries)\b"
)
"""A work named first, then called a documentary or featurette in apposition: "Lanterns: Into
the Dark, a 40-minute documentary on the shoot, lands on ..."."""
_SOMEONES = lazy_pattern(
    r"[ “\"‘']*(?P<name>[A-Z][^,;]{0,60}),[ ](?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w-]*[’']s[ ]"
    r"(?:follow-up|next|new|latest|other|upcoming|previous|last|second|debut)\b"
)
"""A work named, then called someone's next or other work: "Lowland, Quill's follow-up, ..."."""
_CAPITALISED = lazy_pattern(r"[A-Z][\w-]*")


def not_a_release(before: str, clause: str, chunk: str) -> bool:
    """The verb before the time (in its few words ``before``, or its ``clause``) is a person's
    coming or going, figures' release, the film's sales launch or its shoot's planned end, not
    the film's release."""
    return (
        _TRAVEL.search(chunk) is not None
        or event_broadcast(chunk)
        or happened_then(before)
        or opens_an_edition(before)  # "launched the 12th Thornwick Scar on Thursday"
        or announced_then(before)  # "was announced by the streamer in April"
        or song_released(clause)
        or song_released(before)  # "the track will be out on 12 June"
        or music_released(clause, chunk)  # "the soundtrack album will be out on 14 July"
        or _PERSON_MOVES.search(before) is not None
        or ("ing " in clause and _PEOPLE_SINCE.search(clause) is not None)
        or (("return" in before or "back" in before) and _PERSON_RETURNS.search(before) is not None)
        or (("ed" in before or "out" in before) and _NUMBERS_OUT.search(before) is not None)
        or (" on" in before and _DEADLINE.search(before) is not None)
        or _NOT_NEW.search(before) is not None
        or ((" who " in before or "hat" in before) and _a_relatives_move(before))
        or sales_launched(before, clause)
        or (" to " in before and _END_PLANNED.search(before) is not None)
        or (" a" in before and last_is(_GENERIC, before))
        or ("no " in before and _NO_RELEASE.search(before) is not None)
        or landed_a_thing(before)  # "only landed the role in October": a win's time
        or hit_noun_only(before)  # "the Netflix hit X moved into town on Monday"
        or ("s " in clause and own_part_airs(clause))  # "Her final scenes air in May"
        or plans_another_thing(clause)  # "the closure is due to be lifted on Friday"
        or player_arrives(chunk, clause)  # "X, who plays Y, arrived on Wednesday"
        or promotion_arrives(before, chunk)  # "a first look will arrive “soon”, so in June"
        or ("begins " in before and begins_a_deed(before))  # "Edda begins courting in May"
        or making_step_begins(before)  # "the edit begins in January": not before an audience
        or another_deeds_day(before, clause)  # "the notes that landed in my inbox on Monday"
        or story_time(before)  # "the sequel, out today, picks up the summer after the wedding"
        or ("continu" in before and _RUN_GOES_ON.search(before) is not None)  # a cheap gate
        or end_booked(before)  # "the wrap is pencilled in for mid-June": the shoot's end
        or offer_opens(before)  # "by ballot, opening next Tuesday": the sale's time
        or later_episode(before)  # "Episode four of Marsh Lane airs on": not the premiere
        or later_episode(clause)
        or next_number_due(chunk, clause)  # "Next week's chart is due on Tuesday 28 April"
        or reviews_come_out(clause)  # "Reviews drop at 9pm tonight": the critics' time
        or counted_works_due(before)  # "with two big releases set for": other titles
        or event_nouns_time(before)  # "with nominations due in July": the event's time
        or closes_a_span(before)  # "views between its April release and the end of June"
        or other_coming(before)  # "she has a stage role coming this summer"
        or viewed_then(clause)  # "and then I watched it again on Saturday": a viewing's day
    )


_RUN_GOES_ON = lazy_pattern(r"\b(?:continues|continuing|will[ ]continue)(?:[ ](?:on|at))?$")
"""A run that goes on after it starts: "starts tonight and continues tomorrow at 9pm" (the
later day is the second episode's, not the start)."""


_NO_RELEASE = lazy_pattern(
    r"\b(?:no|never[ ]an?)[ ](?:(?:cinema|theatrical|theater|theatre|wide|public|UK|US)[ ])?"
    r"(?:release|launch|debut|run)\b(?![ ](?:date|window|plans?)\b)"
)
"""A release denied, then a time of something else: "there will be no cinema release, after
confusion this afternoon when a listing appeared" (the afternoon is the confusion's)."""


_GENERIC = lazy_pattern(
    r"\b(?:before|after|when|once|whenever|until)[ ](?:a|an|any)[ ](?:[a-z][\w-]*[ ])?"
    r"(?:drama|film|movie|series|show|season|sitcom|thriller|comedy)[ ](?:usually[ ]|typically[ ]"
    r"|normally[ ]|generally[ ])?(?:launches|premieres|arrives|lands|drops|airs|debuts|opens|"
    r"comes[ ]out|is[ ]released|goes[ ]out)\b"
)
"""A release told of works in general, after a conjunction and an indefinite subject ("ITV
usually releases a trailer a month before a drama launches, so look out in December"): a habit,
not our film's release."""


_END_PLANNED = lazy_pattern(
    r"\b(?:expected|due|set|scheduled|slated|planned|going)[ ]to[ ](?:wrap|finish|end|conclude)"
    r"(?:[ ]up)?(?:[ ](?:in|on|by|around|at|towards?))?(?:[ ](?:the|a))?"
    r"(?:[ ](?:end|close|middle)[ ]of)?[ ]?$"
)
"""A shoot's end still to come just before the time ("and with filming expected to wrap next
month, ..."): the shoot's plan, though a release verb stands earlier in the sentence."""


_RELATIVE_BEFORE = lazy_pattern(
    r"(?:\bwho|\b[Ww]hat(?:[’']s|[ ](?:is|are|will[ ]be))?)[ ]"
    r"(?:then[ ]|also[ ]|later[ ]|finally[ ]|still[ ])?$"
)


def _a_relatives_move(before: str) -> bool:
    """The nearest release-like verb has "who" or "what" for its subject: a person's movement,
    told in a synopsis ("a nurse who arrives in the village in the spring", "a diver who lands
    in Oslo in March"), or the span of a streamer's list ("its list of what's coming in 2026"),
    not the film's release."""
    verbs = [m.start() for m in RELEASE_VERB.finditer(before)]
    return bool(verbs) and _RELATIVE_BEFORE.search(before, 0, verbs[-1]) is not None


def of_a_companion(chunk: str, context: Context) -> bool:
    """The sentence is about a documentary or featurette beside the film (named with a subtitle
    after the film's own name, or by a name that is not the film's), or about a work called
    someone's follow-up or next film in apposition ("Lowland, Quill's follow-up, opens ...")."""
    if "," not in chunk:
        return False
    other = _SOMEONES.match(chunk) if "’s " in chunk or "'s " in chunk else None
    if other is not None and bool(context.ours or context.headline):
        return not context.is_known(other["name"])
    match = _COMPANION.match(chunk)
    if match is None:
        return False
    name = match["name"]
    return ": " in name or (bool(context.ours) and not context.is_known(name))


def names_ours(chunk: str, context: Context, *, strict: bool = False, told: bool = False) -> bool:
    """The sentence names the article's own production, or opens with "the film" (the
    article's, in a paragraph that has moved on from another's credit; not where the paragraph
    gave another work a chart place, which "the film" then means: ``strict``), or, after an aside
    on the film's trailer (``told``: :func:`.release_relatives.trailer_asides`), tells a statement
    about "the film" ("Lumen has since confirmed that the film will premiere on ..."); after
    another work's credit or a sequel's news that "the film" is the other work."""
    if not strict and (_THE_FILM.match(chunk) or (told and _TOLD_OF_THE_FILM.search(chunk))):
        return True
    if told and not strict and _opens_on_headline_name(chunk, context):
        return True  # "The trailer dropped at 2pm. Tin Lid releases on Lumen on 4 May."
    return any(word in context.ours for word in _CAPITALISED.findall(chunk))


_OPENING_NAME = lazy_pattern(r"[ “\"]*(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)+)[ ][a-z]")
"""A sentence opening on a name of two words or more, then its verb: "Tin Lid releases ..."."""


def _opens_on_headline_name(chunk: str, context: Context) -> bool:
    """The sentence opens on a name whose every word the headline gives: after an aside on the
    film's trailer, the headline's work, though no phrasing marked it as the article's own."""
    opening = _OPENING_NAME.match(chunk)
    return opening is not None and all(w in context.headline for w in opening["name"].split())


_THE_FILM = lazy_pattern(r"[ “\"]*(?:The|This|Our)[ ](?:film|movie|feature)\b")
_TOLD_OF_THE_FILM = lazy_pattern(
    r"\b(?:confirmed|announced|revealed|said)[ ]that[ ]the[ ](?:film|movie|feature)[ ]"
    r"(?:will|would|is|was)\b"
)


_CHART_PLACE = lazy_pattern(
    r"[ “\"]*(?:In|At|Landing[ ]in|Coming[ ]in)[ ](?:(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)(?:[ ]place)?|No\.[ ]?\d+|number[ ]\w+)(?:,[ ]|[ ](?:was|is|came)[ ])"
    r"(?:(?:the|a|an|[A-Z][\w+&-]*(?:[ ][A-Z][\w+&-]*){0,2}[’']s)[ ](?:[a-z][\w-]*[ ]){0,3})?"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,4})"
)
"""A chart's or box office's next place, held by a work: "In third, Night Ferry scared up ...",
"At No. 4, the thriller Lowland ...", "In second place was Lumen’s new drama Harrow Gate"."""


_CHART_CLOSE = lazy_pattern(
    r"[ “\"]*(?:(?:Rounding|Closing|Filling)[ ](?:out|off)|Completing|Making[ ]up)[ ]the[ ]top[ ]"
    r"\w+(?:,[ ]|[ ](?:were|was|are|is|came)[ ])(?=[A-Z‘“])"
)
"""A chart's last places, the works named after them: "Rounding out the top five were A and B"."""
_CAPITAL = lazy_pattern(r"\b[A-Z][\w’'-]+")
_CHART_MOVE = lazy_pattern(
    r"[ “\"]*(?:[A-Z][\w+’'-]*(?:[ ][A-Z][\w+’'-]*){0,2}[’']s[ ])?‘(?P<name>[^’]{2,60})’"
    r"[^.;]{0,120}?\b(?:fell|falls|slipped|slips|dropped|drops|rose|rises|climbed|climbs)[ ]"
    r"(?:from[ ][\w ]{1,20}?[ ])?to[ ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|No\.?[ ]?\d+|number[ ]\w+)\b"
)
"""A quoted work moving in a chart: "Lumen’s ‘Night Ferry’, the thriller, slipped to fourth"."""


def charts_another(chunk: str, context: Context) -> bool:
    """The sentence gives a chart place to a work that is not the article's own."""
    if chunk.lstrip(' “"').startswith(("In ", "At ", "Landing ", "Coming ")):
        match = _CHART_PLACE.match(chunk)
        return match is not None and not context.is_ours(match["name"])
    if _CHART_CLOSE.match(chunk):  # "Rounding out the top five were A and B, ...": none ours
        return not any(context.is_known(word) for word in _CAPITAL.findall(chunk))
    bare = bare_chart_move(chunk) if context.ours else None
    if bare is not None and not context.is_ours(bare):
        return True  # "Larkfield, released on 14 May, fell to No 2": the chart's other work
    if "‘" not in chunk:
        return False
    match = _CHART_MOVE.match(chunk)
    return match is not None and not context.is_ours(match["name"])


_WHEN_RELEASED = lazy_pattern(
    r",?[ ](?:\([^()]{1,30}\)[ ])?when[ ](?:it|the[ ](?:film|movie|feature|finale))[ ]"
    r"(?:first[ ]|finally[ ])?(?:premiered|landed|arrived|debuted|launched|opened|dropped|"
    r"was[ ]released|came[ ]out)\b"
)


def released_then(chunk: str, start: int, end: int, context: Context) -> bool:
    """A date glossed as the day the film came out: "views between Friday 8 May, when it
    premiered on the service, and Sunday", in a sentence that names the film (or, with its
    name not yet known, a word of the headline); or the day it has been out since ("has been
    streaming on Netflix since Friday 17 April", "since its release on 17 April")."""
    if (" since" in chunk or " after " in chunk) and (
        out_since_date(chunk, start) or since_its_release(chunk, start, end)
    ):
        return True
    return (
        " when " in chunk
        and _WHEN_RELEASED.match(chunk, end) is not None
        and bool(set(_CAPITALISED.findall(chunk, 0, start)) & (context.ours or context.headline))
    )


_NEW_WORK = lazy_pattern(
    r"\b(?:direct|write|develop\w*|greenl[ia]\w*|order\w*|confirm\w*|announc\w*|mak(?:e|es|ing)|"
    r"plan(?:s|ned|ning)?|board\w*|commission\w*|helm\w*|lead|star|(?<![\w-])[Tt]hen,?|"
    r"(?<![\w-])[Nn]ext,?)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:a|another)[ ](?:sequel|prequel|spin-?off|follow-up|second[ ]film)\b(?![ ](?:to|of)\b)"
)
"""A new work announced in the sentence ("will return to write and direct a sequel", "has
greenlit a follow-up", or an answer's "Then a second film, set in Cork"): what the paragraph
dates after it is that work's, not ours."""


def announces_another(chunk: str) -> bool:
    """The sentence announces a sequel, prequel or spin-off not yet made (no "no plans for" or
    "ruled out" just before it)."""
    if (
        "quel" not in chunk
        and "follow-up" not in chunk
        and "spin" not in chunk
        and "second f" not in chunk
    ):
        return False
    found = _NEW_WORK.search(chunk)
    return found is not None and not _DENIED.search(chunk, max(found.start() - 30, 0), found.end())


_DENIED = lazy_pattern(r"\b(?:no|not|never|n[’']t|ruled[ ]out|rumou?r\w*|petition\w*)\b")


_ITS_RELEASE = lazy_pattern(
    r"\b(?:before|ahead[ ]of)[ ](?:(?:its|a)[ ]"
    r"(?:[A-Z][\w-]*[ ]|theatrical[ ]|cinema[ ]|wide[ ]|general[ ])?release"
    r"(?:[ ]in[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)?"
    r"|it[ ](?:opens[ ]in|arrives[ ](?:in|on)|lands[ ](?:in|on)|is[ ]released)[^,;.]{0,40})[ ]on$"
)
"""The film's own release after an event it plays first ("plays the Lisbon festival on 3 May
before its Portuguese release on 20 June", "... before it opens in Irish cinemas on 5 May"): the
date is the release's, whatever the event; so is "... before opening in UK cinemas on 5 May"."""
_OPENING_NEXT = lazy_pattern(
    r"\b(?:before|after|then)[ ](?:opening|arriving)[ ]in[ ](?:[A-Z][\w-]*[ ]"
    r"(?:and[ ][A-Z][\w-]*[ ])?)?(?:cinemas|theatres|theaters)[ ]on$"
)


def own_release(before: str, clause: str) -> str:
    """The words that own the date: from "its ... release on" when the clause names an event
    first, else the clause."""
    found = _OPENING_NEXT.search(before) or (
        _ITS_RELEASE.search(before) if " it" in before else None
    )
    return found.group() if found is not None else clause
