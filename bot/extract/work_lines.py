"""Words the article names as a line of the work or as words shown in it: no one's quote.

- a performance of a line: "his deadpan delivery of “Never trust a lighthouse”", "her
  reading of ‘...’", "the way Ivo says “...”";
- a line someone quotes from the work: "quoting a line from season two – “...” –";
- a line named as such: "the teaser's “one more winter” line", "the “we go at dawn” line",
  "with his very first line (“...”)", "her opening line, “...”",
  "the big line – Dessa's “...”" (a part's possessive after "line" and a dash or comma),
  "The line fans keep repeating is Dessa's “...”" (after "is", "was" or a colon);
- words a frame or a sign shows: "a freeze-frame with the words “...”", "a banner with the
  words ‘...’", "a handwritten sign: ‘...’", "a poster of the leads, captioned “...”".
- a tagline: a paragraph that opens on words in marks no one is named to say, where the
  paragraph goes on about posters or the heading before it names a tagline ("“Every tide
  comes back.” It's on every poster already.").
- a line or a part's catchphrase named right before the marks, perhaps with a clause about it,
  then a colon, comma or dash: "the line that will end up on a mug: “...”", "the captain's
  catchphrase, “...”," (no one said to speak in the sentence before the words, nor right
  after them);
- an exchange remembered: bare lines in marks back to back, no one named to say them
  ("“Hello.” “Hello.” Still gets me.");
- a line quoted inside a post given whole in single marks (:mod:`bot.extract.nested_lines`);
- lines listed after a colon that names them as the work's: "Three lines from the teaser fans
  keep repeating: Marlo's “...”, and the keeper asking Marlo, “...”".

Each is held for review, never served as anyone's quote.
"""

from __future__ import annotations

import re

