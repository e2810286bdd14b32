"""The article's own production named by its title with its kind, where no cue reveals a title:
"Osier Kites, a six-part thriller for Lumen, began filming ...", "filming began on the Lumen
film Osier Kites", "Osier Kites (2027)". The lede or the headline must carry the name, the
opening paragraphs tell its kind, the article use it whole at least twice, and no other name
qualify; a name told as unknown, a working title, a rumour, part of a longer name, a person or
a chart's entry is not served."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import TITLE_SMALL_WORDS, TITLE_WORDS, Context
from bot.extract.cues import Hint, hint, occurrences, word_led
from bot.extract.lexicon import CHANNEL
from bot.extract.release_headline_titles import PART_NAMED, sentence_around
from bot.extract.release_passing import UNTRUE_TITLE
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_KINDS = (
    *("film", "movie", "feature", "series", "miniseries", "drama", "thriller", "comedy-drama"),
    *("comedy", "sitcom", "documentary", "sequel", "adaptation", "horror", "romcom", "romance"),
    *("biopic", "serial", "mystery", "saga", "western", "musical"),
)
_KIND = f"(?:{'|'.join(_KINDS)})"
_KIND_ENDS = (
    r"(?=[,.;:]|[ ](?:for|from|on|by|about|that|which|set|starring|based|in|with|directed|"
    r"written|adapted|of|to|and|is|was|will|has|had|now|currently|being|made|"
    r"(?:end|clos|conclud|open|follow|tell|air|stream|launch|arriv|return)ing)\b)"
)
"""The kind ends its phrase: "a thriller for Lumen", "the film ending the saga", not "the series
creator"."""
_NOT_CLAUSE = r"(?!(?:who|whose|whom|which|that|where|when)\b)"
"""No word of a clause before the kind: "X, the player whose romance with ..." is a person, the
kind no head of the aside."""
_NAME_THEN_KIND = lazy_pattern(
    rf"(?P<title>{TITLE_WORDS}),[ ](?:a|an|the|its(?![ ](?:previous|last|earlier|other|"
    rf"first|former|rival|sister)\b))[ ](?:{_NOT_CLAUSE}[\w’'-]+[ ]){{0,4}}?(?P<kind>{_KIND})"
    rf"(?![’'\w-]){_KIND_ENDS}"
)
"""The name, then its kind in an aside: "Osier Kites, a six-part thriller for Lumen", "Osier
Kites, its new drama set in ..." (the channel's own: not "its previous drama")."""
_KIND_THEN_NAME = lazy_pattern(
    r"\b(?:the|new|upcoming|forthcoming|[A-Z][\w-]*(?:[ ][A-Z0-9][\w-]*)?[’']s)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,3}}?(?P<kind>{_KIND})[ ][“\"‘']?(?P<title>{TITLE_WORDS})(?![\w’'-])"
)
"""The kind, then the name: "the Lumen film Osier Kites", "Lumen’s new drama Brass Ferry"."""
_DATED = lazy_pattern(rf"(?P<title>{TITLE_WORDS})[ ]\((?P<year>(?:19|20)\d\d)\)")
"""The name with its year in brackets: "Osier Kites (2027)"."""
_RATED = lazy_pattern(
    rf"(?P<title>{TITLE_WORDS})[ ]\((?:U|PG|12A?|15|18),[ ]\d{{2,3}}[ ]?(?:mins?|minutes)\)"
)
"""The name with its certificate and running time, as a review gives its own film: "Osier
Kites (12A, 104 mins)" (a bare "(15)" may be a person's age)."""
_DATED_BRACKET = lazy_pattern(r"[ ]\((?:19|20)\d\d\)")
_RATED_BRACKET = lazy_pattern(r"[ ]\((?:U|PG|12A?|15|18),[ ]\d")
_NAMINGS: tuple[tuple[re.Pattern[str], re.Pattern[str] | Hint], ...] = (
    (_NAME_THEN_KIND, hint(", a ", ", an ", ", the ", ", its ")),
    (_KIND_THEN_NAME, hint(*(f"{kind} " for kind in _KINDS))),
    (_DATED, _DATED_BRACKET),
    (_RATED, _RATED_BRACKET),
)
"""The ways the opening names the production, each with what it cannot match without: the
aside's comma and article, the kind and its space, the bracket (a search for it alone starts
with a fixed " ("). The test rules out most openings before the name's pattern is tried at
every character (three in four openings hold no aside)."""
_OPENING_PARAS = 3
"""The paragraphs after the headline read for the name: the lede's own."""
_LEADS = frozenset(
    {"In", "On", "At", "As", "For", "From", "With", "After", "Before", "When", "While", "But",
     "And", "So", "Yet", "If", "Of", "By", "To", "Into", "Over", "Under", "Since", "During",
     "Season", "Series", "Part", "Episode", "Director", "Star", "Actor", "Actress", "Writer",
     "Creator", "Producer", "Filming", "Production", "Shooting", "Netflix", "BBC", "ITV"}
)  # fmt: skip
"""First words that belong to the sentence, a role or a company, not to a title."""
_ARTICLES = frozenset({"The", "A", "An"})
_CHANNEL = lazy_pattern(CHANNEL)
_NOT_OURS = lazy_pattern(
    r"\b(?:working[ ]title|provisional(?:ly)?|previously[ ](?:known|titled|called)|"
    r"formerly[ ](?:known|titled|called)|title[ ](?:is|has)[ ](?:not|yet)|untitled|"
    r"(?:not|yet[ ]to)[ ](?:\w+[ ])?(?:been[ ])?(?:revealed|announced|confirmed)[ ](?:the|its)"
    r"[ ](?:\w+[ ])?title)\b",
    re.IGNORECASE,
)
"""The article tells a title as temporary or not known yet: no name of it is sure."""
_NOT_OURS_WORDS = ("titl", "provisional", "previously", "formerly")
"""What :data:`_NOT_OURS` cannot match without, in lower case: most articles hold none."""
_FOLDED = ("İ", "ı", "ſ")
"""Letters an ignore-case pattern of ASCII letters matches whose ``lower()`` is no ASCII letter
(the Kelvin sign's is "k"): a text holding one is searched in full."""


