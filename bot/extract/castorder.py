"""Which side of a bracketed or dashed pair is the actor, for :mod:`bot.extract.cast`.

Outlets write a cast list both ways round: "Ada Vale (Mira Holt)" and "Mira Holt (Ada Vale)".
When both sides are full names the form alone cannot tell; what the article itself shows settles it:
* one side is a person the article names elsewhere (an actor cast in a plain form, someone
  introduced in a person-only context), a part it casts elsewhere, or one of that part's family;
* an honorific marks the part ("Ada Vale (Dr Mira Holt)");
* the list says it lists actors: a "STARRING" or "CAST" header line, or "starring" just before;
* the other pairs of the same list: a list keeps one order, so one settled pair settles all.

A pair nothing settles is held (below the line), never guessed. A bracket after a person who
then directs or writes ("Ada Vale (Salt Year) returns to direct"), or who is cast as another
part elsewhere ("Ada Vale (Salt Year) joins ... Vale plays Mira Holt"), is their earlier work.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castactornouns import without_actor_noun
from bot.extract.castcareerclues import seen_elsewhere, starred
from bot.extract.castdeals import in_a_sale
from bot.extract.castdirection import is_part, weighed
from bot.extract.castfamilies import family_orders
from bot.extract.castfirstnameacts import first_name_acts
from bot.extract.castforms import Casting
from bot.extract.castlistcues import unnamed_order
from bot.extract.castlistshapes import CAST_THEN, closing_order, in_prose, news_led, shared_order
from bot.extract.castlonglists import long_list_order, supported_pairs
from bot.extract.castnominees import nominee_before
from bot.extract.castnoteleavers import follow_pairs, pair_notes, unnoted
from bot.extract.castsiblings import heading_lists
from bot.extract.castsurnamealone import surname_alone
from bot.extract.casttitles import CREW_AFTER
from bot.extract.castwhoappeared import aside_works
from bot.extract.cues import WORD_END, starts_word, word_led
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import AGE_PREFIXES, STOP_TOKENS, honorific
from bot.extract.names import clean_character
from bot.extract.people import People, clean_name, is_full
from bot.extract.text import UPPER
from bot.extract.works import names_a_work

UNSETTLED_DOUBT = "a pairing the article does not settle (which is the actor, or whose the part is)"
_CREW_BEFORE = lazy_pattern(
    r"\b(?:film-?maker|director|writer|screenwriter|writer-director|co-writer|showrunner|creator|"
    r"novelist|author|playwright|composer|cinematographer|helmer|auteur)[ ]$"
)
"""A maker's job just before "Name (Bracket)": "filmmaker Ada Vale (Salt Year)" names her work."""
_SEPARATOR = lazy_pattern(r"(?:[ ,;&\n]|and|with|plus|featuring|introducing|[-*•·▪◦]|\d{1,2}[.)])*")
_ACTORS_HEADER = lazy_pattern(
    r"(?i:(?:the[ ]|main[ ]|full[ ]|principal[ ]|returning[ ]|new[ ]|also[ ]|with[ ])?"
    r"(?:starring|cast))[ ]*:?[ ]*$"
    r"|(?i:(?!.*\b(?:not|no|former|formerly|left|leaving|exits?|departures?|other)\b)"
    r"(?:[\w’'-]+[ ]){0,3}cast(?:[ ]members|[ ]list)?(?:[ ]\([^()]{1,40}\))?"
    r"(?:[ ](?:also[ ])?(?:includes?|are))?[ ]*:)"
)
"""A header line naming the cast: "CAST", "Returning cast:", "Joining the cast:", "Confirmed
cast (official sources only):" (not "Not in the cast:" or "Former cast:")."""
_ACTORS_BEFORE = lazy_pattern(
    r"(?i:\b(?:starring|co-starring|stars|co-stars|cast[ ]members?|castmates|(?:cast|cast[ ]"
    rf"members|actors|ensemble)[ ](?:also[ ])?(?:includ(?:es?|ing)|are|is)|{CAST_THEN})[ ]*:?[ ]*$)"
)
"""Words just before a list that say its first names are actors: "the film stars X (Y), ...",
"the returning cast includes X (Y)", "fellow cast members X (Y)", "the cast ..., including"."""


