import datetime as dt

from bot.ingestion.reconcile import NameVariant, cluster_characters, cluster_people
from bot.names import name_key


def variant(name: str, year: int = 2025, month: int = 1, article: int = 1) -> NameVariant:
    return NameVariant(name_key(name), name, dt.date(year, month, 1), article)


def groups(clusters: list) -> dict[str, set[str]]:
    return {cluster.name: {v.name for v in cluster.variants} for cluster in clusters}


def test_misspelt_full_names_merge_and_the_newest_spelling_wins() -> None:
    clusters = cluster_people(
        [variant("Marta Quill", month=1), variant("Martha Quill", month=3), variant("Ivo Brandt")]
    )
    assert groups(clusters) == {
        "Martha Quill": {"Marta Quill", "Martha Quill"},
        "Ivo Brandt": {"Ivo Brandt"},
    }


def test_order_of_input_does_not_change_the_result() -> None:
    names = [variant("Marta Quill", month=1), variant("Martha Quill", month=3), variant("Quill")]
    assert groups(cluster_people(names)) == groups(cluster_people(list(reversed(names))))


def test_a_surname_joins_its_only_full_name() -> None:
    clusters = cluster_people([variant("Ivo Brandt"), variant("Brandt"), variant("Studio")])
    assert groups(clusters) == {"Ivo Brandt": {"Ivo Brandt", "Brandt"}, "Studio": {"Studio"}}


def test_an_ambiguous_surname_stays_apart() -> None:
    clusters = cluster_people([variant("Ivo Brandt"), variant("Lena Brandt"), variant("Brandt")])
    assert len(clusters) == 3


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


def test_a_titled_name_with_no_full_form_is_its_own_character() -> None:
    clusters = cluster_characters([variant("Coach Brandt"), variant("Juno")])
    assert groups(clusters) == {"Coach Brandt": {"Coach Brandt"}, "Juno": {"Juno"}}


def test_a_shared_first_name_is_settled_by_who_plays_it() -> None:
    names = [variant("Alex Stone"), variant("Alex Ford"), variant("Alex")]
    played_by = {"alex": {7}, "alex ford": {7}, "alex stone": {8}}
    clusters = cluster_characters(names, played_by)
    assert groups(clusters)["Alex Ford"] == {"Alex Ford", "Alex"}
    assert len(cluster_characters(names)) == 3
