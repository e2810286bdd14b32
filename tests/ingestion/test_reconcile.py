import datetime as dt
import random

from bot.ingestion.reconcile import Cluster, NameVariant, cluster_characters, cluster_people
from bot.names import name_key


def variant(
    name: str, year: int = 2025, month: int = 1, article: int = 1, articles: int = 1
) -> NameVariant:
    return NameVariant(name_key(name), name, articles, dt.date(year, month, 1), article)


def groups(clusters: list[Cluster]) -> dict[str, set[str]]:
    return {cluster.name: {v.name for v in cluster.variants} for cluster in clusters}


def test_misspelt_full_names_merge_and_on_a_tie_the_newest_spelling_wins() -> None:
    clusters = cluster_people(
        [variant("Marta Quill", month=1), variant("Martha Quill", month=3), variant("Ivo Brandt")]
    )
    assert groups(clusters) == {
        "Martha Quill": {"Marta Quill", "Martha Quill"},
        "Ivo Brandt": {"Ivo Brandt"},
    }


def test_the_spelling_most_articles_use_wins_so_one_typo_never_renames_anyone() -> None:
    established = variant("Tobie Donovan", month=1, article=1, articles=3)
    typo = variant("Toby Donovan", month=6, article=9, articles=1)
    assert groups(cluster_people([established, typo])) == {
        "Tobie Donovan": {"Tobie Donovan", "Toby Donovan"}
    }


def test_accents_are_kept_for_display_whatever_spelling_a_few_articles_use() -> None:
    accented = variant("Chloë Ashworth", month=1, articles=2)
    plain = variant("Chloe Ashworth", month=5, article=7, articles=1)
    assert accented.key == plain.key
    (cluster,) = cluster_people([plain, accented])
    assert cluster.name == "Chloë Ashworth"


def test_order_of_input_does_not_change_the_result() -> None:
    names = [
        variant("Marta Quill", month=1),
        variant("Martha Quill", month=3),
        variant("Quill"),
        variant("Martha"),
        variant("Ivo Brandt", articles=4),
        variant("Ivo Brant"),
        variant("Brandt"),
    ]
    expected = groups(cluster_people(names))
    rng = random.Random(4)
    for _ in range(10):
        rng.shuffle(names)
        assert groups(cluster_people(names)) == expected


def test_a_surname_joins_its_only_full_name() -> None:
    clusters = cluster_people([variant("Ivo Brandt"), variant("Brandt"), variant("Studio")])
    assert groups(clusters) == {"Ivo Brandt": {"Ivo Brandt", "Brandt"}, "Studio": {"Studio"}}


def test_a_first_name_joins_the_only_person_it_fits() -> None:
    clusters = cluster_people([variant("Dana Whitlow"), variant("Priya Lark"), variant("Dana")])
    assert groups(clusters)["Dana Whitlow"] == {"Dana Whitlow", "Dana"}


def test_a_name_two_known_people_share_stays_apart() -> None:
    surname = cluster_people([variant("Ivo Brandt"), variant("Lena Brandt"), variant("Brandt")])
    assert len(surname) == 3
    # "Rowan" is one person's first name and another's surname: it fits both, so neither.
    either = cluster_people([variant("Rowan Price"), variant("Ada Rowan"), variant("Rowan")])
    assert groups(either)["Rowan"] == {"Rowan"}


def test_different_people_with_similar_names_stay_apart() -> None:
    # A different initial, or more than a typo's worth of difference, is another person.
    clusters = cluster_people([variant("Sam Porter"), variant("Pam Porter"), variant("Sam Parker")])
    assert len(clusters) == 3


def test_first_names_and_titled_surnames_join_the_full_character_name() -> None:
    clusters = cluster_characters(
        [variant("Juno Vale"), variant("Juno"), variant("Petra Moss"), variant("Ms Moss")]
    )
    assert groups(clusters) == {
        "Juno Vale": {"Juno Vale", "Juno"},
        "Petra Moss": {"Petra Moss", "Ms Moss"},
    }


def test_a_role_that_gains_a_surname_stays_one_character_shown_in_full() -> None:
    clusters = cluster_characters(
        [variant("Tori", articles=3), variant("Tori Spring", month=9, article=8)]
    )
    assert groups(clusters) == {"Tori Spring": {"Tori", "Tori Spring"}}


def test_a_titled_name_with_no_full_form_is_its_own_character() -> None:
    clusters = cluster_characters([variant("Coach Brandt"), variant("Juno")])
    assert groups(clusters) == {"Coach Brandt": {"Coach Brandt"}, "Juno": {"Juno"}}


def test_a_shared_first_name_is_settled_by_who_plays_it() -> None:
    names = [variant("Alex Stone"), variant("Alex Ford"), variant("Alex")]
    played_by = {"alex": {7}, "alex ford": {7}, "alex stone": {8}}
    clusters = cluster_characters(names, played_by)
    assert groups(clusters)["Alex Ford"] == {"Alex Ford", "Alex"}
    assert len(cluster_characters(names)) == 3