from bot.extract.footage_scenes import LINE_PLACES
from bot.extract.footage_voices import held_if_footage_voice
from bot.extract.heading_lines import held_if_heading_line
from bot.extract.hedged_marks import held_if_hedged
from bot.extract.lexicon import SAYING, SHOWN_READING
from bot.extract.nested_lines import held_if_nested
from bot.extract.part_lines import held_line
from bot.extract.possessed_part_sayers import held_if_possessed_part
from bot.extract.quote_checks import faceless
from bot.extract.scene_lines import held_if_scene_line
from bot.extract.shown_words import held_if_shown
from bot.extract.text import Doc, Quote
from bot.extract.voiced_lines import held_if_voiced
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_DELIVERED = lazy_pattern(
    r"\b(?:delivery|deliveries|reading|rendition)[ ]of[ ]$"
    r"|\b[Tt]he[ ]way[ ](?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?|he|she|they)[ ]"
    r"(?:says|said|delivers|delivered|whispers|whispered|shouts|shouted|sings|sang)[ ]$"
)
"""A performance of a line: "his deadpan delivery of “...”", "the way Ivo says “...”"."""
_LINE_BEFORE = lazy_pattern(r"(?:\b[Tt]he|[’']s)[ ]$")
_LINE_AFTER = lazy_pattern(r"[ ](?:line|catchphrase|tagline)\b")
_LINE_OF_PART = lazy_pattern(
    r"\bline(?:[ ]of[ ]dialogue)?[ ]*[–—:,][ ]*[A-Z][\w-]*"
    r"(?:[’']s|[ ](?:whispering|saying|shouting|murmuring|muttering|screaming|yelling|sobbing))"
    r"[ ]$"
)
"""A line, then the part whose it is or who speaks it: "the big line – Dessa's “", "the trailer's
one line of dialogue, Dessa's “", "the finale's last line, Dessa whispering “"."""
_LINE_OWNED = lazy_pattern(
    r"\b[Ll]ine\b(?P<clause>[^“”\"‘’.!?;:\n]{0,60}?)(?:[ ](?:is|was)[ ]|:[ ]*)"
    r"[A-Z][\w-]*[’']s[ ]$"
)
"""A line named, then the part whose it is right before the marks: "The line fans keep
repeating is Dessa's “...”", "The line everybody will remember: Dessa's “...”"."""
_SPOKEN = lazy_pattern(
    r"\b(?:[Ss]aid|[Ss]ays|[Tt]old|[Tt]ells|[Aa]sked|[Jj]oked|interview|panel|premiere|podcast|"
    r"crowd|audience|stage|speech|event)\b"
)
"""A clause that puts the line in someone's own mouth, off screen: theirs, not the work's (the
verbs also opening the sentence: "Asked about the trailer, Ada Vale had one line: “...”")."""
_OWN_LINE = lazy_pattern(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ ](?:very[ ])?(?:{LINE_PLACES}|parting)[ ]"
    r"line(?:[ ](?:is|was)(?:[ ]a[ ][a-z]+)?)?[ ]*[(,:–—]?[ ]*$"
)
"""A part's line named by its place: "with his very first line (“...”)", "her opening line,
“...”", "his final line is a chiller: “...”"."""
_ITS_LINE = lazy_pattern(
    r"\b(?:[Ww]ith|[Ii]n)[ ]its[ ](?:[a-z-]+[ ]){0,2}?(?:line|tagline|catchphrase|slogan|motto)"
    r"[ ]*[:,–—(]?[ ]*$"
)
"""A thing's own line right before the marks: "the trailer, with its line “...”", "in its
closing line, “...”" (only a work or a thing has "its" line)."""
_GETS_WORDS = lazy_pattern(
    r"(?:\b(?P<who>[A-Z][\w’'-]*)[ ])?\b(?:gets|got)[ ](?:exactly[ ]|only[ ]|just[ ])?"
    r"(?:one|a|two|three)[ ](?:[a-z-]+[ ])?"
    r"words?[ ]*[:,–—][ ]*$"
)
"""A part given a word or two of the work's dialogue, then the words: "Brisk gets one word:
“...”" (what the script gives a part, not what anyone said); not when the one who gets them is
the quote's own speaker ("Asked to sum up the shoot, Vell gets one word: “...”": her answer)."""
_NAMED_LINE = lazy_pattern(
    r"(?:\b[Tt]he|[’']s|\b(?:has|had|gets|got)[ ](?:exactly[ ]|only[ ]|just[ ])?(?:one|a|two)"
    r"|\b(?:wrote|writes|gave|gives)[ ](?:her|him|them|[A-Z][\w-]*)[ ](?:one|a|the))"
    r"[ ](?:[a-z-]+[ ]){0,2}(?<!bottom[ ])(?<!official[ ])(?<!party[ ])"
    r"(?P<noun>line|catchphrase|tagline|slogan|motto)\b"
    r"(?P<clause>[^“”\"‘’.!?;:,–—\n]{0,60}?)"
    r"(?:,[ ]and[ ]it(?:[ ]is|[ ]was|[’']s)[ ][a-z][a-z ]{0,30}?)?[ ]*[:,–—][ ]*$"
)
"""A line of the work named, perhaps with a clause about it or the writer's verdict on it after
a comma ("gets one line, and it is perfect:"), then the words after a colon, comma or dash; a
part may be said to have it ("Dessa has just one line in the teaser:"), or its writer to have
written it for the part ("Ivo wrote her a line in episode two, “...”"). A stance ("the bottom
line", "the official line") is no line of the work."""
_PERFORMS = lazy_pattern(r"\b(?:says|said|delivers|delivered|speaks|spoke|utters|uttered)[ ]$")
"""A saying verb whose object is the line itself ("his aunt says the line that ..."): the line
performed in the work, not words said to the press."""
_REPORTED = lazy_pattern(r"\b(?:is|was|are|were)\b")
"""A copula after the line: the line is the subject of a clause someone reports."""
_AFTER_PERFORMED_LINE = lazy_pattern(
    r"(?:[ ](?:that|which|every|everyone|everybody|fans|from|of)\b|[ ]*[:,–—])"
)
"""What follows a line performed: a relative clause or the words ("the line that ..."), never
a noun ("the line producer")."""
_QUOTED_LINE = lazy_pattern(
    r"\b(?:quoting|quotes|quoted|reciting|recites|recited|citing|cites|cited|"
    r"(?:read|reads|reading)[ ]out)[ ](?:a|one|the|"
    r"his|her|their)[ ](?:[a-z-]+[ ]){0,2}?line[ ](?:from|in)[ ](?:(?:season|series|episode)[ ]"
    r"[\w-]+|the[ ](?:[a-z-]+[ ])?(?:film|show|series|season|trailer|teaser|book|script|"
    r"episode|finale|pilot))[ ]*[:,–—][ ]*$"
)
"""Someone quoting or reading out a line the work's season, episode or film holds, then its
words ("quoting a line from season two – “...” –", "recites his favourite line from the film:
“...”", "read out her favourite line from the first series, “...”"): the work's line, whoever
repeats it."""
_VOICED_SOURCE_LINE = lazy_pattern(
    r"\b(?:say|says|said|saying|shout|shouts|shouted|shouting|yell|yells|yelled|yelling|"
    r"scream|screams|screamed|screaming|deliver|delivers|delivered|delivering|rehearse|"
    r"rehearses|rehearsed|rehearsing)[ ](?:a|one|the|his|her|their)[ ](?:[a-z-]+[ ]){0,2}?"
    r"line[ ](?:(?:that|which)[ ][^“”\".!?;:]{1,50}?[ ])?(?:straight[ ]|almost[ ]|word[ ]for"
    r"[ ]word[ ])?(?:from|in|out[ ]of)[ ](?:(?:chapter|scene|page)[ ][\w-]+[ ]of[ ])?"
    r"(?:(?:season|series|episode|chapter|volume)[ ][\w-]+|the[ ](?:[a-z-]+[ ])?(?:film|show|"
    r"series|season|book|novel|script|screenplay|episode|finale|pilot|comic|play))[ ]*[:,–—][ ]*$"
)
"""Someone voicing a line the sentence places in the book, the script or an episode, then its
words: "heard her shout a line that we think is from chapter two of the book: “...”" (a scene
being shot on a set, the script's words, whoever says them)."""
_ADDRESSED = lazy_pattern(r"[ ]+for[ ](?![A-Z])")
"""A line named as one kept for an audience ("had one line for impatient fans:", "the director's
line for critics:"): the speaker's own message, not a line of the work (a line to someone,
"Cal's line to Mira", or for a part, is spoken in the work)."""
_ELSEWHERE = lazy_pattern(
    r"\b(?:from[ ](?!(?:the[ ]|its[ ]|this[ ]|that[ ])?(?:[a-z-]+[ ])?(?:trailer|teaser|film|"
    r"movie|episode|clip|finale|series|season|show|script|book|scene|pilot|poster)s?\b)"
    r"|on[ ]set|off[ ]screen|off[ ]camera|in[ ]real[ ]life)"
)
"""Where a named line comes from if not the work: a person or a body ("from showrunner ...",
"from the studio"), or off screen ("... motto on set")."""
_NEXT_LINE = lazy_pattern(r"[ ]+[“\"‘']")
_LAST_LINE = lazy_pattern(r"[”\"’'][ ]+$")
"""Another quotation right after the closing mark, or right before the opening one."""
_SHOWN = lazy_pattern(
    r"\b(?:freeze-frame|frame|title[ ]card|card|sign|banner|billboard|placard|graffiti)"
    r"[ ](?:with|bearing|showing)[ ]the[ ]words?[ ]$"
)
_SIGN_READS = lazy_pattern(
    r"\b(?:sign|banner|billboard|placard|poster|title[ ]card)s?"
    rf"(?:[ ]*:[ ]*|[ ]{SHOWN_READING}[ ]*[,:]?[ ]*"
    r"|[ ,][^.;:!?“”\"]{1,80}?,?[ ]captioned[ ]*[,:]?[ ]*)$"
)
"""Words set on a sign or a poster, right before the marks: "a handwritten sign: ‘", "a banner
reading “", "a poster of the two leads, captioned “". What a sign or a poster reads is a slogan,
a notice or a tagline, said by no one; "posted the poster, captioned “" is checked apart, as the
caption may be the poster's sharer's own."""
_REACH = 60
_LISTED = lazy_pattern(
    r"\b(?:[Ll]ines|[Qq]uotes)[ ]from[ ]the[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:trailer|teaser|film|movie|episode|clip|finale|series|show)\b[^.;:!?]{0,80}:"
)
"""Lines named as the work's, then a colon before the list of them."""
_SAY = r"said|says|told|tells|added|adds|wrote|writes"
_SAID = lazy_pattern(rf"\b(?:{_SAY}|posted)\b")
_NAMED_SAID = lazy_pattern(rf"\b[A-Z][\w’'-]*[ ](?:{_SAY})\b")
"""Someone named who speaks before the colon ("director Ada Vale told us:"), not "everyone says
they love"."""
_SAID_REACH = 30
"""How far after the closing mark a said-verb makes the words someone's ("— “...,” she says")."""
_TAGLINE = lazy_pattern(r"\b(?:taglines?|posters?|billboards?|slogans?)\b", re.I)
_HEADING_WORDS = 8


