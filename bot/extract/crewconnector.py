"""What may stand between a credited name and its verb, and a capital that is no name there.

"X, who ..., directed", "X – who ... – directed", "X (who created the show)", "X, the Welsh
film-maker, directed", "X, the film-maker behind Y and Z, is directing" (or "the director of Y and
Z", though "the director of photography" is a post of its own, whose "will direct the second unit"
is no director's credit; or with no article, "X, author of the Y novels, wrote the
screenplay"), "X, the Polish editor who cut the film" (an apposition that ends in "who" hands the
verb back to X), "X, a friend of the director, is editor" (any description, before a
post), "X, the Y author, who has written the screenplay" (a description that ends in a role noun,
before "who"), "X, best known for Y and Z, is directing" (what a profile says the person is known
for), "X, taking over from Y, directs" (whom they succeed), "X, 38, directs" (an age set off),
"X also wrote", "X and Y lead the cast as A and B, and serve as" (the stars' own credit after
their parts: see :mod:`bot.extract.crewplayers`). The who-clause may run on past a comma into
more of X's own acts, a capital only after "the" ("X, who wrote the books, created the Sky
series and now writes the film"). A "whose" clause is closed by a comma before X's verb: in
"X, whose theme now fills countless fan edits" the words ending the clause are its own
subject's. And
"the Polish editor who cut the film": one capitalised word after an article is an adjective or a
title's word ("the Irish writer", "a Dutch cinematographer"), not the person credited; so is one
after a quantity ("a thousand T edits", "countless T edits", "hundreds of T edits"): it modifies
the plural noun that follows, which is no verb.
"""

from __future__ import annotations

from bot.extract.crewplayers import PLAYED_PARTS
from bot.extract.lexicon import NATIONALITIES
from bot.lazy_patterns import lazy_pattern

_ROLE_NOUNS = (
    r"filmmaker|film-maker|director|writer|screenwriter|playwright|novelist|author|producer|"
    r"showrunner|actor|actress|star|composer|creator"
)
_AUXILIARY = (
    r"(?:[ ](?:is|will[ ]be|(?:has[ ]|have[ ])?signed[ ]on[ ]to|is[ ](?:set|attached)[ ]to|"
    r"will(?=[ ](?:direct|write|produce|score|shoot|edit)\b)))?"
)
"""After an apposition, the verb may come with its auxiliary: "X, the Welsh film-maker, is
directing", "X, the film-maker behind Y, has signed on to direct" (or "will direct")."""
_CREW_NOUNS = rf"{_ROLE_NOUNS}|editor|cinematographer|designer"
_DESCRIBED = (
    r",[ ](?:the|an?|his|her|their)[ ][^,.;:“”\"()]{1,60}?,"
    r"(?=[ ](?:(?:on[ ]board|serving|signed[ ]on|attached)[ ]as|is|will[ ]be)[ ])"
    r"(?:[ ](?:on[ ]board|serving|signed[ ]on|attached)(?=[ ]as[ ]))?"
)
"""Any description between commas, when a post follows: "X, the director's regular collaborator,
on board as director of photography", "X, a friend from film school, is editor"."""
_QUOTED = r"“[^“”.;:]{1,40}”"
"""A quoted title in what the person is behind or known for: "X, the filmmaker behind “A” and
“B”, directs" (invented). A clause set off may close with its comma inside the last title's
quotes, as American copy puts it ("X, whose films include “A” and “B,” directs", invented): the
comma still ends the clause, in this branch and in a "who" or "whose" clause's."""
_DATED = r"\((?:19|20)\d\d\)"
"""A year in brackets after such a title: "X, the director behind Y (2018), is directing"."""
_TAKING_OVER = (
    r",[ ](?:taking[ ]over[ ]from|stepping[ ]in[ ]for|replacing|not|rather[ ]than|instead[ ]of)"
    r"[ ][^,.;:“”\"()]{1,60}?,"
)
"""Whom the person succeeds or is set against, set off before their verb: "X, taking over from
series director Y, directs with a lighter touch", "X, not the show's regular Y, directed the
film" (the verb is X's; Y's own credit is no part of it)."""
_NOT_NOUN = "".join(
    rf"(?<!\b{word}[ ])" for word in ("your", "my", "our", "his", "her", "their", "its")
)
"""No possessive just before the verb: after one the word is a noun ("Please don't tag the cast
in your edits": edits the fans make, no editor's credit). "The" may come before a credit's noun
("X, who directed Y, is at the helm")."""
_PERFECT = (
    r"[ ](?:has|have|had)(?:[ ]also)?"
    r"(?=[ ](?:written|directed|scored|composed|edited|produced|created|shot)\b)"
)
"""The perfect's auxiliary before the credit verb, after an age or a who-clause set off: "X, 30,
who created the show, has written the screenplay", "X, the Y author who created the series, has
written the screenplay", "X, 34, has composed the score" (consumed: the verb follows)."""
_SPEECH = ("said", "says", "that", "added", "revealed", "confirmed", "admitted", "explained")
_REPORTED = "(?:" + "|".join(f"(?<={verb})" for verb in _SPEECH) + ")"
"""A speech verb's own pronoun: "X said she wrote the script" (her credit, reported); never
"they", which after a speech verb is most often the writers or the team, not the speaker."""
_NEW_SUBJECT = (
    "(?!(?:" + "|".join(_SPEECH) + r")[ ](?:the|a|an|our|their|this|that|his|her|its)[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:team|crew|cast|unit|studio|company|production|department|"
    rf"operator|{_CREW_NOUNS})s?\b)"
)
"""No speech verb with a group or a post as the new subject after it: "X of T Films said the team
shot the film", "X said the second unit team (the director, its camera operators) shot it" (their
act, told by X; "X said she wrote it" stays hers, and so does "X has said the story draws on her
novels", the book hers whoever draws on it)."""


