"""A part named by its actor's possessive, for :mod:`bot.extract.cast`: reviews and set reports
write "Ada Vale's Mira, the new tutor, ..." or "a selfie with Tom Reed's Kit Marlow on set".

A possessive also owns works, accounts and prizes ("Greta Lind's Barbie", "Ada Vale's
Instagram"), so the form is narrow: a full name owns one or two capitalised words that are no
work the article is about, no director's or writer's, no platform, prize or month, and what
follows is a description of the part, a plain verb, a time ("..., since 2021", "..., in what
became ..."), a reviewer's "(deadpan) as ever" ("Ada Vale's Mira, as ever, steals it"; not
before a release verb: "Ada Vale's Lumen, popular as ever, opens" owns a film) or an
adverb's aside ("Ada Vale's Mira, sadly, is cut"; "Ada Vale's Mira finally gets ..."), "are"
after the second of a pair ("Kai Lund's Tom and Ada Vale's Mira are reduced to ...", one word:
"A and B Films' Jo Reyes are producers" is a company's), a "who" clause (only a person is
"who") or "under" ("takes Ada Vale's Mira under his wing"), never "in" (another work's part);
nor is "in" before it ("seen in Ada Vale's Lumen": a work), nor a second part after "and" that
ends the phrase ("a farewell to Ada Vale's Mira and Kit, ...": her characters, she wrote them)
or names a story ("Ada Vale's Mira and Kit story", "... love story", "... books": hers too).
After "plays opposite" the possessive can only own the partner's part, so any word but "in" may
follow it.
"""

from __future__ import annotations

import re

from bot.extract.alone_names import names_said_alone
from bot.extract.castabsent import said_absent
from bot.extract.castforms import ORIGINS, Casting, casting_at
from bot.extract.castopposite import past_partner
from bot.extract.castownedacts import ACTING, ACTS
from bot.extract.castownedcrowds import listed_after_star, listed_people
from bot.extract.castownedelsewhere import placed_in_another_work
from bot.extract.castownedpairs import owned_pairs
from bot.extract.context import Context
from bot.extract.lexicon import CREW_POSTS, PRODUCTION_NOUNS, STOP_TOKENS
from bot.extract.names import FULL_NAME, TOKEN
from bot.extract.organisations import looks_like_company
from bot.lazy_patterns import lazy_pattern, matched_by

