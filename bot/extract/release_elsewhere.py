"""Times that are not this film's, told by the words around them: another work named as
someone's ("Her previous film, Quiet Rooms, opened ...", "Lund's film “Snowline” opens ..."),
a work a pronoun points back to across a semicolon ("he co-stars in “Red Pier”; it opens on
..."), a production introduced by an indefinite noun ("a thriller from Apex that starts filming
in May"), and a time the sentence itself dismisses ("... would be fitting, but that is pure
guesswork", "a summer slot is unlikely").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import CHANNEL
from bot.extract.release_story_times import defined_by_plot
from bot.extract.release_words import TITLE_WORD, WORK_NAME
from bot.lazy_patterns import lazy_pattern

_WORK_NOUN = (
    r"(?:film|feature|movie|series|show|drama|comedy|thriller|documentary|picture|project|"
    r"co-production|production|miniseries|sequel|western|romance|biopic|musical|sitcom|horror|"
    r"epic|saga|chiller|adaptation)"
)
_OTHER_FORM = rf"(?:novel|book|play|memoir|comic|podcast|{_WORK_NOUN})"
"""A work of any form someone may own: a stage play or a book as well as a screen work."""
_OWNED = lazy_pattern(
    r"\b(?P<owner>[^\W\d_a-z][\w’'-]*)[’']s[ ](?:(?:most[ ]recent|latest|previous|last|other|"
    r"new|next|upcoming|current|debut|first|second|third)[ ])?"
    rf"(?:[\w-]+[ ]){{0,3}}?{_OTHER_FORM},?[ ][“\"‘]?"
    rf"(?:(?P<name>{WORK_NAME})(?:,?[”\"’],?|,)?"
    r"|(?<=[“\"‘])(?P<quoted>[^“”\"]{1,60}?),?[”\"’],?)[ ][^;:()]*$"
)
"""Another work named as a person's or company's: "Halloran's previous film, Quiet Rooms, opened
...", "Lund's seafaring epic The Long Swell, with X as Y, opens ...", "Lund's film “Snowline”
opens ...", "Abbey's play Gorse Lamps opens at the Donmar on ..."."""
_CHANNELS_WORK = lazy_pattern(
    rf"\b{CHANNEL}\+?(?:[ ][A-Z0-9][\w+]*){{0,2}}[’']s[ ][“\"‘]?"
    rf"(?P<name>{WORK_NAME})(?<![’']s)[”\"’]?(?P<rest>[^;:.!?“”\"]{{0,60}})$"
)
"""A channel's or streamer's work named just before the time, with no kind noun between ("before
Apple TV+’s Pale Row returns on 13 March", "BBC iPlayer’s Gull Lane revival (160m), which launched
on 14 June", invented): in a chart or listing, that work's time, unless the name is ours."""
_QUOTED = lazy_pattern(r"[“\"](?P<name>[A-Z][^“”\"]{1,60}?)[,.]?[”\"]")
_POINTS_BACK = lazy_pattern(r";[ ](?:it|the[ ]latter)[ ][^;]*$")
_INDEFINITE = lazy_pattern(
    rf"(?P<name>{WORK_NAME})[”\"’]?,[ ]"
    rf"(?:an?|another)[ ](?:[\w’'-]+[ ]){{0,4}}{_WORK_NOUN}(?:[ ](?:from|for|by|with)[ ]"
    rf"[\w’'&+-]+(?:[ ]{TITLE_WORD}){{0,3}})?,?[ ](?:that|which)[ ][^,;:()]*$"
)
"""A work named, then described as one of many ("in Glasswing, a coming-of-age drama from Halcyon
that starts filming in June"): another production, unless the name is ours."""
_THEIRS_HINT = lazy_pattern(r"\b(?:his|her|their)[ ]")
_THEIRS = lazy_pattern(
    rf"\b(?:his|her|their)[ ](?:[\w-]+[ ]){{0,2}}?{_OTHER_FORM},?[ ][“\"‘]?"
    rf"(?P<name>{WORK_NAME})[^;:()]*$"
)
"""Another work named as a pronoun's ("adapting their novel Glasswing as a series, with filming
pencilled in for 2027", "her next film Dry Season starts shooting in May"): a known name stays
ours (a masked title, all "x", never opens on the capital the name needs)."""
_WHOSE = lazy_pattern(
    rf"\bwhose[ ](?:[\w-]+[ ]){{0,2}}?{_OTHER_FORM},?[ ][“\"‘]?"
    rf"(?P<name>{WORK_NAME})[”\"’]?,?[ ][^,;:()]*$"
)
"""Another work named in a "whose" clause, the time in that clause ("X, whose own horror film,
Copper Lanes, opens on 23 October"): that work's time. The clause ends at its first comma after
the name; a time past it ("whose play Copper Lanes won an award in 2023, and directed by Y, Z is
..., where it airs in the spring") is back with the sentence's own work."""
_CAPITAL = lazy_pattern(TITLE_WORD)
_DAY = lazy_pattern(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Netflix|BBC|ITV|Channel)\b"
)
"""A day, month or channel straight after the noun is when or where, not a work's name."""
_UPCOMING = r"(?:next|new|latest|upcoming|forthcoming)"
_NEXT_HINT = lazy_pattern(rf"\bwhose[ ]|[’']s[ ]{_UPCOMING}[ ]")
_HAS_HINT = lazy_pattern(r"\b(?:has|have|had)[ ]|[’']ve[ ]got[ ]")
_HAS_WORK = lazy_pattern(
    r"\b(?:has|have|had)[ ](?:got[ ])?(?:the|an?|another)[ ](?:[\w-]+[ ]){0,3}?"
    rf"{_WORK_NOUN}[ ][“\"‘]?(?P<name>{TITLE_WORD}(?:[ ](?:{TITLE_WORD}|in|of|the|on|at|and))"
    r"{0,6}?)[”\"’]?[ ](?:due|out|arriving|coming|set|slated|hitting|landing|opening)\b[^;:()]*$"
)
"""Another work someone has coming ("she has the thriller Dry Season due out next spring",
"he has a comedy, no, the comedy Red Pier out in May"): not ours unless the name is known."""
_HAS_BARE = lazy_pattern(
    r"(?:\b(?:has|have|had)|[’']ve)[ ](?:got[ ])?"
    rf"(?P<name>{TITLE_WORD}(?:[ ]{TITLE_WORD}){{0,4}})[ ]"
    r"(?:coming[ ]out|out[ ](?:on|in)|arriving|landing)\b[^;:()]*$"
)
"""The same with the title alone, as an interviewer puts it ("You also have Gorse Lamps coming out
on Sky in the autumn", an answer's "I've got Gorse Lamps coming out"): only a release's verb,
for "has Ada Rook set to star" names a person."""
_NEXT_WORK = lazy_pattern(
    rf"(?:\bwhose|[’']s)[ ]{_UPCOMING}[ ](?:[\w-]+[ ]){{0,2}}?"
    rf"{_OTHER_FORM}[ ](?:is|will[ ]be)[ ](?:(?:the|an?)[ ](?:[\w-]+[ ]){{0,3}}?{_OTHER_FORM}[ ])?"
    rf"[“\"‘]?(?P<name>{WORK_NAME})(?P<rest>[^;:()]*)$"
)
"""A person's next work named in a "whose" clause or after their name, then the plan ("X, whose
next film is the drama Glasswing, is expected to start shooting it in Leeds next spring", "X's
next project will be Glasswing, which starts shooting in May"): that work's time, unless the rest
of the sentence names ours."""


