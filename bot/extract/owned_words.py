"""Words introduced as someone's own by a possessive and a colon: "X’s parting words: “...”",
"X's take: “...”" (or view, thoughts, opinion, comment, retort, assessment), "here is the
studio’s statement in full: “...”"; or as a text someone sent the one who recalls it: "he
remembers the message his agent, X, sent him that night: “...”" (the sender's words).

The owner is the speaker when the article can place them (a person it knows, a company); an
owner it cannot place leaves the words to no one, never to the sentence before.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.extract.lexicon import ROLE_NOUN
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_OWNED_WORDS = lazy_pattern(
    rf"(?:^|[ ,(])(?P<owner>{NAME})(?:[’']s|(?<=s)[’'])[ ](?:[a-z][\w-]*[ ]){{0,2}}?"
    r"(?:words|statement|message|reply|response|answer|verdict|advice|note|plea|farewell|"
    r"sign-off|tribute|promise|warning|caption|post|tweet|synopsis|logline|blurb|tagline|take|"
    r"view|views|reaction|thoughts|opinion|comment|comments|remarks|retort|assessment|summary|"
    r"explanation|two[ ]cents)"
    r"(?:[ ](?:in[ ]full|today|tonight|yesterday|read|reads|were|was|are|is)"
    r"|[ ](?:got|gets|drew|draws|won|wins|earned|earns|raised|prompted)[ ][^:;.!?“”\"]{1,60}?)?"
    r"[ ]*:[ ]*$"
)
"""The words' owner and the noun for them right before the colon, perhaps after what they drew
from a room: "X's reply got the loudest cheer of the night:"."""


_GIVEN_WORDS = lazy_pattern(
    rf"\b(?P<owner>(?:the|[Tt]he)[ ]{ROLE_NOUN}|{NAME})(?:[’']s|(?<=s)[’'])[ ]"
    r"(?:[a-z][\w-]*[ ]){0,2}?(?:words|advice|note|notes|instruction|instructions|direction)"
    r"(?:[ ]to[ ](?:him|her|them|me|us))?[ ](?:was|were|had[ ]been)(?:[ ][a-z]+){0,2}[ ]*:[ ]*$"
)
"""Words someone else gave the one who recalls them: "X says the director’s first note to him was
simple:", "X says Vale's note was simple:" (the director's, Vale's, even over X, who tells of
them)."""


_GIVEN_HINT = lazy_pattern(r"[ ](?:was|were|been)\b")
"""The verb :data:`_GIVEN_WORDS` needs, looked for before it is tried."""


_WORDS_FROM = lazy_pattern(
    r"(?:^|[ ,(])(?:[Tt]he|[Aa]n?)[ ](?:[a-z][\w-]*[ ]){0,2}?(?:statement|message|note|reply|"
    rf"response|tribute|post|caption|synopsis|logline|blurb|tagline)[ ]from[ ](?P<owner>{NAME})"
    r"(?:[ ](?:in[ ]full|read|reads|said|says|was|is))?[ ]*:[ ]*$"
)
"""The same words owned by "from": "The statement from Gorsefield: “...”"."""


_PRONOUN_OWNED = lazy_pattern(
    r"^[ ]*(?:(?:[Ff]rom|[Ii]n)[ ])?(?P<owner>[Hh]is|[Hh]er)[ ](?:own[ ]|official[ ]|farewell[ ]|"
    r"parting[ ]|full[ ]|short[ ]|latest[ ])?(?:statement|message|caption|post|tweet|note|reply|"
    r"tribute|farewell)[ ]*:[ ]*$"
)
"""A sentence that opens with the words' owner as a possessive pronoun: "His caption: “...”",
"From her statement: “...”" (whoever the pronoun is, as for "he said")."""
_SUBJECT = {"his": "he", "her": "she"}
_SENT_TEXT = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?)[ ](?:[a-z][\w-]*[ ]){0,2}?(?:message|text|note|letter|email|e-mail|card|"
    r"voicemail|voice[ ]note|line|quote|comment)[ ](?:that[ ]|which[ ])?"
    r"(?P<sender>[^.;:!?“”\"]{1,80}?)[ ](?:had[ ])?(?:sent|wrote|left|texted|emailed|gave|told)[ ]"
    r"(?:him|her|me|them|us|the|[A-Z][\w’'-]*)\b[^.;:!?“”\"]{0,60}:[ ]*$"
)
"""A text the quoted one was sent, and its sender, right before the colon: "the note his
director, Ada Vale, left him on the last day:" (the sender named in it, else no one); so too a
line given to an outlet ("a line Vale gave the Tribune:"), read out by whoever reads it."""
_SENDER_NAME = lazy_pattern(rf"(?<![\w’'])(?P<name>{NAME})")
_SENT_VERBS = (" sent ", " wrote ", " left ", "texted ", "emailed ", " gave ", " told ")
"""The verbs of :data:`_SENT_TEXT`, looked for before it is tried."""
_SENDER_PRONOUNS = frozenset({"he", "she", "they"})
"""A sender told by a pronoun, whoever it stands for ("the letter she wrote him")."""


class Owned(NamedTuple):
    """Whose the words after a colon are (see :func:`colon_owner`)."""

    owner: str
    words: str
    given: bool = False
    """Words given by one told by a role ("the director's note to him was:"): a role that
    resolves to the teller is no giver found, so the words are no one's."""


def colon_owner(pre: str, *, found: bool) -> Owned | None:
    """Whose the words after the colon are, and the words that say so: a text's sender (""
    when the sender goes unnamed), even over a speaker already found (the one recalling it);
    else, when no speaker was found, the owner :func:`words_owner` names."""
    if ":" in pre and any(verb in pre for verb in _SENT_VERBS):
        text = _SENT_TEXT.search(pre[-240:])
        if text is not None:
            sender = text["sender"]
            names = [m["name"] for m in _SENDER_NAME.finditer(sender)]
            if not names and sender in _SENDER_PRONOUNS:  # "the letter she wrote him": hers
                names = [sender]
            return Owned(names[0] if len(names) == 1 else "", text.group().strip(" :"))
    given = _GIVEN_WORDS.search(pre[-200:]) if _GIVEN_HINT.search(pre) else None
    if given is not None:
        by_role = given["owner"].lower().startswith("the ")
        return Owned(given["owner"], given.group().strip(" :"), given=by_role)
    owner = None if found else words_owner(pre)
    return Owned(owner, pre.strip(" :")) if owner is not None else None


def words_owner(pre: str) -> str | None:
    """The owner named by a possessive right before the colon that opens the quote, if any: a
    name, or "he" or "she" for a sentence opened by "His caption:" (see above)."""
    if ("is " in pre or "er " in pre) and (mine := _PRONOUN_OWNED.match(pre)) is not None:
        return _SUBJECT[mine["owner"].lower()]
    if " from " in pre and (found := _WORDS_FROM.search(pre[-160:])) is not None:
        return found["owner"]
    if "s’" not in pre and "s'" not in pre and "’s" not in pre and "'s" not in pre:
        return None
    found = _OWNED_WORDS.search(pre[-160:])
    return found["owner"] if found is not None else None
