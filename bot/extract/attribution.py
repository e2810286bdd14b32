"""Where quotations are attributed: the shapes of "X said", "said X" and their kin.

A speaker slot holds an account ("u/name"), a pronoun, an unnamed source, a text ("the
caption"), an organisation ("the studio"), a person's descriptor ("the 24-year-old") or a name,
perhaps after role words ("said producer X") or a possessive ("said Lumen's X"). After the
closing mark the attribution comes first (``, she said``, ``said X``, ``came the reply from X``,
``was the whole caption``); before the opening mark it is a speaker and a verb, with an aside
between them ("X, 21, said", "X, head of film at Y, said:")."""

from __future__ import annotations

import re

from bot.extract.according_relays import names_a_sayer
from bot.extract.all_said import POST_ALL_SAID as _POST_ALL_SAID
from bot.extract.caused_sayers import after_brought_on
from bot.extract.lexicon import FIELD_WORD, SAYING, SPEECH_VERBS
from bot.extract.names import NAME, TOKEN
from bot.extract.org_close_appositions import TRADE_NOUN
from bot.extract.own_words_sayers import own_words_sayers
from bot.extract.prepositional_objects import preposition_object
from bot.extract.put_it_sayers import AS_SOMEONE_PUT
from bot.extract.relayed_relatives import relayed_relative
from bot.extract.relayed_texts import quotes_a_text
from bot.extract.someone_sayers import SOMEONE
from bot.extract.state_hearsay import hearsay
from bot.extract.subjects import (
    ACCOUNT,
    AGED,
    CITED_TEXT,
    DESCRIPTOR,
    HANDLED_ACCOUNT,
    ORG_DESCRIPTOR,
    PRONOUN,
    ROLE_PREFIX,
    SAYING_DESCRIPTOR,
    TEXT_DESCRIPTOR,
    UNNAMED,
)
from bot.extract.time_clause_sayers import outside_time_clauses
from bot.extract.who_asides import in_who_aside, whose_apposed
from bot.lazy_patterns import lazy_pattern