_OWNED = lazy_pattern(
    rf"(?<![Bb]y[ ])(?P<actor>{FULL_NAME})[’'](?:s)?[ ](?P<char>{TOKEN}(?:[ ]{TOKEN})?)"
    r"(?=,[ ](?:the|a|an|since|in[ ]what)[ ][a-z\d]|[ ](?:[a-z]+ly[ ])?(?:gets|getting|gives)[ ]"
    r"|[ ](?:on|at)[ ]|[.;]"
    rf"|[ ]and[ ](?!{TOKEN}[,.;:]|{TOKEN}[ ](?:love[ ]|[a-z]+-)?{PRODUCTION_NOUNS}\b)"
    r"|,[ ]and[ ]|,[ ](?:(?:[a-z]+[ ])?as[ ](?:ever|always|usual|before)|[a-z]+ly),[ ]"
    r"(?!(?:opens|premieres|screens|streams|airs|arrives|debuts|returns|drops|launches)\b"
    r"|(?:is|was)[ ](?:still[ ])?(?:a|an|the)\b)(?:(?P<everbe>is|was|has)\b|[a-z])"
    r"|,[ ]who[ ][a-z]|[ ]under[ ]"
    r"|(?P<be>[ ](?:is|has|was)[ ])|(?P<plural>[ ](?:get|give|have|share)[ ])"
    r"|(?P<seem>[ ](?:appear|seem)[ ]to[ ])"
    r"|(?P<are>[ ](?:are|were)[ ](?!(?:the|a|an|among|both|other|its|their|our|my)\b))"
    rf"|(?P<acts>{ACTS})|{ACTING})"
)
_PARTNERS = lazy_pattern(
    rf"(?<=[ ]opposite[ ])(?P<actor>{FULL_NAME}|{TOKEN})[’']s[ ](?P<char>{TOKEN}(?:[ ]{TOKEN})?)"
    r"(?=[,.;]|[ ](?!in[ ])[a-z])"
)
"""After "plays opposite", the partner's part, whatever follows it (but "in", another work):
"Ada Vale plays opposite Tom Reed's Kit Marlow for the last time"; a surname alone ("opposite
Reed's Kit") is the partner only as the article's one person of that name (resolved later)."""
_SCENE_OWNED = lazy_pattern(
    r"(?:\b(?:trailer|teaser|clip|promo|footage|video|episode|sequence|montage|reel|[Ii]t)\b"
    r"[^.;:“”\"]{0,60}?[ ](?:opens|opened|closes|closed|ends|ended|starts|started|begins|began)"
    r"[ ](?:on|with)"
    r"|\b(?:shot|scene|image|glimpse|frame|moment|clip|still|close-up|closeup),?[ ]of)[ ]"
    rf"(?P<actor>{FULL_NAME})[’']s[ ]"
    rf"(?P<char>{TOKEN}(?:[ ]{TOKEN})?)(?=[ ][a-z]{{3,}}ing[ ][a-z])"
)
"""A part doing something in a shot the sentence describes, whatever follows the participle:
"the trailer opens (or opened) with Ada Vale's Mira packing for ...", "a shot of Tom Reed's Gus
waiting for a bus", "a close-up of ..." (the scene says the owned name is a part, not a work
"competing for" a prize; a festival that "opened with" a possessive's name shows a work)."""
_PARTNER_VERBS = lazy_pattern(
    rf"\b(?:plays|play|stars|star)[ ](?:{TOKEN}(?:[ ]{TOKEN})?[ ](?:(?:once[ ]more|again)[ ])?)?"
    r"opposite[ ]\Z"
)
"""A playing verb, with or without the player's own part, right before "opposite": "plays
opposite", "plays Mira once more opposite"."""
_WHOSE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ]whose[ ](?:new[ ])?(?:character|role|part)(?:,[ ]|[ ])"
    rf"(?:{TOKEN}[’']s[ ][a-z]+[ ])?(?P<char>{TOKEN}(?:[ ]{TOKEN})?)"
    r"(?=,[ ]|[ ](?:is|will|gets|runs|has)[ ])"
)
"""The relative possessive: "Ada Vale, whose character, Mira Holt, is ..." (a relation may
come before the part: "whose character, Tom's mum Mira, is ...")."""
_MAKER_BEFORE = lazy_pattern(
    r"\b(?:director|directors|writer|writers|author|novelist|creator|producer|filmmaker|"
    r"showrunner|composer|screenwriter|cinematographer|editor|studio|company)[ ]$",
    re.IGNORECASE,
)
"""A maker named before the possessive: "director Greta Lind's Barbie" owns a work."""
_WORK_OF = lazy_pattern(
    r"\b(?:trailer|teaser|poster|production|revival|staging|remake|reboot|sequel|prequel|"
    r"screening|premiere|review)s?[ ](?:for|of)[ ]$"
)
"""A work's promotion, staging or offspring before the possessive: "the first trailer for Ada
Vale's Lumen", "a new production of Tom Reed's Salt Year" own the director's or writer's work."""
_CREDITED_LIST = lazy_pattern(
    rf"\b(?i:(?:(?:executive|associate|line|co-)[ ]?)?{CREW_POSTS}s?[ ](?:are|is|were|was|"
    r"include|includes?)[ ])(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,4}(?:,[ ]|,?[ ]and[ ])){0,8}$"
)
"""A crew post's list before the possessive ("Executive producers are Ada Vale and Lumen's
Tom Reed"): a company's or a work's person, credited, not an actor's part. Only the post is
read in any case: the list is of capitalised names, never a clause ("The director is on form,
and Ada Vale's Mira ..." names her part)."""
_PLACE_IN_WORK = lazy_pattern(
    r",[ ](?:the|a|an)[ ][^.;]{1,60}?[ ](?:at|in)[ ]the[ ](?:centre|center|heart|world|universe)"
    r"[ ]of[ ]$"
)
"""A part apposed to its place in the work: "Kit, the schoolboy at the centre of Tom Reed's
Salt Year" owns the writer's work; not a critic's "at the heart of Ada Vale's Mira" (her part)."""
_SLOT_BEFORE = lazy_pattern(
    r"\b(?:(?:opening|closing|centrepiece|centerpiece|midnight|surprise)(?:-night|[ ]night)?"
    r"|(?:tonight|tomorrow)[’']s)[ ](?:gala|screening|film|feature|selection),[ ]$",
    re.IGNORECASE,
)
"""A festival's slot set in apposition before the possessive: "the closing gala, Ada Vale's
Lumen", "tonight's screening, Tom Reed's Salt Year" (the slot is a work, its maker's)."""
_REVIEWED = lazy_pattern(r"\b(?:discuss|review|rewatch|recommend)(?:es|s|ed)?[ ]$")
"""A podcast's or critic's verb before the possessive: "they discuss Ada Vale's Lumen", "we
reviewed Tom Reed's Salt Year" (a work talked over, not a part)."""
_WORK_LEADS = (" in ", " the ")
"""Before the possessive, "in" (a career line's work) or an article: no one writes "the Ada
Vale's", so "its slate includes the Quarry Warden's Son" is a title's possessive."""
_ENDS = (",", ".", ";", "")
"""The possessive ending its phrase: after "since", the time it names is an earlier work ("the
surest debut since Ada Vale's Lumen, and ..."); with a verb on, "since Ada Vale's Mira joined"
tells a part's time in the story."""
_JOINT_WORK = lazy_pattern(rf"\b(?:in|from|of)[ ]{FULL_NAME}[ ](?:and|&)[ ]$")
"""A second owner before the possessive, after a work's preposition: "in Ada Vale and Tom
Reed's Lumen" (a work two people made; two actors do not share one part)."""
_LISTED_WITH_ACTOR = lazy_pattern(
    rf"[ ](?:and|&)[ ]{FULL_NAME},?[ ]who[ ](?:plays|played|stars|voices)[ ]"
)
"""The owned words listed with an actor told by their part: "Lumen's Ada Vale and Tom Reed, who
plays Wren" lists two actors (the first by another work of hers), not a part ("Ada Vale's Mira
and Kai Lund, as Tom, ..." pairs two parts). Only a full name owned is read so: an actor listed
is named in full, and one word owned ("Ada Vale's Mira and Kai Lund, who plays Tom") is a part."""
_NOT_PART_WORDS = """
Instagram TikTok Twitter YouTube Facebook Threads Snapchat Substack Bluesky Tumblr Reddit Patreon
Spotify Letterboxd IMDb Oscar Oscars Emmy Emmys BAFTA Golden Globe Globes Tony Olivier Broadway
Hollywood April May June
"""
_NOT_PARTS = frozenset(_NOT_PART_WORDS.split())
"""Capitalised words a person's possessive owns that are no part: platforms, prizes, places of
work and the months STOP_TOKENS leaves out."""
_COMPANY = lazy_pattern(
    r"\b(?:[A-Z]{2,}\w*|Pictures|Films?|Studios?|Productions?|Entertainment|Media|Television|"
    r"Channel|Network|Networks|Records|Group|Company|Originals?|One|Two|Three|Four|Plus)\b"
)
"""A company's name, not a person's: "BBC Three", "Element Pictures", "Lowlands Films" (with
:func:`~bot.extract.organisations.looks_like_company`: "Lumen Video", "Corvid Streaming")."""
_GROUP_OWNERS = frozenset(
    ("Children", "Women", "Men", "People", "Kids", "Readers", "Teens", "Girls", "Boys")
)
"""A plural noun as the owner: "Lark Children's Books", "the Hale Women's Prize" name an imprint,
a prize or a company, never a person and their part."""
_IMPRINT_WORDS = frozenset(
    ("Books", "Press", "Publishing", "Publishers", "Editions", "Comics", "Classics", "Imprint")
)
"""A publisher's word as the "part": "Ada Vale's Books" is no character."""
_PLACE_WORDS = frozenset(
    {
        "Pond",
        "Ponds",
        "Lido",
        "Heath",
        "Gardens",
        "Common",
        "Street",
        "Road",
        "Square",
        "Pier",
        "Beach",
        "Baths",
        "Pool",
        "Park",
        "Lane",
        "Green",
        "Wharf",
        "Quay",
        "Market",
        "Church",
        "Chapel",
        "Cathedral",
        "Abbey",
        "Priory",
        "Bay",
        "Cove",
        "Island",
        "Isle",
        "Point",
        "Head",
        "Harbour",
        "Haven",
        "Sands",
        "Wood",
        "Hill",
        "End",
        "Cross",
        "Bridge",
        "Well",
    }
)
"""A place's word as the whole "part": "by Ada Vale's Pond", "shot in Tom Carrow's Bay" name a
town's street or building, or a coast's or country's landmark, not a character. A part may be
named by a surname alone that is one of these ("Tom Reed's Hill, the detective"), so the word is
a place only with a place's cue (:data:`_PLACE_CUE`)."""
_PLACE_CUE = lazy_pattern(
    r"\b(?:in|into|near|at|around|to|by|from|outside|towards|past|across|along|over|beside|round)"
    r"[ ]$|\b(?:[Ff]ilm\w*|[Ss]hot|[Ss]hoot\w*|[Ll]ocation\w*|[Ss]cenes?|set|[Cc]ameras?|crew|"
    r"unit)\b"
)
"""A place's cue before the owner: a place's preposition right before it ("near Jack Fell's
Island") or a shoot's word earlier in the sentence ("filmed ... in Saltby and Ada Marsh's Bay"),
at the sentence's start too ("Filming began in Saltby and Ada Marsh's Bay")."""
_SAINT = ("St ", "St. ", "Saint ")
"""A saint as the owner: "outside St Anselm's Church", "St Wenna's" name a church, a school or a
hospital, never an actor and a part."""
_OWNED_OWNER = lazy_pattern(r"[A-Za-z][’'](?:s)?[ ]$")
"""A possessive right before the "actor": "Westmoor Common's Harlow Bathers' Lido" is a place
inside a place, no actor's part (it takes at most the four characters before the actor)."""


