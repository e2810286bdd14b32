"""A title in quotation marks that the words around it place as a work, whatever case its
own words take: a title in another language keeps that language's capitals ("in the ZDF's
“Das leise Haus”", "in “Huerta callada”, the Mexican drama that ...").

Three placings: an owner's possessive after "in", "on", "from" or "of" ("in Canal Sur's “X”"),
a work noun in apposition right after the marks ("“X”, the Spanish series in which ..."), and
one right before them ("the comedy “X”", with the rest of its list: "the features “X” by Ada
Vale and “Y”"), and an owner's work noun with the marks set between commas after it ("Her next
film, “X”, opens in ...", "Ada Vale's new project, “Y”, is due to ...", "the new film of Ada
Vale, “Z”, shoots in ...").
Such words are a title, never anyone's quote.
"""

from __future__ import annotations

from bot.extract.numbered_titles import numbered_title
from bot.extract.owned_lines import after_close
from bot.extract.placed_titles import placed_title
from bot.extract.season_titles import season_title
from bot.extract.worked_titles import SHORT_TITLE, worked_title
from bot.lazy_patterns import lazy_pattern

_WORDS = 5
_OWNER_BEFORE = lazy_pattern(
    r"\b(?:in|on|from|of)[ ](?:the[ ])?(?:[A-Z][\w&+-]*[ ]){0,2}[A-Z][\w&+-]*[’']s[ ]$"
)
_WORK_NOUN = (
    r"(?:series|miniseries|serial|film|movie|drama|sitcom|soap|show|novel|play|documentary|"
    r"feature|telenovela)"
)
_WORK_AFTER = lazy_pattern(
    rf",[ ](?:the|a|an)[ ](?:[\w’'-]+[ ]){{0,4}}?{_WORK_NOUN}(?![’'\w])(?:[ ]|[,.;]|$)"
)

_NOUN_BEFORE = lazy_pattern(
    rf"\b(?:the|a|an|his|her|their)[ ](?:[A-Z][\w’'-]*[ ])?(?:{_WORK_NOUN}|comedy|thriller|"
    r"features|films|dramas|comedies|thrillers|documentaries|novels|plays)[ ]$"
)
"""A work noun right before the marks: "the comedy “X”", "the Polish features “X”"."""
_LISTED_BEFORE = lazy_pattern(r"[”\"](?:[ ]by(?:[ ][A-Z][\w’'-]*){1,3})?[ ](?:and|or)[ ]$")
"""The next title of such a list: "“X” by Ada Vale and “Y”"."""
_GENRE_BEFORE = lazy_pattern(
    r"\b(?:comedy|comedies|thriller|thrillers|soap|telenovela|miniseries|serial|romcom)[ ]$"
)
"""A genre noun straight before the marks, whatever precedes it ("in RTK's family comedy “X”",
"the hospital thriller “Y”"): the run is that work's title."""
_OWNED_NOUN_COMMA = lazy_pattern(
    r"(?:\b[\w’'-]+[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))[ ]"
    r"(?:(?:new|next|latest|last|first|upcoming|own|forthcoming|debut)[ ]){0,2}"
    rf"(?:{_WORK_NOUN}|project|comedy|thriller|episode|instalment),[ ]$"
)
"""An owner's work noun with a comma right before the marks: "Her next film, “X”, ...", "This
week's episode, “Y”, is ..." (a time's possessive owns an episode as well as a person's)."""
_MAKER_NOUN_COMMA = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?)[ ](?:(?:new|next|latest|last|first|upcoming|forthcoming|debut)[ ]){0,2}"
    rf"(?:{_WORK_NOUN}|project|comedy|thriller)[ ](?:of|by|from)[ ]"
    r"(?:(?:[A-Z][\w’'.-]*|de|da|di|du|la|le|van|von|der)[ ]){0,3}[A-Z][\w’'-]*,[ ]$"
)
"""A work noun with its maker after it, then a comma before the marks: "the new film of Ada
Vale, “X”, ..."."""


def _comma_placed(text: str, start: int, end: int) -> bool:
    """The marks sit between commas right after an owner's work noun."""
    if not text.startswith(",", after_close(text, end)):
        return False
    window = (max(0, start - 90), max(0, start - 1))
    return any(p.search(text, *window) for p in (_OWNED_NOUN_COMMA, _MAKER_NOUN_COMMA))


def _noun_placed(text: str, start: int) -> bool:
    """A work noun before the marks, or before the list's first title."""
    before = text[max(0, start - 120) : max(0, start - 1)]
    listed = _LISTED_BEFORE.search(before)
    if listed is not None:
        opened = before.rfind("“", 0, listed.start())
        return opened > 0 and _NOUN_BEFORE.search(before, 0, opened) is not None
    return _NOUN_BEFORE.search(before) is not None


def titled(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (inside their marks) are a short capitalised run that an
    owner's possessive before or a work noun in apposition after places as a work's title."""
    if placed_title(text, start, end) or worked_title(text, start, end):
        return True  # "as Senara in “...”", "“...” (2017)", "edited Ada's “...”"
    if numbered_title(text, start, end):
        return True  # "episode 41, “Ada Vale: Which Summer?”"
    inner = text[start:end].strip()
    if not inner[:1].isupper() or len(inner.split()) > _WORDS:
        return False
    if SHORT_TITLE.fullmatch(inner) is None:
        return False
    if _OWNER_BEFORE.search(text, max(0, start - 40), max(0, start - 1)) is not None:
        return True
    if season_title(text, start):
        return True  # "two seasons of “...”"
    if _comma_placed(text, start, end):
        return True
    if _noun_placed(text, start) or _GENRE_BEFORE.search(text, max(0, start - 16), start - 1):
        return True
    return _WORK_AFTER.match(text, after_close(text, end)) is not None