def _told_not_ours(text: str) -> bool:
    """``_NOT_OURS.search(text)``, its pass over the text made only if the words it needs are
    there (a substring test of the lowered text)."""
    if not any(letter in text for letter in _FOLDED):
        lowered = text.lower()
        if not any(word in lowered for word in _NOT_OURS_WORDS):
            return False
    return _NOT_OURS.search(text) is not None


def own_title(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The title the article's opening names with its kind, where no title is served yet."""
    if doc.title_para is None or any(f.kind is ReleaseKind.TITLE for f in facts):
        return []
    text = doc.text
    if _told_not_ours(text) or PART_NAMED.search(text[: _lead_end(text)].lower()):
        return []
    paras = doc.paras
    last = min(doc.title_para + _OPENING_PARAS, len(paras) - 1)
    opening = text[: paras[last].end]
    found: dict[str, str] = {}
    doubted: set[str] = set()
    for pattern, needed in _NAMINGS:
        if needed.search(opening) is None:
            continue
        for match in pattern.finditer(opening):
            start = match.start("title") + _work_led(match["title"])
            title = _cleaned(text[start : match.end("title")])
            if _BEFORE.search(text, max(start - 30, 0), start) is None:
                continue  # "The Weirmaster’s Daughter" read from "Daughter": a longer name's end
            if _SHOT_IN.search(text, max(start - 20, 0), start) is not None:
                continue  # "X starts shooting in Hull, a new comedy ...": a place, a list's comma
            if (
                _cut(text, match)
                or _parent(text, match)
                or _credit(text, start)
                or _dated_before(text, match, doc.date)
            ):
                doubted.add(title)  # told once as cut, a parent's, a credit or past: never sure
                continue
            if title and _sure(text, title, context) and not _rival(doc, context, title):
                found.setdefault(title, sentence_around(text, start).strip())
    found = {title: said for title, said in found.items() if title not in doubted}
    if len(found) != 1:
        return []
    ((title, evidence),) = found.items()
    return [ReleaseFact(ReleaseKind.TITLE, evidence, title=title)]


_BEFORE = lazy_pattern(
    r"(?:^|\n|[.!?:][ ]+|(?<![\w’'-])[a-z][\w’'-]*[ ]|[“\"‘(]|\b(?:the|new)[ ][\w’'-]+[ ])$"
)
"""What stands before a whole name: a line's or sentence's start, a lowercase word, a mark."""
_SHOT_IN = lazy_pattern(r"\b(?:shoot|shoots|shooting|shot|filming|filmed|set|based)[ ]in[ ]$")
"""Where a shoot or a story takes place: the name after it is a place, and a kind after its comma
begins the next item of a list ("... starts shooting in Hull, a new comedy for Lumen, and ...")."""


_OPEN_MARKS = "“\"‘'"
_CLOSE_MARKS = "”\"’'"
_CLOSED_BY = lazy_pattern(
    r"\b(?:clos(?:e|es|ing)|conclud(?:e|es|ing)|end(?:s|ing)?)[ ](?:[\w’'-]+[ ]){0,3}[“\"‘']?$"
)
"""A verb of ending just before the name: "the film that will conclude X", "close Y's series X"."""
_FINALE_AFTER = lazy_pattern(
    r"[^.\n]{0,80}?\b(?:the|its)[ ](?:show|series)[’']s[ ](?:[\w-]+[ ]){0,2}(?:finale|film|movie)\b"
)
"""The series' own closing film told after the name: "X ... to film the show's finale"."""


def _cut(text: str, match: re.Match[str]) -> bool:
    """A name in quote marks that runs on past where the match ends ("“Os Barcos da Névoa”" read
    as "Os Barcos"), a lone letter ("the best film I have seen") or a name in capitals
    throughout: not a whole title, or not as it is cased."""
    start, end = match.span("title")
    title = match["title"]
    if len(title) < 2 or not title[0].isupper() or title.upper() == title:
        return True  # a lone letter, or capitals throughout: how the title is cased is unsure
    opened = start > 0 and text[start - 1] in _OPEN_MARKS
    return opened and text[end : end + 2].lstrip(",.")[:1] not in _CLOSE_MARKS


def _parent(text: str, match: re.Match[str]) -> bool:
    """A series named as the one a film or finale closes ("the film that will conclude Y, the
    streamer's series"): the series is the parent, the film's title unknown."""
    if match.groupdict().get("kind") not in {"series", "serial", "drama"}:
        return False
    start, end = match.span("title")
    return (
        _CLOSED_BY.search(text, max(start - 60, 0), start) is not None
        or _FINALE_AFTER.match(text, end) is not None
    )


_CREDIT_BEFORE = lazy_pattern(
    r"\b(?:(?:her|his|their)[ ]work[ ]on|worked[ ]on|broke[ ]out|breakout|known[ ]for|"
    r"made[ ](?:her|his|their)[ ]name|collaborated[ ]on|(?:last|previous)[ ]year[’']s[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:hit|success|breakout|smash|favourite)|"
    r"starred[ ]in|credits[ ]include|[Ff]rom[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*[ ]to)\b"
    r"[^,;:.\n]{0,80}$"
)
"""A person's earlier work ("after hearing her work on X", "who broke out in the drama X",
"From Y to the drama X", "made his name with the score for X", "who last collaborated on the
film X", "last year’s festival hit X"), in the name's own clause: a credit, not the article's
production."""


def _dated_before(text: str, match: re.Match[str], date: dt.date | None) -> bool:
    """A name bracketed with a year before the article's inside a sentence ("best known for
    Lumen (2014), ..., and for Osier Kites (2019)"): someone's earlier work, not the production
    the article is news of. A line of its own ("Osier Kites (2024)") heads a guide's entry."""
    year = match.groupdict().get("year")
    if year is None or date is None or int(year) >= date.year:
        return False
    start = match.start("title")
    return bool(text[text.rfind("\n", 0, start) + 1 : start].strip())


def _credit(text: str, at: int) -> bool:
    """Whether the sentence before the name at ``at`` tells it as someone's earlier work."""
    stop = text.rfind(". ", 0, at)
    stop = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    return _CREDIT_BEFORE.search(text[stop:at]) is not None


def _rival(doc: Doc, context: Context, title: str) -> bool:
    """The headline names a work the article counts as its own that ``title`` is no part of:
    the name is another work's ("X tops the chart, while Lumen’s thriller Y holds on")."""
    assert doc.title_para is not None
    top = doc.paras[doc.title_para]
    headline = doc.text[top.start : top.end]
    named = [word for word in context.ours if word in headline and _CHANNEL.match(word) is None]
    return bool(named) and not any(word in context.ours for word in title.split())


_WORK_LED = lazy_pattern(r"(?:Filming|Production|Shooting|Work)[ ](?:on|of)[ ](?=[A-Z])")
"""The work on a production leading the name's sentence ("Filming on Osier Kites, the Lumen
film ..."): the name starts after it, at its capital."""


def _work_led(title: str) -> int:
    """How many leading characters of ``title`` are the work done on it, not the name."""
    led = _WORK_LED.match(title)
    return led.end() if led is not None else 0


def _cleaned(title: str) -> str:
    words = title.split()
    if words and words[0] in _LEADS:
        return ""  # "In Osier Kites, a ...": the sentence's word read in; unsure where it starts
    title = " ".join(words).rstrip(":")
    return title if any(word not in _ARTICLES for word in title.split()) else ""


def _sure(text: str, title: str, context: Context) -> bool:
    """Used whole at least twice, every time as itself (never in a longer capitalised name),
    never as someone's earlier work (by the context or any use's clause), mostly not in a
    sentence of rumours."""
    uses = _uses(text, title)
    if len(uses) < 2:  # named once: a passing name
        return False
    if any(token in context.earlier for token in title.split()):
        return False
    if any(_credit(text, at) for at in uses):
        return False  # told anywhere as someone's earlier work: "made his name with ... X"
    if not _led(text[: _lead_end(text)], title):
        return False  # named by neither the lede nor the headline: maybe another work
    if _longer(text, title) or _CHART.search(text, 0, _lead_end(text)) is not None:
        return False
    sentences = (sentence_around(text, at).strip().lower() for at in uses)
    untrue = sum(UNTRUE_TITLE.search(sentence) is not None for sentence in sentences)
    return untrue * 2 < len(uses)


_JOINED = (
    r"(?:(?:of|and|&|da|das|do|dos|de|del|di|du|van|von|der)[ ]|"
    r"(?:in|on|at|to|for|of|from|by)[ ]the[ ])"
)
"""Small words that join two parts of one name: "Salt and X", "Dusk at the X", "Os Barcos da
X" (another language's "of")."""
_LONGER_AFTER = lazy_pattern(rf"(?::[ ]|[ ](?:{_JOINED})?[A-Z0-9])")
"""Right after a use of the title, more of a longer name: "X: Y", "X Forever", "X of the Y"."""
_LONGER_BEFORE = lazy_pattern(rf"[A-Z][\w-]*(?<![’'])[ ](?:{_JOINED})?$")
"""Right before a use of the title, a capitalised word of a longer name: "Z at X", "Belfast
on X" (searched up to the use, so ``$`` is the use's start)."""
_TIMED_OPENING = lazy_pattern(r"(?:^|\n|[.!?][ ]+)(?:Before|After|Since|Until|During)[ ]$")
"""A sentence opened by a word of time before the name, the phrase closed by a comma ("Before X,
the cast ..."): the sentence's word, not a longer name's."""
_COLON_LOWER = lazy_pattern(r":[ ][a-z]")
"""A colon then a lowercase word: a headline's words, never a subtitle ("X: what we know")."""
_COLON_SENTENCE = lazy_pattern(
    r":[ ][A-Z][\w’'-]*[ ](?!(?:of|the|and|a|an|in|on|to|for|at|&)\b)[a-z]"
)
"""A colon then a capitalised word running into a lowercase one ("X: Irish newcomer joins
cast"): a headline's sentence, when the name opens the line."""
_NAME_END = lazy_pattern(r"(?![\w’'-])")
_CHART = lazy_pattern(r"\b(?:chart|charts|box[ ]office|top[ ](?:10|ten)|No\.?[ ]?\d)\b", re.I)
"""A chart's or box office's news: its leader's rivals are named the same way."""
_FRANCHISE_AFTER = lazy_pattern(rf"[’']?[ ]{_KIND}\b")
"""A name that qualifies the kind ("the X film"): a franchise's, not this film's title."""
_PERSON_AFTER = lazy_pattern(r"(?:,[ ])?[ ]?(?:said|says|told|tells|added|who|whose|\d{1,2},)\b")
"""A name that speaks, or is given an age or a "who" clause: a person's."""


def _lead_end(text: str) -> int:
    """The end of the lede and headline (the first two lines)."""
    first = text.find("\n")
    second = text.find("\n", first + 1) if first >= 0 else -1
    return second if second >= 0 else len(text)


def _timed_aside(text: str, at: int, title: str) -> bool:
    """Whether the use at ``at`` is a sentence's opening phrase of time ("Before X, ...")."""
    return (
        text.startswith(",", at + len(title))
        and _TIMED_OPENING.search(text, max(at - 12, 0), at) is not None
    )


def _longer(text: str, title: str) -> bool:
    """Whether ``title`` is ever used as part of a longer name ("X Forever", "X: Y", "Z at
    X", "Belfast on X"), or as a person: then which name is the title's is unsure."""
    longer_after = word_led(title, text, _LONGER_AFTER)
    if any(not _headline_colon(text, at, tail.start()) for at, tail in longer_after):
        return True
    at = text.find(title)
    while at >= 0:  # plain search, not a pattern per title (too many for ``re``'s cache)
        if (
            _NAME_END.match(text, at + len(title))
            and _LONGER_BEFORE.search(text, 0, at)
            and not _timed_aside(text, at, title)
        ):
            return True
        at = text.find(title, at + 1)
    words = title.split()
    for at, word in enumerate(words[1:-1], 1):
        if word in TITLE_SMALL_WORDS and _alone(text.replace(title, ""), words[at + 1 :], word):
            return True  # "filming in Belfast on X": the name after the small word is used alone
    return any(
        _PERSON_AFTER.match(text, at + len(title)) or _FRANCHISE_AFTER.match(text, at + len(title))
        for at in _uses(text, title)
    )


_SURNAMED = lazy_pattern(r"[A-Z][\w’'-]*[ ]$")
"""A capitalised word right before a use: the use is a person's surname ("Taz Follow")."""


def _alone(text: str, tail: list[str], join: str) -> bool:
    """Whether the words after a small word of a name are used alone in ``text`` (the name
    taken out): "Belfast on X" then "X". After "&", which joins a name's own parts ("Wenlow &
    Follow"), a use as someone's surname ("Taz Follow") is not a use alone."""
    part = " ".join(tail)
    if join != "&":
        return part in text
    return any(
        _SURNAMED.search(text, max(at - 40, 0), at) is None for at in occurrences(part, text)
    )


_SHORT_NAMED = lazy_pattern(r"(?<![\w’'-])(?P<word>[A-Z][\w-]+)(?![\w’'-])")
_SENTENCE_START = lazy_pattern(r"(?:^|\n|[.!?:][ ]+|[“\"‘])$")


def _led(lead: str, title: str) -> bool:
    """Whether the lede or headline names ``title``, whole or by its first word inside a
    sentence ("Waiting for the last Tin Lane" for "Tin Lane Returns"): the series a film
    goes on, the name a profile's lede shortens it to."""
    if title in lead:
        return True
    first, *rest = title.split()
    if not rest or first in _ARTICLES or first in TITLE_SMALL_WORDS:
        return False
    return any(
        match["word"] == first and _SENTENCE_START.search(lead, 0, match.start()) is None
        for match in _SHORT_NAMED.finditer(lead)
    )


def _headline_colon(text: str, at: int, end: int) -> bool:
    """Whether the name used from ``at`` to ``end`` is followed by a colon that opens a
    headline's words rather than a longer name's subtitle: "X: seven things we know", or opening
    a line, "X: young Welsh actor signs up" (a subtitle is capitalised: "X: The Return")."""
    if _COLON_LOWER.match(text, end):
        return True
    return (at == 0 or text[at - 1] == "\n") and _COLON_SENTENCE.match(text, end) is not None


def _uses(text: str, title: str) -> list[int]:
    uses: list[int] = []
    at = text.find(title)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(title) : at + len(title) + 2]
        if not (
            before.isalnum() or after[:1].isalnum() or (after[:1] == " " and after[1:2].isupper())
        ):
            uses.append(at)
        at = text.find(title, at + 1)
    return uses
