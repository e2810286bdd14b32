"""Our production's full title, a franchise's name and one more word ("<Name> <Word>"), that
reviews, interviews, newsletters and press releases use as its name without saying the title was
revealed: "<Name> <Word> review – ...", then "It would have been easy for <Name> <Word> to ...".
The name the headline or the lede carries, that the article uses whole at least twice (the
headline's use counted: "‘<Name> <Word>’ brings the house down"), whose first word it also uses
alone ("the <Name> film", "Netflix’s <Name>"), that it tells as a film going on from another
work ("<Name> <Word>, the feature-length finale to ..."), or that the headline opens with and the
lede names too ("<Name> <Word> wraps ..."), and that it tells as a screen work at
least once ("<Name> <Word> review", "the film <Name> <Word>") is the title, where no title is
served; so is a name used once where the headline or lede calls the film by its first word
("<Name> film wraps", "<Name>’s last trailer"). Never a person (named by the surname alone, or
saying something), a part someone plays, a channel, a place or an event, another language's
edition, a name written after "The" (an invented production's own name, which the batches record
only some of the time), the end of a longer name ("Where the Leaves Go"), a name mostly spoken
of as leaked, fan-made or rumoured, nor one of two such names."""

from __future__ import annotations

import re

from bot.extract.cues import WORD_END, hint, occurrences, starts_word, word_led
from bot.extract.lexicon import MONTH_PATTERN, PARTICLE_PATTERN, WEEKDAY_PATTERN
from bot.extract.release_festivals import festival_named
from bot.extract.release_passing import UNTRUE_TITLE
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_WORD = r"[A-Z][\w’'-]*[\w-]"
_PAIR = lazy_pattern(rf"(?P<name>[A-Z](?<![\w’'-].)[\w’'-]*[\w-][ ]{_WORD})(?![\w’'-])(?![ ][A-Z])")
"""Two capitalised words, the second ending the run ("X Y review", "X Y."), not "X Y Z". (The
capital comes before the look back, so a search of the text skips to the capitals.)"""
_NOT_A_TITLE = lazy_pattern(
    r"(?:Season|Series|Seasons|Film|Movie|Fans?|Cast|Star|Stars|Trailer|Teaser|Review|Live|"
    r"Finale|Episode|Book|Books|Novel|Comic|Creator|Director|Writer|Festival|Awards?|Street|"
    r"Road|Square|Lane|Park|Studios?|Productions|Pictures|Films|Media|Television|TV|One|Two|"
    r"Four|Video|Plus|Atlantic|Max|Channel|News|Week|Weekly|Podcast|Show)$"
)
"""A last word that tells a season, a cast, a place, a company, a channel or an event."""
_KIND = (
    r"(?:film|movie|series|drama|show|thriller|comedy|sequel|finale|conclusion|mystery|"
    r"adaptation|documentary|feature|miniseries|serial|romance|saga)"
)
_COMPANIES = frozenset(
    {"Netflix", "BBC", "ITV", "Sky", "Prime", "Amazon", "Apple", "Disney", "Channel", "HBO", "UK",
     "Paramount", "Hulu", "Peacock", "Universal", "Warner", "Sony", "Studio", "Screen"}
)  # fmt: skip
_WORK_BEFORE = lazy_pattern(
    rf"(?:\b(?:the|new|hit|its|their)[ ](?:[\w’'-]+[ ]){{0,2}}{_KIND}[ ]"
    r"|\b(?:stars?[ ]in|starring[ ]in|role[ ]in|appears[ ]in|cast[ ]of|trailer[ ]for|watch"
    r"|(?:rolling|[Ff]ilming|[Ss]hooting|[Pp]roduction)(?:[ ]in[ ][\w.’'-]+(?:[ ][\w.’'-]+)?)?"
    r"[ ]on"
    r"|premiere[ ]of|screening[ ]of|first[ ]look[ ]at|(?:been|was|were)[ ]cast[ ]in"
    rf"|(?<![\w’'-])(?:{'|'.join(sorted(_COMPANIES))})[’']s)[ ])$"
)
_WORK_AFTER = lazy_pattern(
    r"(?:[’']s)?[ ](?:review|trailer|teaser|premiere|finale|cast\b|edit\b|gala\b|panel\b"
    r"|screening\b|soundtrack\b|ending\b"
    r"|is[ ](?:now[ ])?(?:out|on|streaming|released|coming|due|set)\b"
    r"|arrives|lands|landed[ ]on|opens|premieres|streams|airs|hits|drops|"
    r"will[ ](?:premiere|arrive|land|be[ ]released|stream|air|open|hit)|follows|begins|launches|"
    r"wrapped|wraps|finished[ ]filming|recasts|has[ ](?:been[ ]streaming|recast|added)|"
    rf"stars[ ][A-Z]|is[ ](?:the|a|an)[ ](?:[\w’'-]+[ ]){{0,2}}{_KIND}\b)"
    rf"|,[ ](?:the|a|an|its)[ ](?:[\w’'-]+[ ]){{0,3}}{_KIND}\b"
    r"|,[ ]which[ ](?:is[ ](?:now[ ])?(?:out|streaming)|(?:landed|lands|arrives|arrived|premiered"
    r"|premieres|streams|dropped|drops)[ ]on)\b"
)
"""Words that tell a name as a screen work's: "the drama X", "Netflix’s X", "X review", "X
wrapped", "X is the film that ...", "X, the ... finale"."""
_LOWER_BEFORE = lazy_pattern(r"(?:^|[ (])[a-z][\w’'-]*,?[ ]$")
"""A lowercase word before a name: the name is not a sentence's or another name's first word."""
_GOES_ON = lazy_pattern(
    r"\b(?:franchise|feature-length|(?:finale|conclusion)[ ](?:of|to)[ ](?:the|its|their))\b"
)
"""Words that tell a film going on from an earlier work ("the feature-length finale to")."""
_CONTINUES = lazy_pattern(
    r"\b(?:franchise|(?:end|close)[ ]of[ ](?:series|season)[ ](?:one|two|three|four|five|\d))\b"
)
"""An article that tells its work as going on from earlier ones ("after the end of series three"):
a headline that opens with "X Y" names the franchise's new work."""
_CHART = lazy_pattern(r"\b(?:chart|charts|box[ ]office|No\.?[ ]?\d|top[ ](?:spot|ten|10))\b", re.I)
"""A headline of a chart's news: its leader's rivals and franchises are spoken of too."""
_WITHIN = lazy_pattern(
    r"(?:(?<![.!?:\n][ ])(?<!^)(?<!\n)[A-Z][\w’'-]*[ ]"
    r"|[A-Z][\w’'-]*[ ](?:the|of|a|an|and|in|on|to)[ ])$"
)
"""A capitalised word (not a sentence's first), or one and a small word, before a name."""
_GAELIC = r"(?:Mac|Mc|Nic|Ní|Ó|Uí|Ua|Giolla|Bean)"
"""Particles that open a Gaelic surname ("Ní Bhraonáin", "Mac Suibhne")."""
_THE_BEFORE = lazy_pattern(r"\bThe[ ]$|\bTHE[ ]$")
_SAYS = lazy_pattern(
    r"(?:,[^,.]{0,60},)?[ ](?:(?:said|says|told|tells|wrote|posted)\b"
    r"|(?:added|adds)(?=[,.:;]|[ ](?:that\b|[“\"])|$))"
)
"""A name that says something: "X said"; "X adds:" is speech, "X adds three to its cast" is not."""
_PLAYS = lazy_pattern(r"\b(?:plays|played|playing|play)[ ]$")
"""A name someone plays: a part ("Locke plays X Y in the finale"), not the work."""
_SAID = lazy_pattern(r"\b(?:said|says|told|added|wrote)[ ]$")
_BY = lazy_pattern(r"\bby[ ]$")
"""A name after "by": a credit's person or company ("directed by X Y, which premiered ..."), not
the work the clause after it tells of."""
_EDITION = hint("edition", "translat", "dubbed", "known as", "local title", "retitled", "abroad")
"""A sentence that names another language's or market's edition of the work."""


