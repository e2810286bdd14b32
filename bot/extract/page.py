"""Tell an article's headline and body from the page furniture copied along with it.

Articles are pasted from web pages, so the lines under the date line carry more than the
story: a byline ("By Jo Reyes", "Jo Reyes Arts correspondent"), a time stamp ("Updated: 2
May 2025, 11:02 BST", "6 hours ago"), photo credits, "Advertisement", "Related: ..." and
"Click here to sign up" lines, a live blog's clock times and the headline under each. None of
it is the article's own text: a name in a byline is no person in the story, and words quoted in
a headline were never said.

The rule for the headline: the first line under the date line is the headline, in title case
or sentence case, with a colon or ending in a quotation, unless it is furniture (then the
article has none) or reads as body text (it ends a sentence, or is too long for a headline).
A subject, a colon and a quoted sentence ("Ada Vale: “I stayed.”") is a headline though it
ends a sentence, when a byline or a stamp follows it or the subject is a name alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.cues import hint
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN, abbreviated
from bot.extract.page_day_headings import day_headings
from bot.lazy_patterns import lazy_pattern

_MAX_HEADLINE_WORDS = 30
_MAX_HEADLINE_CHARS = 240
_MAX_NAME_CREDIT_WORDS = 3
_MAX_CREDIT_WORDS = 5
_MAX_SUBHEAD_WORDS = 14
_MAX_FURNITURE_CHARS = 200
_MAX_ROLE_LINE_WORDS = 7
_MAX_STAMP_CHARS = 64
_DIGIT = lazy_pattern(r"\d")

_BYLINE = (
    r"(?:Live[ ](?:updates|coverage|blog)[ ]?[·•|–—-][ ]?)?"
    r"(?:By|Words[ ]by|Reporting[ ]by|Interview[ ]by|Live[ ](?:updates|coverage|blog)[ ]by"
    r"|Edited[ ]by|Compiled[ ]by|Curated[ ]by"
    r"|Posted[ ]by|Story[ ]by|Photo(?:graph)?s?[ ]by|Photographed[ ]by|Images?[ ]by)[ ]\S"
)
_LABEL = (
    r"(?:Advertisement|Advert|Sponsored|Promoted|Show[ ]key[ ]events[ ]only|Key[ ]events"
    r"|For[ ]immediate[ ]release|Ends|-?[ ]?ends[ ]?-?|Notes[ ]to[ ]editors:?|Share|Share[ ]this"
    r"(?:[ ]article)?|Listen[ ]to[ ]this[ ]article|Skip[ ]advert(?:isement)?|Comments?"
    r"|Most[ ]popular|Trending|Recommended|Image[ ]source.*|Getty[ ]Images.*)$"
)
_LEAD_IN = (
    r"(?:Related|Read[ ]more|Read[ ]next|More[ ]on[ ]this[ ]story|See[ ]also|Also[ ]read"
    r"|Recommended|Watch[ ]more|More|Most[ ]read|Photo|Photograph|Picture|Image|Credit"
    r"|Video)[ ]?:"
)
_CALL_TO_ACTION = (
    r"(?:Click|Tap)[ ]here\b|(?:Sign[ ]up|Subscribe)[ ](?:to|for|now)\b|Follow[ ]us[ ]on\b"
)
_FURNITURE_LEADS = frozenset(
    """
    live by words reporting interview posted story photo photos photograph photographs
    photographed image images picture pictures edited compiled curated advertisement advert
    sponsored promoted show key for ends -ends -ends- - notes share listen skip comment comments
    most trending recommended getty related read more see also watch credit video click tap sign
    subscribe follow
    """.split()  # noqa: SIM905
)
"""First words a furniture line can start with: only such a line is matched further."""
_FURNITURE_START = lazy_pattern(
    rf"(?:{_BYLINE}|{_LABEL}|{_LEAD_IN}|{_CALL_TO_ACTION})", re.IGNORECASE
)
"""Bylines, labels ("Advertisement"), lead-ins ("Related:") and calls to action, at a line's
start: one pattern, tried once per line."""
_LABEL_LINE = lazy_pattern(rf"(?:{_LABEL}|EXCLUSIVE|BREAKING|PRESS[ ]RELEASE)$", re.IGNORECASE)
"""A label standing alone above the headline."""
_BYLINE_REACH = 4
_AUTHOR_LEAD = lazy_pattern(
    r"^(?:Live[ ](?:updates|coverage|blog)[ ]?[·•|–—-][ ]?)?(?:By|Words[ ]by|Reporting[ ]by"
    r"|Interview[ ]by|Posted[ ]by|Story[ ]by|Edited[ ]by)[ ]",
    re.IGNORECASE,
)
_AUTHOR_END = lazy_pattern(r",|[ ]\(|[ ][·•|–—][ ]|[ ]on[ ]")
_DESK = lazy_pattern(
    r"(?:[ ][A-Z][a-z]+){0,2}[ ](?:correspondent|reporter|editor|critic|columnist|contributor|"
    r"writer|journalist)$",
    re.IGNORECASE,
)
_NAME_ONLY = lazy_pattern(r"^[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,3}$")
_ROLE_LINE = lazy_pattern(
    r"^(?:[^\W\d_][\w’'.-]*[ ]){1,4}(?:[A-Z][a-z]+[ ]){0,2}(?:correspondent|reporter|editor|"
    r"critic|columnist|contributor|writer|journalist|staff|producer)$",
    re.IGNORECASE,
)
"""A name and a desk title with nothing else: "Jo Reyes Arts correspondent"."""
_PHOTO_HINT = hint("photo", "picture", "image", "credit", "getty", "shutterstock", "alamy")
_PHOTO_CREDIT = lazy_pattern(
    r"\((?:Photo|Photograph|Picture|Image|Credit)s?[ ]?:[^)]*\)[ ]*$"
    r"|\b(?:Getty[ ]Images|Shutterstock|Alamy|PA[ ]Images)\b[^.]*$",
    re.IGNORECASE,
)
_STAMP_WORDS = lazy_pattern(
    rf"\b(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN}|updated|published|posted|last|modified|at|on|am|pm"
    r"|a\.m\.|p\.m\.|BST|GMT|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|IST|AEST|mins?|minutes?|hrs?|"
    r"hours?|days?|weeks?|ago|just|now|yesterday|today|read|min|MOD|by|\d+(?:h|hrs?|m|mins?|d))\b",
    re.IGNORECASE,
)
_DAY_HEADING = lazy_pattern(rf"{WEEKDAY_PATTERN}[ ]\d{{1,2}}[ ]{MONTH_PATTERN}", re.IGNORECASE)
"""A day-by-day guide's heading in capitals, with no year or hour: "SUNDAY 11 JANUARY" heads the
day's entries (a time stamp gives a year or an hour, or is not shouted)."""
_STAMP_REST = lazy_pattern(r"^[\d\s,.:/|·•–—()+-]*$")
_AGENCY = lazy_pattern(r"\b(?:Media|Press|News|Newswire|Wire|Agency|Staff|Service|Desk)\b")
"""Generic words of a news agency's credit line ("PA Media", "Staff and agencies")."""
_CLOCK = lazy_pattern(r"^\d{1,2}[:.]\d{2}(?:[ ]?(?:am|pm|BST|GMT|ET|PT))?$", re.IGNORECASE)
_CLOCK_HEADING = lazy_pattern(
    r"^\d{1,2}[:.]\d{2}(?:[ ]?(?:am|pm|BST|GMT|ET|PT))?[ ]+[–—-][ ]+(?P<heading>.+?)[!?]?$",
    re.IGNORECASE,
)
"""A live blog's entry heading after its clock time on one line: "15:20 – “We lost the cat”"."""
_SENTENCE_END = lazy_pattern(r"[.;…][\"”’')\]]*$|[.!?][\"”’')\]]+$")
_SHOUTED = lazy_pattern(r"^[^a-z]*[A-Z]{2}[^a-z]*:[ ]?[‘“\"'][^a-z]+[!?][’”\"']$")
"""A tabloid's headline in capitals ending in a shouted quotation ("STAR JO: ‘I’M STAYING!’")."""
_BULLET = lazy_pattern(r"^(?:[-*•·▪◦–—]|\d{1,2}[.)])[ ]")
_GALLERY_COUNTER = lazy_pattern(r"^\[?\d{1,3}/\d{1,3}\]?[ ]")
"""A gallery's picture number, "3/14 " or "[3/14] ": its caption is the page's story."""
_GALLERY_LABEL = lazy_pattern(r"^(?:Photo|Picture|Image|Slide)[ ]\d{1,3}[ ]of[ ]\d{1,3}[:.][ ]")
"""A gallery's picture number as words before its caption ("Image 3 of 8: "): a numbered
caption like "3/8 " (kept in the line: other rules read the caption by it)."""
_GALLERY_NUMBER = lazy_pattern(r"^(?:\d{1,3}[.)]|(?:Photo|Picture|Image|Slide)[ ]\d{1,3}:)[ ]")
"""A caption numbered as a list ("4. Ada Vale, who plays Mira, arrives. (Photo: X)") or
labelled by its picture's number alone ("Photo 4: Ada Vale ... (Photo: X)")."""
_GALLERY_ITEMS = 2
"""So many numbered captions, each before its picture's credit, make the page a gallery: each
caption of a sentence or more is the page's story (one alone may be a stray picture's)."""
_GREETING = lazy_pattern(r"^(?:Hi|Hey|Hello)(?:[ ](?:everyone|everybody|all|folks|friends))?[!,]")


