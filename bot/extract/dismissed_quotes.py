"""Words in marks that no one is quoted as saying, held for review:

- quoted words a post offers as an example or dismisses ("“My cousin is an extra” is not a
  source", "the rumour that they're “filming in secret” came from an anonymous account"),
  held when credited to no one at all, as is the source a rumour claims ("clips “from a
  friend who works at Lumen”");
- a phrase in marks used as a label between a determiner and a noun ("the ‘Brennan sighting’
  photo", "that “final cut” rumour"), or as the last of a list of things ("leaks, set photos
  and “my aunt is an extra” posts"): the writer's name for a thing, no one's words;
- a claim put in marks only to be dismissed ("anything claiming “filming wraps Friday” is
  fake", "the so-called “leak”", "“June 3rd” rumours are false"): nobody the article can
  credit said it;
- the heading the writer files a thing under ("we are filing that under ‘fingers crossed’").

Words an unnamed poster offered that the writer rebuts straight after the marks ("someone said
it was “definitely May” so... nope!") are held too.

The label and the dismissed claim are held whenever the words have no attribution of their own,
so a quote someone is named to say keeps them; a kind of post named by the words in marks
before its plural noun, mid-clause ("removing “season two confirmed” posts"), is held whoever
the sentence names.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.marked_times import marked_time
from bot.extract.quote_checks import faceless
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_OPEN = "[‘'“\"]"
_CLOSE = "[’'”\"]"
_DISMISSED_AFTER = lazy_pattern(
    r"[”\"’']?[ ](?:(?:is|are|was)[ ](?:not|never)[ ](?:a|an|any)[ ]|(?:is|are|was)[ ]no[ ]"
    r"|(?:isn|aren|wasn)[’']t[ ](?:a|an|any)[ ])(?:source|proof|evidence|confirmation|fact)\b"
)
_RUMOUR_BEFORE = lazy_pattern(
    r"\b(?:rumou?rs?|speculation|gossip|claims?|theory|theories)[ ](?:that|of|about)[ ]"
    r"[^.;:!?“”\"]{0,40}[“\"‘']?$"
)
_CLAIMED_SOURCE = lazy_pattern(r"from[ ](?:a|an|the|my|our|someone|somebody|people)[ ]")
"""Words in marks opening on where something came from ("clips “from a friend who works at
Lumen”"): the source a rumour claims, quoted to doubt it, said by no one."""
_REACH = 80
"""How far before the quote a rumour's noun is looked for."""
_DETERMINER_BEFORE = lazy_pattern(
    rf"(?:^|[ (])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ny|[Aa]n?|and|or)[ ]{_OPEN}$"
)
_NOUN_AFTER = lazy_pattern(
    rf"{_CLOSE}[ ](?:photos?|pictures?|images?|shots?|videos?|clips?|posts?|threads?|rumou?rs?|"
    r"claims?|theory|theories|leaks?|reports?|stories|story|headlines?|screenshots?|tweets?|"
    r"memes?|trend|thing|narrative|label|tag|links?|comments?|messages?|edits?)\b"
)
_VERB_BEFORE = lazy_pattern(rf"(?:^|[ (])(?!{SPEECH_VERBS}[ ])[a-z]+[ ]{_OPEN}$")
"""A plain word before the marks, no speech verb: the marks open mid-clause, as an object."""
_QUANTITY = lazy_pattern(
    r"(?:more|fewer|less|over|under|about|around|nearly|almost|at[ ]least|dozens|hundreds|"
    r"thousands|several|many|a[ ]few|a[ ]dozen|\d)\b"
)
"""Words in marks that count the things after them ("received “more than a dozen” messages"):
a quoted estimate, someone's words, not the things' label."""
_CLAIMED_BEFORE = lazy_pattern(
    r"\b(?:claiming|claims?|so-called|supposed|alleged(?:ly)?|rumou?red|rumou?rs?[ ]of)"
    rf"[ ]*[:,]?[ ]*{_OPEN}$"
)
_FILED_UNDER = lazy_pattern(
    r"\b(?:file|files|filed|filing|put|puts|putting|goes|go|went|going)[ ]"
    rf"(?:(?:it|them|this|that|him|her|these|those)[ ])?under[ ]{_OPEN}$"
)
"""The heading the writer files a thing under ("for now we are filing them under ‘fingers
crossed’", "that one goes under “wishful thinking”"): the writer's label, no one's words."""
_FALSE_AFTER = lazy_pattern(
    rf"{_CLOSE}?[,]?[ ](?:\w+[ ]){{0,2}}?(?:is|are|was|were)[ ](?:(?:completely|totally|"
    r"entirely|simply|just)[ ])?(?:fake|false|untrue|a[ ]hoax|made[ ]up|not[ ]true|not[ ]real|"
    r"misinformation|nonsense|bogus|wrong)\b"
)


def dismissed(text: str, start: int, end: int, fact: QuoteFact) -> str | None:
    """Why ``fact``, the marked words ``text[start:end]``, are no one's quote (see above), or
    None."""
    if fact.source is SourceKind.UNATTRIBUTED and (why := _unsourced(text, start, end)):
        return why
    if why := marked_time(text, start, fact):
        return why  # "pencilled in for “early autumn”"
    if fact.source is not SourceKind.PERSON and (why := _rebutted(text, end, fact)):
        return why
    before = text[max(start - 30, 0) : start]
    after = text[end : end + 60]
    if not fact.attribution and _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return "a phrase in marks naming a thing, no one's words"
    label = fact.fragment and _QUANTITY.match(fact.text) is None
    if label and _VERB_BEFORE.search(before) and _plural_noun_after(after):
        return "a phrase in marks naming a kind of post, no one's words"
    if fact.attribution:
        return None
    if _CLAIMED_BEFORE.search(before) or _FALSE_AFTER.match(after):
        return "a claim in marks the article dismisses, no one's words"
    if "under" in before and _FILED_UNDER.search(before):
        return "a heading in marks the writer files a thing under, no one's words"
    return None


_REBUTTED_AFTER = lazy_pattern(
    r"[”\"’']?[,;]?[ ]*(?:(?:so|but|and|which)[ ]*)?[.…]*[ ]*(?:[-–—][ ]*)?(?:[Nn]ope|[Ww]rong|"
    r"[Nn]ot[ ](?:true|happening)|[Ll]ol[ ]no|[Ss]adly[ ]not|[Ss]orry,?[ ]no)\b"
    r"|[”\"’']?[.!][ ]+It[ ](?:doesn|isn|won|wasn|didn|hasn)[’']t[.!]"
)
"""Also a short next sentence that denies the claim ("posted that it “opens in May”. It
doesn't.")."""
_NOBODY_KNOWS = lazy_pattern(
    r"[”\"’']?[,;.!]?[ ]*(?:but[ ])?(?:[Nn]obody|[Nn]o[ ]one)[ ]knows[ ](?:that|this)[.!;]"
)
"""The writer answering words in marks with no one knowing them ("keep claiming it was shot
“in one take”. No one knows this!"): a guess only when the words have no face; a named
statement ("X said it is “on schedule”, but nobody knows that") keeps its speaker."""
_REBUTTAL_REACH = 30
_REBUTTED = "a poster's guess the writer rebuts, no one's quote"


def _rebutted(text: str, end: int, fact: QuoteFact) -> str | None:
    """Why words an unnamed poster offered ("someone in the comments said it was “definitely
    May” so... nope!", "one reader swore it was “out next week” – wrong") are no one's quote:
    the writer rebuts them straight after the marks, so they are a dismissed guess."""
    after = text[end : end + _REBUTTAL_REACH]
    cued = any(cue in after for cue in ("ope", "rong", "ot ", " no", "n't", "n’t"))
    if cued and _REBUTTED_AFTER.match(text, end, end + _REBUTTAL_REACH) is not None:
        return _REBUTTED
    if (
        faceless(fact)
        and "knows th" in after
        and _NOBODY_KNOWS.match(text, end, end + _REBUTTAL_REACH)
    ):
        return _REBUTTED
    return None


def _plural_noun_after(after: str) -> bool:
    """The marks close on a plural noun of things said or posted ("removing “season two
    confirmed” posts", "don't share “leaked cut” links"): the words name a kind of post, as
    a label, whoever the sentence says will act on them."""
    noun = _NOUN_AFTER.match(after)
    return noun is not None and noun.group().endswith("s")


def _unsourced(text: str, start: int, end: int) -> str | None:
    """Why the words after the quote dismiss it as no source, or the words before make it the
    content of a rumour or a claim, or None."""
    if _CLAIMED_SOURCE.match(text, start, end):
        return "the source a rumour claims, said by no one"
    after = text[end : end + 40]
    before = text[max(start - _REACH, 0) : start]
    dismissible = " source" in after or " proof" in after or " evidence" in after
    if (dismissible or " fact" in after) and _DISMISSED_AFTER.match(text, end, end + 40):
        return "words dismissed as no source, said by no one"
    rumour = "umour" in before or "umor" in before or "claim" in before or "specul" in before
    if (rumour or "gossip" in before or "theor" in before) and _RUMOUR_BEFORE.search(before):
        return "the words of a rumour, said by no one"
    return None
