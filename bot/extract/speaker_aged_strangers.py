"""A sentence about someone given only an age and a first name stops a pronoun's search.

"Among the fans, 16-year-old Ottilie from Vanne had queued since dawn. “I cried twice,” she
said." is Ottilie's: no sentence reading finds her as a subject (an age and a lone first name
name no one we could tell apart), and a search that went on past her would hand her words to a
critic or a producer named a sentence before. Her sentence ends the search: the words are
no one's we can name. "Our critic, 54-year-old Tomas Reyer, had ..." names someone in full and
is left to the usual reading."""

from __future__ import annotations

from bot.extract.people import People
from bot.lazy_patterns import lazy_pattern

IRREGULAR_PAST = (
    r"(?:told|said|wrote|came|went|made|got|kept|felt|thought|spent|sat|stood|brought|found|"
    r"bought|built|chose|heard|met|saw|took|won|lost|left|wore|sang|paid)"
)
"""Past forms of common verbs that do not end in "-ed": "told", "came", "spent"."""
_AGED_STRANGER = lazy_pattern(
    r"(?:^|,[ ])(?:[Aa][ ]|[Tt]he[ ])?\d{1,3}-year-old[ ](?P<name>[A-Z][\w’'-]+)"
    r"(?:[ ](?:from|of|in)[ ][A-Z][\w’'-]+)?,?[ ](?:[a-z]+ly[ ])?"
    rf"(?:had|has|was|is|[a-z]+ed|[a-z]+s|{IRREGULAR_PAST})\b"
)
"""An age, a lone first name (perhaps from a place) and the verb it is subject of: "16-year-old
Ottilie from Vanne had queued", "a 19-year-old Joel waited", "one fan, 17-year-old Ines from
Lorne, told me"."""


def aged_stranger(sentence: str, people: People) -> bool:
    """Whether ``sentence``'s subject is someone told only by an age and a first name, whom
    ``people`` does not know ("the 22-year-old Reyer" is the Tomas Reyer named before)."""
    found = _AGED_STRANGER.search(sentence)
    return found is not None and people.resolve(found["name"], first_name=True) is None