_BYSTANDER = (
    r"(?:onlooker|bystander|passer-by|resident|local|neighbour|neighbor|fan|viewer|witness|"
    r"shopkeeper|student|pupil|teacher|parent|worker|volunteer|organiser|organizer|councillor|"
    r"landlord|landlady|publican|vicar|owner|manager|retiree|pensioner|headteacher|headmaster|"
    r"headmistress)[ ]"
)
"""A lowercase noun for someone met at the scene, before their name: "said onlooker Ada Vale"."""
_OWNER = rf"(?:{TOKEN}[ ]){{0,2}}{TOKEN}"  # one to three words before "'s"
_NUMBERED_OWNER = rf"(?:{TOKEN}[ ]){{0,2}}(?:{TOKEN}|\d{{1,2}})"
"""An owner's name that may end in a number ("Channel 4", "Lumen 2")."""
_OWNED_ROLE = rf"{_NUMBERED_OWNER}[’']s[ ](?:[a-z][\w-]*[ ]){{1,4}}"
"""An organisation's role in lowercase words before a name: "Lumen’s head of drama Ada Vale"."""
_COMPANY_TITLE = (
    rf"(?:(?:{TOKEN}[ ]){{1,2}}(?:{FIELD_WORD})??(?:president|vice[ ]president|head|chief|chair|"
    r"director|executive[ ]vice[ ]president)[ ]|(?:head|chief|director|(?:vice[ ])?president|VP|"
    r"manager)[ ](?=of[ ]))"
    r"(?:of[ ](?:[a-z][\w-]*[ ]){1,3}?)?(?=[A-Z])"
)
"""A company's title, with its field before it or after "of", before a name: "Lumen president
of production Ada Vale", "Lumen drama director Ada Vale", or the title alone with its field
after "of" ("head of sales Ada Vale", "VP of marketing Ada Vale"): the person speaks, not the
company."""
_SPEAKER = (
    rf"(?P<who>{HANDLED_ACCOUNT}|{ACCOUNT}|{PRONOUN}\b|{UNNAMED}|{SOMEONE}|{TEXT_DESCRIPTOR}|{ORG_DESCRIPTOR}"
    rf"|{SAYING_DESCRIPTOR}(?![ ]{NAME})"
    rf"|(?:{_OWNED_ROLE}|{_COMPANY_TITLE}|{TOKEN}[’']s[ ]|{ROLE_PREFIX}|{DESCRIPTOR}[ ]"
    rf"|(?:{_BYSTANDER}){{1,2}})?"
    rf"{AGED}(?P<name>{NAME})(?<!One)(?<!Two)(?<!Three)(?<!Four))"
)
"""A speaker; a name may follow role words, a descriptor (the name, not the description, speaks:
"posted the film writer Ada Vale") or an organisation ("said producer Hana Sato",
"said Lumen's Ravi Menon", "said Lumen's head of drama Ravi Menon", "said onlooker Ada Vale"),
or an age ("said 17-year-old Ada Vale"):
``name`` is then the name alone. A name ending in a number word is a channel ("BBC One")."""
_JOINED_SOMEONE = r"(?!(?:and|but|or|while)[ ](?:one|a|an|another|some)[ ])"
_ASIDE = (
    rf"(?:,[ ](?P<aside>\d{{1,3}}|{_JOINED_SOMEONE}[^.;:“”\"]{{1,120}}?),"
    r"|,(?=[ ](?:said|says|added|told)\b))?"
)
"""An aside between a speaker and the verb: "Lockwood, 21, said", "X, head of film, said"; never
a clause joining someone new ("X, and one Y, who ..., said": Y's, not X's)."""
_ADVERB = (
    r"(?:[ ](?:later|also|simply|then|once|had|has|have|will|would|could|can|did|only|just|himself|"
    r"herself|[a-z]+ly|(?:is|was|are|were)[ ](?:careful|quick|keen|happy|eager|glad)[ ]to)){0,2}"
)
_WHEN = (
    r"(?:[ ](?:(?:this|last)[ ](?:morning|afternoon|evening|night|week)|yesterday|today|tonight|"
    r"earlier[ ]today|on[ ][A-Z][a-z]+day))?"
)
"""When, between a speaker and the verb: "X's post this morning said", "X on Sunday told"."""
_VERB = (
    rf"(?:[a-z]+(?:ed|[^s’']s)(?:[ ](?:over|back|up|in|out|down))?[ ]and[ ])?"
    rf"(?P<verb>{SPEECH_VERBS})\b"
)
"""The speech verb, maybe after another act: "laughed and said", "overhears and says"."""

