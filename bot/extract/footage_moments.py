"""A line told as a moment of the footage: the part's words in a trailer, not the actor's quote.

A trailer round-up gives a line with where in the footage it falls: "“You should never have
crossed the water,” he says over the final shot", "“Light it,” Brisling says over the closing
scene", "“...,” a voice whispers over the opening shots", "“...,” Brisa purrs at the end", or
gives the moment or the line itself before the words: "She gets the trailer's best moment,
calmly explaining that the sea “...”", "The clip's big scene is Brisa turning to the camera
and whispering: “...”", "The teaser's big line is hers: “...”". Whoever the
extractor credits (often the actor who plays the part), the words are the work's; they are
held. The shot or the end after the speech verb must be the footage's (the paragraph or the
headline names a trailer, a teaser or a clip); the moment or the line before the words names
the footage itself, in the same sentence. An actor's remark about the footage ("“I cried at
the last shot,” she said") is neither.
"""

from __future__ import annotations

from bot.extract.castchartplaces import headline_has
from bot.extract.footage_lines import (
    FOOTAGE,
    FOOTAGE_SPEAKER,
    after_marks,
    before_marks,
    in_footage_piece,
)
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_WHO = rf"(?:{FOOTAGE_SPEAKER}|(?:a|the)[ ](?:[a-z]+[ ])?(?:voice|narrator|figure))"
"""Who speaks in the footage: a pronoun, a name, or a voice or figure never named."""
_PLACES = r"(?:final|opening|closing|last|first|very|dying|title)"
_MURMURS = r"(?:whispers|murmurs|purrs|intones)"
"""Voices footage gives a line, never an actor's remark in an interview."""
_SHOTS = r"(?:shot|scene|frame|image|seconds|moments|montage|card|footage)s?\b"
_MARK = (
    r"at[ ]the[ ](?:[a-z]+|\d+)[- ](?:minute|second)[ ]mark\b"
    r"|(?:[a-z]+|\d+)[ ](?:minutes?|seconds?)[ ]in\b(?![ ][a-z])"
)
"""A point in the footage's running time: "at the one-minute mark", "thirty seconds in"."""
_OVER_SHOT = lazy_pattern(
    rf"[,.!?]?[”\"’']?,?[ ]+(?:"
    rf"(?:{_WHO}[ ](?:says|asks|tells[ ]\w+|warns|{_MURMURS})[ ])?"
    rf"over[ ](?:(?:the|its|a|an)[ ])?(?:{_PLACES}[ ]){{0,2}}{_SHOTS}"
    rf"|{_WHO}[ ](?:says|asks|tells[ ]\w+|warns|{_MURMURS})"
    rf"[ ](?:across|during)[ ](?:the|its)[ ](?:{_PLACES}[ ]){{0,2}}{_SHOTS}"
    rf"|{_WHO}[ ]{_MURMURS}[ ]at[ ]the[ ](?:very[ ])?(?:end|start)(?![ ]of\b)"
    rf"|{_WHO}[ ](?:says|asks|tells[ ]\w+|warns|{_MURMURS})[ ](?:{_MARK})"
    rf"|{_WHO}[ ](?:says|asks|tells[ ]\w+|warns|{_MURMURS})(?:[ ]to[ ]\w+)?[ ](?:just[ ])?"
    r"(?:off[- ]?screen|off[- ]camera|out[ ]of[ ](?:shot|frame))\b"
    rf"|{_WHO}[ ](?:says|asks|snaps|warns|{_MURMURS})[ ]in[ ](?:one|a|an|the|its)[ ]"
    rf"(?:[a-z]+[ ]){{0,2}}(?:exchange|scene|sequence|shot)s?\b)"
)
"""The words, then someone speaking them over a shot or murmuring them at the footage's end:
"“...,” he says over the final shot", "“...,” he says over a shot of a pier", "“...,” a voice
whispers over the opening shots", "“...,” Brisa purrs at the end", "“...,” she tells someone
just off-screen" or "off screen" (the one spoken to out of shot), "“...,” she snaps in one
brief exchange" (not "in a quiet moment", an interview's), "“...,” Ada whispers at the
two-minute mark" (a point in its running time, :data:`_MARK`), or the words laid straight over
the footage ("telling her son “...,” over footage of the harbour"); "she says at the end,
laughing" closes an interview."""
_LINE_IS = lazy_pattern(
    r"\b(?:trailer|teaser|clip|promo)[’']s[ ](?:[a-z]+[ ]){0,2}line[ ](?:is|belongs[ ]to|goes[ ]to)"
    r"[ ](?:hers|his|theirs|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[’']s)[ ]*[:,–—-]?[ ]*$"
    r"|\b(?:trailer|teaser|clip|promo)[’']s[ ](?:[a-z]+[ ]){0,2}(?:line|moment|gasp|laugh|scare)s?"
    r"[ ](?:comes?|came)[ ]from[ ](?:her|him|them|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)[ ]*[:–—][ ]*$"
)
"""The footage's line given to a part right before the words: "The teaser's big line is hers:
“", "the clip's biggest gasp comes from her: “" (the moment is the footage's, so its words are
too)."""
_A_LINE = lazy_pattern(
    r"(?:^[ ]*|[,;–—][ ]+|\b(?:and|but|then|while)[ ])"
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z]+[ ]){0,2}line[ ]*[–—:-][ ]*$"
)
"""A line of the footage set off by a dash or a colon right before the words, opening its
clause as the sentence's only speaker: "Mira appears in a shop, and a quick line – “...” – says
it all"; not a line someone has or posts ("Ada Vale had a simple line: “...”", "shared the
trailer with a single line: “...”"): theirs."""
_SAID = lazy_pattern(
    r"\b(?:said|says|told|tells|added|adds|recalled|recalls|explained|shared|shares|posted|"
    r"posts|reposted|reposts|responded|responds|wrote|writes|tweeted|tweets|captioned)\b"
)
"""Someone speaking or posting in the sentence, whose line (at a panel, in an interview, on
their feed) it may be."""
_MOMENT = lazy_pattern(
    r"\b(?:gets|has|steals|owns)[ ]the[ ](?:trailer|teaser|clip|promo|footage)[’']s[ ]"
    r"(?:[a-z]+[ ]){0,2}(?:moment|scene|shot|beat|laugh)s?\b[^.!?“”\"]{0,80}$"
)
"""The footage's moment given to the part earlier in the sentence: "gets the trailer's best
moment, ", "steals the teaser's biggest laugh, "; an actor asked about "the teaser's big
scene" is not given it."""
_MOMENT_IS = lazy_pattern(
    r"\b(?:trailer|teaser|clip|promo|footage)[’']s[ ](?:[a-z]+[ ]){0,2}(?:moment|scene|shot)s?"
    r"[ ](?:is|was|sees|shows)[ ](?:(?:when|where)[ ])?(?:[A-Z][\w’'-]*[ ]){1,3}(?:[a-z]+ly[ ])?"
    r"[a-z]+ing\b(?![^.!?“”\"]*\b(?:said|says|told|tells)\b)[^.!?“”\"]{0,80}$"
)
"""The footage's moment told as someone on screen doing something and speaking: "The clip's
best scene is Ada edging along a jetty and whispering: “", "the teaser's big moment sees Ada
...". A moment that is someone's favourite or idea ("the trailer's first shot is her
favourite, she said, explaining: “") is an actor's remark about it."""
_PART_MOMENT = lazy_pattern(
    r"\b[A-Z][\w’'-]*[’']s[ ](?:[A-Z][\w’'-]*[ ]){1,2}(?:gets|has|steals|owns)[ ]the[ ]"
    r"(?:[a-z]+[ ]){0,2}(?:moment|scene|line|beat|laugh)s?\b[^.!?“”\"]{0,80}$"
)
"""An actor's part given the moment in a piece about footage: "A's P gets the biggest moment,
asking Q, "; the possessive names the part, whose words are the work's."""
_SAYING = lazy_pattern(
    r"\b(?:explaining|saying|telling|insisting|warning|asking|declaring|announcing|reminding|"
    r"whispering|purring|murmuring|muttering|hissing|growling|snarling|intoning|deadpanning|"
    r"snapping|quipping)\b[^.!?“”\"]{0,40}$"
)
"""A speaking participle close before the marks: "calmly explaining that a tape "."""
_A_SHOT = lazy_pattern(
    r"\b(?:gets|has)[ ](?:a[ ]single|a|one|just[ ]one|only[ ]one)[ ](?:[a-z]+[ ])?"
    r"(?:shot|scene)\b[^.!?“”\"]{0,60}?[ ](?P<verb>saying|asking|whispering|telling[ ]\w+"
    r"|and[ ](?:says|asks|whispers|tells[ ]\w+))[ ]*[,:]?[ ]*$"
)
"""Someone given a shot of the footage, speaking straight into the words: "Ada Vale gets a
single shot, on a pier at night, saying “", "Brisa has one scene, whispering: “", "Ada Vale
gets a single shot – at a door – and says: “" (the shot's own speech); only in a piece about
footage, with no one said to speak in the sentence before it."""
_ACTING_ASIDE = lazy_pattern(
    r"(?:\b[A-Z][\w’'-]*|\b(?:he|she|they)),[ ](?!(?:speaking|talking|reflecting|recalling|"
    r"remembering|looking[ ]back|laughing|smiling|answering|responding|asked|addressing|"
    r"appearing|sitting|standing|joining|introducing|explaining)\b)[a-z]+ing[ ][^,.;:!?“”\"]{1,40},"
    r"[ ](?:says|asks|whispers|tells[ ](?:[A-Z][\w’'-]*|him|her|them))[ ]*[,:]?[ ]*$"
)
"""A part caught in an act set off by commas, then saying the words: "Harcourt, looking into a
flooded barn, says: “" (held only when the paragraph has named the footage before it; "Ada,
speaking at the launch, says" or "sitting beside her co-star" is a person at an event)."""
_SHOT_BEFORE = lazy_pattern(
    r"\b(?:[Aa]n?[ ](?:[a-z-]+[ ]){0,2}(?:shot|scene|close-up)|voice-?over|"
    r"voice[ ]over|narration)\b"
)
"""A shot the writer describes, named anew ("a kitchen scene", "a voiceover"), not one someone
looks back on ("filmed the scene in one take")."""
_PRONOUN_SAYS = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:he|she|they)[ ](?:says|asks|whispers|murmurs|warns"
    r"|tells[ ](?:him|her|them|someone|[A-Z][\w’'-]*))\b"
)
"""Right after the words, a bare pronoun speaking in the story's present: "“...,” she says"."""
_REACH = 80
_SENTENCE_REACH = 240


