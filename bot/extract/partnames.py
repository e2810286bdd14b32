"""What a casting's part is called: a one-word "part" before a common noun is an adjective
(the part may be the name apposed after it), and a first name given as a part may stand for a
full name the article writes elsewhere.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR as _CHAR
from bot.extract.castforms import Casting
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import END, TOKEN, clean_character
from bot.extract.partactorcues import actor_cued, maker_cued
from bot.extract.partbylines import in_byline
from bot.extract.people import People, is_full
from bot.extract.song_lines import SONGS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_FUNCTION_WORD = (
    r"(?:and|or|but|nor|in|on|at|of|for|to|from|by|with|opposite|alongside|against|beside|"
    r"who|which|that|when|while|since|until|after|before|again|too|also|is|was|will|has|had)"
)
_APPOSED = lazy_pattern(rf"(?:[ ](?!{_FUNCTION_WORD}\b)[a-z][\w’'-]*){{1,3}},[ ](?P<name>{_CHAR})")
_APPOSED_BARE = lazy_pattern(
    rf"(?:[ ](?!{_FUNCTION_WORD}\b)[a-z][\w’'-]*){{1,2}}[ ](?P<name>{_CHAR})"
)
"""A full name straight after the nouns: "as Garda detective Sadhbh Corless", "as NYPD officer
Dev Rao" (the capitalised word says where they serve; the part is the name)."""
_NOUN_AFTER = lazy_pattern(rf"[ ](?!{_FUNCTION_WORD}\b)[a-z][\w’'-]*")
_INDEFINITE = lazy_pattern(r"[ ](?:a|an|the)[ ]")
_OWNED = lazy_pattern(
    rf"[’']s(?:[ ](?!{_FUNCTION_WORD}\b)[a-z][\w’'-]*|[ ]of){{1,5}},?[ ](?P<name>{_CHAR})"
)
"""The part after its owner and a description: "’s new head of music Mr Kwan", "’s dad, Sam"."""
_WORK_NOUN_AFTER = lazy_pattern(
    rf"[ ](?:{GENRE_NOUNS}|reboot|remake|revival|adaptation|sequel|prequel|spin-off)\b"
)
"""After the owned name, what kind of work it is: "the BBC's rumoured Tinsmith reboot" (a title
owned by its broadcaster, never a part)."""
_RENAMED = lazy_pattern(rf",[ ](?!(?:The|A|An)[ ])(?P<name>{_CHAR})[.!]?[”\"’]?$")
"""A name that ends the sentence after an owned description's title: the part's own name (a
title with its article is a work: "as Tom's aunt Wenna, The Frost Almanac")."""
_AGED = lazy_pattern(r"\bthe[ ](?P<age>young|younger|old|older)[ ]$")
"""An age word straight before a first name: "as the young Ada" plays Ada's younger self, a part
of its own ("Young Ada"), not the grown Ada the article names in full."""
_FLASHBACK = lazy_pattern(
    r"[ ]in[ ](?:(?:the|its|their|[a-z]+[’']s)[ ])?(?:[\w’'-]+[ ]){0,2}?flashbacks?\b"
)
"""A flashback after the aged name: "plays the young Ada in the flashback scenes" is the same
character told at another time, so the part is Ada (resolved to her full name), not "Young Ada"."""
_OF_PLACE = lazy_pattern(r"^[ ](?:the|a|an)[ ](?:(?!voice[ ])[a-z][\w’'-]*[ ]){1,3}of[ ]$")
"""A description of someone "of" a capitalised word ("as the mayor of Dorrow"): the word is read
as the place or body they belong to, and the part is the full name apposed after it, if one is
("the voice of Tam" is a part of its own). Nothing here checks that the word is a place:
:mod:`bot.extract.castrelational` holds such a casting unless the article tells it as one."""
_NAMED_AFTER = lazy_pattern(rf",[ ](?P<name>{_CHAR})(?=[.,;:!]|$)")
_THE_BEFORE = lazy_pattern(r"\bthe[ ]$")
_TITLED_AFTER = lazy_pattern(rf",[ ](?P<name>{_CHAR})(?=[.;!?]|,[ ](?!who[ ]|and[ ])[a-z])")
"""A part told by its title, then its name ("who plays the Frost Regent, Sela Marrick."): the
full name apposed after the title, closing the clause, is the part; a name that goes on as a
list of people ("the Regent, Sela Marrick, who plays ...", "..., Sela Marrick and ...") or starts
a new clause ("the Regent, Sela Marrick said") is not read."""
_CUT = lazy_pattern(r"-[a-z]")
"""A name going on in lower case after a hyphen ("Min-jae"): the part read so far is cut."""
_RELATIVE_LEAD = lazy_pattern(r"[a-z][ ](?:who|whom|whose|which|that)[ ]")
"""A relative clause between "as" and the name: "as the neighbour who has known Larkby" names
a place or a person the part meets (the clause's object), not the part (invented)."""
_PEOPLE_NOUN = lazy_pattern(
    r"(?:Welsh|English|Irish|French|Dutch|Scots|Cornish|Manx|Norse|Gentle|Country|"
    r"Chair|Spokes|Fresh|Trades|Towns|Kins|Noble|Clergy|Police|Fire)(?:man|men|woman|women)"
)
"""A noun for a kind of person ("a Welshman", "a Frenchwoman"), capitalised but no part."""
_PLACED = lazy_pattern(
    r"\b(?:a|an|the)[ ][^,.;:()“”\"]*?[ ](?:in|at|on|from)"
    r"(?:[ ](?:the|a|an|his|her|their|its|last|this|next|[a-z]+[’']s))*[ ]$"
)
"""A description ending in a preposition of place: "so good as a grieving boxer in last year's
Low Blows", "plays a nurse at St Anne's" (a review's or profile's aside on an earlier turn)."""
_PLACED_REACH = 80
_PLACE_NOUN = lazy_pattern(
    r"[ ](?:Isles?|Islands?|Street|Road|Lane|Bay|Harbour|Point|Valley|Bridge|Square|Cove|Estate|"
    r"Avenue|Quay|Wharf|Heights|Moor|Fells?)$"
)
"""A place's noun ending the name before "played by" ("on Sound Isle"), with no "the"."""
_SUNG = lazy_pattern(
    r",[ ](?:the|a|an|one|her|his|their|its)[ ]"
    rf"(?:(?!(?:who|whose|which|that|of|with|for|from|in|on)[ ])[a-z][\w’'-]*[ ]){{0,2}}?"
    rf"{SONGS}(?![\w’'-])"
)
"""A song's noun apposed right after the "part": "reprises Salt Road, the ballad she sang",
"plays Tern Light, her hit single": the name is of what is sung, so the verb tells a
performance, not a casting."""