_POST_VERB_FIRST = lazy_pattern(
    rf"^[,.!?]?[ ]*(?:has[ ]|had[ ])?(?P<verb>{SPEECH_VERBS}){_ADVERB}[ ]{_SPEAKER}"
)
"""Verb first: ", said X", ", has confessed the actress"."""
_SCENE_ROLE = rf"(?:(?:\d{{1,3}}-year-old[ ])?(?:[a-z]+[ ])?{_BYSTANDER}|\d{{1,3}}-year-old[ ])?"
BARE_NAME = lazy_pattern(
    rf"{_SCENE_ROLE}(?P<bare>{NAME})(?:[ ](?:of|at|from)[ ]{NAME})?(?:,[ ]\d{{1,3}})?$"
)
"""A name alone in an aside, perhaps with its company ("Jo Reyes of Tidewater Films"), an age
or a scene's noun ("One fan, 20-year-old student Ada Vale, said", "One fan, Ada Vale, 20,")."""
_COMPANY = (
    r"[ ](?:of|at|from)[ ](?:(?:the[ ](?:[a-z]+[ ]){0,2}|(?:[a-z-]+[ ])?"
    rf"{TRADE_NOUN}[ ])(?=[A-Z]))?{NAME}(?:[’']s[ ]{NAME})?"
)
"""A speaker's company after the name: "Producer Jo Reyes of Bluefin Pictures", "analyst Jo
Reyes of the research firm Tallyhouse", "Jo Reyes of Piper's Row Films" (a possessive inside);
the trade's noun may stand bare, as the press writes it ("analyst Jo Reyes of data firm
Tallyhouse")."""
_OF_COMPANY_AFTER = rf"(?:{_COMPANY}(?=[ ][a-z]|,[ ][a-z]))?"
_POST_SPEAKER_FIRST = lazy_pattern(
    rf"^[,.!?]?[ ]*(?!(?:and|but|while|whereas|as|so)[ ])"
    rf"{_SPEAKER}{_OF_COMPANY_AFTER}{_ASIDE}{_ADVERB}[ ]{_VERB}"
)
"""Speaker first: ", Ada Vale said", ", producer Jo Reyes of Tidewater Films told us"; ", and
Variety reported that ..." starts a new clause; "is all she will say" (:mod:`.all_said`)."""
_POST_REPLY = lazy_pattern(
    rf"^[,.!?]?[ ]*(?P<verb>came[ ]the[ ](?:reply|response|answer|retort)[ ]from)[ ]{_SPEAKER}"
)
_POST_ACCORDING = lazy_pattern(
    rf"^[,.!?]?[ ]*(?P<verb>[Aa]ccording[ ]to|per)[ ]"
    rf"(?:an?[ ](?={NAME}[ ]{CITED_TEXT}))?{_SPEAKER}"
)
"""Cited after the quote: ", according to Ada Vale", ", per a Pellworth post" (the article goes
only before a name and its text, "a Pellworth social post": "a Pellworth insider" stays unnamed)."""
_POST_TEXT = lazy_pattern(
    r"^[,.!?]?[ ]*(?P<verb>(?:was|is)[ ](?:the|her|his|their|its)[ ](?:whole[ ]|full[ ]|entire[ ])?"
    r"(?P<who>caption|post|statement|tweet|message))\b"
)
_POST_APPOSED = lazy_pattern(
    rf"^[,.!?]?[ ]*(?P<verb>{SPEECH_VERBS})[ ](?:the|its|his|her|their|{_OWNER}[’']s)[ ]"
    rf"[^,.;:!?“”\"]{{1,60}}?,[ ](?P<name>{NAME})(?=[ ]*(?:[.;!?]|$))"
)
"""A descriptor then the name in apposition, ending the sentence: ", said the story's creator,
Ada Vale.", ", says Lumen Films UK's head of drama, Ravi Menon."."""
_POST_OWNED_APPOSED = lazy_pattern(
    rf"^[,.!?]?[ ]*(?:the[ ])?{_NUMBERED_OWNER}(?:[’']s|(?<=s)[’'])"
    rf"(?:[ ](?:[a-z][\w-]*|[A-Z]{{2,3}}\b)){{1,6}},[ ]"
    rf"(?P<name>{NAME}),{_ADVERB}[ ]{_VERB}"
)
"""A company's job title (a territory's letters too), then the name in apposition, then the
verb: ", Lumen's head of drama, Ravi Menon, said Sunday", "Lumen's head of UK drama, ...", ",
the BBC's head of drama, ...", ", Channel 4's head of drama, ..." (a number ends the name)."""
_POST_AS_PUT = lazy_pattern(rf"^,?[ ]as[ ]{_SPEAKER}[ ](?P<verb>puts?[ ]it)\b")
_POST_DASHED_HANDLE = lazy_pattern(rf"^[ ]*(?P<verb>[—–])[ ]*(?P<who>{ACCOUNT})[ ]*$")
"""A post's words, then a dash and its author's handle, ending the paragraph: "“...” — @name"
(a round-up of fans' posts; a name after the dash may be a sign-off, not an author)."""
POST_PATTERNS = (
    _POST_DASHED_HANDLE,
    _POST_REPLY,
    _POST_TEXT,
    _POST_APPOSED,
    _POST_OWNED_APPOSED,
    _POST_VERB_FIRST,
    _POST_SPEAKER_FIRST,
    _POST_ACCORDING,
    _POST_AS_PUT,
    _POST_ALL_SAID,
)
_ACCORDING = lazy_pattern(rf"\b(?P<verb>[Aa]ccording[ ]to)[ ]{_SPEAKER}")
_ACCORDING_TEXT = lazy_pattern(
    r"\b(?P<verb>[Aa]ccording[ ]to[ ](?:a|an|the|its|their)[ ](?:[a-z]+[ ]){0,2}?"
    r"(?:statement|note|message|letter|update|announcement|press[ ]release)"
    rf"(?:[ ][a-z]+){{1,5}}?[ ]by)[ ]{_SPEAKER}"
)
"""A text and who put it out, after "according to": "According to a statement shared with the
press by Lumen Films, ...": the company speaks, not someone the text's words name."""
_PRONOUN_SAYS = lazy_pattern(
    rf",?[ ](?:(?:he|she|they)(?:[ ]\w+ly)?[ ](?:had[ ])?)?{SPEECH_VERBS}\b"
    r"|,?[ ](?:he|she|they)[ ][a-z]+ed\b[^.;:“”\"]{0,60}?[ ](?:to[ ]say|saying)\b"
)
"""After "according to X": someone else's verb ("he told", or the subject's own ", told"), or
someone else's message "to say" the words ("she texted him after the show to say")."""
_PER = lazy_pattern(rf"\b(?P<verb>[Pp]er)[ ](?:(?P<obj>her|him|them)\b|{_SPEAKER})")
"""A source by "per": "and, per her, he is ...", "per Variety"."""
_FROM = lazy_pattern(
    rf"\b(?P<verb>(?:comment|post|reply|tweet|message|response|note|question|statement)"
    rf"(?:[ ][a-z]+){{0,3}}"
    rf"(?:[ ]\([^()“”\"]{{1,30}}\))?,?[ ]from)[ ]{_SPEAKER}"
)
"""A text and its author: "a reply from X", "Top comment right now, from u/name: “...”", "Top
comment (2k upvotes), from one user:", "The last question, from a fan in the front row:"."""
_AND_SAYS = lazy_pattern(rf"[^.;:“”\"]{{0,60}}?[ ]and[ ](?:then[ ])?{SPEECH_VERBS}\b")
"""A text from X passed on by someone who then says their own words ("A fan shared the post
from X and wrote:"): the words are the sharer's, not X's."""
_TEXT_HANDLE = lazy_pattern(
    r"\b(?P<verb>(?:comment|post|reply|tweet|message|response|note))[ ]?\((?:by[ ]|from[ ])?"
    rf"(?P<who>{ACCOUNT})\):[ ]*$"
)
"""A text with its author's handle in brackets, opening the quote: "Top comment (u/name): “...”"."""
_WORDS_OF = lazy_pattern(rf"\b(?P<verb>[Ii]n[ ]the[ ]words[ ]of)[ ]{_SPEAKER}(?=,?[ ]*$)")
"""A speaker cited for the words that follow: "fans are, in the words of one viewer, “...”"."""
_NAMED_WORDS = lazy_pattern(
    rf"\b(?P<verb>[Ii]n)[ ](?P<who>(?P<name>{NAME}))(?:[’']s|(?<=s)[’'])[ ](?:own[ ])?words,?[ ]*$"
)
"""A speaker cited by a possessive before "words": "a rower who, in Variety's words, “...”"."""
_AS_PUT = lazy_pattern(rf"\b[Aa]s[ ]{_SPEAKER}[ ](?P<verb>puts?[ ]it)\b")
"""Words cited "as X put it": "As u/name put it: “...”", or after them: "“...,” as X puts it"."""
_SAYS_NO_MORE = lazy_pattern(
    rf"{_SPEAKER}[ ](?:will|would|did|does|can|wo|ca)(?:[ ]not|n[’']t)[ ](?P<verb>say|tell)\b"
    r"[^.;:“”\"]{0,60}?(?:other[ ]than|except)(?:[ ]that|[ ]to[ ]say)?[^.;:“”\"]{0,60}$"
)
"""Words given as all a speaker will say: "X will not say more, other than that he is “...”"."""
_OF_COMPANY = rf"(?:{_COMPANY})?"
"""Perhaps a company after the name: "Producer Jo Reyes of Bluefin Pictures, who ..., said"."""
_SENT_TEXT = lazy_pattern(
    r"\b(?:the|a|their|its|his|her)[ ](?:full[ ]|official[ ]|short[ ]|joint[ ])?"
    r"(?:statement|note|message|letter|update)[ ](?:that[ ])?"
    rf"{_SPEAKER}[ ](?:just[ ])?(?P<verb>sent|issued|released|put[ ]out)\b[^.;:“”\"]{{0,30}}:[ ]*$"
)
"""A text and who sent it, opening a quotation: "Here's the statement they sent to press:"."""
_WITH_WRITING = lazy_pattern(
    rf"\b(?P<verb>with)[ ]{_SPEAKER}[ ](?:writing|adding|saying|joking|captioning[ ]it)"
    r"(?:[ ](?:underneath|below|beneath|alongside))?[ ]*:[ ]*$"
)
"""One of those named before, picked out to give the words: "X and Y recreated the photo, with Y
writing: “...”", "..., with Y joking underneath: “...”" (Y's, not the clause subject X's)."""
_BRACKETED = r"(?:[ ]\([^()“”\"]{1,40}\))?"
"""A bracket after the speaker's name, their part or handle: "Ada Vale (Signe) wrote:"."""
_SPEAKER_VERB = lazy_pattern(
    rf"{_SPEAKER}{_OF_COMPANY}{_BRACKETED}{_ASIDE}{_WHEN}{_ADVERB}[ ]{_VERB}"
)
CAPTION_BEFORE = lazy_pattern(
    r"\b(?:with|carries|carried|has|had|bears|bore|alongside|under)[ ]"
    r"(?:an?[ ][^.;:,“”\"]{1,40}?[ ]and[ ])?the[ ](?:caption|message|"
    r"words)[ ]?:?[ ]*$|\bcaption[ ](?:was|read|reads|said)[ ]?:?[ ]*$"
    rf"|^[ ]*{NAME}(?:[ ]\([^()“”\"]{{1,40}}\))?[ ](?:reposted|reposts|reshared|reshares|"
    r"re-shared|retweeted|shared|shares|posted|posts)[ ](?:it|this|that|them)[ ](?:again[ ])?"
    r"with[ ]*$|\b(?:caption|post|message)[ ](?:on|from)[ ](?:(?!\bto[ ])[^.;:,“”\"]){1,40}?"
    r"[ ](?:account|page|channel)[ ]*:[ ]*$"  # not "a message from X to its account:" (X's)
)
"""A text introduced by its caption ("posted a photo with the caption “...”", "marked the day
with a clapperboard emoji and the words “...”", "X reposted it with “...”": a pronoun for the post
shared again, so "with" brings only the words added; only with its poster opening the sentence),
or by the account it ran on ("a poster and a caption from the official @lumen account:")."""
REPORTING = lazy_pattern(
    r"\b(?:admit(?:ting|ted|s)|saying|said(?![ ]to[ ](?:have|be)\b)|says|told|tells|telling|"
    r"claim(?:ing|ed|s)|insist(?:ing|ed|s)|describ(?:ing|ed|es)|call(?:ing|ed|s)|revealing|"
    r"revealed|adding|added|(?:opened|opens|opening)[ ]up|spoke|speaks|talked|talks|joking|joked|"
    r"confess(?:ing|ed)|confirmed|announced|dismissed|stated|promised|thank(?:ed|ing)|commenting)\b"
    r"|\b(?:writing|wrote|posting|posted|tweeting|tweeted)(?=[ ](?:[a-z]+ly[ ])?that\b)"
)
_SPEECH_NOUN = (
    r"(?:[a-z-]+[ ]){0,2}(?:speech|speeches|toast|message|note|statement|tribute|video|post|"
    r"letter|caption|words|remarks|address|thread)\b"
)
"""What someone said it with, not who said it: "X opened the night with a short speech thanking
‘...’" (the sentence's subject speaks)."""
WITH_WHO = lazy_pattern(
    rf"\b(?:with|as|what(?=[ ](?:one|a|an|another)[ ]))[ ]"
    rf"(?P<who>(?:one|a|an|another)[ ](?!{_SPEECH_NOUN})[a-z][\w -]{{1,30}}?|{NAME})"
    r"(?:,[ ](?!who[ ]|whose[ ])[a-z\d][^,.;“”\"]{0,39},)?[ ]$"
)
"""Who joins a sentence to report its words ("with one buyer describing ...", "what one critic
called ...", perhaps with an aside that names no one: "with Vale, 22, calling the film ..."),
for :meth:`Resolver.reporter`. Not a relative clause: in "working with Vale, who plays Ivy,
describing ..." the sentence's subject describes."""
WHO_BEFORE = lazy_pattern(
    rf"(?P<name>{NAME})(?:(?:,[ ][^,]{{1,60}})?,[ ](?:who|which)|(?:[ ](?:has|had|have|once|also|"
    r"previously|memorably|famously|himself|herself)){0,2})[ ]$"
)
_APPOSED_BEFORE = lazy_pattern(rf"[a-z],[ ](?P<name>{NAME}),[ ]$")
"""A name set in apposition after a role, right before the verb: "The network's head of drama,
Ada Vale, called the scripts ‘...’"."""