_OWNED_AND = lazy_pattern(r"[’']s[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[ ]and[ ]$")
"""An owned part and "and" before the second owner: the pair a plural "appear to" tells of."""
_GETS_A_WORKS = lazy_pattern(
    r"[ ](?:[a-z]+ly[ ])?gets[ ](?:a|an|its)[ ](?:[\w-]+[ ]){0,2}?(?:release|premiere|trailer|"
    r"sequel|prequel|remake|season|series|date|screening|run)s?\b"
)
"""What only a work gets: "Ada Vale's Lumen finally gets a UK release" owns her film."""


def _since(chunk: str, match: re.Match[str]) -> bool:
    """Whether "since" leads the possessive and it ends its phrase (see :data:`_ENDS`)."""
    end = match.end()
    return chunk.endswith(" since ", 0, match.start()) and chunk[end : end + 1] in _ENDS


def _plural_alone(match: re.Match[str], chunk: str) -> bool:
    """A plural verb after an owned name that is no second of a pair: "get" needs "and" before
    the owner; "appear to" needs an owned part before "and" ("Ada Vale's Mira and Tom Reed's
    Gus appear to ..."), as "Ada Vale and Tom Reed's Lumen appear to" owns a work."""
    if match["seem"]:
        return not _OWNED_AND.search(chunk, max(match.start() - 40, 0), match.start())
    return bool(match["plural"] or match["are"]) and not chunk.endswith(" and ", 0, match.start())


