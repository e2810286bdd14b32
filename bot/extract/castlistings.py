"""Castings in the items of a listing page, for :mod:`bot.extract.castelsewhere`.

A what's-on guide, a round-up of brief news or a streaming service's newsletter gives several
works one item each, under a heading line in capitals ("MONDAY", "SOAP STAR TO PLAY FAGIN",
"NEW SEASONS"). A casting in an item belongs to that item's work, and the page does not say
which item is the article's own, unless it singles one out ("PICK OF THE WEEK", "THIS MONTH'S
BIG ONE") or leads with it (the first work a listing headline names after its colon). So a
casting under any other item's heading is held; what the page says before its first heading
(its lead story) is left to the other rules.

A guide's heading may name its work in capitals and go on with the channel and day ("LUMEN –
BBC One, 9pm"; singled out by an item that opens "Pick of the week"), and a newsletter numbers
its items ("2. Lumen is back"): such an item is another work's when its heading names one not
ours.
"""

from __future__ import annotations

from bot.extract.castchartleaders import chart_leader_sentences
from bot.extract.castchartlines import chart_line_sentences
from bot.extract.castcharttops import ranked_sentences
from bot.extract.castguidenames import guide_item_sentences
from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.page_entries import CAPS_HEADING, GUIDE, numbered_heading
from bot.extract.text import Doc, Span
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_LISTING = lazy_pattern(
    r"(?i)(?=[finrtuvw])\b(?:round-?up|in[ ]brief|what[ ]to[ ]watch|what[’']s[ ]on|"
    r"view[ ]in[ ]browser|unsubscribe|news[ ]briefs?|this[ ]week[ ]on[ ]tv|tv[ ]guide|"
    r"forward(?:ed[ ]this|[ ]this[ ](?:email|newsletter|to[ ]a[ ]friend)))\b"
)
"""A page that gathers several works: its headline, lede or footer says so. (The lookahead of
first letters lets a search of the whole page skip to them before trying the word boundary.)"""
_LISTING_WORDS = hint(
    *("round-up", "roundup", "in brief", "what to watch", "what’s on", "what's on"),
    *("view in browser", "unsubscribe", "news brief", "this week on tv", "tv guide"),
    *("forwarded this", "forward this "),
)
"""What :data:`_LISTING` needs in the lower-cased page (each branch holds one), found by
substring search, far cheaper than the case-blind pattern's pass over the page."""
_FOLDED = hint("\u0130", "\u0131", "\u017f", "\u212a")  # İ, ı, ſ and the Kelvin sign
"""The letters other than A to Z that a case-blind pattern takes for one of them: with one on
the page, lower-casing may not show the words (see :func:`_may_list`)."""
_SINGLED = lazy_pattern(
    r"\b(?:PICKS?|BIG[ ]ONE|SPOTLIGHT|HIGHLIGHT|EDITOR[’']S[ ]CHOICE|MUST[ ]SEE)\b"
)
"""A heading that singles its item out as the page's main one."""
_OWN_LABEL = lazy_pattern(
    r"(?:THE[ ])?(?:FULL[ ])?(?:CAST(?:[ ]LIST|[ ](?:AND|&)[ ]CREW)?|CREDITS)"
)
"""A heading that labels a cast or credits section ("CAST", "CAST & CREW"): a thread's or a fact
box's, the page's own; on a page whose headline lists several works, the section of the item it
sits under (the page's own only before any item heading)."""
_PICK_OPENER = lazy_pattern(r"(?i)(?:pick[ ]of[ ]the[ ](?:week|day|weekend)|our[ ]pick)\b")
"""An item's opening words that single it out when its heading does not."""
_HEADING_WORD = lazy_pattern(r"[A-Z][\w’'-]*")
_MIN_HEADINGS = 3
_NAME_WORDS = 10
_ENDS = '.!?:;,”"…'
_DOUBT = "told in one item of a page that lists several works"


def held_listing_items(cast: list[CastFact], doc: Doc, context: Context) -> list[CastFact]:
    """``cast`` with the castings under a listing page's items held, but for a singled-out
    item's."""
    if not cast:
        return cast
    items = listing_sentences(doc, context)
    if not items:
        return cast
    return [held(fact, _DOUBT) if fact.evidence in items else fact for fact in cast]


def listing_sentences(doc: Doc, context: Context) -> set[str]:
    """The sentences of a chart's other places and of a listing page's items not singled out."""
    items = place_sentences(doc, context)
    if _may_list(doc.text) and _LISTING.search(doc.text) is not None:
        items |= _item_sentences(doc, context)
    return items


def _may_list(text: str) -> bool:
    """Whether :data:`_LISTING` may match ``text``: it holds a letter the pattern folds to A to
    Z, or one of its words lower-cased."""
    return bool(_FOLDED.search(text) or _LISTING_WORDS.search(text.lower()))


