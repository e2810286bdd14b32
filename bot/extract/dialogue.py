"""Lines spoken inside a work, not by anyone about it: a trailer's voiceover, a narrator's words.

"Marlo says in voiceover: “...”", "“...,” the narrator intones over the final shot" or "she
tells him, in the trailer, that ..." quote a part in the work, not a person the article
interviewed; such words are held for review, never served as anyone's quote.
"""

from __future__ import annotations

import re

from bot.extract.footage_lines import EDGE_SHOT
from bot.extract.footage_scenes import SCENE_SPEAKER
from bot.extract.lexicon import SAYING, SPEECH_VERBS
from bot.extract.part_lines import PRONOUN_FIRST, held_line
from bot.extract.text import Doc, Quote, Span
from bot.extract.told_scene_lines import told_scene_line
from bot.extract.trailer_part_lines import trailer_part_line
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_SPOKEN_IN_WORK = lazy_pattern(
    r"\b(?:voice-?over|voice[ ]over[ ](?:the[ ]top|(?:(?:the|a|an|some|its|this|that)[ ])?"
    r"(?:[a-z-]+[ ])?(?:footage|images|pictures|clips?|trailer|teaser|scenes?|shots|montage|"
    r"credits|photos|stills|zoom|pan|close-ups?|sequence|flashbacks?|black))"
    r"|narrator(?![’']s[ ](?!voice|words|lines?\b)[a-z])|narrates|narrated|narrating|narration)\b",
    re.IGNORECASE,
)
"""A voiceover or a narrator, not a part told by its tie to one ("the narrator’s cousin"); a
voice "over the top" of footage or over its images or camera moves ("over a slow zoom"), not
one over the phone nor a voice that changed "over the years"."""

_TRAILER = r"(?:(?:new|latest|first|second|final|official|full)[ ])?(?:trailer|teaser|clip|promo)"
_IN_A_TRAILER = lazy_pattern(
    r"\b(?:says|said|tells|told|asks|asked|warns|warned|declares|declared|insists|insisted|"
    r"announces|announced|reminds|reminded)\b(?:[ ](?:him|her|them|us|me))?,?[ ]in[ ]the[ ]"
    rf"{_TRAILER}\b",
    re.IGNORECASE,
)
"""A speech verb placed in a trailer ("who tells him, in the trailer, that ..."): a line the work
speaks, told by the writer."""
_OWN_CLIP = lazy_pattern(
    r"\b(?:(?:posted|posts|shared|shares|uploaded|uploads|recorded|records|released|releases)"
    r"[ ](?:a|an|his|her|their)[ ]|sen(?:t|ds)[ ](?:a|an)[ ](?=(?:video[ ])?message\b))"
    r"(?P<kind>(?:[a-z]+[ ]){0,2})(?:video|clip|message)\b"
    r"(?![ ](?:from|of[ ](?:the|its|a|an)[ ]))(?P<tail>[ ][a-z]+)?"
)
"""Someone posting a clip ("Ada Vale has posted a video thanking fans") or sending a message to
an event they miss ("could not attend but sent a video message"), not one "from" the work; a
clip someone sends out ("sent her fans a clip") may be the work's. The word after the noun
may tell its kind too ("a new video teaser")."""
_FOOTAGE_KIND = lazy_pattern(
    r"\b(?:trailer|teaser|footage|scene|episode|promo|sneak|first[ ]look)\b"
)
_SUBJECT_PRONOUN = lazy_pattern(r"(?:He|She|They)(?:[ ](?:has|have|had|also|just|then))?[ ]")


def own_clip(doc: Doc, sentence: Span, quote: Quote, fact: QuoteFact) -> bool:
    """Words said "in the clip" come from a clip the person credited posted of themselves
    earlier in the paragraph ("Ada Vale has posted a video thanking fans. “...,” she says in
    the clip."): their message, not the work's footage. A studio releasing a clip, or anyone
    sharing one "from episode two" or a "teaser video", shares the work's lines."""
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return False
    surname = re.compile(rf"\b{re.escape(fact.speaker.split()[-1])}\b")
    for posted in _OWN_CLIP.finditer(doc.masked, doc.paras[sentence.para].start, quote.start):
        if _FOOTAGE_KIND.search(posted.group("kind") + (posted.group("tail") or "")):
            continue
        poster = doc.masked[doc.sentence_at(posted.start()).start : posted.start()]
        if surname.search(poster) or _SUBJECT_PRONOUN.fullmatch(poster.strip() + " "):
            return True
    return False


