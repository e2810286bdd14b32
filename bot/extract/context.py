"""What production an article is about, and whether a sentence is about a different one.

Articles mention other works in passing ("the coastal drama X returns on ...", "who also
played Y in Z"). Rather than naming those works, we learn the article's own production from
how it talks about it ("the X movie", "X season 4", "seasons of X", a revealed title) and treat
a sentence that introduces some *other* named work as foreign."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bot.extract import page_entries, page_others, roundups
from bot.extract.after_works import after_work_starts
from bot.extract.asked_next import next_work_answers
from bot.extract.context_others import ANY_OTHER_WORK, OTHER_WORKS
from bot.extract.cues import hint, near, scan
from bot.extract.earlier_credits import credit_list_starts, earlier_credits
from bot.extract.elsewhere_labels import elsewhere_at
from bot.extract.genre_apposed_works import genre_apposed_at
from bot.extract.headline_displaced import displaced_words
from bot.extract.headline_guesses import speculative_headline
from bot.extract.headline_lede_works import lede_work
from bot.extract.headline_spans import span_end_words
from bot.extract.headline_titles import QUOTED_TITLE, headline_titles
from bot.extract.headline_words import headline_words
from bot.extract.lexicon import (
    GENRE_WORDS,
    PRODUCTION_NOUNS,
    SET_TO_ACT,
    STOP_TOKENS,
    TIME_WORD,
)
from bot.extract.names import NAME, TOKEN
from bot.extract.other_led_paragraphs import other_led_starts
from bot.extract.page_capital_items import capital_items
from bot.extract.page_chart_entries import chart_entry_starts
from bot.extract.page_headline_works import other_headline_starts
from bot.extract.page_memos import once_per_doc
from bot.extract.possessive_followers import its_followers
from bot.extract.profile_vehicles import glossed_lead_starts, named_work, vehicle_starts
from bot.extract.text import Doc, Span
from bot.lazy_patterns import lazy_pattern

_NAME_NOUN = lazy_pattern(rf"(?P<name>{NAME})[ ]{PRODUCTION_NOUNS}\b")
_OURS_DETERMINER = lazy_pattern(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]|[’']s[ ])$")
"""Before a production noun, after a determiner ("the X movie", "Lumen's X series")."""
_TITLE_INNER_THE = lazy_pattern(rf"[a-z,;][ ](?!{TIME_WORD})[A-Z][\w’'-]*[ ]the[ ]$")
"""A "the" inside a title, after its capitalised first word ("a Mind the Gap special"): the
name after it is the title's tail, not a work named by its determiner. Bound: one capitalised
word after a lower-case one (or a comma), then "the", within :data:`_INNER_REACH` of the name; a
time's name is never a title's head ("in January the Copper Sound series" is ours). Any other
capitalised word there ("Netflix the X series") still reads as a title's head: the sentence then
gives no sign that X is ours, which costs a cue, never a wrong fact."""
_INNER_REACH = 40


def _inner_the(body: str, at: int) -> bool:
    """The "the" before the name at ``at`` is inside a title (:data:`_TITLE_INNER_THE`)."""
    return _TITLE_INNER_THE.search(body, max(at - _INNER_REACH, 0), at) is not None


_DETERMINER_REACH = 6
_OURS_NAME_FIRST = lazy_pattern(
    rf"(?P<name>{NAME})(?:[’']s)?[ ](?:season[ ]\d|fans\b|fan[ ]screenings?\b|final[ ]outing|"
    rf"finale\b|newcomers?\b|cast\b|set\b{SET_TO_ACT}|trailer\b|release[ ]date\b|"
    r"world[ ]premiere\b)"
)
_OURS_AFTER_NOUN = lazy_pattern(rf"\b(?:seasons?|episodes?)[ ]of[ ](?P<name>{NAME})")
_ANNOUNCER = lazy_pattern(
    rf"(?P<name>{TOKEN})[ ](?:has[ ]|have[ ]|had[ ])?(?:finally[ ]|officially[ ]|also[ ])?"
    r"(?:announced|confirmed|revealed|unveiled|said|says|released|published)\b"
)
_TITLE_CUE = (
    r"\b(?:has[ ](?:a|its)[ ](?:new[ ]|official[ ])?(?:name|title)[ ]?[:\-–—][ ]?"
    r"|(?:is|will(?:[ ]now)?[ ]be|has[ ]been|is[ ]now)[ ](?:officially[ ])?(?:called|titled|named|"
    r"entitled)[ ]|officially[ ](?:titled|called|named)[ ]"
    r"|(?:official|new|full)[ ](?:title|name)[ ](?:is|will[ ]be)[ ]?:?[ ]?"
    r"|official[ ](?:title|name)[ ]?:[ ]?|under[ ]the[ ]title[ ]"
    r"|(?:got|gets|has[ ]got|was[ ]given|received)[ ](?:its|a|the)[ ](?:official[ ]|new[ ])?"
    r"(?:title|name)[,:]?[ ]"
    r"|(?:will[ ](?:now[ ])?(?:go[ ]out|be[ ]released)|now[ ]goes[ ]out)[ ]as[ ]"
    r"|(?:has[ ]been[ ]|was[ ]|is[ ]now[ ])?(?:retitled|renamed)[ ](?:as[ ])?"
    r"|(?:revealed|unveiled|announced|confirmed)[ ]the[ ](?:official[ ]|new[ ])?(?:title|name),[ ]"
    r"|(?:revealed|unveiled|announced|confirmed)[ ]the[ ](?:official[ ]|new[ ])?(?:title|name)"
    r"\b[^.,;“”\"]{0,100}?:[ ])"
)
_SMALL_WORD = r"(?:of|the|and|a|an|in|on|to|for|at|&)"
TITLE_WORDS = rf"{TOKEN}(?:(?::[ ]|[ ](?:{_SMALL_WORD}[ ])?){TOKEN}){{0,8}}"
"""A title: capitalised words, small words between them, a subtitle after a colon."""
TITLE_RE = lazy_pattern(rf"{_TITLE_CUE}(?:\*{{1,2}})?[“\"‘']?(?P<title>{TITLE_WORDS})")
_FOREIGN_START = lazy_pattern(
    r"(?:^[ “\"]*(?:That|Those)|\b(?:in|on|of|for|from|leads|led|stars|starred|joins|joined|"
    r"fronts|fronted)[ ](?:that|the[ ]other))[ ](?:show|series|drama|film|movie|"
    r"production|sitcom|comedy|thriller|programme|project)\b"
)
"""A sentence that points back at another production: "That show stars ...", "She leads that
series as ...; it begins filming ..."."""
_ANNOUNCE_HINT = hint(
    "announc", "confirm", "reveal", "unveil", "said", "says", "released", "publish"
)
_NOUN_HINT = lazy_pattern(rf"{PRODUCTION_NOUNS}\b")
_SECTION_HEADING = lazy_pattern(
    r"[ ]*(?P<label>[A-Z][\w’' -]{1,30}):[ ](?P<name>[^.!?:;\n]{1,60}?)[ ]*$", re.MULTILINE
)
"""A line of its own that labels a section: "Opening night: The Vistula Girls"."""
_CREDIT_LABEL = lazy_pattern(
    r"(?i:words|text|reporting)$|(?i:.*\b(?:direct|produc|edit|writ|compos|music|score|cast|star|creat|screenplay|"
    r"photo|cinematograph|based|execut|genre|runtime|rating|format|release|episode|network|studio|"
    r"distribut|platform|premiere|source|courtesy|image|credit|styl|hair|make-?up|groom|"
    r"illustrat|design))"
)
"""A credits line's label ("Director of Photography: X", "Source: Y", "Image: Z", a feature's
byline "Words: X", a shoot's "Styling: X" or "Hair and make-up: X"): a credit or the page's
furniture, not a section."""
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "at", "&"})
"""Small words a title may hold between its capitalised ones ("The Salt and the Sea")."""
_MAX_TITLE_WORDS = 6
_ASIDE = lazy_pattern(
    r",[ ](?:(?:the|a|an)[ ](?:[\w’'-]+[ ]){1,4}?)?(?:who|whose|best[ ]known[ ]for|known[ ]for|"
    r"fresh[ ]from|recently[ ]seen[ ]in|star[ ]of|last[ ]seen[ ](?:as|in))"
    r"\b(?:[^,;“”\"]|[“\"][^“”\",]{1,40}[”\"]){1,120}(?:,|[“\"][^“”\",]{1,40},[”\"])(?=[ ][a-z])"
)
"""An aside about a person ("X, who broke out in the drama “Nordlys,” will play ..."): the work
it names is theirs, not what the rest of the sentence is about."""
_NAME_REACH = 80
"""How far before a cue word the name it follows can start (six capitalised words)."""
_ADVERBS_REACH = 30
_FOREIGN_HINT = hint("That ", "Those ", "that ", "other ")
_OURS_HINT = hint(
    "season ",
    "fans",
    "fan screening",
    "final outing",
    "finale",
    "newcomer",
    "cast",
    "set",
    "trailer",
    "release date",
    "world premiere",
)
_TITLE_HINT = hint("name", "title", "called", "go out as", "goes out as", "released as")
_SCREEN_GENRES = [word for word in GENRE_WORDS if word not in {"novel", "musical"}]
_GENRE_HINT = hint(*_SCREEN_GENRES)
_GENRE_THEN_NAME = lazy_pattern(
    rf"\b(?:{'|'.join(_SCREEN_GENRES)})[ ](?:(?:called|titled|named)[ ])?[“\"‘']?(?P<name>{NAME})"
)
"""A screen work brought in by its genre ("the drama X"); a novel a film adapts is no rival."""


