"""Pieces of a release statement for :mod:`bot.extract.release`: the words before a date and
the clause it sits in, whether that clause is about this film (not an event, a book or another
show's season), hedges, windows long past, a quoted time ("will arrive “next spring”"), an
answer under a release-date heading ("There isn't one.")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.dates import may_hold_window
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import TOKEN
from bot.extract.release_aside_works import work_past_aside
from bot.extract.release_asides import apposed_headline_work
from bot.extract.release_bare_reports import TOLD_BARE
from bot.extract.release_denials import denied
from bot.extract.release_elsewhere import elsewhere
from bot.extract.release_festivals import festival_named
from bot.extract.release_hedges import HEDGE, LEAD_HEDGE, without_fulfilled
from bot.extract.release_later_runs import LATER_RUN, returns_for_later_run
from bot.extract.release_others import credited_work
from bot.extract.release_own_guesses import guessed_over, own_guess
from bot.extract.release_places import aside_start, joined_places
from bot.extract.release_quoted import in_a_subtitle
from bot.extract.release_quoted_hedges import hedged_in_quotes
from bot.extract.release_quoted_predicates import QUOTED_PREDICATE, predicate
from bot.extract.release_subtitled_works import film_after_colon, opens_with_title, our_subtitle
from bot.extract.release_tail_hedges import TAIL_HEDGE, told_by_a_hand
from bot.extract.release_words import (
    BACK_REFERENCE,
    NOT_THE_FILM,
    SEASON_NUMBER,
    SEASON_WORD,
    WORK_NAME,
)
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_WORDS_BEFORE = 9
_EVENT_HINT = hint(
    "trailer", "still", "teaser", "clip", "first", "poster", "image", "photo", "footage",
    "soundtrack", "festival", "convention", "panel", "screening", "event", "tour", "signing",
    "book", "novel", "gala", "post", "recap", "livestream", "carpet", "preview", "q&a",
    "rehearsal", "premiere", "ceremony", "exhibition", "album", "memoir", "podcast", "reunion",
    "dvd", "blu-ray", "concert", "audition", "ticket", "casting call", "voting", "application",
    "featurette", "making-of", "behind-the-scenes", "musical", "play", " cut", "documentary",
    "office", "pop-up", "shop", "store", "museum", "prep", "pre-production", "preproduction",
    "vinyl", "score", "con ", "con,", "expo",
)  # fmt: skip
"""The words :data:`NOT_THE_FILM` cannot match without: a cheap test first."""
_SEASON_HINT = hint("season", "episode", "series")
_NAME_ARRIVED = lazy_pattern(
    r"(?:[Tt]he|[Ii]ts)[ ](?:new[ ]|official[ ]|full[ ])?(?:title|name)[ ](?:has[ ])?"
    r"(?:arrived|arrives|dropped|drops|landed|lands|came|comes)\b"
)
"""A clause whose subject is the work's name ("The title arrived on Thursday with a teaser"):
the day the name was revealed, as told in title-reveal news, not the release."""

_OF_NAME = lazy_pattern(
    rf"(?:[ ](?:\d{{1,2}}|(?!one\b){SEASON_NUMBER}))?(?:[ ](?:premiere|finale|opener))?[ ]of[ ]"
    r"(?:(?:[Tt]he|its|their|his|her)[ ])?(?:(?:[a-z][\w-]*|[A-Z]\w+-[a-z]+)[ ]){0,3}[“\"‘']?"
    rf"(?:The[ ])?(?P<name>{TOKEN})"
)
"""The show a season belongs to: "season 2 of Lanterns", "the second season of its
award-winning drama Lanterns", "season two of the Bafta-nominated drama The Lanterns". "Season
one of Lanterns" spelled out is the show's first run, told as history beside a later one."""

_QUOTED_WHEN = lazy_pattern(
    r"\B[“\"‘'](?P<when>[^“”\"‘’'.!?,]{1,40})[.]?(?:,[^“”\"]{1,80})?[”\"’']"
)
_MAX_WHEN_WORDS = 6