@dataclass(frozen=True, slots=True)
class Page:
    """What a seed file's lines under the date line hold, once the furniture is gone."""

    headline: str | None
    body: tuple[str, ...]
    byline: str | None = None
    """The one author the byline names ("By Jo Reyes, Arts correspondent" -> "Jo Reyes"), if
    it names exactly one: who "I" is when the writer asks a question."""


def read_page(lines: list[str], headline: str | None = None) -> Page:
    """Split stripped, non-blank lines (the date line removed) into headline and body.

    ``headline`` is the one the file names in a ``headline:`` line: then no line is taken for it.
    """
    if headline is not None:
        return Page(headline, tuple(body_lines(lines)), _byline(lines))
    if not lines:
        return Page(None, ())
    skipped = 0
    while skipped < len(lines) - 1 and _LABEL_LINE.match(lines[skipped]):
        skipped += 1  # "FOR IMMEDIATE RELEASE", "EXCLUSIVE" above the headline
    first, rest = lines[skipped], lines[skipped + 1 :]
    following = rest[0] if rest else ""
    if not is_furniture(first, following) and (
        looks_like_headline(first) or _quoted_headline(first, following)
    ):
        headline = first
    else:
        rest = lines[skipped:]
        if _AUTHOR_LEAD.match(following):  # a headline asking ("Ask the editor: ...?"), a byline
            return Page(headline, tuple(body_lines(rest)), _byline(lines[skipped + 1 :]))
    return Page(headline, tuple(body_lines(rest)), _byline(rest))