@dataclass(frozen=True, slots=True)
class Context:
    """The capitalised words that name the article's own production, and its title if revealed."""

    ours: frozenset[str]
    titles: tuple[str, ...]
    foreign: frozenset[int] = frozenset()
    """Start offsets of the sentences that are about another production (see :func:`foreign_at`)."""
    headline: frozenset[str] = frozenset()
    """Capitalised words of the headline: a work named there is the article's subject, even where
    the body introduces it the way it would introduce another ("the second series of X")."""
    speculative: bool = False
    """The headline offers guesses, theories or a wishlist: what it casts or dates is not news."""
    foreign_from: dict[int, int] = field(default_factory=dict)
    """For those sentences, where the other production first comes up (relative to the
    sentence): what the sentence says before it can still be about this article's film."""
    earlier: frozenset[str] = frozenset()
    """Name words of works told as someone's earlier credit (:mod:`.earlier_credits`)."""
    body: str = ""
    """The article's text, for the rare rules that scan it only when they need to."""
    named: bool = False
    """The body names the page's own work by its kind or seasons (:func:`.named_work`), so a new
    title glossed "a thriller created by ..." is another work's, as under a headline naming ours."""

    def is_ours(self, name: str) -> bool:
        return any(token in self.ours for token in name.split())

    def is_known(self, name: str) -> bool:
        """Ours, or named in the headline."""
        return any(token in self.ours or token in self.headline for token in name.split())


