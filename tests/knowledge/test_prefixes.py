from bot.knowledge.matching import AUTOCOMPLETE_LIMIT, NameIndex
from bot.knowledge.prefixes import CROWDED, crowded_prefixes
from bot.names import name_key


def _names(count: int) -> list[str]:
    """Invented "Bxx Quorn" names: many more starting with "b" than are crowded."""
    letters = "bcdfghjklmnprstvwz"
    made = [f"B{v}{a}{b} Quorn" for v in "aeiou" for a in letters for b in letters]
    return made[:count]


def _index(names: list[str]) -> NameIndex:
    return NameIndex.build((n, name_key(name), name) for n, name in enumerate(names))


def test_crowded_prefixes_hold_the_first_entities_a_to_z_and_only_crowded_ones() -> None:
    terms = [*sorted(f"b{n:04d}" for n in range(CROWDED + 10)), "c1", "c2"]
    entities = [len(terms) - at for at in range(len(terms))]  # later terms rank first
    table = crowded_prefixes(terms, entities, rank=lambda e: e, limit=3)
    assert set(table) == {"b", "b0"}
    assert list(table["b"]) == sorted(entities[: CROWDED + 10])[:3]


def test_a_crowded_prefix_needs_enough_entities_to_fill_a_list() -> None:
    terms = sorted(f"b{n:04d}" for n in range(CROWDED + 10))
    table = crowded_prefixes(terms, [1] * len(terms), rank=lambda e: e, limit=3)
    assert table == {}


def test_a_letter_many_names_start_with_completes_as_its_names_a_to_z() -> None:
    names = _names(CROWDED * 3)
    index = _index(names)
    expected = sorted(names, key=str.casefold)[:AUTOCOMPLETE_LIMIT]
    assert index.complete("b") == expected
    assert index.complete("B", limit=5) == expected[:5]
    assert index.complete("qu") == expected  # a surname's start: every name has it


def test_a_longer_prefix_is_still_found_by_its_own_run() -> None:
    names = _names(CROWDED * 3)
    index = _index(names)
    assert index.complete("bafg")[0] == "Bafg Quorn"  # then names close to it
    assert index.complete("bek")[:3] == ["Bekb Quorn", "Bekc Quorn", "Bekd Quorn"]


def test_an_unknown_prefix_and_a_typo_still_answer() -> None:
    names = _names(CROWDED * 3)
    index = _index(names)
    assert index.complete("xq") == []
    assert index.match("Bafg Quron").entity_id == names.index("Bafg Quorn")  # a slip
    assert index.match("Bafg").entity_id == names.index("Bafg Quorn")