def who_before(pre: str, end: int) -> re.Match[str] | None:
    """The named person right before a reporting verb at ``end`` (see :data:`WHO_BEFORE`), or a
    name set in apposition there."""
    found = WHO_BEFORE.search(pre, 0, end)
    if found is None and ", " in pre:
        return _APPOSED_BEFORE.search(pre, 0, end)
    return found


INTRODUCES = lazy_pattern(
    r"(?::|,[ ](?:writing|saying|adding|noting|explaining|telling[ ]\w+|recalling|joking|"
    r"captioned))[ ]*$"
)
"""Words that report what someone said without a speech pattern ("admitting he was", "who
said he spent"); :data:`WITH_WHO` and :data:`WHO_BEFORE` name who did, the latter also a
name right before the verb ("in what X has described as ‘...’": X's words, not the subject's)."""
_SPEAKER_REACH = 200
"""How far before its verb a speaker (with role words and an aside) can start."""


def relays_another(pre: str) -> bool:
    """ "According to X he told the cast ...": X relays words that are not X's own; so does
    "X is said to be ‘...’", and "X recalls a note asking for ‘...’"."""
    if hearsay(pre) or quotes_a_text(pre) or relayed_relative(pre):
        return True
    return "ccording to" in pre and any(
        _PRONOUN_SAYS.match(pre, m.end()) for m in _ACCORDING.finditer(pre)
    )