_BRAND_LABEL = lazy_pattern(r"[ ](?:Originals?|Exclusive)$")


def find_context(doc: Doc) -> Context:
    """Read the whole body once per pattern: these phrasings never cross a sentence's end."""
    counts: Counter[str] = Counter()
    body = doc.body
    nouns = [m.start() for m in _NOUN_HINT.finditer(body)]
    capitals = list(doc.capitals)
    matches = [
        match
        for match in scan(_NAME_NOUN, body, near(capitals, nouns, _NAME_REACH))
        if match["name"].startswith(("The ", "Its ", "Their "))  # a stop word, not counted
        or (
            _OURS_DETERMINER.search(body, max(match.start() - _DETERMINER_REACH, 0), match.start())
            and not _inner_the(body, match.start())
        )
    ]
    anchors = _OURS_HINT.positions(body)
    if anchors:
        candidates = near(capitals, anchors, _NAME_REACH)
        matches.extend(scan(_OURS_NAME_FIRST, body, candidates))
    if "season" in body or "episode" in body:
        matches.extend(_OURS_AFTER_NOUN.finditer(body))
    for match in matches:
        if not _BRAND_LABEL.search(match["name"]):  # "the Lumen Original film": its company's
            counts.update(t for t in match["name"].split() if t not in STOP_TOKENS)
    announcers: set[str] = set()
    anchors = _ANNOUNCE_HINT.positions(body)
    if anchors:
        candidates = near(capitals, anchors, _NAME_REACH + _ADVERBS_REACH)
        announcers.update(m["name"] for m in scan(_ANNOUNCER, body, candidates))
    titles: list[str] = []
    if _TITLE_HINT.search(body):
        for view in doc.views:
            original = doc.text[view.span.start : view.span.end]
            if _TITLE_HINT.search(original):
                titles.extend(match["title"] for match in TITLE_RE.finditer(original))
    ours = {token for title in titles for token in title.split()}
    own, credited, weighed = headline_titles(doc)  # "X wows, ‘Y’ divides": Y weighed, not ours
    own, others = (own, set()) if own else lede_work(doc)  # "X, as The Y holds on"; lede on X
    headline = headline_words(doc) - others - (weighed - own)
    earlier = earlier_credits(body, headline)
    credited = (credited | earlier) - own
    ours = (ours | own | (set(counts) - announcers)) - credited
    # "the long road from A to B", "A tops the chart, pushing B into second": B is theirs
    headline -= (span_end_words(doc) | displaced_words(doc)) - ours
    told_ours = named_work(body, frozenset(ours))
    named = bool(told_ours)
    context = Context(frozenset(ours), tuple(dict.fromkeys(titles)), headline=headline, named=named)
    starts: dict[int, int] = dict.fromkeys(_other_sections(doc, context), 0)
    starts.update(dict.fromkeys(roundups.roundup_sections(doc), 0))
    starts.update(dict.fromkeys(other_headline_starts(doc), 0))  # "From X to Y: ..."
    for view in doc.views:
        opening = view.span.start == 0  # the article's first sentence: its subject's gloss
        at = foreign_at(view.chunk, context, opening) if view.span.start not in starts else None
        if at is not None:
            starts[view.span.start] = at
    starts.update({k: v for k, v in credit_list_starts(doc).items() if k not in starts})
    starts.update({k: v for k, v in after_work_starts(doc, context.is_known) if k not in starts})
    starts.update(
        dict.fromkeys(other_led_starts(doc, starts, context.is_known, context.is_ours), 0)
    )
    vehicle = [
        *vehicle_starts(doc, context.ours, told_ours, context.is_known, starts),
        *chart_entry_starts(doc, context.ours),  # a chart's paragraph on another placed work
    ]
    starts.update({k: 0 for k in vehicle if k not in starts})  # a profile's lead vehicle
    starts.update(  # "leads X, a new thriller"
        {
            k: v
            for k, v in glossed_lead_starts(doc, context.ours, told_ours, context.is_known)
            if k not in starts
        }
    )
    its = its_followers(doc, starts, context.is_ours, bool(ours))  # "Its creator, A, ..."
    starts.update({k: 0 for k in list(its) if k not in starts})
    return Context(
        context.ours,
        context.titles,
        frozenset(starts),
        headline,
        speculative_headline(doc),
        starts,
        earlier,
        doc.text,
        named,
    )