def settle_pairs(raw: list[Casting], people: People, text: str) -> list[Casting]:
    """The castings with every bracketed pair of two full names in the order the article
    settles; an unsettled pair is marked ``unsure`` (held), a crew member's bracket dropped
    ("X (Lumen, Tallow Hill) directs" lists X's works, though it has the shape of a part's)."""
    parts = {clean_character(r.character) for r in unnoted(raw) if r.character}
    plain = _plain_parts(raw)
    kept = [
        r
        for r in raw
        if not (r.outer and (CREW_AFTER.match(text, r.end) or _cast_otherwise(r, plain)))
        and not (r.outer and _CREW_BEFORE.search(text, max(r.start - 20, 0), r.start))
        and not (r.work and text[r.end - 1 : r.end] == ")" and CREW_AFTER.match(text, r.end))
        and not (r.outer and in_a_sale(r.evidence))
        and not (r.outer and _honoured_work(r, parts, text))
    ]
    for r in raw:  # "Leading actress: Ada Vale (Lumen)": still a person, her work dropped
        if r.outer and is_full(r.outer) and r not in kept and nominee_before(text, r.start):
            people.add(r.outer)
    noted, lists = pair_notes(kept), list[list[int]]()
    bridge: Casting | None = None  # the list's last bracket, a one-word part's too ("X (Lars)")
    for index, item in enumerate(kept):
        if not item.flexible or not item.outer:
            continue
        joined = bridge is not None and (item.start < bridge.end or _same_list(bridge, item, text))
        full = _two_full_names(item)
        bridge = item if joined or full else None
        if not full:
            continue
        if lists and joined:
            lists[-1].append(index)
        else:
            lists.append([index])
    earlier = list[tuple[int, bool]]()  # each settled list's end and order
    shaped = list[tuple[Casting, bool]]()  # each settled list's first item and order
    pending = list[tuple[dict[int, bool | None], bool]]()  # lists the others may settle
    for members in heading_lists(kept, lists, text):
        first, marked = kept[members[0]], _marked(kept, members, text)
        if marked is not None:
            shaped.append((first, marked))
            _settle(kept, dict.fromkeys(members), {marked})
            continue
        orders = {i: _order(kept[i], people, parts, text) for i in members}
        orders = _unweak(family_orders(orders, kept, raw), kept, people, parts, text)
        settled = {order for order in orders.values() if order is not None}
        if len(settled) == 1:
            earlier.append((kept[members[-1]].end, next(iter(settled))))
        settled = settled or unnamed_order(first, kept, earlier, text)
        settled = settled or closing_order(kept[members[-1]], text)
        long = len(members) > 2 and not _dashed(first, text)  # read by its shape and support
        news = not long and news_led(first, text)
        if not settled and long:
            settled = long_list_order([kept[i] for i in members], raw, shaped, text)
        elif not settled and not news and in_prose(first, text, lone=len(members) == 1):
            settled = {False}
        if _lists_actors(first, text):  # under "CAST": the names' evidence must agree
            orders, settled = weighed(orders, settled, kept, _dashed(first, text), text)
        elif not settled:
            pending.append((orders, news))
            continue
        if len(settled) == 1:
            shaped.append((first, next(iter(settled))))
        _settle(kept, orders, settled)
    for orders, news in pending:  # a list of the same shape, then cast news's actor first
        settled = shared_order(kept[min(orders)], shaped, text) or (
            {True} if news else supported_pairs(kept, sorted(orders), raw, shaped, text)
        )
        _settle(kept, orders, settled)
    return follow_pairs(kept, noted)