def quoted_when(doc: Doc, view: View) -> str | None:
    """The sentence with a few quoted words that name a time put back ("will arrive “next
    spring”": the quote marks a source's words, the window is still the release's); a quoted
    time with a comment after a comma keeps the time ("“some time in 2026, if all goes
    well”")."""
    original = doc.text[view.span.start : view.span.end]
    chunk = view.chunk
    found = False
    for match in _QUOTED_WHEN.finditer(original):
        when = match["when"]
        if len(when.split()) <= _MAX_WHEN_WORDS and may_hold_window(when, when.lower()):
            start, end = match.span()
            chunk = chunk[:start] + " " + when + " " + chunk[end:]
            found = True
    for match in QUOTED_PREDICATE.finditer(original):  # "“will premiere on X in the autumn”"
        start, end = match.span()
        chunk, found = chunk[:start] + " " + predicate(match) + " " + chunk[end:], True
    return chunk if found else None


def words_before(chunk: str, start: int) -> str:
    """The few words up to ``start`` in its clause; a name ("by Vertigo Films") counts as one."""
    words = chunk[:start].split()
    taken: list[str] = []
    count = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lead = word == "the" and bool(taken) and _named(taken[-1])  # "the UK": the name's
        joined = lead or (word in {"and", "&"} and index > 0 and _named(words[index - 1]))
        if not (taken and (_named(word) or joined) and (_named(taken[-1]) or taken[-1] == "the")):
            count += 1
            if count > _WORDS_BEFORE:
                break
        taken.append(word)
    return _CLAUSE_BREAK.split(" ".join(reversed(taken)))[-1]


_CLAUSE_SPLIT = lazy_pattern(
    r",[ ](?!\d{4})|;[ ](?=the[ ](?:film|movie|feature)[ ])|[ ]and[ ]|[ ]ahead[ ]of[ ](?=an?[ ])"
    r"|[ ]before[ ](?=[a-z]+ing[ ])"
)
"""A clause's end; ";" only before "the film" as a subject ("...; it lands" leans on before)."""
_CLAUSE_BREAK = lazy_pattern(r";|[ ][–—](?=[ ]|$)")


def _named(word: str) -> bool:
    """A word of a name: capitalised, or a brand's ("iPlayer")."""
    return word[:1].isupper() or word[1:2].isupper()


def clause_before(chunk: str, start: int) -> str:
    """Text from the last comma (outside the date itself) or "and" up to ``start``: "world
    premiered at Sundance on January 23 and hits theaters April 10" releases it in April."""
    clauses = _CLAUSE_SPLIT.split(joined_places(chunk[:start]))
    if ": " in clauses[-1] and not opens_with_title(clauses[-1]):  # "... a card: the film lands"
        clauses[-1] = film_after_colon(clauses[-1])
    if len(clauses) > 1 and (_APPOSED.match(clauses[-1]) or clauses[-1] in _BARE):
        # "The world premiere, on 4 May, ...": the date in an aside is the noun's before it.
        # "A first-look image, released today, shows ...": the clause is the image's.
        return ", ".join(clauses[aside_start(clauses) :])
    told = _TOLD_THAT.search(clauses[-1]) if " that " in clauses[-1] else None
    told = told or TOLD_BARE.search(clauses[-1])  # "The trailer confirms X is out on"
    if not told and _RELATIVE.match(clauses[-1]) and len(clauses) > 1:
        head = clauses[-2]
        if _EVENT_HEAD.search(head) or _SEASON_PASSED.search(head):
            return head + ", " + clauses[-1]  # "The trailer, which dropped on ...": its own
    # "told a crowd at the Hay Festival last week that it would be out in 2026": the
    # reported words are the clause, not where they were said.
    if told is None or _KEPT_BEFORE.search(clauses[-1], 0, told.end()) is not None:
        return clauses[-1]  # "sources told Deadline that ...": the hedge stays with the time
    return clauses[-1][told.end() :]