def pre_matches(pre: str) -> list[re.Match[str]]:
    """Attributions in ``pre``, each pattern tried only where its key words are."""
    found: list[re.Match[str]] = []
    if "ccording to" in pre:
        # "According to X he told the cast ...": the report is X's, the words are his.
        texts = {m.start(): m for m in _ACCORDING_TEXT.finditer(pre)}
        found.extend(m for m in texts.values() if not _PRONOUN_SAYS.match(pre, m.end()))
        found.extend(
            m
            for m in _ACCORDING.finditer(pre)
            if m.start() not in texts
            and not (_PRONOUN_SAYS.match(pre, m.end()) or names_a_sayer(pre, m.end()))
        )
    if "per " in pre or "Per " in pre:
        found.extend(_PER.finditer(pre))
    if " from " in pre:
        found.extend(m for m in _FROM.finditer(pre) if not _AND_SAYS.match(pre, m.end()))
    if "(u/" in pre or "(@" in pre or "(by " in pre or "(from " in pre:
        found.extend(_TEXT_HANDLE.finditer(pre))
    if "with " in pre:
        found.extend(_WITH_WRITING.finditer(pre))
    if "words of " in pre:
        found.extend(_WORDS_OF.finditer(pre))
    if " words," in pre:
        found.extend(own_words_sayers(pre))
        found.extend(_NAMED_WORDS.finditer(pre))
    if " put it" in pre or " puts it" in pre:
        found.extend([*_AS_PUT.finditer(pre), *AS_SOMEONE_PUT.finditer(pre)])
    if " than " in pre or "except" in pre:
        found.extend(_SAYS_NO_MORE.finditer(pre))
    if " sent" in pre or " issued" in pre or " released" in pre or " put out" in pre:
        found.extend(_SENT_TEXT.finditer(pre))
    end = 0
    for verb in SAYING.finditer(pre):
        match = _speaker_before(pre, max(end, verb.start() - _SPEAKER_REACH), verb.end())
        if match is not None:
            found.append(match)
            end = match.end()
    return outside_time_clauses(pre, after_brought_on(pre, found))


