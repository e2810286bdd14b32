"""What a name looks like in text, and a character's name cleaned of the words around it.

A capitalised run of words is not enough to call something a person: shows, schools and
places look the same. A run becomes a person only in a context that only people fill (an
actor slot, a crew credit, "said X", "X, who", "according to X", "director X"): a person's
name, cleaned and told full or not, the registry of those and how short mentions resolve to
them within one article, are :mod:`.people`'."""

from __future__ import annotations

from bot.extract.lexicon import (
    AGE_PREFIXES,
    HONORIFICS,
    MONTH_PATTERN,
    NAME_PARTICLE,
    RANK_LEADS,
    STOP_TOKENS,
    WEEKDAY_PATTERN,
)
from bot.lazy_patterns import lazy_pattern

_TAIL = r"[^\W\d_]*(?:[\u0300-\u036f]+[^\W\d_]*){0,3}"
"""A word's letters, with combining accents (a Yoruba vowel can carry two: Ọ̀ṣúnṣọ̀)."""
_CAP = r"[^\W\d_a-zß-öø-ÿ]"
"""A capital in a name: any letter but the common lower-case ones. Looser than :data:`UPPER`
(exact, and costly to compile into each of the many patterns that hold a name); name-led
patterns are tried at true capitals only (:data:`bot.extract.text.Doc.capitals`)."""
_SYLLABLE = (
    r"(?!(?:led|run|era|age|set|fan|born|made|type|free|like|less|wise|ish|ist|ian)\b)"
    r"[a-z]{2,4}\b"
)
"""A given name's lower-case second syllable before the surname: "Min-seo Park" (not "Kit-led")."""
TOKEN = (
    rf"{_CAP}{_TAIL}(?:[-'’]{_CAP}{_TAIL}){{0,3}}(?:[’'](?!(?:s|t|d|m|ll|re|ve)\b)[a-z]{{1,2}}\b)?"
    rf"(?:(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{{2}}))-{_SYLLABLE}(?![-’'\w]))?"
)
"""A later word of a name; a short one may carry a lower-case syllable ("Yoon Seo-ah"), one an
apostrophe and a lower-case ending that is no contraction ("Le Floc’h")."""
FIRST_TOKEN = (
    rf"{_CAP}(?<![^\W_].)(?<![^\W_][-'’&].){_TAIL}(?:[-'’]{_CAP}{_TAIL}){{0,3}}"
    rf"(?:-{_SYLLABLE}(?=[ \u00a0]{_CAP}))?"
)
"""A token that does not continue a word (nor follow a word's hyphen, apostrophe or ampersand:
"O'Brien", the "A" of "Q&A"; 'Thimble Cairn' in single marks starts a name). It looks back
*after* the first letter, so the regex engine still skips ahead to capitals (twice as fast)."""
_GAP = rf"(?:[ ][“\"‘][^“”\"‘’\n]{{1,20}}[”\"’])?[ \u00a0]{NAME_PARTICLE}?"
"""Between two words of a name: a space, a particle ("van", "Mac an t"), a nickname ("Miso")."""
END = rf"(?![^\W_])(?![-'’]{_CAP})(?!-{_SYLLABLE}[ \u00a0]{_CAP})"
NAME = rf"{FIRST_TOKEN}(?:{_GAP}{TOKEN}){{0,5}}{END}"
"""One to six capitalised words (a name, a title, a place: context decides). Bounded, like every
repetition in these patterns, so that no input can make matching slower than linear."""
NAMED_WORK = rf"(?:the[ ])?[“\"‘']?(?P<work>{NAME})"
"""A work named after a preposition, as ``work``: "Lumen", "the “Brass Lamps”"; one home for
the rules that each read a work after their own prepositions."""
WORK_TITLE = (
    rf"(?=[A-Z])(?!(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN}|Season|Series|Episode)\b)"
    r"(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z][\w’'-]*){0,4}"
)
"""A work's title in a credit line: capitalised words, "of" or "the" between them; not a month,
a day or a season of the article's show ("was cast in January as", "joined Season Two as"); the
capital looked for first, so a search skips the months' test at every other character."""
TITLE_WORDS = rf"{TOKEN}(?:[ ](?:(?:of|the|and|in|on)[ ])?{TOKEN}){{0,4}}"
"""A title of one to five capitalised words, a small word ("of", "the", "and", "in", "on") between
two of them: "Tin Yard", "Sons of Tin Yard"; context decides that it is a title."""
FULL_NAME = rf"{FIRST_TOKEN}(?:{_GAP}{TOKEN}){{1,5}}{END}"
"""Two or more capitalised words."""

LIST_SPLIT = lazy_pattern(r",?[ ](?:and|&)[ ]|,[ ]")
"""Between the items of a list: "A, B and C", "A & B"."""


def clean_character(raw: str) -> str:
    """Like :func:`clean_name` but keeps the honorific that starts a character's name."""
    tokens = raw.split()
    while tokens and tokens[0] in STOP_TOKENS and tokens[0] not in HONORIFICS:
        if tokens[0] in AGE_PREFIXES and len(tokens) == 2:
            break  # "Old Marit": the part's older self
        if tokens[0] in RANK_LEADS and len(tokens) > 2 and tokens[1] in HONORIFICS:
            break  # "Chief Constable Tom Rudd": the rank's first word, kept with the rank
        tokens.pop(0)
    while tokens and tokens[-1] in STOP_TOKENS:
        tokens.pop()
    if len(tokens) == 1 and tokens[0] in HONORIFICS:
        return ""
    return " ".join(tokens)


NAME_RE = lazy_pattern(NAME)
"""A name (see :data:`NAME`), compiled once for every module that looks for one."""
FULL_RE = lazy_pattern(FULL_NAME)