def other_news_items(doc: Doc, context: Context) -> frozenset[int]:
    """:func:`.page_others.other_news_items` and :func:`.page_capital_items.capital_items` with
    our words, read once per article (asked by :func:`find_context`, before its context is
    whole, and by :mod:`.castnewsitems`)."""
    return _known_news_items(doc, context.ours, context.headline)


@once_per_doc
def _known_news_items(doc: Doc, ours: frozenset[str], headline: frozenset[str]) -> frozenset[int]:
    known = Context(ours, (), headline=headline).is_known  # what is_known reads, and no more
    return frozenset(page_others.other_news_items(doc, known) | capital_items(doc, known))


def _other_sections(doc: Doc, context: Context) -> list[int]:
    """Sentences under a heading naming another work ("Opening night: The Vistula Girls"), up
    to the next such heading or a bare one naming ours; other works' newsletter items."""
    items = sorted(other_news_items(doc, context))
    answers = next_work_answers(doc, context.is_known)  # "What's next for you?" / "A thriller"
    if ": " not in doc.body:
        return items + answers

    def heading(para: Span, other: bool) -> bool | None:
        match = _SECTION_HEADING.match(doc.text, para.start, para.end)
        if match is not None and not _CREDIT_LABEL.match(match["label"]):
            name = "" if all_known(match["label"], context) else match["name"]  # "X: LUMEN" too
            return _is_title(name) and not any(map(context.is_known, (name, name.title())))
        line = doc.text[para.start : para.end].strip()
        if other and _is_title(line) and all_known(line, context):
            return False  # a bare heading naming the article's own work: its section
        return None

    return page_entries.sections_under(doc, heading) + items + answers


