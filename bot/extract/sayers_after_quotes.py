"""Whoever says the words when the text after a quotation names them by kin, by kind or as
someone unnamed ("“...,” one voter, who asked not to be named, told me"; "“...,” a critic
said"): if the resolver cannot place them, the words are still theirs, never handed to whoever
the text before was about."""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.mentioned_lines import WORDS_NOUNS
from bot.extract.put_it_sayers import KIN_PUT
from bot.lazy_patterns import lazy_pattern

_PRONOUN_WORD = r"(?!(?:he|she|they|we|you|it|i)[ ])"
_WORDS_NOUN = (
    rf"(?![^,.;:!?“”\"]{{0,40}}?\b(?:{WORDS_NOUNS}|quote|quotation|remark|comment|description|"
    r"verdict|claim|refrain|sentiment|term|label|tagline|caption|post(?!-)|message|statement|"
    r"verse|lyric)\b)"
)
"""The words named as words in apposition ("“...”, a line the actor says he framed", "a phrase
that has been widely shared", "a post that went round"; not "post-production"): no sayer given,
so the search for one goes on as before."""
_SOMEONE_AFTER = lazy_pattern(
    rf"[,.!?]?[ ]*(?:one|a|an|another)[ ]{_WORDS_NOUN}(?:{_PRONOUN_WORD}[a-z][\w’'-]*[ ]){{0,3}}?"
    rf"{_PRONOUN_WORD}[a-z][\w’'-]*(?:,[ ][^.;:!?“”\"]{{1,120}}?,)?(?:[ ][a-z]+ly)?[ ]"
    rf"{SPEECH_VERBS}\b"
)
"""An indefinite someone in lowercase words, perhaps with an aside, then a speech verb: one the
text has not met before, so no one named earlier ("a word she says" has a pronoun: hers)."""


_KIN_SAYS = lazy_pattern(
    rf"[,.!?]?[ ]*(?:his|her|their|my|our)[ ](?:[a-z][\w-]*[ ]){{1,2}}?{SPEECH_VERBS}\b"
)
"""", her agent said", ", his mother told us": someone the one before knows, never that one."""
_KIND_SAYS = lazy_pattern(
    r"[,.!?]?[ ]*the[ ](?:(?:younger|older|elder|eldest|youngest)\b[^.!?;]{0,30}?"
    rf"|(?:[a-z][\w-]*[ ]){{1,2}}[A-Z][\w’'-]+[ ]){SPEECH_VERBS}\b"
)
"""", the younger Vance added", ", the other Kit said": one of several the text tells apart by
a word the extractor may not place; if it cannot, the words are nobody else's either."""

_OWNED_ROLE_SAYS = lazy_pattern(
    r"[,.!?]?[ ]*(?:the[ ])?[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,2}[’']s[ ]"
    rf"(?:(?:[A-Z]{{2,}}|[a-z][\w-]*)[ ]){{1,5}}?{SPEECH_VERBS}\b"
)
"""", Netflix's UK head of drama told the trade press", ", the BBC's drama chief said": someone
a company or a person has, told by role, never the one the text before was about."""


def _kin_or_kind_says(post: str) -> bool:
    """An attribution after a quotation naming someone by kin or by which of a kind they are."""
    if _KIN_SAYS.match(post) or KIN_PUT.match(post):  # ", as my mum put it"
        return True
    return "the " in post and _KIND_SAYS.match(post) is not None


def said_after(post: str) -> bool:
    """The text after a quotation gives its own sayer, by kin or kind (:func:`_kin_or_kind_says`),
    by a role someone holds ("Netflix's head of drama said"), or as someone unnamed."""
    if _kin_or_kind_says(post) or _OWNED_ROLE_SAYS.match(post) is not None:
        return True
    return _SOMEONE_AFTER.match(post) is not None