_COLON_QUOTE = lazy_pattern(r"(?P<head>[^“”\"‘’:]{2,120}):[ ]+[“\"‘'][^“”\"]+[.!?…][”\"’']")
"""A headline giving its subject, a colon and a whole quoted sentence: "Ada Vale: “I stayed.”"."""


def _quoted_headline(line: str, following: str) -> bool:
    """A subject, a colon and a quoted sentence closing the line (:data:`_COLON_QUOTE`), above a
    byline or a stamp, or after a name alone: a headline, though it ends a sentence."""
    match = _COLON_QUOTE.fullmatch(line)
    if match is None or len(line.split()) > _MAX_HEADLINE_WORDS or _BULLET.match(line):
        return False
    return is_furniture(following) or _NAME_ONLY.match(match["head"]) is not None


def _byline(lines: list[str]) -> str | None:
    """The author named in the furniture at the top of the page, before the body starts."""
    for index, line in enumerate(lines[:_BYLINE_REACH]):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not is_furniture(line, following):
            return None
        name = _author(line)
        if name is not None:
            return name
    return None


def _author(line: str) -> str | None:
    text = _AUTHOR_LEAD.sub("", line, count=1)
    if text == line and not _NAME_ONLY.match(line) and not _ROLE_LINE.match(line):
        return None  # a stamp, a label or a credit, not a byline
    if text.startswith(("u/", "@")):
        return text.split()[0]
    text = _AUTHOR_END.split(text, maxsplit=1)[0]
    text = _DESK.sub("", text).strip()
    if " and " in text or "&" in text or not _NAME_ONLY.match(text) or text.isupper():
        return None
    return None if _AGENCY.search(text) else text