def _speaker_before(pre: str, start: int, end: int) -> re.Match[str] | None:
    """The leftmost speaker-and-verb in ``pre[start:end]``, tried only where a speaker can
    start: a capitalised word, an account, or a pronoun, determiner or role word."""
    for word in _WORD_START.finditer(pre, start, end):
        first = word.group()
        if "(" in pre and pre.rfind("(", 0, word.start()) > pre.rfind(")", 0, word.start()):
            continue  # "Vale (the Lark actor, for anyone new) told": the aside is no speaker
        if ", who" in pre and in_who_aside(pre, word.start(), end):
            continue  # "Vale, whose last film was The Tall Grass, in which ..., says": Vale's
        if pre.find(" who ", 0, word.start()) >= 0 and _RESTRICTIVE_WHO.search(
            pre, 0, word.start()
        ):  # the pattern's " who " lies before the word: looked for first
            continue  # "One critic who caught it at Lumen told": Lumen is where, not who
        if preposition_object(pre, word.start()):
            continue  # "Her post after the premiere said": the premiere is no one who speaks
        if (
            first[:1].isupper()
            or first[:1] == "@"
            or first.startswith("u/")
            or (first.lower() in _LOWER_STARTS)
        ):
            match = _SPEAKER_VERB.match(pre, word.start(), end)
            if match is not None and not _one_of_things(pre, match) and not whose_apposed(match):
                return match
    return None


