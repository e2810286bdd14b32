"""Sentences about another work in a many-work page, for :mod:`bot.extract.crewelsewhere`.

Newsletters, charts and box-office reports tell several productions one after another; a
credit there is the article's only where the text is about its production.

* A numbered item ("2. ‘GLASS HOUSE’ GETS A DATE", "1. BRASS VALLEY GOES AGAIN" over "Apple
  has renewed its drama ‘Brass Valley’") whose heading or first sentence quotes another work's
  title, and which names nothing of the article's own work: its creator, writer and
  director are that work's ("Writer Ada Vale has described it as ...").
* A sentence that opens on another work, its makers in an aside, and its tally of nominations
  ("Brine Lane, from director Otto Quell, has three"): an awards page's rival; so does the
  sentence after a rival's tally that opens on it described ("The film, directed by Otto Quell,
  opens on 6 March").
* A sentence that sets another work beside its maker's possessive ("The closing gala is Brine
  Lane, the Icelandic director Otto Quell’s drama", "“Tin Acre”, writer-director Ada Vale’s
  debut"): whom it credits made that work.
* A sentence that opens on a bare description ("The action sequel stars A and was directed by
  B", "The comedy, written by C, ...") right after one whose subject is another quoted work
  ("Lumen’s ‘Cinder Run 2’ slipped to second place"): the description points back at it.
* A live blog's entry that turns to another work (:func:`.page_blog_entries.other_blog_entries`: "A
  teaser for Cragwater, the gothic drama from creator Ada Pennick, ..."): its makers'.

A newsletter's headline may name two works ("The Reel: Tallow Bay gets a date, ‘Cragmoor’ loses
its star"); when its lede names only one of them, the other's words count as no words of the
article's work for its items.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extract.castrivalfollowers import follows_rival_tally
from bot.extract.context import Context
from bot.extract.crewentries import other_plain_items
from bot.extract.crewrivalworks import rival_work
from bot.extract.cues import hint
from bot.extract.item_descriptions import opens_on_described_work
from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.page_blog_entries import other_blog_entries
from bot.extract.page_entries import (
    NUMBERED,
    Entry,
    entries,
    entry_starts,
    entry_text,
    first_sentence,
    lede_text,
)
from bot.extract.page_others import other_news_items
from bot.extract.rival_tallies import rival_aside
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HEADING_WORDS = 9
_TITLE_WORD = r"(?:[A-Z0-9][\w’'-]*|of|the|and|a|an|in|on|to|for|at|&)"
_QUOTED = lazy_pattern(
    rf"(?<![\w])[‘'](?P<title>[A-Z][\w’'-]*(?:[ ]{_TITLE_WORD}){{0,5}})[’'](?![\w])"
)
"""A title in single quotation marks, in title case ("‘Glass House’", "'THE TIN CHAPEL'")."""
_DOUBLE_QUOTED = lazy_pattern(rf"[“\"](?P<title>[A-ZÀ-Þ][\w’'-]*(?:[ ]{_TITLE_WORD}){{0,5}})[”\"]")
"""A title in double quotation marks ("“Glass House”"), for a maker set beside it."""
_WORD = lazy_pattern(r"[A-Z][\w-]*")
_DESCRIBED = lazy_pattern(
    rf"[ “\"‘']*(?:The|This|That)[ ](?:[a-z-]+[ ]){{0,2}}(?:sequel|{GENRE_NOUNS})\b"
)
_MADE_BY = lazy_pattern(
    r"[ ]*,[ ](?:the|a|an)[ ](?:[\w-]+[ ]){0,2}?(?:debut|film|feature|documentary|drama|comedy|"
    r"thriller|short|latest|movie)[ ]"
    r"(?:from|of|(?:(?:written[ ]and[ ])?(?:directed|written|helmed|made)[ ])?by)[ ]"
    r"|[ ]*,[ ]from[ ](?:[\w-]+[ ]){0,2}?(?:director|writer|writer-director|film-?maker)[ ]"
    r"|[ ]*(?:\([^()]{1,40}\)[ ]*)?[–—][ ](?:(?:written[ ]and[ ])?directed|written|helmed|made)"
    r"[ ]by[ ]"
)
"""After another title: ", the debut from director X", ", the new feature of X", ", a comedy
directed by X", ", from Cornish director X", or a listing's "(Platform) – directed by X": X made
that one."""
_MADE_BY_HINT = hint(
    *("debut ", "film ", "feature ", "documentary ", "drama ", "comedy ", "thriller ", "short "),
    *("latest ", "movie ", ", from ", "–", "—"),
)
"""Words that :data:`_MADE_BY` needs (its kind of work, ", from " or a dash): tested first."""
_CAP = r"[A-ZÀ-Þ][\w’'-]*"
_POSSESSED = lazy_pattern(
    rf"(?P<title>{_CAP}(?:[ ](?:(?:of|the|and|in|on|a)[ ])?{_CAP}){{0,5}})[”’\"]?,[ ]"
    r"(?:the[ ])?(?:[\w-]+[ ]){0,2}?(?:director|writer|writer-director|film-?maker|"
    r"screenwriter)[ ](?:[A-ZÀ-Þ][\w’'-]*[ ]){0,3}[A-ZÀ-Þ][\w-]*[’']s[ ](?:[a-z-]+[ ]){0,2}?"
    rf"(?:debut|film|feature|documentary|short|movie|{GENRE_NOUNS})\b"
)
"""Another title then its maker's possessive: "Brine Lane, the Icelandic director Otto Quell’s
drama", "“Tin Acre”, writer-director Ada Vale’s debut feature"."""
_POSSESSED_HINT = hint("director", "writer", "filmmaker", "film-maker")
"""The maker's job that ``_POSSESSED`` needs (with its comma and possessive)."""
_NOT_TITLE = lazy_pattern(
    r"(?:In|At|On|For|From|After|Before|During|Since|By|With|Also|Elsewhere|Meanwhile|Then|"
    r"Speaking|Last|This|That|Its|His|Her|Their|It|Here|There|Now|Today|Tonight)\b"
)
"""First words that open a sentence or phrase, not a title ("In London, director Ada Vale’s
film ...")."""
_SUBJECT_REACH = 40
_UNNAMED_LEAD = lazy_pattern(
    rf"(?:^|[:;][ ])[Aa]n?[ ](?:[\w-]+[ ]){{0,4}}?{GENRE_NOUNS}\b(?![,’'])[ ][a-z]"
    rf"|(?:,|[ ]and)[ ]an?[ ](?:[\w-]+[ ]){{0,4}}?{GENRE_NOUNS}[ ](?:[a-z]+s|has|is)[ ]"
)
"""A lede clause whose subject is a work told by its kind, not its name ("This week: a Derry
sisters drama gets its cast, Tallow Bay gets a date", "A Derry sisters drama has found its
cast", "..., and an eagerly awaited sisters drama gets its cast"): the lede names one of the
headline's works and tells of another it leaves unnamed, so naming one singles out none. After
a comma or "and" the kind must be followed by its verb ("Tallow Bay is back, a drama about
..." glosses the named work)."""
"""How far into the sentence before the other work's title starts (its subject)."""