def placed(item: Casting, text: str) -> bool:
    """Whether the part ``item`` reads ends its phrasing right after a description's "in",
    "at", "on" or "from": the work or place the description is in, not a part (read, then
    dropped, so the actor is still a person the article names). So too before "played by": "a
    ferryman on the Sound Isles, played by X" casts the ferryman, not the isles (a place with
    "the" or a place's noun, "on Sound Isle": "a crush on Mira Holt, played by X" casts Mira
    Holt)."""
    at = item.end - len(item.character)
    if at <= 0 or text[at : item.end] != item.character:
        at = text.find(item.character, item.start, item.end)  # "Part, played by Actor"
        if at <= 0 or "played by" not in text[at + len(item.character) : item.end]:
            return False
        if not text.endswith(" the ", max(at - 5, 0), at) and not _PLACE_NOUN.search(
            item.character
        ):
            return False  # "a crush on Mira Holt, played by X": a person, no place
    return _PLACED.search(text, max(at - _PLACED_REACH, 0), at) is not None


def attributive(match: re.Match[str], chunk: str) -> tuple[str, int]:
    """A one-word "part" before a common noun is an adjective ("as Ada's British liaison
    officer, Tom Rudd": the part is Tom Rudd; "as a widowed Cornish farmer": no named part).
    A name followed by a possessive is whose the part is: the part is the name after the
    description that follows, if one does.
    Returns the part and where the phrasing ends ("" when it names none)."""
    char, end = match["char"], match.end()
    if _CUT.match(chunk, end) or _PEOPLE_NOUN.fullmatch(char):
        return "", end  # "plays Min-jae’s sister": a name cut at its hyphen; "a Welshman"
    if _SUNG.match(chunk, end):
        return "", end  # "reprises Salt Road, the ballad from the first run": a song, no part
    lead = chunk[match.end("kw") : match.start("char")] if "kw" in match.re.groupindex else ""
    if _RELATIVE_LEAD.search(lead):
        return "", end  # "back as the friends who have stood by them since Larkby": no part
    if chunk.startswith(("’s ", "'s "), end):
        # "as Ada Holt's new tutor Mr Kwan": Ada Holt is the owner, Mr Kwan the part (unless
        # "in" follows, which may name another work, or a work's kind: "its new Tide series")
        owned = _OWNED.match(chunk, end)
        if (
            owned is None
            or lead.endswith(" in ")  # "as the lead in ITV's drama Tin Acre": the owner's work
            or chunk.startswith(" in ", owned.end())
            or _WORK_NOUN_AFTER.match(chunk, owned.end())
        ):
            return "", end
        return owned["name"], owned.end()
    if ("’s " in lead or "'s " in lead) and chunk.startswith(", ", end):
        renamed = _RENAMED.match(chunk, end)  # "as the abbey's stern Prioress, Dame Ysolde."
        if renamed is not None:
            return renamed["name"], renamed.end("name")
    # "as the mayor of Dorrow, Marta Holub": Dorrow read as a place (not "Dorrow, Kent")
    if _OF_PLACE.search(lead) and (named := _full_after(_NAMED_AFTER, chunk, end)):
        return named
    # "who plays the Frost Regent, Sela Marrick."
    if _THE_BEFORE.search(lead) and (named := _full_after(_TITLED_AFTER, chunk, end)):
        return named
    if " " in char:
        return char, end
    aged = _AGED.search(lead)
    if aged is not None and _FLASHBACK.match(chunk, end) is None:
        return f"{aged['age'].capitalize()} {char}", end
    apposed = _APPOSED.match(chunk, end)
    if apposed is not None:
        return apposed["name"], apposed.end()
    bare = apposed_full_name(chunk, end)
    if bare is not None:
        return bare
    if _INDEFINITE.match(lead) and _NOUN_AFTER.match(chunk, end):
        return "", end
    return char, end