def _a_part(actor: str, char: str, context: Context) -> bool:
    """A "part" that is no platform, prize, origin, place's word or work the article is about."""
    if char in _NOT_PARTS or char in ORIGINS or char in STOP_TOKENS:
        return False
    return not (context.is_known(actor) or context.is_ours(char) or char in context.earlier)


def _said_of(match: re.Match[str]) -> bool:
    """Whether the owned words are followed by what is as often said of a work as of a part ("is",
    "are", "steals", "brilliant as ever, is"): then two words are more likely a title."""
    return any(match[group] for group in ("be", "are", "acts", "everbe"))


_SAID_A_WORK = lazy_pattern(
    r"[ ](?:is|was|has[ ]been)[ ](?:a|an|the)[ ](?:[\w’'-]+[ ]){0,3}?(?:film|movie|series|show|"
    r"drama|documentary|biopic|feature|musical|play|novel|book|album)s?\b"
    r"|[ ]has[ ]a[ ]running[ ]time"
)
"""The owned words said outright to be a work: "Ada Vale's Mira Holt is a 2019 film"."""
_MAKER_FIRST = lazy_pattern(
    r"(?:[Dd]irector|[Ww]riter|[Ff]ilmmaker|[Cc]reator|[Pp]roducer|[Ss]howrunner|[Aa]uthor)[ ]"
)
"""A maker's role opening the owner: "Director Ada Vale's Mira Holt" owns a film named after its
heroine, who the article may well call "Mira"."""


def _named_alone(match: re.Match[str], chunk: str, context: Context) -> bool:
    """Whether two owned words are a person's name the article shortens to the first ("Tom
    Reed's Mira Holt is ..." beside "Mira's bookshop"), no work of its own: a work named after
    its heroine is shortened so too, so not when a maker owns it or it is said to be a work."""
    tokens = match["char"].split()
    return (
        len(tokens) == 2
        and not context.is_ours(tokens[0])
        and _MAKER_FIRST.match(match["actor"]) is None
        and _SAID_A_WORK.match(chunk, match.end()) is None
        and tokens[0] in names_said_alone(context.body)  # the body's scan, last: rarely reached
    )


