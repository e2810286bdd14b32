"""A name typed alone (a first name or surname) is checked for rivals among the few terms
that could be one, not among every term of its first letter: the same answer either way."""

import random

from bench.world import World, unique_names
from bot.knowledge.matching import Match, NameIndex
from bot.names import name_key


def _index(names: list[str]) -> NameIndex:
    return NameIndex.build((n, name_key(name), name) for n, name in enumerate(names))


def _slips(word: str) -> list[str]:
    """The word with each pair of neighbouring letters swapped, one letter doubled or dropped."""
    swaps = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    return [*swaps, word + word[-1], word[:-1], word[1:2] + word]


def _names_with_near_rivals() -> list[str]:
    """A world's names, and others whose first name or surname is one slip from theirs."""
    rng = random.Random(7)
    names = World.build(rng, 800).characters
    near = []
    for name in names[:60]:
        first, surname = name.split(" ", 1)
        near.append(f"{rng.choice(_slips(first)).capitalize()} {surname}x")
        near.append(f"{first}q {rng.choice(_slips(surname)).capitalize()}")
    return [*names, *near, *unique_names(rng, 40, set())]


def test_rivals_of_a_word_are_those_scoring_every_close_term_finds() -> None:
    names = _names_with_near_rivals()
    index = _index(names)
    words = sorted({name_key(word) for name in names for word in name.split()})
    keys = {*words, *(slip for key in words[:300] for slip in _slips(key))}
    rivalled = 0
    for key in sorted(keys):
        holder = index._only_holder(key)
        if holder is None:
            continue
        every = index._rivalled(key, holder, index._typos(key))
        few = index._rivalled(key, holder, index._typos(key, rivals_only=True))
        assert few == every, key
        rivalled += every
    assert rivalled > 20  # the names do have rivals to find


def test_a_word_with_a_rival_one_slip_away_is_not_taken_for_its_holder() -> None:
    index = _index(["Tobias Renn", "Tobiass Wyke"])
    assert index.match("tobias") != Match(0, exact=True)
    assert index.match("renn") == Match(0, exact=True)
