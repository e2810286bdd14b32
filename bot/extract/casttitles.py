"""What marks a bracket or a name beside it as a work's title or a credit, not a casting.

* ``X (Las Horas Grises)``: a bracket opening with a title's article, English or not, names a
  work, never an actor;
* ``the new film from X (Tallow Hill)``, ``written by X (Corrymoor)``: the bracket follows a
  credit, so it holds the person's earlier work, not a part; so does one before a casting verb
  (``X (Tallow Hill) will play Y``);
* ``her second feature, X (Talvi)``, ``the drama X (Y)``: a work's noun names the outer words as
  a title, the bracket its title in the original language;
* ``X (Sky Atlantic)``, ``X (BBC Two)``, ``Ada Vale (TikTok)``: a channel, a streamer or a
  social site in brackets (a review's links to other reviews, a listings line, a list of posts)
  tells where a work is shown or a text posted, never an actor, and the outer name no part;
* ``X (Original Score)``, ``X (Live Action)``, ``X (Director's Cut)``: a bracket ending in a
  format's, version's or kind's noun qualifies the album, cut or prize category before it.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import CHANNEL_NAME, GENRE_NOUNS, GENRE_WORDS, HONORIFICS, PLATFORMS
from bot.lazy_patterns import lazy_pattern

TITLE_ARTICLE = r"(?:The|A|An|Los|Las|El|Les|Il|Der|Die|Das)"
"""A title's leading article inside brackets (a name never opens with one of these)."""