_RESTRICTIVE_WHO = lazy_pattern(r"(?<![\w’'-])[a-z]+[ ]who[ ][a-z][^,.;:!?“”\"]*$")
"""A someone picked out by what they did, with no comma ("one critic who caught it at Lumen
told us"): a name in that clause is its object or place, never the one who speaks."""


_ONE_OF_THINGS = lazy_pattern(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)[ ](?:[a-z]+[ ])?$")
"""Words that make "one" a thing counted ("the last one", "that one"), not a person."""


def _one_of_things(pre: str, match: re.Match[str]) -> bool:
    """ "He posted a few, the last one says": "one" after a determiner is a thing counted."""
    if match["who"] not in ("one", "One"):
        return False
    return _ONE_OF_THINGS.search(pre, max(match.start() - 24, 0), match.start()) is not None


_WORD_START = lazy_pattern(r"(?<![\w’'@/-])(?:u/|@)?[\w’'-]+")
_LOWER_STARTS = frozenset(
    """
    a an one another two several some many the his her their its he she they author novelist
    writer screenwriter creator co-creator director filmmaker producer showrunner composer
    cinematographer editor actor actress star co-star newcomer programmer critic executive
    graphic casting series film head and senior chief lead artistic creative associate managing
    deputy former for as like unlike then now later earlier still but so meanwhile fan account
    user
    """.split()  # noqa: SIM905
)
"""Lower-case words a speaker can start with (see :mod:`bot.extract.subjects`)."""