_KEPT_BEFORE = lazy_pattern(rf"{HEDGE.pattern}|{BACK_REFERENCE.pattern}")
"""Words before "told ... that" still governing the time: a hedge, a look back ("had told")."""
_TOLD_THAT = lazy_pattern(
    r"^.*\b(?:told|tells|said|says|confirmed|confirms|announced|revealed|explained|added)\b"
    r"[^,;]*?[ ]that[ ]"
)


_RELATIVE = lazy_pattern(r"[ ]*(?:which|that)[ ]")
_EVENT_HEAD = lazy_pattern(r"\b(?:trailer|teaser|clip|poster|featurette|first[- ]look)s?$", re.I)
"""A relative clause whose noun is a promotion, not the film ("the teaser, which went up on")."""
_SEASON_PASSED = lazy_pattern(
    r"\b(?:after|before|since|following|than|anniversary[ ]of)[ ](?:the[ ](?:[a-z]+[ ])?)?"
    rf"(?:[Ss]eason|[Ss]eries)(?:[ ](?:{SEASON_NUMBER}|\d{{1,2}}))?$"
)
"""A run the sentence measures from ("after season three, which arrived on ...", "the anniversary
of the first series, which aired on"): the relative clause dates that run, not this production."""
_BARE = frozenset({"on ", "from ", "in ", "at "})
_APPOSED = lazy_pattern(
    r"[ ]*(?:(?:first|officially|exclusively|only|also)[ ])?(?:released|shared|unveiled|posted|"
    r"published|issued|dropped)(?![ ](?:by|to)[ ](?:the[ ])?(?:film|movie|series|show))\b"
)
"""A clause that opens with a past participle in apposition to the noun before its comma."""


def long_past(window: str, ref: dt.date | None) -> bool:
    """The window ended more than two months before the article."""
    if ref is None:
        return False
    last = window.rsplit("/", 1)[-1]
    year, _, month = last.partition("-")
    end = (int(year), int(month) if month else 12)
    before = (ref.year, ref.month - _PAST_MONTHS) if ref.month > _PAST_MONTHS else (
        ref.year - 1, ref.month + 12 - _PAST_MONTHS)  # fmt: skip
    return end < before


_PAST_MONTHS = 2


def not_the_film(text: str, context: Context) -> bool:
    """An event, a trailer, a book, or a season or episode of a show that is not this article's
    production ("its second season"; but "The Ninefold Crown season 2" when that is ours)."""
    lower = text.lower()
    if _EVENT_HINT.search(lower) and NOT_THE_FILM.search(text) is not None:
        return True
    if _NAME_ARRIVED.match(text) is not None:
        return True
    return other_season(text, context) if _SEASON_HINT.search(lower) else False


def other_season(text: str, context: Context) -> bool:
    """A season, series or episode whose show (the word before, or "of X" after) is not ours."""
    for match in SEASON_WORD.finditer(text):
        words = [w for w in text[: match.start()].split()[-3:] if w.lower() not in _ORDINALS]
        owner = [_POSSESSIVE.sub("", w) for w in words[-1:]]  # "Lanterns's next series"
        if (owner and context.is_known(owner[0])) or in_a_subtitle(text, match, context):
            continue
        if match[0] == "Season" and match.start() == 0 and _NUMBERED.match(text, match.end()):
            continue  # "Season two premieres on ...": a bare season opening the sentence is ours
        after = _OF_NAME.match(text, match.end())
        if after is None or not context.is_known(after["name"]):
            return True
    return False