def headline_title(doc: Doc, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The title the headline or lede carries, where no title is served (none if unsure)."""
    if doc.title_para is None or any(f.kind is ReleaseKind.TITLE and f.served for f in facts):
        return []
    top = doc.paras[doc.title_para]
    text = doc.text
    body = text[: top.start] + "\n" + text[top.end :]  # the lede and the article
    lead = text[: top.end].lower()
    if PART_NAMED.search(lead):
        return []  # "the BBC reveals the title of the last episode": the news is a part's name
    found: dict[str, str] = {}
    once: set[str] = set()  # named once, where the headline calls the film by its franchise
    tried: set[str] = set()  # the tests below read the name, not where it stands: once each
    for match in _PAIR.finditer(body):
        name = match["name"]
        if name in tried or not (name.lower() in lead or _led_as_film(name, lead)):
            continue  # neither the headline nor the lede names it, nor its franchise's film
        if _WITHIN.search(body, max(match.start() - 30, 0), match.start()):
            continue  # "Where the Leaves Go", "The Long Way Home": the end of a longer name
        tried.add(name)
        if _joins_elsewhere(text, top.start, top.end, name):
            continue
        opens = (
            text.startswith(name, top.start)
            and (
                _CONTINUES.search(body) is not None
                or _lede_named(text, top.start, name)
                or _REVIEW_HEAD.match(text, top.start + len(name)) is not None
            )
            and _CHART.search(text, top.start, top.end) is None
        )
        led = _led_as_film(name, lead)  # "X film wraps": the franchise's film, named once
        if (opens or led or _franchise(body, name)) and _a_title(text, body, name):
            found[name] = sentence_around(body, match.start())
            if led:
                once.add(name)
    found = {
        name: told
        for name, told in found.items()
        if name in once or len(_whole(name).findall(text)) > 1
    }
    if len(found) != 1:
        return []
    ((title, evidence),) = found.items()
    return [ReleaseFact(ReleaseKind.TITLE, evidence.strip(), title=title)]


PART_NAMED = lazy_pattern(
    r"\b(?:title|name)[ ]of[ ](?:the[ ])?(?:[\w-]+[ ]){0,2}(?:episode|chapter|instalment)\b"
)
"""A headline on the name of a part ("reveals the title of the last episode"): the work's own
name is used there beside another, the part's."""
_FILM_AFTER = lazy_pattern(
    r"(?:[’'](?:s\b)?)?[ ](?:(?:last|new|first|final|full|official)[ ])?"
    r"(?:film|movie|trailer|finale|producer)\b"
)
"""The work after a franchise's name: "X film", "‘X’ film", "X’s last trailer", "X’s producer"."""


_HEAD_GOES_ON = lazy_pattern(
    r"[ ](?:of|and|&|in|on|at|to|for|from|by|the|a|an|[Ss]eason|[Ss]eries|Part|[Pp]odcast|\d)\b"
    r"|,|:[ ]?[‘“\"']"
)
"""After the headline's name, more of a longer name ("X Y of Z", "X Y, Z"), a season ("X Y
Season 2", "X Y 2") or a speaker's words ("X Y: ‘...’", an interview's headline): the name is no
whole title of this work, or a person's."""


_REVIEW_HEAD = lazy_pattern(r"[ ]review(?:[ ][★☆]+)?[ ][–—-][ ]")
"""A review's headline after the name it opens with ("X Y review – a tender goodbye", "X Y
review ★★★★ – ..."): the name is the reviewed work's own. ("X Y review: ..." is not read: the
batches disagree on whether such a review's work is a title fact.)"""


def _lede_named(text: str, start: int, name: str) -> bool:
    """The headline opens with ``name`` whole, not as a speaker, and the lede names it too."""
    return name in text[:start] and _HEAD_GOES_ON.match(text, start + len(name)) is None


_PEOPLE_JOIN = lazy_pattern(
    r"[’'”\"]?[ ](?:duo|trio|pair|stars?|co-stars?|actors?|actress|newcomers?|alums?)[ ]"
    r"[^.:;!?]{0,80}?\b(?:boards?|joins?|lands?|signs?[ ](?:up|on)|heads?[ ]to|reunites?|"
    r"(?:is|are)[ ]cast[ ]in|to[ ](?:lead|star[ ]in|front))\b",
    re.I,
)
"""After a name in the headline, its people going on to another work ("‘X Y’ Duo A & B Board
Lumen Thriller ‘Z’", "X Y star A joins Z"): the name is their earlier credit, not this article's
production."""


def _joins_elsewhere(text: str, start: int, end: int, name: str) -> bool:
    """Whether the headline (``text[start:end]``) names ``name`` as its people's earlier work."""
    at = text.find(name, start, end)
    return at >= 0 and _PEOPLE_JOIN.match(text, at + len(name), end) is not None


def _led_as_film(name: str, lead: str) -> bool:
    """The headline or lede names the film by the name's first word ("‘X’ film rolls cameras",
    "X film to be released in April"): the franchise whose film "X Y" is."""
    word = name.split(maxsplit=1)[0]
    if not _may_lead(word):
        return False
    return next(word_led(word.lower(), lead, _FILM_AFTER), None) is not None


def _whole(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w'-])(?!’\w)(?![ ][A-Z])")


_PLATFORM_OWNED = lazy_pattern(
    rf"(?<![\w’'-])(?:{'|'.join(sorted(_COMPANIES))})(?:[ ]\d)?[’']s[ ]$"
)
"""A platform's or broadcaster's possessive before a name: "Netflix’s X" names X as its work."""
_WORD_ALONE = lazy_pattern(r"(?![\w’'-])(?![ ][A-Z])")
"""A word's end, no name going on after it: "X" alone, not "X Y"."""


_NO_LEAD = lazy_pattern(rf"The|{_GAELIC}|{PARTICLE_PATTERN}|{WEEKDAY_PATTERN}|{MONTH_PATTERN}")


def _may_lead(word: str) -> bool:
    """Whether ``word`` may be a franchise's name: never "The", a company, a name's particle,
    a day's or a month's name, an acronym or a possessive."""
    return not (
        word in _COMPANIES
        or word.isupper()
        or word.endswith(("’s", "'s"))
        or _NO_LEAD.fullmatch(word)
    )


def _franchise(body: str, name: str) -> bool:
    """Whether ``word`` is a name the article also uses alone mid-sentence ("the X film", "fans
    of X"), or that it tells as a film going on from another work ("X Y, the feature-length
    finale to the series"): the franchise a "X Y" title goes on from; never "The", a name's
    particle, a day's or a month's name."""
    word = name.split(maxsplit=1)[0]
    if not _may_lead(word):
        return False
    uses = occurrences(name, body)
    if any(_GOES_ON.search(sentence_around(body, use)) for use in uses):
        return True  # "X Y, the feature-length finale to the hit series"
    for at, _ in word_led(word, body, _WORD_ALONE):  # found by plain search, then checked
        if _LOWER_BEFORE.search(body, max(at - 30, 0), at) or _PLATFORM_OWNED.search(
            body, max(at - 30, 0), at
        ):
            return True  # "fans of X", "Netflix’s X": the work's name alone
    return False


_OPENING_MARKS = ("‘", "“", '"', "'")
_NAME_GOES_ON = lazy_pattern(r"[ ][A-Z]")
"""A quoted name's first word, more capitalised words after it ("‘Always Later’ by ..."): a
song's or another work's name, not a person named by the surname."""


def _alone(body: str, first: str, last: str) -> bool:
    """``last`` is a word of ``body`` that ``first`` does not lead, found by plain search: a
    pattern per name would be compiled again for every article (too many for ``re``'s cache);
    never the first word of a quoted longer name."""
    at = body.find(last)
    while at >= 0:
        if (
            starts_word(body, at)
            and not body.endswith(f"{first} ", 0, at)
            and WORD_END.match(body, at + len(last))
            and not (
                body.endswith(_OPENING_MARKS, 0, at) and _NAME_GOES_ON.match(body, at + len(last))
            )
        ):
            return True
        at = body.find(last, at + 1)
    return False


def _a_title(text: str, body: str, name: str) -> bool:
    """Whether ``name`` reads as our production's title, not a person's, a place's, another
    edition's or an invented production's own name."""
    first, last = name.split()
    if _NOT_A_TITLE.search(name):
        return False
    if _alone(body, first, last):
        return False  # "Drellisk said": a person named by the surname alone
    if festival_named(name, text):
        return False  # "Lark Fest: Tarrow Queer Film Festival": the event the film plays at
    uses = list(occurrences(name, text))  # by plain search: no pattern per name
    if not any(
        _WORK_BEFORE.search(text, max(at - 40, 0), at) or _WORK_AFTER.match(text, at + len(name))
        for at in uses
    ):
        return False  # never told as a screen work: a person's or a place's name
    untrue = 0
    for use in uses:
        before = text[max(use - 30, 0) : use]
        if (
            _THE_BEFORE.search(before)
            or _SAID.search(before)
            or _PLAYS.search(before)
            or _BY.search(before)
            or _SAYS.match(text, use + len(name))
        ):
            return False  # "The X Y", "X Y said", "plays X Y": another name, a person, a part
        sentence = sentence_around(text, use).lower()
        if _EDITION.search(sentence):
            return False  # "the Polish edition, X Y": another edition's name
        untrue += UNTRUE_TITLE.search(sentence) is not None
    return untrue * 2 < len(uses)  # mostly "a leaked call sheet names it X Y", "a fan title"


def sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` around offset ``at``: from the last ". " or line break before it
    to the next one after it (a plain cut: titles and initials are not told apart)."""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    stops = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(stops) + 1 if stops else len(text)]