CREDIT_BEFORE = lazy_pattern(
    r"\b(?:(?<!joined[ ])(?<!flanked[ ])(?<!accompanied[ ])(?<!\bled[ ])(?<!headed[ ])"
    r"(?<!fronted[ ])(?<!headlined[ ])by|"
    r"director|writer|creator|producer|composer|editor|cinematographer|"
    r"(?:film|movie|feature|latest|work)[ ]from)[ ]$"
)
"""A credit just before "Name (Bracket)"; searched with the bracket's start as end. "joined by",
"flanked by" and "accompanied by" name company, not a credit: "joined by X (Part), Y (Part)"; nor
do "led by", "headed by", "fronted by" and "headlined by", a cast's leads: "an ensemble led by X
(Part) and Y (Part)"."""
_WORK_NOUN_BEFORE = lazy_pattern(rf"\b(?:{GENRE_NOUNS}|feature|debut),?[ ]$")
"""A work's noun right before "Name (Bracket)": "her second feature, Winter Orchard (Talvi)"."""
_IN_A_WORK = lazy_pattern(r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Tt]hroughout)[ ](?:[\w’'-]+[ ]){1,4}$")
"""A preposition before the work's noun: "In the film, Leon (Tobias Reed) ..." tells a part of
it, the name after the comma no title."""
_NOUN_REACH = 40


def titled_before(chunk: str, start: int) -> bool:
    """Whether a credit or a work's noun (outside a preposition's phrase) comes right before
    "Name (Bracket)" at ``start``: the bracket holds an earlier work or the original title."""
    if CREDIT_BEFORE.search(chunk, 0, start):
        return True
    noun = _WORK_NOUN_BEFORE.search(chunk, max(start - _NOUN_REACH, 0), start)
    return noun is not None and not _IN_A_WORK.search(
        chunk, max(noun.start() - 30, 0), noun.start()
    )


CREDITS_LABEL = lazy_pattern(
    r"^(?:[-*•][ ])?(?:[A-Z][\w-]*[ ](?:of[ ])?){0,3}?"
    r"(?:Producers?|Directors?|Writers?|Editors?|Composers?|Designers?|Cinematographers?|"
    r"Photography|Screenplay|Music|Score)(?:[ ][a-z]+)?:[ ]"
)
"""A credits block's line ("Executive Producers: X (Sky), Y", "Director of Photography: X"):
every name on it is crew, so a bracket after one holds a company, never a part."""

_AS_CLAUSE = lazy_pattern(
    r"[ ]as[ ](?P<name>[A-Z][\w’'-]*)(?:[ ][A-Z][\w’'-]*)?[ ](?!across\b|towards\b|always\b|"
    r"perhaps\b|this\b)[a-z]+(?:s|ed)\b(?![’'])"
)
"""A bare "as" opening a clause: "follows Mira Holt (Ada Vale) as Mira prepares to leave"."""


def as_clause_on(chunk: str, at: int) -> bool:
    """Whether a bare "as" at ``at`` opens a clause on a name the sentence has already named
    ("Mira Holt (Ada Vale) as Mira prepares", "follows Cal (X) and Mira (Y) as Cal leaves"),
    not the casting itself ("Ada Vale (Lumen) as Mira Holt impresses": the bracket an earlier
    credit, the part after "as")."""
    match = _AS_CLAUSE.match(chunk, at)
    if match is None:
        return False
    return re.search(rf"\b{re.escape(match['name'])}\b", chunk[:at]) is not None


CAST_AFTER = lazy_pattern(
    r",?[ ](?:who[ ])?(?:(?:will|is|are|was|has|have|been|set|to|now|also|"
    r"officially|reportedly|going)[ ]){0,4}(?:play|plays|playing|portrays?|voices?|"
    r"(?:[a-z]+[ ]){1,2}the[ ]role[ ]of|"
    r"(?:(?:star|stars|starring|cast|joins?|joining|returns?|returning|be|appears?|set|confirmed|"
    r"announced|named|tapped|signed|(?:[a-z]+[ ])?(?:in|aboard|on)|(?:[a-z]+[ ]){1,6}?cast"
    r"|(?:joined|joins?|joining|boards?|boarded|boarding|signed[ ]on[ ]to)[ ](?:the|this)"
    r"[ ][a-z-]+(?:[ ][a-z-]+)?)[ ])?as)"
    r"[ ](?:(?:the|a|an|his|her|their)[ ])?(?:[a-z][\w’'-]*,?[ ]){0,2}[^\W\d_a-zß-öø-ÿ]"
)
"""A casting verb after "Name (Bracket)": the outer name is the actor, the bracket an earlier
credit ("Ada Vale (Salt Year) will play Mira", "stars ... as Mira", "has joined the film as
Mira", "has landed the role of the nurse, Mira"), never the part; see :func:`as_clause_on`
for a bare "as" opening a clause on the part."""

CREW_AFTER = lazy_pattern(
    r",?[ ](?:(?:will|is|was|has|set|now|also|returns?|returning|back|signed[ ]on|attached|"
    r"tapped|hired|again)[ ]){0,3}(?:to[ ](?:direct|co-direct|write|co-write|pen|produce|"
    r"executive[ ]produce|exec[ ]produce|helm|score|edit)\b|(?:directs|directed|directing|"
    r"helms|helmed|helming)\b)"
)
"""A crew verb after "Name (Bracket)": the outer name is crew, the bracket its earlier works
("X (Lumen, Tallow Hill) is directing": no part, whatever the bracket's words look like)."""


_CHANNEL = lazy_pattern(CHANNEL_NAME)
"""A channel's or streamer's whole name ("Sky" alone, "Max" or "Now" may be a person's)."""


def sited(*names: str) -> bool:
    """Whether one of a bracket pair's names is a social site, a channel or a streamer."""
    return any(name in PLATFORMS or _CHANNEL.fullmatch(name) for name in names)


_NOTE_NOUNS = frozenset(
    {
        "Score", "Soundtrack", "Edition", "Cut", "Version", "Remix", "Mix", "Remaster",
        "Remastered", "Action", "Animation", "Category", "Trailer", "Teaser", "Uncut",
        *(word.capitalize() for word in GENRE_WORDS if "-" not in word),
    }
)  # fmt: skip
"""Nouns a format, version or kind ends with ("Original Score", "Live Action", "Limited
Series"), never a person's or a part's last word."""

_PART_TITLES = HONORIFICS | {"Doctor", "Mister", "Madam", "Madame"}
"""Titles that lead a part's name, spelt out as well as short ("Doctor", not only "Dr")."""


def noted(*names: str) -> bool:
    """Whether one of a bracket pair's names is a format's, version's or kind's note. A name
    led by a title ("Captain Action", "Doctor Horror") is a part's, whatever its last word."""
    return any(
        name.rsplit(maxsplit=1)[-1] in _NOTE_NOUNS and name.split(maxsplit=1)[0] not in _PART_TITLES
        for name in names
        if name
    )


def title_led(name: str) -> bool:
    """A capitalised run led by "The" ("The Fallow Reach"): a title, no one's name."""
    return name.startswith("The ")
