"""A work a page names by glossing its title as the film ("Tin Yard Forever, the Lumen film that
closes the story"): the page's own work known by name, though no "the Tin Yard film" says so.

Career profiles of an actor from the page's production tell their new lead vehicle first and the
production after, glossed in apposition; :mod:`.profile_vehicles` needs the page's own work by
name to tell the vehicle's stretch apart. A gloss with a year ("Lumen, the 2019 film that made
her name") or a title told as an earlier credit is someone's past work, never the page's.
"""

from __future__ import annotations

from bot.extract.earlier_credits import earlier_credits
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import TITLE_WORDS
from bot.extract.release_moments import YEAR
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_APPOSED_FILM = lazy_pattern(
    rf"(?P<name>{TITLE_WORDS}),[ ]the[ ]"
    r"(?P<gloss>(?:[\w’'+-]+[ ]){0,3}?)(?:film|movie)[ ](?:(?:that|which|in[ ]which|"
    r"written|directed)\b|[A-Z])"
)
"""A title glossed as the film, the gloss going on to tell it ("X, the Lumen film that ends ...",
"X, the film written by ...", "X, the film Ada Vell wrote"); never "X, the film's director" nor
"X, the film" alone."""


def apposed_own_titles(doc: Doc) -> frozenset[str]:
    """Titles glossed as the film, without their sentence's opening word ("In X, the film that
    ..." names X); none told as a past credit."""
    if "film " not in doc.body and "movie " not in doc.body:
        return frozenset()
    earlier = earlier_credits(doc.body, frozenset())
    titles: set[str] = set()
    for view in doc.views:
        if ", the " not in view.chunk:
            continue  # the pattern's fixed part: most sentences are spared its try at every word
        for match in _APPOSED_FILM.finditer(view.chunk):
            if YEAR.search(match["gloss"]):
                continue  # "Lumen, the 2019 film that made her name": a past credit
            tokens = match["name"].split()
            while tokens and tokens[0] in STOP_TOKENS:
                tokens = tokens[1:]  # "In X, the film that ...": the sentence's word
            if tokens and not any(t in earlier for t in tokens):
                titles.add(" ".join(tokens))
    return frozenset(titles)