def all_known(words: str, context: Context) -> bool:
    """Every real word of ``words`` names the article's own work (or is in its headline)."""
    tokens = [t for t in words.split() if t not in STOP_TOKENS]
    return bool(tokens) and all(context.is_known(t) for t in tokens)


def _is_title(words: str) -> bool:
    """Title case: every word capitalised but the small ones, and at least one real name."""
    tokens = words.replace(",", " ").split()
    if not tokens or len(tokens) > _MAX_TITLE_WORDS:
        return False
    if not all(t[:1].isupper() or t in TITLE_SMALL_WORDS for t in tokens):
        return False
    return any(t[:1].isupper() and t not in STOP_TOKENS for t in tokens)


_PLACE_IN = lazy_pattern(
    r"\b(?:location|filming|filmed|shot|set|based|born|shooting|lives|hotel|pub|caf[eé]|bar|"
    r"flat|house|office|club|park|street)[ ]$"
)


def _in_a_place(chunk: str, match: re.Match[str]) -> bool:
    """ "on location in Leeds’s Holbeck": "in" an owner's place, not in an owner's work."""
    start = match.start()
    before = _PLACE_IN.search(chunk, max(start - 10, 0), start)
    return before is not None and match.group().startswith("in ")


def foreign_at(chunk: str, context: Context, opening: bool = False) -> int | None:
    """Where the sentence brings in another named production, if it does. A work glossed by its
    kind and makers in the ``opening`` sentence ("Tin Yard, the sitcom created by A and B, is
    back") is what the article is about, even when no headline names it."""
    label = elsewhere_at(chunk, context.is_known)  # "Elsewhere at the festival: X, ..."
    if label is not None:
        return label
    if _FOREIGN_HINT.search(chunk):
        match = _FOREIGN_START.search(chunk)
        if match is not None:
            return match.start()
    lead = QUOTED_TITLE.match(chunk)
    if lead is not None and not context.is_ours(lead["name"]):
        return 0  # "“The Tarn Year” opens on Nov. 7": a work the sentence is about
    others = (
        sorted(
            (
                m
                for needed, found in OTHER_WORKS
                if needed.search(chunk)
                for m in found.finditer(chunk)
            ),
            key=lambda m: m.start(),
        )
        if ANY_OTHER_WORK.search(chunk)
        else []
    )
    genre = _GENRE_HINT.search(chunk) is not None
    if not others and not genre:
        return None
    headed = context.named or any(map(context.is_ours, context.headline))
    apposed = genre_apposed_at(chunk, context.is_known, headed) if genre and not opening else None
    asides = [m.span() for m in _ASIDE.finditer(chunk)] if ", " in chunk else []

    def aside(at: int) -> bool:
        return any(start < at < end for start, end in asides)

    for match in others:
        if aside(match.start()) or _in_a_place(chunk, match):
            continue  # an aside; "on location in Leeds’s Holbeck": a place, not a work
        groups = match.groupdict()
        if groups.get("led") and not (context.ours or context.headline):
            continue  # "X, directed by Y, follows ..." on a page with no headline or title: ours
        name = (
            groups.get("name") or groups.get("owner") or groups.get("subject") or groups.get("led")
        )
        if not name or not context.is_known(name):
            return match.start() if apposed is None else min(match.start(), apposed)
    if apposed is not None:
        return apposed
    if not genre:
        return None
    for match in _GENRE_THEN_NAME.finditer(chunk):
        if aside(match.start()):
            continue  # "X, best known for the comedy Halls, takes over ...": X's other work
        name = match["name"]
        tokens = [t for t in name.split() if t not in STOP_TOKENS]
        if tokens and not context.is_known(name):
            return match.start()
    return None