_NUMBERED = lazy_pattern(rf"[ ]{SEASON_NUMBER}\b(?![ ]of\b)")
"""A season named by its number alone as the sentence's subject, owned by no name or pronoun."""
_ORDINALS = frozenset({"next", "new", "final", "last", "second", "third", "fourth", "upcoming"})
_POSSESSIVE = lazy_pattern(r"['’]s?$")
_ANTECEDENT = lazy_pattern(
    r"(?P<shot>\b(?:shoot|filming|shooting|production|location)[ ](?:in|on|at)[ ](?:the[ ])?)?"
    rf"(?P<name>{WORK_NAME})(?:,[”\"’']?|[”\"’'],?)"
    r"(?P<apposed>[ ](?:the|an?)(?:[ ][\w’'-]+){1,4},)?[ ]"
    r"(?:which|that|out|due|arriving|landing|hitting|coming|premiering|streaming|opening|"
    r"(?:expected|slated|scheduled|set)[ ]to)\b"
    r"[^,;:()]*$"
)
_LONGER_TITLE = lazy_pattern(r"(?:[A-Z][\w’'-]*:?|:)[ ](?:(?:of|to|the|and|in|on|a|for|at)[ ])?$")
"""Words before a name that may make it the tail of a longer title ("Lanterns: ", "Here to "):
with an appositive before the "which", the name alone is not known to be another work."""
_ANTECEDENT_HINT = hint(
    ", which ", ", that ", ",” which ", ",” that ", ", out ", ",” out ", ", due ", ",” due ",
    ", arriv", ", land",
    ", hitting ", ", coming ", ", premiering ", ", streaming ", ", opening ", ",” opening ",
    ", expected to ", ", slated to ", ", scheduled to ", ", set to ",
)  # fmt: skip
_APPOSITIVE = lazy_pattern(
    r"\b(?:the|its|her|his|their|a)[ ](?:\w+[ ]){0,2}?\w+,[ ][“\"‘']?"
    rf"(?P<name>{WORK_NAME})[”\"’']?,[ ]"
    r"(?:is|are|will[ ]be)[ ](?:out|due)\b(?![ ]to\b)[^,;:()]*$"
)
"""A work named in apposition, then its verb: "the sequel, Still Awake, is out on ..."."""


def of_another_work(chunk: str, start: int, context: Context) -> bool:
    """The time is a work's named before a relative or appended clause, not ours: "he's also in
    Salt Marsh, which lands on ITV in January", "A24's “The Long Road Back,” out in November",
    "the sequel, Still Awake, is out on 15 January", "next week brings Tin Lid, expected to
    open on 2 May"; no shoot's place ("shoot in Oslo, which")."""
    before = chunk[:start]
    match = _ANTECEDENT.search(before) if _ANTECEDENT_HINT.search(before) else None
    if match is None and _APPOSITIVE_HINT.search(before):
        match = _APPOSITIVE.search(before)
    # At the sentence's start the work is what the sentence is about ("Filming, which began
    # ...", "Lanterns, out June 12, ..."): the other rules judge that.
    # With nothing known of ours (no headline, no title seen), no work can be told apart.
    known = bool(context.ours or context.headline)
    if match is None and known and _SLATE_HINT.search(before):
        # "Its most recent title, Vinterhavn, opens ...": a company's or person's other work.
        slate = _SLATE.search(before)
        if slate is not None:
            return not context.is_known(slate["name"])
    if match is None:
        return known and elsewhere(chunk, start, context)
    if match.groupdict().get("apposed") and _LONGER_TITLE.search(before, 0, match.start("name")):
        return False  # "Lanterns: The Last Tide, the finale, which ...": a longer title's tail
    name = credited_work(before, match.start()) or match["name"]  # "X, directed by Y, which": X's
    ours = context.is_known(name) or our_subtitle(before, match.start("name"), context)
    ours = ours or apposed_headline_work(before[: match.end("name")], context)  # "X, its drama"
    return match.start() > 0 and known and not match.groupdict().get("shot") and not ours