def _tagline(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """The words open their paragraph, no one says them, and posters or a tagline are named
    after them or in a short heading just before."""
    para = doc.paras[quote.para]
    if not faceless(fact) or doc.text[para.start : quote.start].strip(" “\"‘'"):
        return False
    if _TAGLINE.search(doc.masked, quote.end + 1, para.end):
        return True
    heading = doc.paras[quote.para - 1] if quote.para > 0 else None
    words = doc.text[heading.start : heading.end] if heading else ""
    return len(words.split()) <= _HEADING_WORDS and _TAGLINE.search(words) is not None


def _listed(doc: Doc, quote: Quote) -> bool:
    """The quote's sentence names lines of the work before a colon ahead of the words, no one
    named speaks before the colon, and no one is said to speak between the colon and the words."""
    sentence = doc.sentence_at(quote.start)
    listed = _LISTED.search(doc.masked, sentence.start, max(sentence.start, quote.start - 1))
    if listed is None or _NAMED_SAID.search(doc.masked, listed.start(), listed.end()):
        return False
    return not _SAID.search(doc.masked, listed.end(), quote.start)


def _exchanged(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """No one says the words, and another quotation stands right against them."""
    if not faceless(fact):
        return False
    before = doc.text[max(0, quote.start - 4) : max(0, quote.start - 1)]
    return _NEXT_LINE.match(doc.text, quote.end + 1) is not None or bool(_LAST_LINE.search(before))


def _spoken_off_screen(text: str, start: int, named: re.Match[str]) -> bool:
    """A clause from ``start`` to the end of ``named`` (a line, a catchphrase, a slogan) puts
    it in someone's own mouth; a saying verb right before it ("Ivo's mother says the line that
    ...", "says the catchphrase that ...") performs it instead."""
    line, end = named.start(), named.end()
    performed = _PERFORMS.search(text, max(start, line - 12), line)
    if performed is not None and (
        _REPORTED.search(text, line, end) is not None
        or _AFTER_PERFORMED_LINE.match(text, named.end("noun"), end) is None
    ):
        performed = None  # "she says the line she loves is ...": the line is what she reports
    return any(
        performed is None or spoken.start() != performed.start()
        for spoken in _SPOKEN.finditer(text, start, end)
    )


def _on_a_sign(doc: Doc, quote: Quote, sentence: int) -> bool:
    """The words are what a sign or a poster reads (``_SIGN_READS``), and no one before it in
    the sentence posts or says anything ("shared the poster, captioned “...”": the sharer's)."""
    opens = max(sentence, quote.start - 1)
    sign = _SIGN_READS.search(doc.masked, sentence, opens)
    return sign is not None and SAYING.search(doc.masked, sentence, sign.start()) is None


def held_if_work_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the words before or after name it a line or shown words."""
    if not fact.served:
        return fact
    before = doc.masked[max(0, quote.start - 1 - _REACH) : max(0, quote.start - 1)]
    if _DELIVERED.search(before):
        return held_line(fact)
    if _LINE_OF_PART.search(before) or _OWN_LINE.search(before) or _QUOTED_LINE.search(before):
        return held_line(fact)
    gets = _GETS_WORDS.search(before)
    if _ITS_LINE.search(before) or (gets is not None and gets["who"] not in fact.speaker.split()):
        return held_line(fact)
    sentence = doc.sentence_at(quote.start).start
    if _VOICED_SOURCE_LINE.search(doc.masked, sentence, max(sentence, quote.start - 1)):
        return held_line(fact)  # "shouts a line that is from the book: “...”"
    owned = _LINE_OWNED.search(doc.masked, sentence, max(sentence, quote.start - 1))
    if owned is not None and _SPOKEN.search(owned["clause"]) is None:
        return held_line(fact)  # "The line everyone quotes is Dessa's “...”"
    if _LINE_BEFORE.search(before) and _LINE_AFTER.match(doc.masked, quote.end + 1):
        return held_line(fact)
    named = _NAMED_LINE.search(doc.masked, sentence, max(sentence, quote.start - 1))
    if (
        named is not None
        and not _spoken_off_screen(doc.masked, sentence, named)
        and not _ELSEWHERE.search(named["clause"])
        and not _ADDRESSED.match(named["clause"])
        and not _SAID.search(doc.masked, quote.end, quote.end + _SAID_REACH)
    ):
        return held_line(fact)  # "the line that will end up on a mug: “...”"
    if _exchanged(doc, quote, fact):
        return held_line(fact)  # "“Hello.” “Hello.” Still gets me."
    if _listed(doc, quote):
        return held_line(fact)  # "lines from the teaser fans repeat: Marlo's “...”"
    if _tagline(doc, quote, fact):
        return held(fact, "a tagline of the work")
    if _SHOWN.search(before):
        return held(fact, "words shown in the work")
    if _on_a_sign(doc, quote, sentence):
        return held(fact, "words on a sign or a poster")
    fact = held_if_heading_line(doc, quote, held_if_shown(doc, quote, fact))
    fact = held_if_hedged(doc, quote, held_if_voiced(doc, quote, fact))
    fact = held_if_scene_line(doc, quote, held_if_nested(doc, quote, fact))
    return held_if_possessed_part(doc, quote, held_if_footage_voice(doc, quote, fact))