CONNECTOR = (
    rf"(?:(?:,[ ]the[ ][^,.;:“”\"]{{1,60}}?[ ](?:{_ROLE_NOUNS}))?"
    r",[ ](?:who\b[^,.;:]{0,100}?(?:,”?(?:[ ](?!(?:they|we|you)\b)(?:[a-z]|(?<=\bthe[ ])[A-Z])"
    r"[\w’'-]*){0,6}?)?"
    r"|whose\b[^,.;:]{0,100}?,”?(?:[ ](?!(?:they|we|you)\b)[a-z][\w’'-]*){0,6}?)"
    r"|[ ][–—][ ]who\b[^–—.;:]{0,100}?[ ][–—]|[ ]\(who(?:[ ]also)?(?=[ ][^()]{1,80}\))"
    rf"|,[ ]the[ ][^,.;:“”\"]{{1,60}}?[ ](?:{_ROLE_NOUNS}),{_AUXILIARY}"
    rf"|,[ ](?:(?:(?:the|an?)[ ](?:[A-Za-z][\w’'-]*[ ]){{0,3}}?)?(?:co-)?(?:{_ROLE_NOUNS})[ ]"
    r"(?:behind|of(?![ ]photography\b))"
    r"|(?:(?:perhaps|probably)[ ])?(?:best|widely)[ ]known[ ]for)"
    rf"[ ](?:[^,.;:“”\"()]|{_QUOTED}|{_DATED}){{1,60}}?(?:,|(?<=,”)){_AUXILIARY}"
    rf"|,[ ]the[ ][^,.;:“”\"]{{1,60}}?[ ](?:{_CREW_NOUNS})[ ]who\b[^,.;:]{{0,100}}?,{_PERFECT}"
    rf"|,[ ]the[ ][^,.;:“”\"]{{1,60}}?[ ](?:{_CREW_NOUNS})[ ]who(?:[ ]also)?"
    rf"|{_DESCRIBED}"
    rf"|{_TAKING_OVER}"
    rf"|,[ ]\d{{1,2}},(?:[ ]who(?:se)?\b[^,.;:]{{0,100}}?,)?{_PERFECT}"
    r"|,[ ]\d{1,2},"
    rf"|{PLAYED_PARTS}"
    r"|(?:[ ](?!(?:and|but|while|which|that|as|whether|if|how|why|what|awards?|prizes?|medals?|"
    r"trophy|nominations?|he|she|they|we|i|you)\b)"
    rf"{_NEW_SUBJECT}[a-z][\w’'-]*|{_REPORTED}[ ](?:he|she)\b){{0,6}}?)[ ]"
    rf"{_NOT_NOUN}"
)
"""The words between a name and the verb that credits it (each form's verb follows); a subject
pronoun opens a clause of its own ("Please tell me they scored it"), but after a speech verb
("X said she wrote it")."""

_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")
_GERUND_OPENING = lazy_pattern(
    r"(?<=ing)[ ](?:her|him|them|us|me|it|the|a|an|this|his|their|its|our)[ ]"
)
"""A verb's -ing form with its object, opening a clause ("Joining her on set is editor X",
"Leading the crew is director X"): a word of the clause, not a name (a surname ending in -ing
is followed by its verb: "Fielding directs")."""
_QUANTITY = lazy_pattern(
    r"\b(?:(?:thousands?|hundreds?|millions?|dozens?)(?:[ ]of)?|countless|many|endless|"
    r"numerous|several)[ ]$"
)
"""A quantity just before one capitalised word: the word modifies a plural noun after it."""


def adjective_at(chunk: str, start: int, names: str) -> bool:
    """Whether the one capitalised word ``names`` at ``start`` follows an article ("the Polish
    editor who cut the film") or a quantity ("a thousand T edits"), or takes the sentence's
    capitalised article into its run ("The Brazilian filmmaker will direct"): a word describing
    someone or something, not a name."""
    if names.startswith(_ARTICLES):
        return names.count(" ") == 1
    if " " in names:
        return False
    if names in NATIONALITIES or _GERUND_OPENING.match(chunk, start + len(names)):
        return True  # "the new Welsh thriller adapted from", "Joining her on set is editor X"
    before = chunk[max(0, start - 16) : start]
    return before.endswith(_ARTICLES) or _QUANTITY.search(before) is not None
