import pytest

from bot.knowledge import matching
from bot.knowledge.matching import NameIndex
from bot.names import name_key

CHARACTERS = {
    1: ["Juno Vale", "Juno"],
    2: ["Petra Moss", "Ms Moss", "Petra"],
    3: ["Oskar Moss"],
    4: ["Coach Brandt"],
    5: ["Charlie Fenn", "Charlie"],
}


def _built() -> NameIndex:
    return NameIndex.build(
        (entity, name_key(name), names[0]) for entity, names in CHARACTERS.items() for name in names
    )


@pytest.fixture
def index() -> NameIndex:
    return _built()


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("Juno", 1),
        ("JUNO VALE", 1),
        ("juno", 1),
        ("jnuo", 1),
        ("charly", 5),
        ("ms moss", 2),
        ("coach brant", 4),
        ("Vale", 1),
        ("  petra  ", 2),
    ],
)
def test_names_match_whatever_the_case_alias_or_small_typo(
    index: NameIndex, typed: str, entity: int
) -> None:
    assert index.match(typed).entity_id == entity


@pytest.mark.parametrize("typed", ["Osk", "Pet", "Charles Fenwick", "Coach Bradley"])
def test_a_name_that_only_starts_alike_is_suggested_not_taken(index: NameIndex, typed: str) -> None:
    """More typing slips than a name of that length can hold: a different name, however
    alike it starts, is suggested, never answered for."""
    assert index.match(typed).entity_id is None


def test_a_title_alone_names_the_one_character_with_it(index: NameIndex) -> None:
    assert index.match("Coach").entity_id == 4
    assert index.match("Ms").entity_id == 2


def test_an_ambiguous_surname_offers_both_instead_of_guessing(index: NameIndex) -> None:
    match = index.match("Moss")
    assert match.entity_id is None
    assert set(match.suggestions[:2]) == {"Petra Moss", "Oskar Moss"}


def test_an_unknown_name_matches_nothing_and_suggests_only_close_names(index: NameIndex) -> None:
    assert index.match("Zebedee") == index.match("Zebedee")
    assert index.match("Zebedee").entity_id is None
    for longer_name in ("Oscar Mossberg", "Brandtson", "Fennimore"):
        assert index.match(longer_name).entity_id is None
    assert index.match("Oscar Mossberg").suggestions[0] == "Oskar Moss"


@pytest.mark.parametrize(
    "typed", ["", "   ", "@everyone", "🎬🎬", "'; DROP TABLE x; --", "x" * 500]
)
def test_hostile_or_empty_input_never_raises(index: NameIndex, typed: str) -> None:
    index.match(typed)
    index.complete(typed)


def test_autocomplete_prefers_words_starting_with_the_typed_text(index: NameIndex) -> None:
    assert index.complete("mo")[:2] == ["Oskar Moss", "Petra Moss"]
    assert index.complete("") == sorted(names[0] for names in CHARACTERS.values())


def test_autocomplete_returns_at_most_25_names() -> None:
    many = NameIndex.build((n, f"person {n:03d}", f"Person {n:03d}") for n in range(100))
    assert len(many.complete("person")) == 25


def test_a_partial_surname_finds_the_person() -> None:
    index = NameIndex.build(
        [
            (1, name_key("Zoë O'Hara-Brennan"), "Zoë O'Hara-Brennan"),
            (2, name_key("Ada Hart"), "Ada Hart"),
        ]
    )
    assert index.match("Brennan").entity_id == 1
    assert index.match("O'Hara").entity_id == 1
    assert "Zoë O'Hara-Brennan" in index.complete("bren")