def _near_footage(doc: Doc, quote: Quote) -> bool:
    """The quote's paragraph, the one before or the headline names a trailer, a teaser or a clip."""
    if quote.para > 0:
        before = doc.paras[quote.para - 1]
        if FOOTAGE.search(doc.text, before.start, before.end) is not None:
            return True
    return in_footage_piece(doc, quote)


def moment_line(doc: Doc, quote: Quote) -> bool:
    """The words are a part's line told as a moment of the footage (see above)."""
    before = before_marks(doc, quote, _SENTENCE_REACH)
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    sentence = before[cut + 1 :] if cut >= 0 else before
    if _SAYING.search(sentence) and (_MOMENT.search(sentence) or _MOMENT_IS.search(sentence)):
        return True  # "She gets the trailer's best moment, explaining that “...”", "The
        # clip's big scene is Ada turning and whispering: “...”"
    if _SAYING.search(sentence) and _PART_MOMENT.search(sentence) and _near_footage(doc, quote):
        return True  # "A's P gets the biggest moment, asking Q, “...”" in a trailer piece
    shot = _A_SHOT.search(sentence)
    if (
        shot is not None
        and not _SAID.search(sentence, 0, shot.start("verb"))
        and in_footage_piece(doc, quote)
    ):
        return True  # "Ada Vale gets a single shot, in a kitchen, saying “...”" about a trailer
    if _ACTING_ASIDE.search(sentence) and FOOTAGE.search(before):
        return True  # "The teaser just played. Ada, looking into a barn, says: “...”"
    if _LINE_IS.search(sentence):
        return True  # "The teaser's big line is hers: “...”"
    if _A_LINE.search(sentence) and not _SAID.search(sentence) and in_footage_piece(doc, quote):
        return True  # "..., and a quick line – “...” – suggests" in a piece about a trailer
    after = after_marks(doc, quote, _REACH)
    if (
        _PRONOUN_SAYS.match(after)
        and _SHOT_BEFORE.search(before, 0, len(before) - len(sentence))
        and (FOOTAGE.search(before) or headline_has(doc, FOOTAGE))
    ):
        return True  # "A voiceover from Quill. “...,” she says." about a trailer
    if _OVER_SHOT.match(after) is None:
        return False
    return in_footage_piece(doc, quote)
