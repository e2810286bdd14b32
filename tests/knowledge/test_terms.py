import itertools
import random

from bot.knowledge.matching import NameIndex
from bot.knowledge.terms import END, pack_terms
from bot.names import name_key

_ROWS = [
    (7, "orla quennick", "Orla Quennick"),
    (3, "bram o'tally-vesk", "Bram O'Tally-Vesk"),
    (7, "quennick", "Orla Quennick"),  # a surname that is also a spelling of its own
    (5, "orlan pike", "Orlan Pike"),
]


def _terms(packed: str) -> list[str]:
    return packed.split(END)[:-1]


def test_terms_are_packed_by_first_letter_then_length_then_a_to_z() -> None:
    packed = pack_terms(_ROWS, limit=25)
    terms = _terms(packed.packed)
    keys = [(term[:1], len(term), term) for term in terms]
    assert keys == sorted(keys)
    assert [packed.packed[a : b - 1] for a, b in itertools.pairwise(packed.starts)] == terms


def test_a_to_z_lists_every_term_once_by_term_then_entity() -> None:
    packed = pack_terms(_ROWS, limit=25)
    terms = _terms(packed.packed)
    pairs = [(terms[at], packed.entities[at]) for at in packed.a_to_z]
    assert pairs == sorted(set(zip(terms, packed.entities, strict=True)))
    assert len(pairs) == len(terms)


def test_a_word_that_is_also_a_spelling_counts_as_a_spelling() -> None:
    packed = pack_terms(_ROWS, limit=25)
    terms = _terms(packed.packed)
    flags = {(terms[at], packed.entities[at]): packed.spelling[at] for at in range(len(terms))}
    assert flags[("quennick", 7)] == 1
    assert flags[("orla", 7)] == 0
    assert flags[("o'tally-vesk", 3)] == 0
    assert flags[("vesk", 3)] == 0
    assert flags[("bram o'tally-vesk", 3)] == 1


def test_the_rows_order_does_not_change_what_is_packed() -> None:
    shuffled = list(_ROWS)
    random.Random(4).shuffle(shuffled)
    assert pack_terms(shuffled, limit=25) == pack_terms(_ROWS, limit=25)


def test_no_rows_pack_to_nothing() -> None:
    packed = pack_terms([], limit=25)
    assert packed.packed == ""
    assert list(packed.starts) == [0]
    assert NameIndex.build([]).match("anyone").entity_id is None


def _invented(count: int) -> list[str]:
    rng = random.Random(11)
    onsets, vowels = "bdfgklmnprstvz", "aeiou"
    names: set[str] = set()
    while len(names) < count:
        first = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(2)).title()
        last = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(3)).title()
        names.add(f"{first} {last}")
    return sorted(names)


def test_an_index_of_many_invented_names_finds_whole_names_words_typos_and_prefixes() -> None:
    names = _invented(2000)
    index = NameIndex.build((n, name_key(name), name) for n, name in enumerate(names))
    wanted = names[1234]
    first, last = wanted.split()
    assert index.match(wanted).entity_id == 1234
    assert index.match(wanted).exact
    if sum(name.endswith(f" {last}") for name in names) == 1:
        assert index.match(last).entity_id == 1234
    slipped = f"{first} {last[0]}{last[2]}{last[1]}{last[3:]}"  # two letters swapped
    assert index.match(slipped).entity_id == 1234
    assert not index.match(slipped).exact
    assert wanted in index.complete(wanted[:6])
    assert index.match("Xyxy Qwqw").entity_id is None
    assert index.complete("xq") == []