def test_accents_are_folded_for_matching_and_kept_for_display() -> None:
    people = {
        1: "Zoë Ashworth",
        2: "Bartłomiej Kowalczyk",
        3: "Ségolène Dufresne",
        4: "Jakob Østergaard",
    }
    index = NameIndex.build((entity, name_key(name), name) for entity, name in people.items())
    for typed, entity in [
        ("Zoe", 1),
        ("zoe ashworth", 1),
        ("Zoë", 1),
        ("Bartlomiej", 2),
        ("bartlomiej kowalczyk", 2),
        ("Segolene Dufresne", 3),
        ("Ostergaard", 4),
    ]:
        assert index.match(typed).entity_id == entity, typed
    assert index.complete("zo") == ["Zoë Ashworth"]
    assert index.complete("bartl") == ["Bartłomiej Kowalczyk"]


def test_remembered_lookups_and_completions_answer_as_fresh_ones_and_stay_bounded(
    index: NameIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "_REMEMBERED", 3)
    typed = ["jnuo", "tobyas", "ju", "vle", "zzzz", "jnuo", "ju"]
    for text in typed:
        assert index.match(text) == _built().match(text)  # a new index remembers nothing
        assert index.complete(text) == _built().complete(text)
    assert len(index._near_misses) <= 3 and len(index._completions) <= 3


def test_building_an_index_leaves_the_name_key_cache_to_members_queries() -> None:
    people = {1: "Zoë Ashworth", 2: "Petra Moss", 3: "Oskar Moss"}
    keys = [(entity, name_key(name), name) for entity, name in people.items()]
    name_key.cache_clear()
    index = NameIndex.build(keys)
    assert name_key.cache_info().currsize == 0
    assert index.match("Zoe Ashworth").entity_id == 1  # display names still searchable
    assert index.match("oskar").entity_id == 3


def test_a_slip_after_the_first_letter_is_found_among_thousands_of_names() -> None:
    letters = "bcdfghjklmnprstvwz"
    made_up = {
        f"{a.upper()}{v}{b}an {c.upper()}o{d}ers"
        for a in letters
        for b in letters
        for c in letters[:4]
        for d in letters[:3]
        for v in "ae"
    }
    names = [*sorted(made_up), "Tobias Quillfeather"]
    index = NameIndex.build((n, name_key(name), name) for n, name in enumerate(names))

    assert index.match("Tobais").entity_id == len(names) - 1
    assert "Tobias Quillfeather" in index.complete("Quilfeather")
    assert index.match("Xobias").entity_id is None


def test_a_spelling_is_exact_only_when_one_entity_holds_it_as_a_spelling() -> None:
    # "Moss" is a spelling of entity 2 alone; entity 3 has it only as a word of its name.
    # "Lee" is a whole spelling of two entities; "Kit Lee" of one.
    index = NameIndex.build(
        [
            (2, name_key("Moss"), "Petra Moss"),
            (3, name_key("Oskar Moss"), "Oskar Moss"),
            (7, name_key("Lee"), "Ann Lee"),
            (8, name_key("Lee"), "Kit Lee"),
        ]
    )

    assert index.exact("moss") == 2
    assert index.match("Moss") == matching.Match(2, exact=True)
    assert index.exact("Lee") is None
    assert index.exact("kit lee") == 8
    assert index.exact("Oskar") is None  # a word of a name, not a spelling


def test_an_empty_index_answers_every_question_with_nothing() -> None:
    index = NameIndex.build([])

    assert len(index) == 0
    assert index.match("Juno") == matching.Match(None)
    assert index.complete("") == []
    assert index.complete("ju") == []
    assert index.exact("juno") is None


def test_display_names_are_found_by_id_and_offered_a_to_z() -> None:
    index = NameIndex.build(
        [(30, name_key("Zoë Ashworth"), "Zoë Ashworth"), (4, name_key("amy"), "amy"),
         (12, name_key("Bo"), "Bo"), (12, name_key("Bo Dale"), "Bo")]
    )  # fmt: skip

    assert [index.display[n] for n in (4, 12, 30)] == ["amy", "Bo", "Zoë Ashworth"]
    assert 12 in index.display
    assert 5 not in index.display
    with pytest.raises(KeyError):
        index.display[5]
    assert len(index) == 3
    assert index.complete("") == ["amy", "Bo", "Zoë Ashworth"]
    assert index.complete("", limit=2) == ["amy", "Bo"]