_GIVEN_A_LINE = lazy_pattern(
    r"\b(?:gets|got|has|had|delivers|delivered|speaks|spoke|utters|uttered|is[ ]given|was[ ]given)"
    rf"[ ](?:the[ ]{_TRAILER}[’']s[ ](?:[a-z]+[ ]){{0,2}}(?:line|lines|word|laugh|laughs)\b"
    rf"|the[ ](?:[a-z]+[ ]){{0,2}}(?:line|lines|word)[ ](?:of|in)[ ]the[ ]"
    rf"(?:whole[ ]|entire[ ])?{_TRAILER}\b)"
)
"""A part given the trailer's line ("X's Cartographer gets the trailer's final line", "has the
last word in the teaser", "gets the best line in the whole trailer", "gets the trailer's only
laugh"): the quote told next is that line, spoken in the work."""
_LINE_OF_DIALOGUE = lazy_pattern(
    r"\b(?:line|lines|snatch|snippet|exchange|bit|scrap)[ ]of[ ](?:its[ ]|their[ ])?dialogue\b"
    r"[^.;“”\"]*[:,][ ]*[“\"‘']?$"
)
"""The quote's own sentence announces a line of the work's dialogue ("the teaser gives us one
line of dialogue: Dessa, on a platform, telling Marlo, “...”"): spoken in the work."""
_TRAILER_LINE = lazy_pattern(
    r"\b(?:line|lines)[ ](?:to[ ](?:the[ ][a-z]+|[A-Z][\w’'-]*)[ ])?(?:in|from)[ ]"
    rf"(?:(?:the|its)[ ]{_TRAILER}|(?:season|series|episode)[ ][\w-]+)"
    r"[ ]*[–—:,-]?[ ]*[“\"‘']?$"
)
"""The words right after a part's line in the trailer ("a lone line from the teaser – “...”",
"her line to Marlo in the trailer, “...”", "quoted a line from season two: ‘...’"): a listicle
giving the line the work speaks, not the actor's quote."""
_TRAILER_MOMENT = lazy_pattern(
    rf"\b{_TRAILER}\b[^.;“”\"]{{0,120}}?\b(?:opens|opened|ends|ended|closes|closed|begins|began|"
    r"starts|started|finishes|finished)[ ](?:with|on)[ ][^.;“”\"]{1,160}?\b[a-z]{2,}ing\b"
    r"[^.;:“”\"]{0,60}?,?[ ]*[“\"‘']?$"
)
"""A trailer that opens or ends on someone doing and saying something ("The trailer opens with
him staring out to sea and saying, “...”", "a teaser ... ended with Ada's Tamsa asking Tom's Orvo,
“...”"): the words are a part's line in the work, not the actor's quote."""
_MOMENT = r"(?:moment|scene|beat|highlight|image)"
_TRAILER_HIGHLIGHT = lazy_pattern(
    rf"\b(?:{_TRAILER}[’']s[ ](?:[a-z]+[ ]){{0,2}}{_MOMENT}|{_MOMENT}[ ]in[ ]the[ ]{_TRAILER})"
    r"[ ](?:is|was)[ ][^.;“”\"]{1,100}?\b[a-z]{2,}ing\b[^.;:“”\"]{0,60}?,?[ ]*[“\"‘']?$"
)
"""A trailer's moment told as someone doing and saying something ("The teaser's best moment is
Dessa warning her brother, “...”", "the big scene in the trailer was him asking, “...”"): a
part's line in the work, not the actor's quote."""
_GETS_THE_MOMENT = lazy_pattern(
    rf"\b(?:gets|got|has|had|is[ ]given|was[ ]given|delivers|delivered)[ ]the[ ]{_TRAILER}[’']s[ ]"
    rf"(?:[a-z]+[ ]){{0,2}}(?:{_MOMENT}|line|deadpan|quip|one-liner|zinger|put-down)\b"
    rf"[^.;:“”\"]{{0,80}}?(?::|,[ ](?:[a-z]+[ ]){{0,2}}?[a-z]{{2,}}ing"
    r"(?:[ ](?:him|her|them|at[ ][a-z]+|to[ ][a-z]+))?,?)[ ]*[“\"‘']?$"
)
"""Someone who "gets the trailer's tensest moment on the stairs: “...”", "gets the trailer's
biggest moment, shouting “...”", or "delivers the trailer's best deadpan: “...”": the moment
is the work's, and the words a part's line in it."""
_SCENE_SAYS = lazy_pattern(
    rf"\b(?:bit|scene)[ ](?:where|in[ ]which)[ ]{SCENE_SPEAKER}"
    r"(?:(?:just|simply|only|then|finally|[a-z]{3,}ly)[ ])?"
    rf"{SPEECH_VERBS}[ ]*(?:(?:that[ ])?(?:he|she|they)[ ](?:is|was|are|were)[ ])?[“\"‘']?$"
)
"""A scene of the work in which someone speaks ("the bit where Dessa says ‘...’", "the scene in
which Marlo tells him “...”", "a scene in which he insists he is “...”", "the scene where Dessa
just says “...”", an adverb between): a trailer or review telling a line, not anyone's quote."""
_IN_THE_SCENE = lazy_pattern(
    r"(?:In|During)[ ](?:the|this|that|one|a|its|their)[ ](?:[a-z]+[ ])?"
    rf"(?:scene|sequence|shot|(?P<footage>{_TRAILER}))"
    r"(?:,[^.;“”\"]{1,100}|[ ](?=[a-zA-Z])[^.;,“”\"]{1,100})[,:][ ]*[“\"‘']?$"
)
"""A sentence set inside a scene, a shot or a trailer of the work ("In the scene, Marlo turns to
him and snaps, “...”", "In one shot she tells her son, “...”", "In the teaser, out today, Dessa
snaps at him: “...”"), as a set report, a review or a tabloid tells it: the words are a part's
line, not anyone's quote. With no comma after the shot, no comma may come before the line's own:
"In the sequel shot in Wales, Ada Vale explains: “...”" and "In the scene she is proudest of,
Ada Vale says: “...”" set the director's words after a clause of their own."""
_OWN_VOICE = lazy_pattern(
    r"\b(?:said|statement|fans|followers|viewers|audiences?|Instagram|TikTok|YouTube|shared|"
    r"posted|uploaded|filmed[ ](?:for|by)|recorded[ ](?:for|by))\b"
)
"""A trailer, clip or promo in which a person speaks as themselves: one said, shared or posted,
or words to fans or followers ("In the clip, posted on Instagram, Vale tells fans: “...”")."""
_TIMECODE = lazy_pattern(r"[\[(]?\d:[0-5]\d(?:[\])][ ]*(?:[–—:-][ ])?|[ ]*[–—-][ ])")
"""A beat of a viewer's timestamped breakdown of a trailer or a clip ("0:52 - Sarah at the
table: “...”", "[1:05] Tom Reed at the window: “...”"): the words at a time in the footage are a
part's line, not anyone's quote. A clip's minutes are few; a podcast's hours ("1:01:00 —") are
not the footage's, and only a page that names footage and is no live blog has its beats."""
_FOOTAGE_PAGE = lazy_pattern(
    r"\b(?:trailer|teaser|clip|promo|footage|timestamps?|breakdown)\b", re.IGNORECASE
)
_LIVE_PAGE = lazy_pattern(r"\b(?:live|as[ ]it[ ]happens|latest[ ]updates)\b", re.IGNORECASE)
_WHEN_SAYS = lazy_pattern(
    rf"(?:When|As)[ ](?:[A-Z][\w’'-]*[ ]){{1,3}}{SPEECH_VERBS}"
    r"(?:[ ](?:him|her|them|(?:his|her|their)[ ][a-z]+))?,[ ]*[“\"‘']?$"
)
_THEN_THE_WORK = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:the|this|its)[ ](?:[a-z]+[ ])?"
    r"(?:film|movie|series|show|episode|season|finale|scene|story|drama)[ ][a-z]"
)
"""A review's scene told as a "when" clause, the work the subject of what follows the quote
("When Tilda Rowe tells her daughter, “...,” the film turns tender"): the part's line, not a
person's quote; a real remark is not followed by what the film does."""
_WHEN_TO_A_PART = lazy_pattern(
    r"(?:,|;|\band|\bas)[ ]when[ ](?:(?:he|she|they)[ ]|(?:[A-Z][\w’'-]*[ ]){1,3})"
    r"(?:says|tells|asks|answers|replies|snaps|whispers|mutters|hisses|shouts|yells|warns|"
    r"admits|insists|pleads|begs|reminds|confesses|announces|declares|promises|thanks)"
    r"[ ](?:him|her|them|(?:his|her|their)[ ][a-z]+|[A-Z][\w’'-]*),?[ ]*[“\"‘']?$"
)
_THEN_THE_LINE = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:and[ ])?the[ ](?:line|moment|scene|exchange)[ ][a-z]"
)
"""The same scene told in a "when" clause inside a review's sentence, to a part by its name, the
line or the scene the subject of what follows ("..., and when she tells Tomas, “...,” the line
lands", "as when Agnes asks Wren, “...” and the scene goes still"): the part's line. A review
tells its scenes in the present; "and when she thanked Reed, “...,” the moment was lovely" is a
real event."""
_MOMENT_SAYING = lazy_pattern(r"(?:[A-Z][\w’'-]*[ ]){1,3}saying[ ]?[“\"‘']?$")
_TO_A_PART = lazy_pattern(r"[”\"’']?[ ]to[ ][A-Z][\w’'-]*\b(?![ ]*[A-Z])")
_THEN_ITS_VERB = lazy_pattern(
    r"[”\"’']?(?:[ ](?:to|at|in|on)[ ][^.;:,“”\"]{1,40}?)?,?[ ]+"
    r"(?:(?:just|genuinely|actually|honestly|completely|literally)[ ])?"
    r"(?:made|makes|broke|breaks|destroyed|destroys|wrecked|wrecks|killed|kills|ruined|ruins|"
    r"sent|sends|had|has|got|gets|left|leaves|is|was)[ ](?:me|us|everyone|my|our|the|a|an|so|"
    r"going|still|already|how|why)\b"
)
"""A fan's moment of the work, no verb but "saying" ("Ada Vale saying “mind the step” to Tamsa
and me in bits"), or the moment the subject of the sentence's own verb ("Ada Vale saying “...”
made me put my phone down", "... to her son at the sink broke me"): an actor's line in the
work, not the actor's own words."""
_SHOT = lazy_pattern(rf"\b{EDGE_SHOT}\b")
_PRONOUN_VOICES = lazy_pattern(
    r"\b(?:he|she|they)[ ](?:[a-z]+[ ]){0,8}?(?:whisper|murmur|mutter|hiss|breathe|intone|"
    r"snarl|growl|scream|shout|sob|plead|croak)(?:s|ed|d)?\b"
)
"""A shot of the work in which a pronoun whispers or snarls the words ("Over the final shot,
she whispers, ‘...’", "the teaser's final shot, in which he leans in and murmurs “...”"): a
part's line, told by the writer; no one speaks to the press in a whisper over a shot."""
_HEARD_SAYING = lazy_pattern(
    r"\b(?:hear|hears|heard|hearing|watch|watches|watched|watching|see|sees|saw|seeing)[ ]"
    r"(?:[A-Z][\w’'-]*[ ]){1,3}(?:say|saying|tell|telling|ask|asking|whisper|whispering|shout|"
    r"shouting)(?:[ ](?:him|her|them|(?:his|her|their)[ ][a-z]+))?,?[ ]*[“\"‘']?$"
)
_THEN_IN_A_TRAILER = lazy_pattern(rf"[”\"’']?,?[ ]+in[ ](?:the|a|this)[ ]{_TRAILER}\b")
"""An actor heard or watched saying words in a trailer ("hearing Ada Vale say “...” in the
trailer", "watching Tom Reed tell his brother “...” in the teaser"): a fan's reaction to the part's
line, not the actor's quote."""
_TRAILER_WORDS = ("trailer", "teaser", "clip", "promo")
_CLOSING = frozenset("”\"’'")


