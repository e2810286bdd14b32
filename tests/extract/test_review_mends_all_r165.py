"""Review mends of round 165, on invented text: a bracketed pair whose single word inside is an
actor's surname settles no list's order; a dub's "with" list stops at a comma that opens the
work's own clause; a company's noun that only describes a person ("A studio spokesperson")
is no unnamed company; a post's label with its site may open a sentence or take "wrote"; and a
reporting verb whose own subject is a group is never the group's one named member's."""

from __future__ import annotations

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_pairs

_TITLE = "Quellstone: everything we know about the new drama"
_LEDE = "Quellstone, the new BBC drama from writer Brannoch Veldt, arrives this autumn."
_CAST = "Orla Pennick plays Mira Stelk."


def _pairs(line: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, _CAST, line, title=_TITLE))


def _speakers(line: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(_LEDE, _CAST, line, title=_TITLE).quotes]


def test_a_surname_in_brackets_does_not_turn_the_next_pair() -> None:
    found = _pairs("Mira Stelk (Pennick) and Tom Weir (Dace Hurlow) return for the second series.")
    assert ("Dace Hurlow", "Tom Weir") in found, found
    assert ("Tom Weir", "Dace Hurlow") not in found, found


def test_a_parts_first_name_in_brackets_still_turns_it() -> None:
    found = _pairs("Orla Pennick (Mira) and Dace Hurlow (Tom Weir) return for the second series.")
    assert ("Dace Hurlow", "Tom Weir") in found, found


@pytest.mark.parametrize(
    "line",
    [
        "After the dub row last spring, the series returns with Dace Hurlow as Tom Weir.",
        "Fans hated the dub, but the series is back with Dace Hurlow as Tom Weir.",
    ],
)
def test_a_with_list_after_a_dubs_clause_is_the_works_cast(line: str) -> None:
    assert ("Dace Hurlow", "Tom Weir") in _pairs(line)


def test_a_dubs_own_with_list_stays_the_dubs() -> None:
    line = (
        "The Spanish dub keeps the voices, with Dace Hurlow as Tom Weir and Ivo Stent as Kit Lorne."
    )
    assert ("Dace Hurlow", "Tom Weir") not in _pairs(line)


@pytest.mark.parametrize("person", ["studio spokesperson", "network executive", "studio source"])
def test_a_person_a_company_noun_describes_is_no_unnamed_company(person: str) -> None:
    line = (
        f"ITV confirmed the date. A {person} said filming starts soon. “We are thrilled,” the"
        " broadcaster said."
    )
    assert ("ITV", SourceKind.ORGANISATION) in _speakers(line)


def test_an_unnamed_company_opening_a_sentence_still_is_one() -> None:
    line = (
        "ITV confirmed the date. A major streamer is raising its prices. “We will tell customers"
        " first,” the broadcaster said."
    )
    assert ("ITV", SourceKind.ORGANISATION) not in _speakers(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fans were split. u/orla_fan on Reddit: “Best thing on telly this year.”",
        "u/orla_fan on Reddit wrote: “Best thing on telly this year.”",
    ],
)
def test_a_posts_site_label_opening_a_sentence_or_with_wrote(line: str) -> None:
    assert _speakers(line) == [("u/orla_fan", SourceKind.ORGANISATION)]


def test_a_handle_named_inside_a_sentence_is_no_label() -> None:
    line = "Replying to u/orla_fan on Reddit: “Best thing on telly this year.”"
    assert ("u/orla_fan", SourceKind.ORGANISATION) not in _speakers(line)


def test_a_group_subject_is_not_its_one_named_member() -> None:
    found = _speakers("The BBC showed a teaser, the cast confirmed it is “a proper thriller”.")
    assert found and all(source is SourceKind.UNATTRIBUTED for _, source in found), found


def test_a_role_subject_still_stands_for_its_holder() -> None:
    found = _speakers("Orla Pennick paused, and the actress said it was “the hardest job yet”.")
    assert ("Orla Pennick", SourceKind.PERSON) in found


def _quote_facts(line: str) -> list[tuple[str, SourceKind, bool]]:
    found = facts(_LEDE, "Orla Pennick plays Mira Stelk. She is thrilled.", line, title=_TITLE)
    return [(q.speaker, q.source, q.served) for q in found.quotes]


def test_a_bare_name_at_a_place_is_no_caption_for_a_he() -> None:
    found = _quote_facts("Orla Pennick at the premiere. “It was surreal,” he said.")
    assert ("Orla Pennick", SourceKind.PERSON, True) not in found, found


def test_a_labelled_caption_still_gives_the_pictured_one() -> None:
    found = _quote_facts(
        "Image 2 of 5: Director Orla Pennick on set with Dace Hurlow. “It was freezing,” she said."
    )
    assert ("Orla Pennick", SourceKind.PERSON, True) in found, found


@pytest.mark.parametrize("subject", ["The director", "Her producer", "Their old writer"])
def test_words_a_teller_passes_on_from_someone_by_job_are_held(subject: str) -> None:
    found = _quote_facts(f"{subject}, she says, called it “a mess”.")
    assert ("Orla Pennick", SourceKind.PERSON, True) not in found, found


def test_a_tellers_own_description_of_a_thing_stays_hers() -> None:
    found = _quote_facts("The light, she says, was “like nothing on earth”.")
    assert ("Orla Pennick", SourceKind.PERSON, True) in found, found