def owned_castings(chunk: str, evidence: str, offset: int, context: Context) -> list[Casting]:
    """Each "Actor's Part" in the sentence that passes the checks above."""
    if "’s " not in chunk and "'s " not in chunk and ", whose " not in chunk:
        return []
    found, owners = owned_pairs(chunk, evidence, offset)  # "A and B's P and Q": respectively
    found = [
        c
        for c in found
        if _a_part(c.actor, c.character, context) and c.character not in _PLACE_WORDS
    ]
    partners = [
        m
        for m in _PARTNERS.finditer(chunk)
        if _PARTNER_VERBS.search(chunk, max(m.start() - 60, 0), m.start())
    ]
    scenes = [*_SCENE_OWNED.finditer(chunk)] if "ing " in chunk else []
    for match in [*_OWNED.finditer(chunk), *partners, *scenes]:
        actor, char = match["actor"], match["char"]
        if match.start() in owners:
            continue
        tokens = char.split()
        if not _a_part(actor, char, context):
            continue  # "Ada Vale's Lumen": the work it is about
        if char in _PLACE_WORDS and _PLACE_CUE.search(chunk, 0, match.start()) is not None:
            continue  # "by Ada Vale's Pond", "shot in Tom Carrow's Bay": a place
        if _GETS_A_WORKS.match(chunk, match.end()):
            continue  # "Ada Vale's Lumen finally gets a UK release": a work's
        if _OWNED_OWNER.search(chunk, max(0, match.start() - 4), match.start()):
            continue  # "Westmoor Common's Harlow Bathers' Lido": a place inside a place
        if any(t in STOP_TOKENS or t in _NOT_PARTS or t in ORIGINS for t in tokens):
            continue
        if actor.rsplit(" ", 1)[-1] in _GROUP_OWNERS or any(t in _IMPRINT_WORDS for t in tokens):
            continue  # "from Harper Children's Books": a publisher, not an actor's part
        if (
            _COMPANY.search(actor)
            or looks_like_company(actor)
            or (
                matched_by(match, _OWNED)
                and _said_of(match)
                and len(tokens) > 1
                and not _named_alone(match, chunk, context)
            )
        ):
            continue  # "Ada Vale's Little Women is ...": a title, more likely than a part
        if len(tokens) > 1 and context.is_known(" ".join(tokens[1:])):
            continue  # "Glimmer's Lumen Nights" with the title in the headline: a work
        # (a headline's first name alone, "Cal's big decision", names a part, not a title)
        # one name the headline also writes ("goodbye to Cal and Mira") is a part the article is
        # about, as often as a work
        before = chunk[max(match.start() - 20, 0) : match.start()]
        if any(p.search(before) for p in (_MAKER_BEFORE, _WORK_OF, _REVIEWED)) or (
            _SLOT_BEFORE.search(chunk, max(match.start() - 40, 0), match.start())
        ):
            continue  # "the closing gala, Ada Vale's Lumen": the slot's work
        if _PLACE_IN_WORK.search(chunk, max(match.start() - 90, 0), match.start()):
            continue
        if _CREDITED_LIST.search(chunk, 0, match.start()) or past_partner(chunk, match.start()):
            continue  # "Producers are Lumen's Tom Reed"; "the “Kid” opposite Ada Vale's Mira"
        if chunk.endswith(_WORK_LEADS, 0, match.start()) or said_absent(chunk, match.start()):
            continue  # "seen in Ada Vale's Lumen": a career line's work; "no sign of": absent
        if _JOINT_WORK.search(chunk, max(match.start() - 70, 0), match.start()) or _since(
            chunk, match
        ):
            continue  # "in Ada Vale and Tom Reed's Lumen": their work; "since ...": an earlier one
        if len(tokens) > 1 and (
            _LISTED_WITH_ACTOR.match(chunk, match.end())
            or listed_people(chunk, match.end())
            or listed_after_star(chunk, match.start())
        ):
            continue  # "Lumen's Ada Vale and Tom Reed, who plays Wren" (or "in the crowd")
        if actor.startswith(("The ", *_SAINT)):
            continue  # "The Quarry Warden's Son": a title's possessive; "St Anselm's": a church
        if placed_in_another_work(chunk, match.end(), context):
            continue  # "since Ada Vale's Canon Pike walked into Elmgate in The Burning Field"
        if matched_by(match, _OWNED) and _plural_alone(match, chunk):
            continue  # "Ada Vale's Mira get": a plural verb fits only the second of a pair
        found.append(casting_at(match, evidence, offset))
    if ", whose " in chunk:
        for match in _WHOSE.finditer(chunk):
            if not any(t in STOP_TOKENS for t in match["char"].split()):
                found.append(casting_at(match, evidence, offset))
    return found
