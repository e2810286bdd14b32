"""Words in marks that no one says: a credit shown on a card, a script's scene heading, or a
line the writer quotes from a book or the work itself.

- a credit: the marks hold nothing but "written by ..." or "directed by ..." ("The end card
  reads “directed by Ada Vale”"): the work's billing, not a quote;
- a scene heading from a script or a call sheet: "“INT. LIGHTHOUSE – NIGHT”", or the line
  after a scene's number ("Scene 41: “ADA and TOM, the pier, dusk.”") with no one to say it;
- a line taken from the work or its book: "Her post quotes the novel: “...”" (whoever
  repeats it, the words are the work's);
- words read aloud from a thing, no one named to say them: "she reads aloud from a ship's
  log — “...”" (a prop's words in a scene);
- a name the work itself gives a thing: "a detective sent north after what the teaser calls
  “the Dunmere affair”" (the trailer's words, whoever the sentence is about);
- the words left legible on a page shown, the rest hidden: "a photo of a script page, all of
  it blacked out except two words: “...”" (a prop's lettering, not the poster's message).

Each is held for review, never served as anyone's quote.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_CREDIT = lazy_pattern(
    r"(?:[Ww]ritten|[Dd]irected|[Pp]roduced|[Cc]reated|[Aa]dapted|[Ss]cored|[Ee]dited)"
    r"(?:[ ](?:and|&)[ ](?:written|directed|produced|created|adapted))?[ ]by[ ]"
    r"[A-Z][\w’'.-]*(?:[ ](?:[A-Z][\w’'.-]*|de|van|von|and|&))*[.,]?"
)
"""A credit and nothing else: "written by Ada Vale", "written and directed by Ivo Marsh"."""
_SCENE_HEADING = lazy_pattern(
    r"(?:INT|EXT|INT\./EXT|EXT\./INT|I/E)\.[ ]+[A-Z0-9][A-Z0-9 ’'.,/&-]*"
    r"(?:[ ]*[–—-][ ]*[A-Z][A-Z ]*)?"
)
"""A script's scene heading: "INT. LIGHTHOUSE – NIGHT", "EXT. HARBOUR WALL - DAWN"."""
_SCENE_NUMBERED = lazy_pattern(r"\b(?:[Ss]cene|[Ss]c\.)[ ]\d{1,3}[A-Z]?[ ]*[:–—][ ]*$")
"""A scene's number on a call sheet or a script, then its line: "Scene 41: “", "Sc. 12A — “"
(who is in it, where, when: the sheet's words, no one's quote)."""
_WORK_QUOTED = lazy_pattern(
    r"\b(?:quoting|quotes|quoted|citing|cites|cited)[ ]the[ ](?:[a-z-]+[ ])?"
    r"(?:books?|novels?|comics?|script|film|show|series|trailer|teaser)[ ]*[:,–—][ ]*"
    r"(?:[“\"‘][^“”\"‘’]{1,40}[”\"’][ ]+)?$"
)
"""The work or its book quoted right before the words, perhaps with one more line of it between:
"quotes the novel: “", "quotes the novel: “Go.” “"."""
_READ_FROM = lazy_pattern(
    r"\b(?:reads?|reading|recites?|reciting)(?:[ ](?:aloud|out))?[ ]from[ ]"
    r"(?:an?|the|its|his|her|their|[A-Z][\w-]*[’']s)[ ]"
    r"(?:[a-z’'-]+[ ]){0,2}?[a-z]+[ ]*[:,–—][ ]*$"
)
"""Words read aloud from a thing, right before them: "she reads aloud from a ship's log —
“...”" (a prop's or a book's words; who reads them is not said to say them)."""
_WORK_CALLS = lazy_pattern(
    r"\bwhat[ ](?:the|its|this|that)[ ](?:[a-z-]+[ ])?(?:trailer|teaser|promo|film|movie|show|"
    r"series|episode|script|synopsis|logline|blurb|press[ ]release|press[ ]notes)[ ]"
    r"(?:calls|called|dubs|dubbed|describes[ ]as|described[ ]as|refers[ ]to[ ]as)[ ]$"
)
"""The work naming a thing in its own words right before the marks: "what the trailer calls
“”, "what the synopsis describes as “"."""
_LEFT_LEGIBLE = lazy_pattern(
    r"\b(?:blurred|blacked|redacted|scribbled|greyed|crossed|covered|cropped|scratched)"
    r"(?:[ ]out)?[ ](?:except|but|save)[ ](?:for[ ])?(?:one|a[ ]single|two|three|the[ ]one)"
    r"[ ]words?[ ]*[:,–—]?[ ]*$"
)
"""Everything on a page hidden but a few words, right before them: "blurred out except one
word: “", "redacted save for two words, “"."""
_REACH = 60


def held_if_shown(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a credit or a scene heading, or are quoted from the
    work or its book."""
    if not fact.served:
        return fact
    words = doc.text[quote.start : quote.end].strip()
    if _CREDIT.fullmatch(words):
        return held(fact, "a credit shown in the work")
    if _SCENE_HEADING.fullmatch(words):
        return held(fact, "a scene heading from a script")
    before = doc.masked[max(0, quote.start - 1 - _REACH) : max(0, quote.start - 1)]
    if _WORK_QUOTED.search(before):
        return held(fact, "a line quoted from the work")
    if _WORK_CALLS.search(before):
        return held(fact, "a name the work gives a thing")
    if faceless(fact) and _SCENE_NUMBERED.search(before):
        return held(fact, "a scene heading from a script")
    if _LEFT_LEGIBLE.search(before):
        return held(fact, "words left legible on a page shown")
    if faceless(fact) and _READ_FROM.search(before):
        return held(fact, "words read from a written thing")
    return fact
