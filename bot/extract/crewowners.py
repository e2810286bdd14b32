"""A company before the person a credit names, and the test that a name is not one's start."""

from bot.extract.text import UPPER

COMPANY_OWNER = (
    r"(?:[A-Z][\w-]*[ ]){1,3}(?:Films?|Pictures|Studios?|Productions|Entertainment|Media|"
    rf"Television|Features)[’'](?:s)?[ ](?={UPPER})"
)
"""A company whose person a credit names: "produced by Nordhavn Film’s X", "with Y Pictures' Z"."""
LISTED_OWNER = rf"(?:{COMPANY_OWNER}|[A-Z][\w-]*[’'](?:s)?[ ](?={UPPER}))"
"""Before a member of a credits list, also a channel or streamer of one word: "the executive
producers are A, B and Sky’s C", "produced by A and ITV’s B" (C and B credited, never the owner),
the name after it perhaps accented. Two words before a possessive may be a person owning a part
("directed by A, B and Jo Dale's Vey"), so a company of two words needs its company noun."""
NOT_OWNER = r"(?![’'-]|[ ](?:[A-Z][\w-]*[’']|\d))"
"""After a name: not the start of an owner ("Corvid" of "Corvid House’s X"), nor a channel's
word before its number ("Channel 5", "Channel 5’s X"), nor a place before a hyphen that makes
it a modifier ("Velmora" of "with Velmora-based Quillstone Films": the company, not a person)."""
NOT_OWNING = r"(?![\w-]*(?:[ ][A-Z][\w-]*){0,5}[’']s\b)"
"""After a credit's names: the last is not an owner whose part or person follows ("directed by
A, B and C's Dee are ...": C owns Dee, a clause of its own; "Bay’s X": a company's person)."""
PLATFORM = r"(?:[A-Z][\w+-]*[ ](?=(?:show|series)\b(?![ ][A-Z“\"‘'])))?"
"""A broadcaster's word before "series" or "show" with no title after it: "created the Netflix
series from her webcomic" (the series the article is about; "the BBC series Tallow" is not)."""
NATION = r",[ ](?:the[ ][A-Z][a-z]+[ ])?"
"""Before a name in apposition: "The film's editor, the Norwegian X," (one capitalised word)."""
FIRM = (
    r"(?:(?:indie|independent)[ ])?"
    r"(?:indie|outfit|firm|banner|shingle|prodco|production[ ](?:company|house)|studio)"
)
"""A company's noun after its place: "produced by Leeds indie X Films", "by Hull indie outfit X"
(the place before it is no producer, and the company after it none either, unless it owns the
person named: "by Leeds outfit Kestrel Films' Sara Holt")."""
