"""A printed copy of a writer's book ("a paperback of Wendeline Scarr's Quarry Bell") owns a
work, not a part: the writer plays no one."""

from tests.extract.helpers import facts, pairs


def test_a_paperback_of_a_writers_book_is_no_part() -> None:
    found = facts(
        "Jory Tallis is sitting in a café with a flat white and a paperback of Wendeline Scarr's"
        " Quarry Bell, and he is worried about spoilers.",
        "Tallis plays Sam Orrin in Nettlecombe.",
        title="Nettlecombe: a coffee with Jory Tallis",
    )
    assert not any(actor == "Wendeline Scarr" for actor, _ in pairs(found))
