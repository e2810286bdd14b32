"""A sentence about someone given only an age and a first name stops a pronoun's search.

"Among the fans, 16-year-old Ottilie from Vanne had queued since dawn. “I cried twice,” she
said." is Ottilie's: no sentence reading finds her as a subject (an age and a lone first name
name no one we could tell apart), and a search that went on past her would hand her words to a
critic or a producer named a sentence before. Her sentence ends the search: the words are
no one's we can name. "Our critic, 54-year-old Tomas Reyer, had ..." names someone in full and
is left to the usual reading. An age spelled out, as live blogs and features write one that opens a
sentence ("Fifteen-year-old Ottilie had queued."), stops the search only from the sentence right
before the words, in their paragraph: a spelled number further back is as often a count as an
age."""

from __future__ import annotations

from bot.extract.people import People
from bot.extract.speaker_kin_openers import writers_kin_of_kin
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

IRREGULAR_PAST = (
    r"(?:told|said|wrote|came|went|made|got|kept|felt|thought|spent|sat|stood|brought|found|"
    r"bought|built|chose|heard|met|saw|took|won|lost|left|wore|sang|paid)"
)
"""Past forms of common verbs that do not end in "-ed": "told", "came", "spent"."""
_SPELLED_AGE = (
    r"(?:(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|[Ee]leven|[Tt]welve"
    r"|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)ty(?:-[a-z]+)?)"
)
"""An age spelled out: "Seventeen", "twelve", "Twenty-two"."""
_AGED_STRANGER = lazy_pattern(
    r"(?:^|,[ ])(?:[Aa][ ]|[Tt]he[ ])?"
    rf"(?:\d{{1,3}}|(?P<spelled>{_SPELLED_AGE}))-year-old[ ](?P<name>[A-Z][\w’'-]+)"
    r"(?:[ ](?:from|of|in)[ ][A-Z][\w’'-]+)?,?[ ](?:[a-z]+ly[ ])?"
    rf"(?:had|has|was|is|[a-z]+ed|[a-z]+s|{IRREGULAR_PAST})\b"
)
"""An age, a lone first name (perhaps from a place) and the verb it is subject of: "16-year-old
Ottilie from Vanne had queued", "a 19-year-old Joel waited", "one fan, 17-year-old Ines from
Lorne, told me"."""


def aged_stranger(sentence: str, people: People, *, adjacent: bool) -> bool:
    """Whether ``sentence``'s subject is someone told only by an age and a first name, whom
    ``people`` does not know ("the 22-year-old Reyer" is the Tomas Reyer named before); an age
    spelled out counts only where ``sentence`` is ``adjacent``: right before the words, in their
    paragraph."""
    found = _AGED_STRANGER.search(sentence)
    return (
        found is not None
        and (adjacent or found["spelled"] is None)
        and people.resolve(found["name"], first_name=True) is None
    )


def stranger_just_before(doc: Doc, people: People, offset: int) -> bool:
    """Whether the sentence right before the one at ``offset``, in its paragraph, meets an aged
    stranger or the writer's kin's kin: the pronoun's fallback (a profile's subject, the last
    "she says") is then not who speaks ("Fifteen-year-old Ada has queued. “...,” she said." and
    "My cousin's son put it best. “...,” he told me." are no earlier sayer's)."""
    own = doc.sentence_at(offset)
    before = doc.sentence_before(own)
    if before is None or before.para != own.para:
        return False
    chunk = doc.masked[before.start : before.end]
    return aged_stranger(chunk, people, adjacent=True) or writers_kin_of_kin(chunk)
