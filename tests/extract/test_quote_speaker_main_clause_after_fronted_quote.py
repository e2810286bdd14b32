"""Words after the main clause of a sentence whose fronted time clause holds an earlier quote
("When a fan shouted “...”, the host, Ada Pell, cut in: “...”") are the main clause's
subject's, never the fronted clause's speaker going on."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Harrowgate Con panel for Lantern Row, with Ines Corr and Bram Tolley."


def _served(*paragraphs: str) -> dict[str, str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_an_apposed_host_who_cuts_in_owns_the_words() -> None:
    found = _served(
        'When a fan in the back row shouted "Is Mara leaving?!", the moderator, Radio '
        'Kestrel\'s Ada Pell-Hart, cut in with a laugh: "Next question."',
    )
    assert found["Next questio"] == "Ada Pell-Hart"


def test_a_titled_presenter_who_pipes_up_owns_the_words() -> None:
    found = _served(
        'As one viewer yelled "Bring back Tamsin!", presenter Joel Ruskin piped up with a grin: '
        '"Not today, folks."',
    )
    assert found["Not today, f"] == "Joel Ruskin"


def test_a_main_clause_whose_subject_is_a_pronoun_stays_as_it_was() -> None:
    found = _served(
        'When Ines Corr heard a fan shout "Is Mara leaving?", she laughed and replied: '
        '"You will have to wait."',
    )
    assert found["You will hav"] == "Ines Corr"


def test_one_speaker_going_on_without_a_fronted_clause_stays_theirs() -> None:
    found = _served(
        'Ines Corr said the film gives Mara "the ending she deserves", then added with a '
        'shrug: "You will see."',
    )
    assert found["the ending s"] == "Ines Corr"
    assert found["You will see"] == "Ines Corr"


def test_a_host_who_cuts_in_after_a_yelled_question_owns_the_words() -> None:
    found = _served(
        "When a fan yelled a question about Mara, the host, Ada Pell, cut in with a grin: "
        '"Moving on now."',
    )
    assert found["Moving on no"] == "Ada Pell"


def test_a_yeller_who_then_speaks_keeps_the_words() -> None:
    found = _served('When Ines Corr shouted at the crew, she laughed: "Only joking, lads."')
    assert found["Only joking,"] == "Ines Corr"