def body_lines(lines: list[str]) -> list[str]:
    """The lines that are the article's own text: furniture and live-blog subheads dropped."""
    body: list[str] = []
    after_clock = False
    gallery = _numbered_gallery(lines)
    headings = day_headings(lines)  # a diary's "Monday 9 March": its entries' days
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _CLOCK.match(line):
            after_clock = True
            continue
        heading = _CLOCK_HEADING.match(line)
        if heading is not None and _is_subhead(heading["heading"]):
            continue
        if after_clock:
            # A live blog's entry opens with a clock time and a headline of its own.
            after_clock = False
            if looks_like_headline(line) and len(line.split()) <= _MAX_SUBHEAD_WORDS:
                continue
        if (
            is_furniture(line, following)
            and index not in headings
            and not _in_credit_block(lines, index)
            and not (index and _GALLERY_HEADING.match(lines[index - 1]) and _captioned(line))
            and not (gallery and _GALLERY_NUMBER.match(line) and _captioned(line))
        ):
            continue
        body.append(_uncredited(line))
    return body


_TRAILING_CREDIT = lazy_pattern(
    r"[ ]*\((?:Photo|Photograph|Picture|Image)s?[ ]?:[^)]*\)[ ]*$"
    r"|(?<=[.!?”\"’'])[ ]+(?:Photo|Photograph|Picture|Image)s?:[ ][^.!?:;“”\"]{1,60}$"
)
"""A picture's credit closing a line: in brackets ("(Photo: X)"), or bare after the caption's
last sentence ("... on the carpet. Photograph: X", a gallery's caption)."""


_GALLERY_HEADING = lazy_pattern(r"(?:Photo|Picture|Image|Slide)[ ]\d{1,3}[ ]of[ ]\d{1,3}$")
"""A gallery's picture number on a line of its own ("Photo 3 of 9"): the caption under it is
the page's story, as after "3/9 " (:data:`_GALLERY_COUNTER`)."""


def _numbered_gallery(lines: list[str]) -> bool:
    """Whether the page numbers its captions as a list, each before its picture's credit."""
    numbered = (line for line in lines if _GALLERY_NUMBER.match(line) is not None)
    return sum(1 for line in numbered if _TRAILING_CREDIT.search(line)) >= _GALLERY_ITEMS


def _captioned(line: str) -> bool:
    """A caption of more than a few words before its bare credit ("Ada Vale, who plays Mira,
    arrives. Photograph: X/Agency"), not a credit alone."""
    bare = _TRAILING_CREDIT.search(line)
    return bare is not None and len(line[: bare.start()].split()) > _MAX_ROLE_LINE_WORDS


def _uncredited(line: str) -> str:
    """A line of the story without its picture's credit ("... (Photo: Ines Barrow/Lumen)"): the
    photographer is no one the story names."""
    credit = _TRAILING_CREDIT.search(line)
    if credit is None or credit.start() == 0:
        return line
    counter = _GALLERY_COUNTER.match(line)  # "3/14 ": the picture's number, no word of the story
    return line[counter.end() if counter else 0 : credit.start()]


_CRAFT_BY = lazy_pattern(r"^(?:Edited|Story)[ ]by[ ]")
_FILM_CREDIT = lazy_pattern(
    r"^(?:(?:Written|Directed|Produced|Executive[ ]Produced|Original[ ]Music|Music|Score|"
    r"Screenplay|Cinematography|Casting)(?:[ ]and[ ][A-Za-z]+)?[ ]by[ ]|(?:Director[ ]of[ ]"
    r"Photography|Cinematography|Editor|Composer|Casting(?:[ ]Director)?|Production[ ]Design)"
    r"[ ]?:[ ])"
)