def place_sentences(doc: Doc, context: Context) -> set[str]:
    """The sentences of a chart's other places and of a guide's other items, told by their form
    (a numbered line with its figure, a title over its channel and time): what they cast, and
    whom they credit ("The film stars A and is directed by B" under a runner-up), is another
    work's. (A page's headings in capitals may mark its own sections too: "THE BASICS".)
    Worked out once for an article and its context (the crew and cast chains both ask)."""
    last = _PLACED[0] if _PLACED else None  # read once: another thread may store its own
    if last is None or last[0] is not doc or last[1] is not context:
        items = ranked_sentences(doc, context.is_ours) | chart_line_sentences(doc, context.is_known)
        items |= chart_leader_sentences(doc, context.is_known)
        last = (doc, context, frozenset(items | guide_item_sentences(doc, context)))
        _PLACED[:] = [last]
    return set(last[2])


_PLACED: list[tuple[Doc, Context, frozenset[str]]] = []
"""The last article's places (a fresh set handed out each time: callers may add to it)."""


def _item_sentences(doc: Doc, context: Context) -> set[str]:
    """The sentences under the headings in capitals of items not singled out, when the page has
    several such headings: every item's where the headline lists several works ("Round-up: A,
    B and C"), else those of items that open with a work's name line ("Lumen (BBC One, 9pm)")."""
    headings: list[tuple[int, bool]] = []
    named: set[int] = set()
    listed = _listed_items(doc)
    lead_work = listed.split(", ")[0].strip().upper() if listed is not None else None
    ours_numbered = _ours_numbered(doc, context)
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        line = doc.text[para.start : para.end]
        if GUIDE.fullmatch(line) and sum(c.isupper() for c in line.split(" ")[0]) > 1:
            named.add(para.para)
            nxt = doc.paras[para.para + 1] if para.para + 1 < len(doc.paras) else para
            opener = _PICK_OPENER.match(doc.text, nxt.start) is not None and nxt is not para
            headings.append((para.para, _SINGLED.search(line) is not None or opener))
        elif (numbered := numbered_heading(line)) and numbered[0].isupper() and not line.isupper():
            named.add(para.para)
            known = _heading_known(numbered, context)
            lead = known if ours_numbered else not _names_another(line, context)
            headings.append((para.para, lead))
        elif CAPS_HEADING.fullmatch(line) and any(c.isalpha() for c in line):
            # the first work a listing headline names ("What to watch: Tin Lid, Copper Bay and
            # more" over "TIN LID"): the page's lead item, its own work's
            lead = _SINGLED.search(line) is not None or line.strip() == lead_work
            if _OWN_LABEL.fullmatch(line.strip()) is not None:  # a listing's "CAST": its item's
                lead = headings[-1][1] if headings and listed is not None else True
            headings.append((para.para, lead))
    if len(headings) < _MIN_HEADINGS:
        return set()
    opened = dict(headings)
    several = listed is not None
    paras: set[int] = set()
    other = begun = False
    heading = -1
    for para in doc.paras:
        if para.para in opened:
            other, begun, heading = not opened[para.para], False, para.para
            continue
        if (
            other
            and not begun
            and not several
            and heading not in named
            and not _name_line(doc, para)
        ):
            other = False  # an item of the work's own page ("CAST CORNER"), not another work's
        if other:
            begun = True
            paras.add(para.para)
    return {doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.para in paras}


def _ours_numbered(doc: Doc, context: Context) -> bool:
    """Whether a numbered item's heading names the article's work or a word of the headline ("1.
    Lumen sets its goodbye"): then an item whose heading names neither ("2. BBC One books its next
    thriller") is other news."""
    for para in doc.paras:
        line = doc.text[para.start : para.end]
        heading = numbered_heading(line) if para.para != doc.title_para else None
        if heading and _heading_known(heading, context):
            return True
    return False


def _heading_known(heading: str, context: Context) -> bool:
    """Whether a word of a numbered heading (no stop word; "Lumen:" or "Lumen’s" as "Lumen") is
    one of the article's work, or of the headline when the work is unknown (a headline may name
    two works: "Lumen has a date, Tin Lid returns")."""
    words = (w.removesuffix("’s").removesuffix("'s") for w in _HEADING_WORD.findall(heading))
    known = context.is_ours if context.ours else context.is_known
    return any(w not in STOP_TOKENS and known(w) for w in words)


def _names_another(line: str, context: Context) -> bool:
    """A numbered heading that names a work not ours: a quoted title, or capitalised words past
    its first that the headline names ("1. Tin Lid is back" under "Copper Bay ..., Tin Lid
    returns"); "3. Ada Vale is directing" names no work."""
    if context.is_ours(line):
        return False
    return "“" in line or any(word in context.headline for word in line.split()[2:])


def _listed_items(doc: Doc) -> str | None:
    """The items after the colon when the headline names the page a listing and lists several
    ("Round-up: A, B and C" gives "A, B and C"), else None."""
    label, colon, items = doc.headline.partition(": ")
    return items if colon and _LISTING.search(label) is not None and ", " in items else None


def _name_line(doc: Doc, para: Span) -> bool:
    """A work's name on a line of its own: "The Whin Acre (Channel 4, 9pm)", "Lumen – Season 2"."""
    line = doc.text[para.start : para.end].strip()
    words = line.split()
    if not words or len(words) > _NAME_WORDS or line[-1] in _ENDS or line.isupper():
        return False
    return line[0].isupper() and " said" not in line