def other_works_sentences(doc: Doc, context: Context) -> set[int]:
    """Start offsets of the sentences told of another work (see above)."""
    ours = _ledes_work(doc, _words(context))
    if not ours:
        return set()
    plain = other_plain_items(doc, lambda text: _names_ours(text, ours))
    plain |= other_news_items(doc, lambda text: _names_ours(text, ours))
    plain |= other_blog_entries(doc, lambda text: _names_ours(text, ours))  # a blog's entry
    plain |= _rival_tallies(doc, ours)
    plain |= _named_rivals(doc, ours)
    plain |= {v.span.start for v in doc.views if follows_rival_tally(doc, v, context)}
    plain |= _possessed(doc, ours)
    return _other_items(doc, ours) | _described_after(doc, ours) | _made_by(doc, ours) | plain


def _rival_tallies(doc: Doc, ours: frozenset[str]) -> set[int]:
    """Sentences that open on another work, its makers in an aside, then its count of
    nominations (:mod:`.rival_tallies`): whom they credit made that work, not ours."""
    return {
        view.span.start
        for view in doc.views
        if (found := rival_aside(view.chunk)) is not None and not _names_ours(found[0], ours)
    }


def _named_rivals(doc: Doc, ours: frozenset[str]) -> set[int]:
    """Sentences that name another work as a rival, its makers in an aside
    (:mod:`.crewrivalworks`): whom they credit made that work, not ours."""
    return {
        view.span.start
        for view in doc.views
        if (work := rival_work(view.chunk)) is not None and not _names_ours(work, ours)
    }