_SLATE = lazy_pattern(
    r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he[ ][\w-]+[’']s)[ ](?:most[ ]recent|latest|previous|"
    r"last|other|new|next|upcoming|current)[ ](?:\w+[ ])?(?:title|film|feature|release|production|"
    r"project|series|show|picture|drama|documentary),[ ][“\"‘']?"
    rf"(?P<name>{WORK_NAME})[”\"’']?,[ ][^,;:()]*$"
)
"""Another work of the company or person, named in apposition: "Its most recent title,
Vinterhavn, opens in Nordic cinemas on ...", "the studio's latest feature, Brine, lands ..."."""
_SLATE_HINT = hint("recent", "latest", "previous", "last", "other", "new", "next", "upcoming",
                   "current")  # fmt: skip


_APPOSITIVE_HINT = hint(", is out", ", is due", ", are out", ", are due", ", will be out",
                        ", will be due")  # fmt: skip


_BOOK = lazy_pattern(
    r"\b(?:(?:book|novel|volume|memoir|paperback|hardback|audiobook)s?(?:,[^,;]{1,60},[ ]|,?[ ])"
    r"(?P<rel>(?:which|that)[ ])?(?:(?:is|are|was|were|will[ ]be)[ ])?"
    r"(?:also[ ]|now[ ]|finally[ ])?(?:due|out|published|released|on[ ]sale|available|arrives|"
    r"arriving|lands|hits|comes[ ]out)\b"
    r"|\b(?:in|to|on)[ ](?:bookshops|bookstores|bookshelves|shelves)\b)[^.;]*$",
    re.IGNORECASE,
)
_BOOK_HINT = hint("book", "novel", "volume", "memoir", "paperback", "hardback", "audiobook",
                  "shelves")  # fmt: skip


def of_a_book(chunk: str, start: int) -> bool:
    """The time is a book's: a book is what comes out ("the final novel, meanwhile, is due in
    bookshops on 2 July", "whose next volume is out next summer")."""
    before = chunk[:start]
    if _BOOK_HINT.search(before.lower()) is None:
        return False
    match = _BOOK.search(before)
    if match is None or (match["rel"] and _PUBLISHED.search(before, match.start())):
        return match is not None  # "volume, which is due to be published next year": the book's
    # "The adaptation of her novel is out on ...": the book is what the film is made from.
    return _SOURCE_OF.search(before, 0, match.start() + 1) is None


_PUBLISHED = lazy_pattern(r"\bpublish(?:ed|es|ing)?\b")
"""Only a book is published: a relative clause saying so is the book's, even after "based on"."""
_SOURCE_OF = lazy_pattern(
    r"\b(?:of|(?<!work[ ])(?<!works[ ])(?<!working[ ])(?<!worked[ ])on|from|adapts?|adapting|"
    r"adapted|adaptation)[ ]"
    r"(?:(?!(?:and|but|or|who|whose|which|that|while)[ ])[\w’'-]+[ ]){0,4}?[\w’'-]*$"
)


def is_hedged(text: str) -> bool:
    return HEDGE.search(without_fulfilled(text)) is not None


_TAIL_HEDGED = frozenset(
    {ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE, ReleaseKind.FILMING_PLANNED}
)


def hedged_by_tail(fact: ReleaseFact | None, chunk: str, end: int) -> ReleaseFact | None:
    """The fact hedged when the rest of its sentence credits it to sources ("Cameras are set to
    roll in late April for a seven-week shoot, sources say"); a fact of any other kind is hedged
    only when credited to an unnamed hand ("began on 2 June, according to a runner")."""
    if fact is None or fact.kind not in _TAIL_HEDGED:
        return told_by_a_hand(fact, chunk, end)  # "began on 2 June, according to a runner"
    if denied(chunk, end):
        return None  # "Contrary to reports, the film will not be out on 14 March"
    if fact.hedged or hedged_in_quotes(fact.evidence, chunk, end) or own_guess(chunk, end):
        return replace(fact, hedged=True)
    said = max(chunk.rfind("”", 0, end), chunk.rfind(" but ", 0, end), chunk.rfind(";", 0, end))
    lead = LEAD_HEDGE.match(chunk) or _HEARSAY.search(chunk, max(said, 0), end)
    if lead is not None and ", and " not in chunk[lead.end() : end]:  # "Sources say cameras roll"
        return guessed_over(replace(fact, hedged=True), lead.group(), chunk[lead.end() : end])
    tail = TAIL_HEDGE.match(chunk, end)
    if tail is None or ", and " in tail.group():
        return fact  # "Filming begins in March, and FX is eyeing a fall bow, sources say"
    return replace(fact, hedged=True)


_HEARSAY = lazy_pattern(
    r"\b(?:(?:[Aa]n?|[Oo]ne)[ ](?:source|insider|agent)|leak(?:ed|s)?"
    r"|[Rr]eports[ ](?:suggest|claim|say|indicate)|"
    r"[Ii]t[ ]is[ ](?:thought|believed|understood|rumou?red)|(?:is|are)[ ](?:said|tipped|thought|"
    r"believed|rumou?red)[ ]to|[Ii]f[ ]all[ ]goes[ ](?:to[ ]plan|well)|[Aa]ll[ ]being[ ]well|"
    r"would[ ]love|would(?:n['’]t|[ ]not)[ ]be[ ]surprised|(?:[Ww]e|I)[ ](?:reckon|suspect|"
    r"think|guess))\b"
)
"""Words before the time that make it hearsay or a wish: "a source close to the production told
us", "one agent told us", "a leaked listing shows", "it is thought", "if all goes to plan"."""
WORK_RETURNS = lazy_pattern(
    r"(?:[^,;:“”\"]{1,80},[ ]|(?P<lead>[^,;:“”\"]{0,60}[ ][a-z][^,;:“”\"]{0,60}:[ ]))?"
    r"[ “\"‘']*(?P<name>(?:The[ ])?[A-Z][\w’'&-]*(?::?[ ][A-Z][\w’'&-]*){0,4}(?:[ ]\d{1,2})?)"
    r"[”\"’']?[ ]"
    r"(?:returns|arrives|lands|premieres|debuts|airs|is[ ]back|hits|opens)[ ]"
    r"(?:[A-Z][\w+]*[ ]){0,2}(?:on|in|to)\b"
)
"""A work as the sentence's subject (after an opening clause, a lead-in in words and a colon, or
none), then where or when it comes out: "Linnet Wharf returns to ITV1 in January", "Meanwhile,
Tide: Reckoning hits cinemas on 4 June", "Also on our list: Pewter Falls 3 lands in May"."""


def another_work_returns(chunk: str, context: Context, text: str) -> bool:
    """The sentence dates the release of a work named as its subject that is not ours (nor in
    the headline, unless a festival): another show mentioned in passing. With nothing known of
    ours, no work can be told apart. After a lead-in and a colon, only a work the article names
    nowhere else: a label ("Release week: Lanterns lands ...") may lead into the article's own."""
    if not (context.ours or context.headline):
        return False
    if returns_for_later_run(chunk, context):
        return True
    match = WORK_RETURNS.match(chunk)
    if match is not None and match["lead"] and text.count(match["name"]) > 1:
        return False
    named = match["name"] if match is not None else work_past_aside(chunk)  # "X, <aside>, lands"
    if named is None:
        return False
    name = named.replace(":", "")
    tokens = [t for t in name.split() if t not in STOP_TOKENS]
    if not tokens or context.is_ours(name):
        return False
    # Named in the headline of a round-up, it is still another show when it comes back "for
    # its third series": the article's own work is not told as a returning show's next run.
    # A festival in the headline comes back for its next edition: "Larkfest returns in May".
    if not context.is_known(name) or festival_named(name, text):
        return True
    return LATER_RUN.search(chunk, match.end() if match else 0) is not None