def _settle(kept: list[Casting], orders: dict[int, bool | None], settled: set[bool]) -> None:
    """Orients each pair by its own order, else by the one order settling its list."""
    agreed = next(iter(settled)) if len(settled) == 1 else None
    for index, order in orders.items():
        kept[index] = _oriented(kept[index], agreed if order is None else order)


def _unweak(
    orders: dict[int, bool | None], kept: list[Casting], people: People, parts: set[str], text: str
) -> dict[int, bool | None]:
    """A list's orders without its weak votes: a part's first name speaking ("Gus says ...")
    turns no list, even of two, against the strong votes that agree; alone, it is dropped only
    from a list longer than two. Two weak votes that agree ("Gus says", "Mira posts") settle it."""
    decided = [i for i, order in orders.items() if order is not None]
    weak = {i for i in decided if _weak(kept[i], people, parts, text)}
    strong = {orders[i] for i in decided if i not in weak}
    if len(decided) == 1 and weak:
        return dict.fromkeys(orders) if len(orders) > 2 else orders
    if len(strong) != 1 or all(orders[i] in strong for i in weak):
        return orders
    return {i: None if i in weak else order for i, order in orders.items()}


def _weak(item: Casting, people: People, parts: set[str], text: str) -> bool:
    """The pair's order rests on a first name's act alone, every stronger sign even."""
    inner = item.character if item.outer == item.actor else item.actor

    def signs(name: str, other: str) -> tuple[bool, ...]:
        known, part = _known(name, people), clean_character(name) in parts
        return _honorific(name), known, part, named_as(name, other, text), surname_alone(name, text)

    acts = first_name_acts(item.outer, text) != first_name_acts(inner, text)
    return acts and signs(item.outer, inner) == signs(inner, item.outer)


def _honoured_work(item: Casting, parts: set[str], text: str) -> bool:
    """An award before the outer name (or its category opening the line) and, in the bracket,
    no part the article casts."""
    if not nominee_before(text, item.start):
        return False
    inner = item.character if item.outer == item.actor else item.actor
    return clean_character(inner) not in parts


_KIN_AFTER = lazy_pattern(rf"[ ][–—-][ ][^,\n]+,[ ]{UPPER}[\w’'-]*[’']s[ ][a-z]")
"""A dashed item's second name described by who they are to someone in the story."""


def _marked(kept: list[Casting], members: list[int], text: str) -> bool | None:
    """The order a list's own marks give, stronger than any name's use elsewhere (a surname in
    "the Vale family house" is no person): an honorific on one side of a pair ("Dr Mira
    Holt"), or a header naming the cast. Marks that disagree settle nothing."""
    marks = set()
    for index in members:
        item = kept[index]
        inner = item.character if item.outer == item.actor else item.actor
        if _honorific(item.outer) != _honorific(inner):
            marks.add(_honorific(inner))
        elif item.outer == item.actor and _KIN_AFTER.search(text, item.start, item.end):
            marks.add(True)  # "Ada Vale – Mira Holt, Tom's older sister": a part's relation
    if not marks and not _dashed(kept[members[0]], text) and _lists_actors(kept[members[0]], text):
        marks.add(True)
    return next(iter(marks)) if len(marks) == 1 else None


def _dashed(item: Casting, text: str) -> bool:
    """A dashed pair ("Mira Holt – Ada Vale"): a header naming the cast says the list holds
    actors, not which side of the dash they stand on, so the names' use elsewhere comes first."""
    return "(" not in text[item.start : item.end]


def _plain_parts(raw: list[Casting]) -> dict[str, set[str]]:
    """The words of each actor's parts cast in a plain form, by surname; not a past part an
    aside sets in some work ("X, who starred in Tin Lane as Mira"): that is no casting."""
    plain: dict[str, set[str]] = {}
    for r in raw:
        if r.flexible or not r.actor or not r.character:
            continue
        if not aside_works(r.evidence, r.actor, r.character):
            plain.setdefault(r.actor.rsplit(maxsplit=1)[-1], set()).update(r.character.split())
    return plain