def held_if_dialogue(doc: Doc, sentence: Span, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the words framing its quote in ``sentence`` say the work speaks them."""
    end = sentence.end
    if doc.text[sentence.start : end].rstrip()[-1:] in _CLOSING:
        # "“Was that the tide?” Marlo asks in voiceover.": a quote ending in "?" or "!" closes the
        # sentence, and the words after it, in the same paragraph, are its frame.
        after = doc.sentence_at(end + 1)
        end = after.end if after.start >= end and after.para == sentence.para else end
    chunk = doc.masked[sentence.start : end]  # the quote's own words are masked
    lowered = chunk.lower()
    trailer = _IN_A_TRAILER.search(chunk) if any(w in lowered for w in _TRAILER_WORDS) else None
    if trailer is not None and not (
        trailer.group().lower().endswith("clip") and own_clip(doc, sentence, quote, fact)
    ):
        return held_line(fact)
    if _given_a_line(doc, sentence, fact) or _voiced_in_a_shot(chunk, fact):
        return held_line(fact)
    if _TRAILER_LINE.search(doc.masked, sentence.start, quote.start) or _SCENE_SAYS.search(
        doc.masked, sentence.start, quote.start
    ):
        return held_line(fact)
    if _in_the_scene(doc, sentence, quote) or _timecoded_beat(doc, sentence, quote):
        return held_line(fact)
    if _TRAILER_MOMENT.search(doc.masked, sentence.start, quote.start):
        return held_line(fact)
    if trailer_part_line(doc, sentence, quote) or told_scene_line(
        doc, sentence, quote, fact.attribution
    ):
        return held_line(fact)
    if _TRAILER_HIGHLIGHT.search(doc.masked, sentence.start, quote.start):
        return held_line(fact)
    if _GETS_THE_MOMENT.search(doc.masked, sentence.start, quote.start):
        return held_line(fact)
    if _WHEN_SAYS.match(doc.masked, sentence.start, quote.start) and _THEN_THE_WORK.match(
        doc.masked, quote.end, end
    ):
        return held_line(fact)
    if _WHEN_TO_A_PART.search(doc.masked, sentence.start, quote.start) and _THEN_THE_LINE.match(
        doc.masked, quote.end, end
    ):
        return held_line(fact)
    if _MOMENT_SAYING.match(doc.masked, sentence.start, quote.start) and (
        _TO_A_PART.match(doc.masked, quote.end, end)
        or (not fact.attribution and _THEN_ITS_VERB.match(doc.masked, quote.end, end))
    ):
        return held_line(fact)
    if any(w in lowered for w in _TRAILER_WORDS) and _OWN_LINE.search(
        doc.masked, sentence.start, quote.start
    ):
        return held_line(fact)
    if _GIVES_THE_LINE.search(doc.masked, sentence.start, quote.start):
        return held_line(fact)
    if _HEARD_SAYING.search(doc.masked, sentence.start, quote.start) and (
        _THEN_IN_A_TRAILER.match(doc.masked, quote.end, end)
    ):
        return held_line(fact)
    line = _LINE_OF_DIALOGUE.search(doc.masked, sentence.start, quote.start)
    if line is not None and SAYING.search(line.group()) is None:  # not "..., X said:"
        return held_line(fact)
    if "voice" not in lowered and "narrat" not in lowered:
        return fact
    if _SPOKEN_IN_WORK.search(chunk) is None:
        return fact
    return held_line(fact)


_OWN_LINE = lazy_pattern(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ ](?:(?:single|only|one|lone|big|final|first|last)[ ])?"
    r"line[ ]*[–—:-][ ]*[“\"‘']?$"
)
"""A part's one line, set off by a dash, in a trailer's sentence ("His only line – “...” –
is the teaser's darkest moment"): the work speaks it, not the actor."""


_GIVES_THE_LINE = lazy_pattern(
    r"\bgives[ ][^.:;“]{1,60}?[ ]the[ ](?:[a-z]+[ ]){0,2}line\b[^.:;“]{0,60}:[ ]*[“\"‘']?$"
)
"""A work that "gives" a part "the line every fan has clipped: “...”": the part's line."""


def _in_the_scene(doc: Doc, sentence: Span, quote: Quote) -> bool:
    """The sentence is set in a scene of the work, or in a trailer where no one speaks as
    themselves."""
    scene = _IN_THE_SCENE.match(doc.masked, sentence.start, quote.start)
    if scene is None or scene["footage"] is None:
        return scene is not None
    return _OWN_VOICE.search(scene.group()) is None


def _timecoded_beat(doc: Doc, sentence: Span, quote: Quote) -> bool:
    """The sentence opens on a clip's time, on a page that names footage and is no live blog."""
    if _TIMECODE.match(doc.masked, sentence.start, quote.start) is None:
        return False
    opening = doc.text[doc.paras[0].start : doc.paras[0].end] if doc.paras else ""
    return _FOOTAGE_PAGE.search(doc.text) is not None and _LIVE_PAGE.search(opening) is None


def _given_a_line(doc: Doc, sentence: Span, fact: QuoteFact) -> bool:
    """The quote's sentence, or the one before it in its paragraph, gives a part the trailer's
    line, and only a pronoun (or nothing) says who speaks it."""
    if fact.attribution and PRONOUN_FIRST.match(fact.attribution) is None:
        return False  # "Quillon told us": a named person's words are theirs
    before = doc.sentence_at(sentence.start - 1) if sentence.start else sentence
    start = before.start if before.para == sentence.para else sentence.start
    chunk = doc.masked[start : sentence.end]
    if "line" not in chunk and "word" not in chunk and "laugh" not in chunk:
        return False
    return _GIVEN_A_LINE.search(chunk) is not None


def _voiced_in_a_shot(chunk: str, fact: QuoteFact) -> bool:
    """The quote's sentence names a shot of the work and has a pronoun voice the words in it,
    and only a pronoun (or nothing) says who speaks them."""
    if fact.attribution and PRONOUN_FIRST.match(fact.attribution) is None:
        return False
    return _SHOT.search(chunk) is not None and _PRONOUN_VOICES.search(chunk) is not None