def apposed_full_name(chunk: str, end: int) -> tuple[str, int] | None:
    """The full name straight after a one-word "part" and a noun or two, and where it ends:
    "Garda detective Sadhbh Corless", "Oxford student Mira Holt" (the capitalised word says
    where they serve or study; the part is the name). None when no full name follows."""
    apposed = _APPOSED_BARE.match(chunk, end)
    if apposed is None or not is_full(clean_character(apposed["name"])):
        return None
    return apposed["name"], apposed.end()


def _full_after(pattern: re.Pattern[str], chunk: str, end: int) -> tuple[str, int] | None:
    """The full name ``pattern`` finds apposed at ``end`` and where it ends, or None."""
    named = pattern.match(chunk, end)
    if named is None or not is_full(clean_character(named["name"])):
        return None
    return named["name"], named.end("name")


_MORE_NAME = lazy_pattern(rf"(?:[ ]{TOKEN}){{1,2}}{END}")
_EARLIER_NAME = lazy_pattern(
    r"\b(?i:originally|formerly|previously|initially|at[ ]first)"
    r"(?:[ ](?:she|he|they|it|was|were|had|been|be|called|named|known|as|going|to)){0,4}[ ,(]*$"
)
"""What a part used to be called: "Originally she was Zoë ...", "formerly known as Zoë ..."."""


def character_like_names(doc: Doc, people: People, context: Context, firsts: set[str]) -> list[str]:
    """Names in the article starting with one of ``firsts`` that are not people or works.

    What a first name given as a part ("Kit Lane as Ada") may stand for in full.
    """
    names: list[str] = []
    body = doc.body
    for first in firsts:
        at = body.find(first + " ")
        while at >= 0:
            rest = _MORE_NAME.match(body, at + len(first))
            if rest is not None and (at == 0 or not body[at - 1].isalnum()):
                name = clean_character(body[at : rest.end()])
                if (
                    is_full(name)
                    and not context.is_ours(name)
                    and not people.knows(name)
                    and not _EARLIER_NAME.search(body, max(at - 50, 0), at)  # "formerly Zoë ..."
                    and not actor_cued(body, at, rest.end())  # "a romance starring Zoë Vell"
                    and not maker_cued(body, at)  # "Lough, directed by Zoë Vell"
                    and not in_byline(body, at)  # "By Zoë Vell and Jo Reyes": a reporter
                    and not _quoted_whole(body, at, rest.end())  # a tune "Zoë Sails North"
                ):
                    names.append(name)
            at = body.find(first + " ", at + 1)
    return names


_OPENING_QUOTES = '“‘"'
_CLOSING_QUOTES = '”’"'


def _quoted_whole(body: str, start: int, end: int) -> bool:
    """The words stand alone in quotation marks: a title (a tune "Zoë Sails North", a chapter),
    not the part's full name; a quote that runs on ("“Zoë Vell is brave,” she says") still
    may name the part (invented examples)."""
    return (
        start > 0
        and body[start - 1] in _OPENING_QUOTES
        and end < len(body)
        and body[end] in _CLOSING_QUOTES
    )