def _cast_otherwise(item: Casting, plain: dict[str, set[str]]) -> bool:
    """One side of the pair is cast in a plain form as a part that shares no word with the other
    side: "Ada Vale (Salt Year) joins ... Vale plays Mira Holt" names her earlier work."""
    for side, other in ((item.actor, item.character), (item.character, item.actor)):
        parts = plain.get(side.rsplit(maxsplit=1)[-1])
        if parts and " " in side and not parts & set(other.split()):
            return True
    return False


def _two_full_names(item: Casting) -> bool:
    """A bracketed pair of two full names (an honorific marks a part: such a pair is settled,
    and settles the rest of its list)."""
    if not item.flexible or not item.outer:
        return False
    return all(
        is_full(clean_name(side)) or (_honorific(side) and " " in side)
        for side in (item.actor, item.character)
    )


def _same_list(before: Casting, item: Casting, text: str) -> bool:
    return _SEPARATOR.fullmatch(text, before.end, item.start) is not None


def _order(item: Casting, people: People, parts: set[str], text: str) -> bool | None:
    """True: the outer name is the actor; False: the part; None: nothing tells."""
    inner = item.character if item.outer == item.actor else item.actor
    if _honorific(item.outer) != _honorific(inner):
        return _honorific(inner)
    outer_known, inner_known = _known(item.outer, people), _known(inner, people)
    if outer_known != inner_known:
        known = item.outer if outer_known else inner
        weak = _by_role_noun(known, people) and _called_as_part(known, text)
        return None if weak and _clue(item.outer, inner, text) is not outer_known else outer_known
    outer_part, inner_part = clean_character(item.outer) in parts, clean_character(inner) in parts
    if outer_part != inner_part:
        return inner_part
    outer_as, inner_as = named_as(item.outer, inner, text), named_as(inner, item.outer, text)
    if outer_as != inner_as:
        return outer_as
    return _clue(item.outer, inner, text)


def _clue(outer: str, inner: str, text: str) -> bool | None:
    """What the actor clues, then the story's subject, say of a pair: True, the outer name acts;
    None: they are even."""
    for actor_clue in (surname_alone, first_name_acts, starred, seen_elsewhere):
        outer_has, inner_has = actor_clue(outer, text), actor_clue(inner, text)
        if outer_has != inner_has:
            return outer_has
    outer_part, inner_part = is_part(outer, text), is_part(inner, text)
    return inner_part if outer_part != inner_part else None


def _called_as_part(name: str, text: str) -> bool:
    """The article calls ``name`` by its first name alone ("Mira's", "Mira has"), as a part is
    called, and never by its surname alone, as news calls a person."""
    first, _, last = name.partition(" ")
    if not last or surname_alone(name, text):
        return False
    alone = word_led(first, text, WORD_END)
    return any(not text.startswith(last, tail.end() + 1) for _, tail in alone)


def _by_role_noun(name: str, people: People) -> bool:
    """``name`` is known only from a role noun before it ("newcomer Mira Holt"), which a
    part's description uses too ("takes newcomer Mira Holt (Ada Vale) under his wing")."""
    resolved = people.resolve(name) or people.expand(name)
    return resolved is not None and people.known_by_role_noun_only(resolved)


def named_as(actor: str, part: str, text: str) -> bool:
    """The article pairs the two names with "as", the actor first: "Ada as Mira was perfect",
    "Ada Vale as Mira Holt" (full names or first names, each a whole word)."""
    if " as " not in text:
        return False
    for left in {actor, actor.split(maxsplit=1)[0]}:
        for right in {part, part.split(maxsplit=1)[0]}:
            said = f"{left} as {right}"
            at = text.find(said)
            while at >= 0:
                end = at + len(said)
                if starts_word(text, at) and WORD_END.match(text, end):
                    return True
                at = text.find(said, at + 1)
    return False


