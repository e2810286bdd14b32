"""Who a sentence is about: the subjects of its clauses, for "he said" and "the 24-year-old".

A pronoun or a descriptor points back to the person the text has been talking about, which is
the subject of the nearest clause before it ("Okafor-Reyes credits producer Tove Ringqvist
with ...", then "he said": the director, not the producer named last). A clause starts a
sentence, follows ", and", ", but", ";" or a closing quotation mark, and its subject is a name, a
pronoun or a descriptor standing before a verb or an aside (", who ...", ", 21,").
"""

from __future__ import annotations

import re

from bot.extract.contact_sayers import contact_sayers
from bot.extract.lexicon import AUDIENCE, CHANNEL, FIELD_WORD, REFLEXIVE, SPEECH_VERBS
from bot.extract.names import NAME, TOKEN
from bot.extract.part_descriptions import describes_part
from bot.lazy_patterns import lazy_pattern

PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
SOURCE_NOUN = (
    r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representatives|representative|reps|"
    r"rep|source|sources|insider|insiders)"
)
CROWD_NOUN = (
    r"(?:fan|fans|viewer|viewers|reader|readers|member|members|user|users|commenter|"
    r"commenters|person|people|attendee|attendees|onlooker|onlookers|follower|followers|"
    r"audience[ ]member|moviegoer|moviegoers|fellow|parent|student|local|resident|reply|replies|"
    r"comment|comments|commenter|commenters|poster|shopkeeper|shopkeepers|owner|owners|worker|workers|"
    r"neighbour|neighbours|passer-by|passers-by|bystander|bystanders|extra|extras|employee|"
    r"employees|staffer|staffers|analyst|analysts|investor|investors|manager|managers|banker|"
    r"bankers|trader|traders|steward|stewards|marshal|marshals|usher|ushers|pal|pals|friend)"
)
PERSON_NOUN = (
    r"(?:author|novelist|writer|screenwriter|creator|co-creator|director|filmmaker|producer|"
    r"showrunner|composer|cinematographer|editor|actor|actress|star|co-star|newcomer|cast[ ]member|"
    r"\d+-year-old|executive|boss|presenter|host|singer|veteran|programmer|critic|"
    r"chief(?![ ](?:[a-z]+[ ])?(?:critic|reviewer|correspondent|reporter|executive|editor|writer))|"
    r"(?:Oscar|Emmy|Bafta|BAFTA|Olivier|Tony|Golden[ ]Globe)[ ](?:winner|nominee)|"
    rf"{SOURCE_NOUN})"
)
ORG_NOUN = (
    r"(?:studio|streamer|network|broadcaster|distributor|company|channel|platform|label|"
    r"outlet|magazine|paper|newspaper|publisher|service|festival|production[ ]company)"
)
TEXT_NOUN = (
    r"(?P<noun>caption|statement|post|tweet|message|synopsis|logline|description|announcement|"
    r"press[ ]release|blurb|tagline|note|letter|update|account|channel|feed|page|story)"
)
CITED_TEXT = (
    r"(?:(?:social|official|joint|new|latest)[ ])?(?:post|statement|update|tweet|report|"
    r"announcement|press[ ]release|newsletter|e-?mail|interview|message|note|letter|blurb|video)\b"
)
"""A text a name's words are cited from: "per a Pellworth social post". Unlike ``TEXT_NOUN`` it
leaves out "account", "feed" and "page", which a fan or a friend may run under the name."""
PUBLISHERS_TEXTS = frozenset({"synopsis", "logline", "press release", "blurb", "tagline"})
"""Texts only a company publishes: "X's synopsis" with X no person we know is X, a company."""
_GROUP = (
    r"(?:staff|security|crew|public|team|audience|band|cast|production|orchestra|choir|"
    r"management|committee|congregation)"
)
"""A group someone unnamed is one of: "a member of staff", "a member of the bar staff"."""
NOT_A_JOB = (
    r"(?:later|other|after|never|ever|rather|number|together|under|over|former|either|neither|"
    r"longer|another|letter|newsletter|trailer|teaser|banner|flyer|sticker|poster|chapter|"
    r"character|narrator|cover|folder|reminder|order|answer|header|register|counter|monitor)\b"
)
"""Words ending like a job that are none ("a letter", "a character"): no unnamed speaker."""
_JOB_HOLDER = (
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ](?:(?!(?:the|an?|his|her|its|their|our|this|that|of|and)\b)"
    rf"[a-z][\w’'-]*[ ]){{0,2}}?(?!{NOT_A_JOB}|{ORG_NOUN}\b)"
    r"(?:[a-z][a-z-]+(?:ist|er|or|ian|ant)|agent)"
    rf"(?=[ ](?!call(?:ed|s)\b|reads?\b){SPEECH_VERBS}\b)"
)
"""Someone unnamed by their job, right before a speech verb: "one awards strategist told me",
"a publicist said" (an indefinite noun never points back to someone the article named); not
"a surveyor called Wren" (naming, no speech), nor a thing that "reads" ("a disclaimer reads:":
a text, whatever its word ends in)."""
_KNOWN_ONE = rf"(?:the|his|her|their)[ ](?:[a-z-]+[ ]){{0,2}}?{PERSON_NOUN}\b"
"""Someone the article named, told by a noun: "a pal of the actress" is the pal, not the actress."""
OWNER_WORD = r"(?:its|his|her|their|my|your)"
"""A possessive that opens a new noun phrase: in "a budget its producer describes as", the
speaker is "its producer", never "a budget its producer"."""
_LINK_WORD = r"(?:is|are|was|were|what|who|which|whom)"
"""A verb or a relative word: no part of a noun phrase, so "the film is what fans" is none."""
_OTHER_TRADE = (
    r"(?:casting|dubbing|voice|stunt|fight|dialogue|ADR|art|music|musical|animation|creative"
    r"|action|sound|technical|intimacy|movement|second[ -]unit)"
)
"""A trade whose "director" is not the film's director ("the art director", "the second-unit
director"): such a one is an unnamed source, never the film's named director. Not "assistant
director": a set diary's "the first assistant director" is often its own writer."""
UNNAMED = (
    rf"(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Ss]ome|[Mm]any|[Tt]he|"
    rf"[Oo]ur(?=[ ]{SOURCE_NOUN}\b))[ ](?:of[ ](?:the|our|their|its|his|her)[ ])?"
    rf"(?:(?!(?:{OWNER_WORD}|{_LINK_WORD})[ ])[\w’'-]+[ ]){{0,3}}?(?:{SOURCE_NOUN}|{CROWD_NOUN}|"
    r"executive|producer|crew[ ]member|cast[ ]member|insider|voters?|jurors?"
    rf"|{_OTHER_TRADE}[ ]director)\b"
    r"(?![ ](?:councillor|owner|manager|landlord|landlady|publican|headteacher|vicar)?[ ]?"
    r"[A-Z][\w’'-]+[ ][A-Z])"  # "The local councillor Ada Vale": a named person
    r"(?:[ ](?:close[ ]to|familiar[ ]with|who|from|at|on|in|with|next[ ]to|near|behind|beside|"
    rf"for|outside|inside|of(?=[ ](?:[A-Z]|(?:the[ ](?:[a-z-]+[ ]){{0,2}})?{_GROUP}\b"
    rf"|{_KNOWN_ONE})))"
    r"[ ][^,.;:“”\"]{1,40}(?=[ ,:]))?"
    r"|(?:(?<![\w’'][ ])One|one|[Aa]nother)(?=[ ,])"
    rf"|{_JOB_HOLDER})"
)
"""Someone the article does not name: "a spokesperson", "one person close to the film",
"One of our members who lives nearby", "one" (of the fans just mentioned); "BBC One" is none."""
UNNAMED_OPENS = lazy_pattern(rf"(?P<who>{UNNAMED})[ ](?:[a-z]+ly[ ])?[a-z]+(?:ed|s)\b")
"""A sentence whose own subject is someone unnamed ("One insider suggested a deal is “...”"):
not the sentence before's subject, nor the quote before's speaker, going on."""
OWN_TEAM = r"(?:[Hh]is|[Hh]er|[Tt]heir)[ ](?:team|camp|management)(?![\w-])"
"""A star's own people speaking for them unnamed: "her team insists they are “...”". Only a
speech verb's subject: no one a later "he says" stands for."""
DESCRIPTOR = (
    rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ ](?:[\w’'-]+[ ]){{0,4}}?{PERSON_NOUN}(?![\w-])"
)
SAYING_DESCRIPTOR = rf"(?:{DESCRIPTOR}|{OWN_TEAM})"
"""A described speaker of a speech verb: a descriptor, or a star's own team."""
ORG_DESCRIPTOR = rf"[Tt]he[ ](?:[\w’'-]+[ ]){{0,2}}?{ORG_NOUN}\b"
TEXT_DESCRIPTOR = (
    rf"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>{NAME}(?:[ ]\d{{1,2}})?)[’']s)[ ]"
    r"(?:official[ ](?=[A-Z]))?(?:[\w’'-]+[ ]){0,2}?"
    rf"{TEXT_NOUN}\b"
    r"(?:[ ](?:for|of|on|under)[ ](?:the|this|its)[ ](?:official[ ](?:[A-Z][\w-]*[ ]){0,2})?\w+)?"
)
ACCOUNT = r"(?:u/|@)[\w-]+(?:\.[\w-]+)*"
_OWN_HANDLE = "@(?!" + CHANNEL.removesuffix(r"\b") + r")[\w-]+"
"""A handle not opening on a channel's name ("@LumenUK" is left to the company it spells)."""
HANDLED_ACCOUNT = (
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ](?:official[ ])?(?:(?:[a-z]+[ ]){0,2}?"
    rf"(?:account|handle|page|feed)[ ]{ACCOUNT}"
    rf"|{_OWN_HANDLE}[ ](?:[A-Z][a-z]+[ ])?(?:account|handle|page|feed)\b)"
    r"|(?:[a-z]+[ ]){0,2}?(?:account|handle|page|feed)[ ]@[\w-]+(?:\.[\w-]+)*"
)
"""An account told by its noun and its handle: "the account @name", "the official @name
account", "wrote fan account @name" (no article, an "@" handle only); the handle is who
writes, not whoever the bare noun would stand for, nor the sentence's subject before the
quote."""

_LEAD = (
    r"(?:(?:For|As[ ]for|Like|Unlike|Then|Now|Later|Earlier|Still|And|But|So|Meanwhile"
    r"|On[ ][A-Z][a-z]+day(?:[ ](?:night|morning|afternoon|evening))?|Last[ ](?:week|night|month)"
    r"|This[ ](?:morning|afternoon|week)|Yesterday|Earlier[ ]today"
    r"|\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?(?:[ ][A-Z]{3,4})?:?),?[ ])?"
)
"""Words before a clause's subject: a link ("But"), or when ("On Monday night the account ...",
a live blog's "14:06 Vale asks ...")."""
_LOCAL_ROLE = (
    r"(?:owner|manager|master|landlord|landlady|publican|shopkeeper|councillor|headteacher|"
    r"spokesperson|organiser|organizer)\b"
)
"""Someone local's job, perhaps after a place and a noun: "Harbourside café owner Ada Vale"."""
_ROLE_WORD = (
    r"(?:(?i:(?:co-)?(?:author|novelist|writer|screenwriter|creator|director|filmmaker|producer|"
    r"showrunner|composer|cinematographer|editor|actor|actress|star|newcomer|cast[ ]member|"
    r"programmer|critic|executive|graphic|casting|series|film|head|and|senior|chief|lead|"
    r"artistic|creative|associate|managing|deputy|former|chair|chairman|chairwoman|chairperson|"
    rf"president|founder|hosts?|presenters?|jury|awards|festival|analyst|researcher|{_LOCAL_ROLE}))"
    r"(?:-(?:writer|director|producer|creator|star))?"
    r"|[A-Z]{2,})"
)
_DEPARTMENT = (
    r"(?:content|drama|comedy|programming|factual|scripted|commissioning|acquisitions|marketing|"
    r"sales|distribution|development|publicity|communications)[ ]"
)
"""A company's department before a title ("Lumen UK content director Ada Quinn"): a noun, never
a verb ("Vale met director Ada Quinn" keeps Vale)."""
ROLE_PREFIX = (
    rf"(?:(?:[Tt]he[ ])?(?:(?:[A-Z][\w-]*(?:[’']s)?[ ]){{1,3}}"
    rf"(?:(?:{_DEPARTMENT})?(?={_ROLE_WORD})|[a-zé]+[ ](?={_LOCAL_ROLE}))"
    rf"|(?:[A-Z][\w-]*[ ]){{0,2}}[A-Z][\w-]*[’']s[ ](?:[A-Z][\w-]*[ ]){{0,2}}{FIELD_WORD}"
    rf"(?={_ROLE_WORD}))?(?:{_ROLE_WORD},?[ ]){{1,6}})"
)
"""Role words before a name ("creator, executive producer and novelist Ada Quinn", a compound's
"writer-director Ada Quinn"), perhaps after a nationality or a work ("Norwegian cinematographer",
"The Tin Lark newcomer"), or an owner's field ("Lumen's UK drama chief Ada Quinn": an owner's
possessive first, so "Vale met director Ada Quinn" keeps Vale)."""
ROLES_BEFORE = rf"{ROLE_PREFIX}?"
"""Role words in front of a name: "creator, executive producer and novelist Ada Quinn"."""
_LAY_NOUN = (
    r"(?:fan|superfan|teacher|nurse|mum|dad|gran|grandmother|grandfather|parent|worker|driver|"
    r"student|pensioner|retiree|resident|shopkeeper|commuter|tourist|volunteer|regular)"
)
_LAY = (
    r"(?:(?:(?:Local|Fellow)[ ](?:[a-z]+[ ]){1,2}|[A-Z][a-z]+(?:-[a-z]+){1,3}[ ]"
    rf"(?:(?:[a-z-]+[ ])?{_LAY_NOUN}[ ])?|[A-Z][a-z-]+[ ](?:[a-z-]+[ ])?{_LAY_NOUN}[ ])"
    r"(?=[A-Z][a-z]))?"
)
"""What a local in a report's vox pops is, before the name (a lay prefix): "Sixth-former Ada
Vale, 17, had come over", "Mother-of-two Ada Vale", "Local student Ada Vale", "Fellow fan Ada
Vale", or a word or two before a lay noun ("Retired teacher Ada Vale", "Lifelong fan Ada Vale",
"Self-confessed superfan Ada Vale")."""
_AUDIENCE_WORD = "|".join(f"[{word[0]}{word[0].lower()}]{word[1:]}" for word in AUDIENCE)
_HANDLE = rf"(?:(?:[Ff]an[ ])?(?:[Aa]ccount|[Uu]ser)[ ]|(?:{_AUDIENCE_WORD})[ ])?{ACCOUNT}"
"""An account as a subject: "Fan account @leavesforcharlie pointed out ...", "Reader
@leavesforcharlie messaged us:"."""
_KIN = rf"[Tt]he[ ](?:younger|older|elder|eldest|youngest)[ ]{TOKEN}"
"""One of a family by age: "The younger Halvorsen"."""
_KIN_OF = (
    r"(?:(?:Her|His|Their|Our|My)[ ](?:[a-z][\w-]*[ ]){1,2}(?=[A-Z]))?"
    r"(?!(?:Her|His|Their|Its|Our|My)[ ])"
)
"""A possessive before the name ("Her friend Cerys Vale put it ..."): the name is the subject,
never "Her"."""
AGED = r"(?:(?:[Tt]he[ ])?(?:[A-Za-z]+-)?[A-Za-z\d]+-year-old[ ](?=[A-Z]))?"
"""An age before the name: "Fifteen-year-old Ada Vale travelled ...", "the 19-year-old Ada
Vale": the name is the subject (a local's, in a report's vox pops), or the speaker ("said
17-year-old Ada Vale")."""
_BODY = (
    r"(?:[A-Z][a-z]+[ ]){1,3}(?:Council|Police|Authority|Commission|Ministry|Department|Committee"
    r"|Trust|Agency|University|College|Board|Museum|Library|Hospital|Institute|Foundation)"
)
"""A public body's name, ending in the kind of body it is ("Wexbridge District Council")."""
_OUTLETS = (
    rf"(?:(?:[Tt]he(?:[ ]{TOKEN}){{1,3}}|[A-Z][a-z]+[A-Z][\w-]*|[A-Z]{{2,}}|{_BODY})"
    r"[’']s[ ](?=[A-Z]))?"
)
"""An outlet, company or public body before a person's name: "The Herald's Ines Moravec",
"NewsWire's Ines Moravec", "BBC's Ines Moravec", "Leeds City Council's Ines Moravec" (a bare
"Vale's" may be a person's, before one of her works)."""
_OF_COMPANY = (
    rf"[ ]of[ ](?:the[ ])?{TOKEN}(?:[ ]{TOKEN}){{0,3}}"
    rf"(?:(?:[ ](?:has|have|had|also|just|then|later))?[ ]{SPEECH_VERBS}\b|,[ ]who[ ])"
)
"""A name's company before the speech verb or a who-aside ("Producer Ada Vale of Lumen Films
says", "... of Lumen Films has posted", "Ada Vale of Lumen Films, who ..., stood"): the name is
still the clause's subject, the company only where they work."""
_SUBJECT = lazy_pattern(
    rf"[ “”\"‘’'•]*{_LEAD}(?:(?P<who>{PRONOUN}\b|{_HANDLE}|{_KIN}|{UNNAMED}|{TEXT_DESCRIPTOR}"
    rf"|{DESCRIPTOR}|{ORG_DESCRIPTOR})|{_OUTLETS}{ROLES_BEFORE}{_LAY}{_KIN_OF}{AGED}(?P<name>{NAME}\+?))"
    r"(?=[,:]|[ ][–—(]|[ ](?!(?:at|to|about|on|in|with|for|from|by|of|into|after|before|during|"
    rf"since)\b)[a-z]|{_OF_COMPANY})"
)
_PLURAL_VERB = lazy_pattern(r"[ ](?:have|are|were)[ ]")
"""A plural verb right after a name: the subject is more than that name ("A and B have")."""
_COORDINATED = lazy_pattern(r"\band[ ](?:[A-Z]{2,}[ ])?$")
"""The "and " (and a company's capitals) joining the name to another ("A and BBC X have")."""
_PARTICIPLE = lazy_pattern(r"[ “”\"‘’']*[A-Z][a-z]+(?:ing|ed)[ ][^,]{0,80},")
"""A sentence that opens with a participle ("Taking the stage, X, who ..., kept ..."): its
subject comes after the comma."""
_APPOSED_NAME = lazy_pattern(
    rf"(?:[ ]{REFLEXIVE})?,[ ]{AGED}(?P<name>{NAME})"
    rf"(?:[ ](?:of|at)[ ](?:the[ ])?(?:{TOKEN}[’']s[ ])?{NAME})?,"
)
"""A name in apposition after the subject, perhaps with an age or a company: "Mr Pardoe himself,
Ramiro Quesnel, shared ...", "The cast's youngest newcomer, 19-year-old Ada Vale, plays ...",
"The film's producer, Jo Reyes of Bristol's Gullwing Films, said ..."."""
_SELF_ASIDE = lazy_pattern(rf"[ ]{REFLEXIVE}(?:,|[ ][–—])")
"""The close of a name set beside a name just before it: "Vale, Mara Quint herself, went ...",
"Vale — Mara Quint herself — went ..." (the part the actor is known as, named in passing: the
actor is the subject; "The director, Ada Vale herself, shared" names the subject itself)."""
_BESIDE = frozenset({", ", " — ", " – "})
_INVERTED = lazy_pattern(
    rf"(?:(?:Among|Joining|Returning|Also[ ]back|Back|Also[ ]returning)\b[^.;:,]{{0,60}}?"
    rf"[ ](?:is|are|was|were)|(?:And[ ]here|Here)[ ](?:is|comes))[ ]{AGED}(?P<name>{NAME})"
)
"""A subject after its verb, perhaps with an age: "Among the newcomers is Ilka Varo, who ...",
"Among the crowd was 15-year-old Ilka Varo from Hythe", or presented, as a
live blog greets an arrival: "And here is Ilka Varo herself."."""
_BRACKETED_END = lazy_pattern(r"[ ]\([^()]{1,60}\)[ ]*(?:[.;!?]|$)")
"""A bracket that ends the sentence after a name: the name is the last clause's object."""
_REPORTED_SOMEONE = (
    rf"(?<![\w’'-])(?:[Oo]ur[ ](?:[a-z-]+[ ]){{1,4}}?"
    rf"|(?![Tt]he\b){UNNAMED}[ ](?:[a-z-]+[ ]){{0,3}}?)"
    r"(?:reports|reported|says|said)[ ](?:that[ ])?"
    rf"(?=(?:an?|one|another)[ ](?:[a-z-]+[ ]){{0,2}}?"
    rf"(?:{CROWD_NOUN}|{PERSON_NOUN}|woman|man|girl|boy)(?<![a-rt-z]s)\b)"
)
"""A report by someone unnamed ("Our reporter says", "A steward reports that") of one unnamed
person ("a student has waited since dawn"): that person's clause starts there. Never a named
sayer's ("Vale said a lot of fans had asked": "she" next is still Vale's), nor a thing or a
crowd told of ("said another tour was planned")."""
_CLAUSE_START = lazy_pattern(
    r",[ ](?:and|but|while|although|though|whereas|so)[ ]|[;:][ ]|[”\"’'][ ]|[ ][–—-][ ]"
    r"|[ ]asked[ ](?:whether|if)[ ]|(?P<comma>,[ ])"
    rf"|{_REPORTED_SOMEONE}"
)
"""Where a clause may start. After a bare comma only a pronoun, a descriptor or a name followed
by a verb counts ("Asked about it, she said"), not an aside (", 21," or ", Netflix's head,").
"A asked whether B would ..." starts B's clause: the one asked about is the one who answers, so
a pronoun after it ("He shook his head.") points to B. So does an unnamed someone a report
tells of ("Our reporter says a fan has waited since dawn."): "she said" next is the fan's."""


_NAME_ENDING_S = lazy_pattern(r"(?:^|[ (])[A-Z][\w-]*s$")


def _possessive(chunk: str, at: int) -> bool:
    """The apostrophe at ``at`` makes a name ending in "s" possessive ("Harrowells’ The Glass
    Keeper", "the Cummings’ Copper Hollow"): no closing quotation mark, so no clause starts."""
    if chunk[at] != "’" or _NAME_ENDING_S.search(chunk, 0, at) is None:
        return False
    opened = chunk.rfind("‘", 0, at)
    return opened < 0 or "’" in chunk[opened:at]


_SUBTITLE_HEAD = lazy_pattern(
    r"\b(?:in|of|from|for|called|titled|named|entitled)[ ](?:[A-Z][\w’'-]*[ ]){0,3}"
    r"[A-Z][\w’'-]*:[ ]$"
)
"""A work's name and its colon after a preposition: the words after it are the subtitle."""


_AGED = lazy_pattern(r",[ ]\d{1,3},[ ](?:[a-z]+ly[ ])?(?:is|was|has|had|will|[a-z]+ed)\b")
"""A name, then its age, then its verb ("At the Q&A, Orrin, 68, was asked"): the clause's
subject after a fronted phrase, not an aside in someone else's clause."""


def _role_named(chunk: str, match: re.Match[str]) -> bool:
    """A name after its role word, a comma right after it ("Producer Ada Vale, Lumen Films,"):
    a person already, whom the name set beside cannot be (unlike "Outside, Ada Vale, 19,")."""
    role = chunk[match.start() : match.start("name")].strip(" “”\"‘’'•") if match["name"] else ""
    return bool(role) and chunk.startswith(",", match.end())


def clause_subjects(chunk: str) -> list[tuple[int, str]]:
    """The subject words of each clause of ``chunk`` (masked text), with offsets, in order."""
    starts = [
        (0, False),
        *(
            (m.end(), m["comma"] is not None)
            for m in _CLAUSE_START.finditer(chunk)
            if not _possessive(chunk, m.start())
        ),
    ]
    found: list[tuple[int, str]] = []
    inverted = _INVERTED.match(chunk)
    if inverted is not None:
        found.append((inverted.start("name"), inverted["name"]))
    opener = _PARTICIPLE.match(chunk)
    name_end = -1  # where the last subject found as a name ends
    for start, after_comma in starts:
        match = _SUBJECT.match(chunk, start)
        if match is None or (opener is not None and start == 0):
            continue
        if start and _SUBTITLE_HEAD.search(chunk, 0, start) is not None:
            continue  # "who stars in Gull Point: Brine Cove, out in May, said": a title's subtitle
        aside = (
            after_comma
            and chunk.startswith(",", match.end())
            and _AGED.match(chunk, match.end()) is None
        )
        if aside and match["name"] and (opener is None or found):
            continue
        if (
            match["name"]
            and chunk[name_end:start] in _BESIDE
            and _SELF_ASIDE.match(chunk, match.end())
        ):
            continue
        if after_comma and match["who"] and describes_part(chunk, match.start("who"), match["who"]):
            continue  # "she played Ada Morrow, a nurse who runs a clinic": the part's description
        if (
            match["name"]
            and _PLURAL_VERB.match(chunk, match.end("name"))
            and _COORDINATED.search(chunk, 0, match.start("name"))
        ):
            continue  # "Corrib TV and BBC Northern Ireland have released": more than the name
        if after_comma and match["name"] and _BRACKETED_END.match(chunk, match.end()):
            continue  # "the lead, Tobin Ashgrove (Reuben Vale).": a part and its player, no clause
        apposed = _APPOSED_NAME.match(chunk, match.end())
        if apposed is not None and not _role_named(chunk, match):
            # "Producer Ada Vale, Lumen Films, thanks": a name's company set beside it
            found.append((apposed.start("name"), apposed["name"]))
            continue
        if match["name"] and not match["who"]:
            name_end = match.end("name")
        found.append(
            (
                match.start("who") if match["who"] else match.start("name"),
                match["who"] or match["name"],
            )
        )
    sayers = contact_sayers(chunk)  # "a storyline Ada Vale says she found the hardest"
    return sorted([*found, *sayers]) if sayers else found


_SOURCE_END = lazy_pattern(rf"{SOURCE_NOUN}$")


def unnamed_label(words: list[str]) -> str:
    """How to name an unnamed source: "Netflix spokesperson" for "a Netflix spokesperson",
    else the words themselves ("one fan"), else "an unnamed person"."""
    owner = [w for w in words[1:] if w[:1].isupper()]
    if _SOURCE_END.match(words[-1]) and owner:
        return " ".join([*owner, words[-1]])
    return " ".join(words) if len(words) > 1 else "an unnamed person"