def elsewhere(chunk: str, start: int, context: Context) -> bool:
    """The time at ``start`` belongs to another work the sentence names before it."""
    before = chunk[:start]
    if "’s " in before or "'s " in before:
        owned = _OWNED.search(before)
        if owned is not None:
            # A quoted title reaches here masked: only its owner can tell it from ours.
            name = owned["name"] or owned["quoted"]
            masked = name.strip("x") == ""
            if not (context.is_ours(owned["owner"]) if masked else context.is_known(name)):
                return True
        channels = _CHANNELS_WORK.search(before)
        if channels is not None and not context.is_known(channels["name"]):
            rest = _CAPITAL.findall(channels["rest"])
            return not any(context.is_known(word) for word in rest)
    if ";" in before and _POINTS_BACK.search(before):
        head = before[: before.rfind(";")]
        titles = [m["name"] for m in _QUOTED.finditer(head)]
        if titles and not context.is_known(titles[-1]):
            return True
    described = _INDEFINITE.search(before) if ", a" in before else None
    if described is not None and not context.is_known(described["name"]):
        return True
    has = _HAS_WORK.search(before) or _HAS_BARE.search(before) if _HAS_HINT.search(before) else None
    if has is not None and not context.is_known(has["name"]):
        return True
    upcoming = _NEXT_WORK.search(before) if _NEXT_HINT.search(before) else None
    if upcoming is not None and not context.is_known(upcoming["name"]):
        rest = _CAPITAL.findall(upcoming["rest"])
        if not any(context.is_known(word) for word in rest):
            return True
    whose = _WHOSE.search(before) if "whose " in before else None
    if whose is not None and not context.is_known(whose["name"]):
        return True
    theirs = _THEIRS.search(before) if _THEIRS_HINT.search(before) else None
    return (
        theirs is not None
        and not _DAY.match(theirs["name"])
        and not context.is_known(theirs["name"])
    )


_DISMISSED = lazy_pattern(
    r"^(?:[^,;.]{0,40}?\b(?:would|could|might)[ ]be\b[^;.]*?,[ ]but[ ](?:that|this|it)(?:[ ]is|"
    r"[’']s)[ ](?:\w+[ ])?(?:speculation|guesswork|a[ ]guess|a[ ]theory|unconfirmed|"
    r"wishful[ ]thinking)\b"
    r"|[ ](?:\w+[ ]){0,2}?(?:is|seems|looks|remains)[ ](?:not[ ])?(?:impossible|unlikely|"
    r"improbable|doubtful)\b"
    r"|[^;.]*?,[ ]but[ ](?:nothing|none[ ]of[ ](?:it|this|that))[ ](?:is|has[ ]been|was)[ ]"
    r"(?:yet[ ]|officially[ ])?confirmed(?:[ ]yet)?(?=[.!;)]|$))"
)


def dismissed(chunk: str, end: int) -> bool:
    """The sentence names the time only to doubt it: "A March 3 drop would be neat, but that is
    pure speculation", "so a summer slot is not impossible", "People say it lands in May, but
    nothing is confirmed"; or names a season of the plot ("the summer his sister leaves")."""
    return _DISMISSED.search(chunk[end:]) is not None or defined_by_plot(chunk, end)