def _lists_actors(first: Casting, text: str) -> bool:
    """The list's header line, or the words just before its first item, name actors."""
    line_start = text.rfind("\n", 0, first.start) + 1
    before = text[line_start : first.start]
    if _ACTORS_BEFORE.search(before) or _ACTORS_HEADER.fullmatch(before.strip()):
        return True
    if before.strip(" -*•·▪◦"):
        return False
    header_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return _ACTORS_HEADER.fullmatch(text[header_start:line_start].strip(" \n*#_")) is not None


def _oriented(item: Casting, actor_outside: bool | None) -> Casting:
    if actor_outside is None:
        return replace(item, unsure=True)
    inner = item.character if item.outer == item.actor else item.actor
    actor, part = (item.outer, inner) if actor_outside else (inner, item.outer)
    return replace(item, actor=actor, character=part, flexible=False)


def orient(item: Casting, people: People, text: str) -> Casting | None:
    """Brackets and dashes: the side that is a known person is the actor; a title is no one.

    "Bremner (The Verdigris Clerk)" and "Kai Lund (Saltmarsh)", where Saltmarsh is named as a work
    elsewhere, have no part; "Marek (Sęk)" has one if the article writes Sęk's full name; "Kit Lane
    – Ada Marsh" swaps if Ada Marsh is the known person, and "Kai Lund (Prince Ivo)" has the
    honorific on the part's side."""
    if item.flexible and _honorific(item.actor) and not _honorific(item.character):
        item = replace(item, actor=item.character, character=item.actor)
    if any(names_a_work(side, text, loosely=False) for side in (item.character, item.actor)):
        return None
    item = without_actor_noun(item)  # "Newcomers Ada Vale (Mira Holt)": the noun is no name
    first = item.actor.split(maxsplit=1)[0]
    if first in AGE_PREFIXES and _known(item.character, people) and not _known(item.actor, people):
        item = replace(item, actor=item.character, character=item.actor)  # "X (Old Marit)"
        first = item.actor.split(maxsplit=1)[0]
    if first in STOP_TOKENS or not any(c.isalpha() for c in first):
        return None
    if any(len(token) > 1 and token.isupper() for token in item.actor.split()):
        return None  # "The Ninth Floor (BBC Two)": a channel, not an actor
    if not item.flexible:
        return item  # settled by the list it stands in
    actor_known = _known(item.actor, people)
    if _known(item.character, people) and not actor_known and not _article_led(item.character):
        return replace(item, actor=item.character, character=item.actor)
    if not is_full(clean_name(item.actor)) and not actor_known:
        pair = text[item.start : item.end]
        dashed = "–" in pair or "—" in pair
        if dashed and " " not in item.actor and _a_persons(item.character, text):
            return replace(item, actor=item.character, character=item.actor)  # "Mira — Ada Vale"
        return None
    return item


def _a_persons(name: str, text: str) -> bool:
    """A full name none of whose words the article writes in lower case as a plain word; beside
    a one-word part after a true dash ("Mira – Ada Vale"), not a hyphen ("Advertisement -
    Continue Reading Below", page furniture)."""
    return is_full(clean_name(name)) and not any(
        f" {word.lower()} " in text for word in name.split()
    )


def _article_led(name: str) -> bool:
    """A name led by "The" ("The Beekeeper", "THE Beekeeper"): a part's, never a person's."""
    return name.split(maxsplit=1)[0].lower() == "the"


def _honorific(name: str) -> bool:
    return honorific(name.split(maxsplit=1)[0])


def _known(name: str, people: People) -> bool:
    resolved = people.resolve(name) or people.expand(name)
    return resolved is not None and people.knows(resolved)
