"""A part named with its actor in brackets, speaking straight into the words: the work's line.

A trailer round-up or a live blog names a part by its first name and gives the actor in
brackets, then the part speaking: "- Dessa (Ada Vale!!) deadpanning “...” at the door", "a
clip of Orvo (Kai Moss) telling his sister, “...”". The one who speaks is the part, in the
work; the actor's name in brackets only says who plays it, and the words are no one's quote.
Only in a piece about footage (its headline or the paragraph names a trailer, a teaser or a
clip), only a one-word name before brackets holding a full name of two or three words, and only
a speaking verb, or a place in lowercase words and a colon ("Dessa (Ada Vale) on a rooftop:
“...”"), straight before the words: "Kai Moss (Netflix) said “...”" stays a quote. The part
may first do something in the present, then speak or read out: "Dessa (Ada Vale) opens a letter
and reads aloud: “...”", or be shown, then how, then a colon: "Dessa (Ada Vale) also appears,
deadpan as ever: “...”".
"""

from __future__ import annotations

from bot.extract.footage_lines import before_marks, in_footage_piece
from bot.extract.lexicon import HONORIFIC
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_SPEAKING = (
    r"(?:say|tell|ask|deadpan|snap|whisper|shout|yell|joke|quip|warn|mutter|hiss|scream|"
    r"declare|announce|insist|admit|beg|plead|sob|sigh|growl|snarl|remind|tease|call|cri|cry)"
)
"""Speaking verbs a round-up gives a part, as stems ("deadpanning", "tells", "calls out")."""
_TITLED = rf"{HONORIFIC}[ ][A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?"
"""A part by its title and one or two names ("Dr Dessa Marr"): a part, not an actor, whoever
stands in the brackets after it."""
_PART_AND_ACTOR = (
    rf"(?:{_TITLED}|[A-Z][\w’'-]+)[ ]\([A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){{1,2}}[!?]*\)[ ]"
)
"""A one-word part, or a titled one, then its actor's two or three names in brackets: "Dessa
(Ada Vale) ", "Dr Dessa Marr (Ada Vale) "."""
_SPOKEN_THROUGH = (
    r"(?:(?:a|an|the|her|his|their|its)[ ](?:[a-z-]+[ ])?)?(?:statement|interview|post|message|"
    r"note|letter|e-?mail|video|tweet|caption|update|podcast|press[ ]release|social[ ]media)\b"
    r"(?![ ]call)"
)
"""What a press line is given through, not a place: "in a statement", "on social media" (a
video call is a place a part speaks from in a shot)."""
_VOICE_OF = r"\b(?:voice|figure)[ ](?:[a-z]+[ ]){0,4}?(?:to[ ]be|as|of|like)[ ]+"
"""A voice or a figure the writer takes for a part ("a figure that seems to be Dessa (Ada
Vale) waves"): footage, no one met."""
_BRACKETED_PART_SPEAKS = lazy_pattern(
    rf"(?:^|[.!?;:][ ]+|[-–—•*][ ]+|\b(?:of|and|with|as|while)[ ]+|{_VOICE_OF}){_PART_AND_ACTOR}"
    r"(?:[a-z]+ly[ ])?"
    rf"{_SPEAKING}(?:(?:n|p|g)?ing|s|es)\b(?:[ ](?:out|back))?"
    rf"(?:[ ](?:(?:his|her|their)[ ][a-z-]+|him|her|them|[A-Z][\w’'-]+))?"
    rf"(?:[ ](?:over|on|in|at|from|across|through|via)[ ](?!{_SPOKEN_THROUGH})"
    r"[a-z][a-z ’'-]{0,30}?)?"
    r"(?:,?[ ](?:off-?screen|off[ ]screen|off-camera|out[ ]of[ ](?:shot|frame)))?"
    r"[ ]*[,:]?[ ]*$"
)
"""A part, its actor in brackets, then its speaking, perhaps to someone and how or where in
lowercase words, straight before the words: "Dessa (Ada Vale) deadpanning “", "Orvo (Kai Moss)
telling his sister, “", "Orvo (Kai Moss) tells her over the phone, “", "Orvo (Kai Moss)
calls out “", a voice out of the picture ("Orvo (Kai Moss) says off-screen: “", or set off by
commas: "Orvo (Kai Moss) asks, off screen, “")."""
_BRACKETED_PART_PLACED = lazy_pattern(
    rf"(?:^|[.!?;:][ ]+|[-–—•*][ ]+|\b(?:of|on|and|with|to)[ ]+){_PART_AND_ACTOR}"
    r"(?:[a-z]{3,}s[ ])?"
    rf"(?:on|in|at|by|outside|inside)[ ](?!{_SPOKEN_THROUGH})[a-z][a-z ,’'-]{{2,60}}:[ ]*$"
)
"""A part, its actor in brackets, where the footage finds it in lowercase words, then a colon before
the words, perhaps after a verb in the present: "the teaser opens on Dessa (Ada Vale) at a bus stop
in the rain: “", "Cut to Orvo (Kai Moss) in a lift, sighing: “", "Orvo (Kai Moss) waits at the gate:
“" (a shot, then its line; a press line names no place straight after an actor in brackets, only
what it came through: "Vale (Tin Pictures) in a statement: “")."""
_BRACKETED_PART_ACTS = lazy_pattern(
    rf"(?:^|[.!?;:][ ]+|[-–—•*][ ]+){_PART_AND_ACTOR}[a-z]+s[ ][a-z ’'-]{{1,60}}?[ ]and[ ]"
    rf"(?:[a-z]+ly[ ])?(?:{_SPEAKING}|read)(?:s|es)(?:[ ](?:aloud|out[ ]loud))?[ ]*[,:][ ]*$"
)
"""A part, its actor in brackets, doing something in the present, then speaking or reading out
before a comma or a colon: "Dessa (Ada Vale) opens a letter and reads aloud: “"."""
_BRACKETED_PART_SHOWN = lazy_pattern(
    rf"(?:^|[.!?;:][ ]+|[-–—•*][ ]+){_PART_AND_ACTOR}(?:(?:also|briefly|finally|only)[ ])?"
    r"(?:appears|shows[ ]up|turns[ ]up|pops[ ]up|returns)(?:[ ][a-z][a-z ’'-]{0,30}?)?,"
    r"[ ][a-z][a-z ’'-]{1,40}:[ ]*$"
)
"""A part, its actor in brackets, shown in the footage, then how it is in lowercase words and a
colon before the words: "Dessa (Ada Vale) also appears, deadpan as ever: “"."""
_REACH = 120


def bracketed_actor_line(doc: Doc, quote: Quote) -> bool:
    """The words are a part's line, the part named with its actor in brackets (see above)."""
    before = before_marks(doc, quote, _REACH)
    if "(" not in before:
        return False
    if (
        _BRACKETED_PART_SPEAKS.search(before) is None
        and _BRACKETED_PART_PLACED.search(before) is None
        and _BRACKETED_PART_ACTS.search(before) is None
        and _BRACKETED_PART_SHOWN.search(before) is None
    ):
        return False
    return in_footage_piece(doc, quote)