def _in_credit_block(lines: list[str], index: int) -> bool:
    """ "Edited by X" among a film's credit lines ("Produced by ...", "Original Music by ...") is
    a credit, not the page's byline."""
    if _CRAFT_BY.match(lines[index]) is None:
        return False
    around = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
    return any(_FILM_CREDIT.match(line) for line in around)


def _is_subhead(line: str) -> bool:
    return looks_like_headline(line) and len(line.split()) <= _MAX_SUBHEAD_WORDS


def is_furniture(line: str, following: str = "") -> bool:
    """Bylines, time stamps, credits, labels and links: page text that is not the story.

    ``following`` is the next line: a short credit ("PA Media") is known by the time stamp
    under it.
    """
    if len(line) > _MAX_FURNITURE_CHARS:
        return False  # a paragraph of the story
    words = line.split()
    lead = words[0].lower().rstrip(":") if words else ""
    if len(words) > _MAX_ROLE_LINE_WORDS and line[-1] in '.!?”"' and lead not in _FURNITURE_LEADS:
        return False  # a sentence of the story (no furniture ends a long sentence)
    if lead == "by" and len(words) > _MAX_ROLE_LINE_WORDS and words[1][:1].islower():
        return False  # "By lunchtime the tide is in, and ...": the story, not a byline
    lower = line.lower()
    if (
        (lead in _FURNITURE_LEADS and _FURNITURE_START.match(line))
        or _is_stamp(line)
        or (len(words) <= _MAX_ROLE_LINE_WORDS and _ROLE_LINE.match(line))
        or (_PHOTO_HINT.search(lower) and _credit_only(line))
    ):
        return True
    if len(words) > _MAX_CREDIT_WORDS or not following or not _is_stamp(following):
        return False
    if not all(word[:1].isupper() for word in words) or _SENTENCE_END.search(line):
        return False
    return len(words) <= _MAX_NAME_CREDIT_WORDS or _AGENCY.search(line) is not None


_NEXT_SENTENCE = lazy_pattern(r"[.!?][”’\"']?[ ]+[A-Z]")


def _credit_only(line: str) -> bool:
    """A picture's credit, alone or under a one-sentence caption; not a gallery's item, whose
    sentences about the picture end before its credit ("2. Ada at her desk. Vale has teased
    “...”. (Photo: X)"): that is the story, the credit only its picture's."""
    credit = _PHOTO_CREDIT.search(line)
    if credit is None:
        return False
    bare = _TRAILING_CREDIT.search(line)
    counter = _GALLERY_COUNTER.match(line) or _GALLERY_LABEL.match(line)
    if counter is not None and bare:
        # "3/14 Ada Vale, who plays Mira, arrives. Photograph: X/Getty Images": a gallery item
        return len(line[counter.end() : bare.start()].split()) < _MAX_ROLE_LINE_WORDS
    end = bare.start() if bare and bare.start() < credit.start() else credit.start()
    story = _BULLET.sub("", line[:end].rstrip(), count=1)  # "2. " is no sentence
    if len(story.split()) <= _MAX_ROLE_LINE_WORDS or _SENTENCE_END.search(story) is None:
        return True
    return not any(
        not abbreviated(story, stop.start()) for stop in _NEXT_SENTENCE.finditer(story)
    )  # "Dr. Ada Lane on set at St. Ives." is one sentence


def _is_stamp(line: str) -> bool:
    """A date, a time or "6 hours ago", with at most a label ("Updated:") around it."""
    if len(line) > _MAX_STAMP_CHARS or (_DIGIT.search(line) is None and "ago" not in line):
        return False
    if line.isupper() and _DAY_HEADING.fullmatch(line):
        return False
    rest = _STAMP_WORDS.sub(" ", line)
    return bool(_STAMP_REST.match(rest))


def looks_like_headline(line: str) -> bool:
    """Short, not a list item, and not ending a sentence (a closing quotation is allowed) or
    opening a letter ("Hi everyone,")."""
    if _BULLET.match(line) or len(line) > _MAX_HEADLINE_CHARS or _GREETING.match(line):
        return False
    if len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    if _SHOUTED.match(line):
        return True
    return not _SENTENCE_END.search(line) and not line.endswith((":", "?", "!", ","))
