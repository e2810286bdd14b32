"""Another's text, told by the one who recalls it: "Vell recalls an early executive note asking
for “more warmth”", "she remembers a producer's email demanding “more fog”". The quoted words are
the text's author's, never those of whoever recalls it."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ANOTHERS_TEXT = lazy_pattern(
    r"\b(?:an?|the|one)[ ](?:[\w’'-]+[ ]){0,3}?(?:note|email|e-mail|message|memo|letter|request|"
    r"text)[ ](?:asking(?:[ ]for)?|demanding|urging|calling[ ]for|that[ ](?:read|asked"
    r"(?:[ ]for)?))[ ]*$"
)
"""Another's text and what it asked, right before the quoted words: a determiner, up to three
words ("an early executive", "a producer's"), a text noun, then "asking for", "demanding",
"urging", "calling for" or "that read" (whose text it is: see ``_OWN_TEXT``)."""
_OWN_TEXT = lazy_pattern(
    r"\b(?:posted|posts|sent|sends|wrote|writes|shared|shares|left|leaves|tweeted|tweets|issued|"
    r"issues|(?:replied|replies|responded|responds|answered|answers)[ ]with)[ ]$"
)
"""A verb that makes its subject the text's author: "Vell posted a note asking for"."""
_OWN_WORK = r"(?:book|memoir|novel|script|screenplay|diary|notes|poem|poems|speech|album|column)"
_PLACE = r"(?:set|steps|stage|podium|stairs|lectern|pulpit|balcony|floor|court|studio|stands?)"
_READ_OUT = lazy_pattern(
    r"\b(?:reads?|reading)(?:[ ](?:out|aloud))?[ ](?:an?|the|one|another)\b[^.;:“”\"]{0,40}?"
    r"[ ]from[ ](?:(?:an?|one|another|the|her|his|their)[ ]"
    r"|(?=(?:[a-z-]+[ ]){0,2}(?:account|handle|user)[ ]))"
    r"(?!(?:own|new|latest|first)[ ])"
    rf"(?!(?:[a-z-]+[ ])?(?:{_OWN_WORK}|{_PLACE})\b)"
    r"(?:(?!\b(?:said|says|told|tells|added|adds)\b)[^.;:“”\"]){1,60}:[ ]*$"
)
"""Someone reading out another's words, the words after a colon: "the podcast's host reads a
message from a fan named Ola:", "she reads a question from fan account @ola:", "she reads a
letter from her grandmother:" (a mailbag, a
tribute). The reader voices them; whoever wrote them is the speaker, not the reader. Not the
reader's own work or a place read from ("an extract from her memoir:", "a statement from the set
in Wenlow:"), nor a reader who then speaks ("reading a statement from ..., said:")."""
_READ_FROM_ONE = lazy_pattern(
    r"\b(?:reads?|reading|shows?|showed|showing)(?:[ ](?:out|aloud|me|us))?[ ]"
    r"(?:an?|the|one|another)\b[^.;:“”\"]{0,40}?[ ]from[ ](?:him|her|them):[ ]*$"
)
"""Someone reading out or showing words from one a pronoun stands for: "Ada Vale reads a message
from him:", "she shows me a text from her:"."""
_QUOTES_ANOTHERS = lazy_pattern(
    r"\b(?:quoted|quotes|quoting|read[ ]out|reads[ ]out|reading[ ]out)[ ]"
    r"(?:(?:an?|one|another|the)[ ](?:[a-z-]+[ ]){0,2}?[a-z-]+|[A-Z][\w-]+)(?:[’']s|s[’'])[ ]"
    r"(?:[a-z-]+[ ])?(?:email|e-mail|message|letter|note|text|question|tweet|post|comment|"
    r"voicemail|words)[ ]*:[ ]*$"
)
"""Someone quoting another's text, the words after a colon: "the host quoted a listener’s
email:", "she reads out one fan’s question:" (the writer's words, never the quoter's)."""
_GOT_ANSWER = lazy_pattern(
    r"\b(?:asked|asks)\b[^.;:“”\"]{1,120}?,?[ ](?:and|but)[ ](?:got|gets|received|heard|"
    r"was[ ]told|were[ ]told)(?:[ ](?:back|only|just))?[ ]*:[ ]*$"
)
"""An asker given an answer: "a fan asked the driver when it was out, and got:" (the answer is the
one asked's, never the asker's)."""
_TOLD_SENDING = lazy_pattern(
    r",[ ](?:[A-Z][\w’'-]+[ ]){1,3}?(?:says|said|recalls|remembers|explains),[ ](?:then[ ])?"
    r"(?:sent|wrote|texted|emailed|messaged)[ ](?:him|her|me|them|us)\b[^.;:“”\"]{0,80}:[ ]*$"
)
"""A sender's text told in an aside by the one it was sent to: "the director saw her film and,
Ada says, sent her an email with one line in it:" (the sender's words, never the teller's)."""


def quotes_a_text(pre: str) -> bool:
    """``pre`` ends with another's text and what it asked: "a note asking for " before “...”,
    unless the subject wrote it ("posted a message that read "); or with someone reading out
    another's words (:data:`_READ_OUT`), quoting them (:data:`_QUOTES_ANOTHERS`), an asker given
    the answer (:data:`_GOT_ANSWER`), or a text its receiver tells of (:data:`_TOLD_SENDING`)."""
    text = _ANOTHERS_TEXT.search(pre)
    if text is None:
        return ":" in pre and any(
            found.search(pre) is not None
            for found in (_READ_OUT, _READ_FROM_ONE, _QUOTES_ANOTHERS, _GOT_ANSWER, _TOLD_SENDING)
        )
    return _OWN_TEXT.search(pre, 0, text.start()) is None
