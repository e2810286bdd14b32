"""Review mends of round 190: the rules of that round, tried on sentences written otherwise
(other verbs, word order, contractions) and on ordinary sentences they must not take
(invented articles)."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_pairs

_PROFILE_TITLE = "Tomasz Welker: the composer who hears the sea"
_PROFILE_LEDE = "Tomasz Welker has scored Gannet Rock, the new drama from Hollin Bay Pictures."
_GULLS = "“I wanted the gulls to be the strings,” he says of the opening."
_PRODUCER = (
    "The show’s producer, Marit Oyelaran of Hollin Bay Pictures, says the score arrived late."
    " “We waited for it. It was worth it.”"
)


def _last_speaker(*paragraphs: str) -> tuple[str, SourceKind]:
    found = facts(_PROFILE_LEDE, *paragraphs, title=_PROFILE_TITLE).quotes
    return found[-1].speaker, found[-1].source


def test_words_all_a_speaker_gave_in_any_modal_or_contraction() -> None:
    for said in ("’ll reveal", " would tell us", " had to say", " is saying", " would confirm"):
        last = f"Asked about his next score, “Something with trains,” is all he{said}."
        assert _last_speaker(_GULLS, _PRODUCER, last) == ("Tomasz Welker", SourceKind.PERSON), said
        last = f"Asked about a sequel, “Not yet,” was all Oyelaran{said}."
        assert _last_speaker(_GULLS, _PRODUCER, last) == ("Marit Oyelaran", SourceKind.PERSON), said


_BOX_OFFICE = (
    "Gannet Rock stayed top of the UK box office for a second weekend, according to figures"
    " from Tallyhouse Metrics."
)


def _box_office_speaker(line: str) -> tuple[str, SourceKind]:
    found = [q for q in facts(_BOX_OFFICE, line).quotes if q.served]
    return found[-1].speaker, found[-1].source


def test_staff_at_a_firm_of_any_kind_or_trade_speak_for_it() -> None:
    for staff in (
        "Analysts at research firm",
        "Forecasters at",
        "Representatives for",
        "Scientists at the data company",
    ):
        line = f"{staff} Tallyhouse Metrics said such openings were “the new normal”."
        assert _box_office_speaker(line) == ("Tallyhouse Metrics", SourceKind.ORGANISATION)


def test_sources_at_a_firm_are_unnamed_not_the_firm_nor_a_person() -> None:
    line = "Insiders at Tallyhouse Metrics said such openings were “the new normal”."
    assert _box_office_speaker(line) == ("Insiders at Tallyhouse Metrics", SourceKind.UNNAMED)


def test_a_parts_line_after_whose_and_its_noun_or_with_any_verb_is_no_quote() -> None:
    for line in (
        "whose catchphrase “Stand aside for the law!” turns silly by episode two.",
        "whose “Stand aside for the law!” soon grows tiresome.",
        "whose signature line “Stand aside for the law!” never lands.",
    ):
        found = facts(
            "Harrow Fen returns to ITV on Sunday.",
            "Director Pell Anstey films the marshes beautifully."
            f" Ruan Tessick plays a bailiff {line}",
        ).quotes
        assert not [q for q in found if q.served], line


_AWARDS_TITLE = "Marrowgate film up for five awards"
_AWARDS_LEDE = "The Marrowgate film picked up five nominations this morning."


def _nominated_makers(sentence: str) -> set[tuple[str, str]]:
    found = facts(_AWARDS_LEDE, sentence, title=_AWARDS_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_another_nominees_categories_name_none_of_the_works_makers() -> None:
    for sentence in (
        "The film is up for best drama, while Saltmarrow is up for best writer for Petra Lune"
        " and director for Odo Brannock.",
        "The film is up for best drama; Saltmarrow is up for director for Odo Brannock.",
        "The film is up for best drama, against Saltmarrow, whose nods include director for"
        " Odo Brannock and writer for Petra Lune.",
    ):
        assert not _nominated_makers(sentence), sentence
    found = _nominated_makers(
        "The film is up for best drama and director for Odo Brannock, alongside Saltmarrow’s"
        " writer for Petra Lune."
    )
    assert found == {("director", "Odo Brannock")}


def test_the_works_categories_in_the_running_or_for_a_screenwriter() -> None:
    found = _nominated_makers(
        "The film is in the running for best drama, best screenwriter for Petra Lune and"
        " director for Odo Brannock."
    )
    assert found == {("writer", "Petra Lune"), ("director", "Odo Brannock")}


def test_actors_are_their_parts_with_any_time_after_the_list() -> None:
    for time in ("yet again", "this time around", "all over again", "for one final time"):
        line = f"Wenna Trask and Hollis Quarne are Morwen and Edwin {time}."
        found = served_pairs(facts(TIN_VEIN_RETURNS_LEDE, line))
        assert {("Wenna Trask", "Morwen"), ("Hollis Quarne", "Edwin")} <= found, time


def test_actors_who_are_friends_or_faiths_again_are_no_parts() -> None:
    for words in ("friends and neighbours again", "Christians and Muslims yet again"):
        line = f"Wenna Trask and Hollis Quarne are {words}."
        assert not served_pairs(facts(TIN_VEIN_RETURNS_LEDE, line)), words


_NORDLICHT = "Director Lena Hartwig's Nordlicht opens in Hamburg on Friday."


def test_any_other_trades_director_is_unnamed_never_the_films() -> None:
    for trade in ("art", "musical", "second-unit", "animation", "ADR", "creative"):
        line = f"Voice actor Jan Brandt said the {trade} director had warned him: “Not so loud.”"
        found = [q for q in facts(_NORDLICHT, line).quotes if q.served]
        assert [(q.speaker, q.source) for q in found] == [
            (f"the {trade} director", SourceKind.UNNAMED)
        ], trade


_ROTTERDAM = "Director Lena Hartwig's Nordlicht opens in Rotterdam on Friday."


def test_a_link_to_the_story_in_its_language_told_any_way_is_no_quote() -> None:
    for link in (
        "Read this story in Dutch",
        "Read the original article in Dutch",
        "Read the Dutch-language version",
        "Also available in Dutch",
    ):
        line = f"{link}: „Nieuwe stemmen voor de serie“"
        assert not [q for q in facts(_ROTTERDAM, line).quotes if q.served], link


def test_a_statements_original_text_someone_wrote_stays_quoted() -> None:
    line = "Read the original text: “We regret that the shoot has been halted,” Lena Hartwig wrote."
    found = [(q.text, q.speaker) for q in facts(_ROTTERDAM, line).quotes if q.served]
    assert found == [("We regret that the shoot has been halted", "Lena Hartwig")]


_EDITOR_QA = (
    "Editor Mira Tollund-Vane cut all six episodes of Saltmarsh. She spoke to us about it.",
    "How long was the first assembly?",
    "Mira Tollund-Vane: Nearly four hours. Jem shoots everything twice, which I enjoy.",
    "That's Jem Arkwright, the director.",
)


def test_a_bare_line_before_the_guests_first_name_or_initials_is_the_interviewers() -> None:
    for label in ("Mira", "MTV", "MIRA TOLLUND-VANE"):
        found = [q.text for q in facts(*_EDITOR_QA, f"{label}: Yes. He never stops.").quotes]
        assert "That's Jem Arkwright, the director." not in found, label


def test_the_guests_own_further_words_before_her_first_name_stay_her_answer() -> None:
    found = facts(*_EDITOR_QA[:3], "I kept a notebook of every take.", "Mira: Yes, the fog.")
    assert "I kept a notebook of every take." in [q.text for q in found.quotes if q.served]


def test_a_trailer_line_told_as_shared_any_way_is_the_works() -> None:
    for noun in ("first lines together", "first line of the trailer", "first joke as a duo"):
        found = facts(
            "The first trailer for Gullmere is finally out.",
            "0:31 – The brothers. Cai Denholm plays Rob, the eldest."
            f" Their {noun}, “Who let you drive?”, has already gone round the group chats.",
        ).quotes
        assert not [q for q in found if q.served], noun