def _words(context: Context) -> frozenset[str]:
    return frozenset(w for w in (context.ours or context.headline) if w not in STOP_TOKENS)


def _ledes_work(doc: Doc, ours: frozenset[str]) -> frozenset[str]:
    """``ours`` less the headline's words that the lede leaves out while naming others of it."""
    if not doc.title_para:
        return ours
    headline = doc.paras[doc.title_para]
    lede = lede_text(doc)
    told = {w for w in _WORD.findall(doc.text[headline.start : headline.end]) if w in ours}
    named = {w for w in _WORD.findall(lede) if w in ours}
    if not told & named or _UNNAMED_LEAD.search(lede) is not None:
        return ours
    return ours - (told - named)


def _names_ours(text: str, ours: frozenset[str]) -> bool:
    return any(w in ours or w.capitalize() in ours for w in _WORD.findall(text))


def _other_title(text: str, ours: frozenset[str]) -> bool:
    """The text quotes a title none of whose words is the article's work's."""
    return any(not _names_ours(m["title"], ours) for m in _QUOTED.finditer(text))


def _other_items(doc: Doc, ours: frozenset[str]) -> set[int]:
    items = entries(doc, NUMBERED, _HEADING_WORDS)
    if len(items) < 2:  # a list of items, not one numbered line
        return set()
    found: set[int] = set()
    for item in items:
        if _names_ours(entry_text(doc, item), ours):
            continue
        if not (_other_title(_opening(doc, item), ours) or _described(doc, item)):
            continue
        found |= entry_starts(doc, item)
    return found


def _described(doc: Doc, item: Entry) -> bool:
    """The item's first sentence opens on a named description of a work ("The Cornish drama
    returns"): the heading's work, not ours."""
    first = first_sentence(doc, item)
    if first is None:
        return False
    return opens_on_described_work(doc.text[first.span.start : first.span.end])


def _opening(doc: Doc, item: Entry) -> str:
    """An item's heading and its first sentence: where it says what it is about."""
    heading = doc.paras[item[0]]
    first = first_sentence(doc, item)
    text = doc.text[heading.start : heading.end]
    return text if first is None else f"{text}\n{doc.text[first.span.start : first.span.end]}"


def _described_after(doc: Doc, ours: frozenset[str]) -> set[int]:
    found: set[int] = set()
    views = doc.views
    for before, view in pairwise(views):
        if before.span.para != view.span.para or not _DESCRIBED.match(view.chunk):
            continue
        text = doc.text[view.span.start : view.span.end]
        if _names_ours(text, ours):
            continue
        opening = doc.text[before.span.start : before.span.end]
        first = _QUOTED.search(opening)
        subject = first is not None and first.start() <= _SUBJECT_REACH
        if subject and first is not None and not _names_ours(first["title"], ours):
            found.add(view.span.start)  # the sentence before is about another titled work
    return found


def _made_by(doc: Doc, ours: frozenset[str]) -> set[int]:
    """Sentences that set another quoted title's maker beside it ("The prize went to ‘Tallow’,
    the debut from director Ada Vale"): whom they credit made that work, not ours."""
    return {
        view.span.start
        for view in doc.views
        if _MADE_BY_HINT.search(view.chunk)
        for quoted in (_QUOTED, _DOUBLE_QUOTED)
        for match in quoted.finditer(view.chunk)
        if _MADE_BY.match(view.chunk, match.end()) and not _names_ours(match["title"], ours)
    }


def _possessed(doc: Doc, ours: frozenset[str]) -> set[int]:
    """Sentences that set another title beside its maker's possessive ("... is Brine Lane, the
    Icelandic director Otto Quell’s drama"): whom they credit made that work, not ours."""
    found: set[int] = set()
    for view in doc.views:
        chunk = view.chunk
        if ", " not in chunk or "s " not in chunk or _POSSESSED_HINT.search(chunk) is None:
            continue  # no comma, possessive or maker's job: the pattern cannot match
        for match in _POSSESSED.finditer(chunk):
            title = match["title"]
            if not _NOT_TITLE.match(title) and not _names_ours(title, ours):
                found.add(view.span.start)
    return found
