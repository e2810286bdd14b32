"""Credits told in a relative clause, a script made from the writer's own books, a debut after
our quoted title, and a credits line's label naming a company (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(*sentences: str) -> set[tuple[str, str]]:
    return credits(facts("Salt Meadow wrapped in May.", *sentences, title="Salt Meadow wraps"))


def test_a_script_adapted_from_some_volumes_of_the_writers_own_books() -> None:
    found = _credits_in(
        "Nell Varga's screenplay, adapted from the first two volumes of her comics, "
        "opens in a harbour town."
    )
    assert {("writer", "Nell Varga"), ("author", "Nell Varga")} <= found


def test_a_script_based_on_the_last_instalments_of_the_writers_own_books() -> None:
    found = _credits_in(
        "Pim Adebayo’s script, based on the final instalments of his novels, is lean."
    )
    assert ("author", "Pim Adebayo") in found


def test_a_script_from_someone_elses_books_names_no_author() -> None:
    found = _credits_in(
        "Nell Varga's screenplay, adapted from the first volumes of her sister's novels, "
        "opens in a harbour town."
    )
    assert ("author", "Nell Varga") not in found


def test_whose_books_the_work_is_based_on_after_another_relative() -> None:
    found = _credits_in(
        "Producer Ilse Marr, who wrote the script and whose novel the film is based on, "
        "was on set every day."
    )
    assert ("author", "Ilse Marr") in found
    found = _credits_in(
        "Ivo Rask, who co-created the show and whose comics the series adapts, spoke first."
    )
    assert ("author", "Ivo Rask") in found


def test_who_also_directed_some_episodes_of_the_new_season() -> None:
    found = _credits_in(
        "Dana Pell, who also directed the first two episodes of the new season, was calm."
    )
    assert ("director", "Dana Pell") in found
    found = _credits_in("Showrunner Rhea Moss, who wrote the last three episodes, said little.")
    assert ("writer", "Rhea Moss") in found


def test_episodes_of_another_title_are_no_credit() -> None:
    found = _credits_in("Dana Pell, who directed the first two episodes of Dry Creek, was calm.")
    assert ("director", "Dana Pell") not in found


def test_our_quoted_title_then_its_makers_debut() -> None:
    found = _credits_in(
        "Ana Ruiz will lead “Salt Meadow,” the feature debut of Chilean filmmaker Tove Lindahl."
    )
    assert ("director", "Tove Lindahl") in found
    found = _credits_in(
        'Ana Ruiz will lead "Salt Meadow", the English-language debut of director Ivo Rask, '
        "the trade reports."
    )
    assert ("director", "Ivo Rask") in found


def test_another_quoted_title_or_a_performers_debut_is_no_credit() -> None:
    found = _credits_in(
        "Ana Ruiz starred in “Dry Creek,” the feature debut of filmmaker Tove Lindahl."
    )
    found |= _credits_in("Ana Ruiz will lead “Salt Meadow,” the screen debut of singer Ivo Rask.")
    assert not {c for c in found if c[0] == "director"}


def test_a_credits_line_label_naming_a_company() -> None:
    found = _credits_in(
        "Directed by Tove Lindahl", "Executive Producer for Northlight Pictures: Hana Ohm"
    )
    assert ("executive_producer", "Hana Ohm") in found
    found = _credits_in("Written by Ivo Rask", "Producers for the BBC: Oren Vas and Lea Brun")
    assert {("producer", "Oren Vas"), ("producer", "Lea Brun")} <= found


def test_a_part_the_writer_wrote_for_our_work() -> None:
    found = _credits_in(
        "Ana Ruiz plays Mira, a character Tove Lindahl wrote specifically for the film."
    )
    assert ("writer", "Tove Lindahl") in found
    found = _credits_in("Ivo Rask is Bo, the role that Nell Varga wrote for the series.")
    assert ("writer", "Nell Varga") in found


def test_a_song_written_for_our_work_or_a_part_for_another_is_no_writing_credit() -> None:
    found = _credits_in("Ana Ruiz sings a song Tove Lindahl wrote especially for the film.")
    found |= _credits_in("Ivo Rask is Bo, a character Nell Varga wrote for Dry Creek.")
    assert not {c for c in found if c[0] == "writer"}


def test_our_bare_title_inside_the_sentence_then_its_makers_debut() -> None:
    found = _credits_in(
        "Ana Ruiz and Ivo Rask will star in Salt Meadow, the feature debut of filmmaker Lea Brun."
    )
    assert ("director", "Lea Brun") in found
    found = _credits_in("Ana Ruiz will star in Dry Creek, the feature debut of filmmaker Lea Brun.")
    assert ("director", "Lea Brun") not in found
