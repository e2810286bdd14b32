from bot.knowledge.matching import Match, NameIndex
from bot.names import name_key


def _index(names: list[str]) -> NameIndex:
    return NameIndex.build((n, name_key(name), name) for n, name in enumerate(names))


def test_suggestions_scoring_alike_are_offered_a_to_z() -> None:
    # Each one letter away from "Marek": the same score, so the first five A to Z are offered.
    names = ["Marez", "Marex", "Maret", "Mares", "Marel", "Mareb", "Mared"]
    match = _index(names).match("Marek")
    assert match.entity_id is None
    assert match.suggestions == ("Mareb", "Mared", "Marel", "Mares", "Maret")


def test_the_best_suggestion_comes_first_whatever_its_name() -> None:
    names = ["Zoltan Kerrigan", "Zoltan Kex", "Zora Kerr", "Zoltun Kerrow"]
    match = _index(names).match("Zoltun Kexxy")  # more slips than to be taken for either
    assert match.entity_id is None
    assert match.suggestions[0] == "Zoltan Kex"


def test_autocomplete_fills_with_the_closest_names_only_up_to_its_limit() -> None:
    names = [f"Quen{a}{b}" for a in "abcdefgh" for b in "abcdefgh"]
    index = _index(names)
    assert len(index.complete("quxn")) <= 25
    assert index.complete("quxn", limit=3) == index.complete("quxn")[:3]
    assert index.complete("zzzz") == []


def test_a_first_name_or_surname_one_person_has_names_that_person() -> None:
    index = _index(["Ann Morrison", "Bo Castellan", "Cy Castellano-Reed"])
    assert index.match("Morrison") == Match(0, exact=True)
    assert index.match("ann") == Match(0, exact=True)
    assert index.match("Reed") == Match(2, exact=True)  # a part of a double-barrelled name


def test_a_word_one_person_has_is_not_taken_when_another_name_is_nearly_it() -> None:
    # "castellan" is Bo's alone, but Cy's "castellano" scores within the margin of it.
    index = _index(["Ann Morrison", "Bo Castellan", "Cy Castellano-Reed"])
    match = index.match("Castellan")
    assert match.entity_id is None
    assert set(match.suggestions) == {"Bo Castellan", "Cy Castellano-Reed"}
