"""Quotes on invented text: a street is never a speaker, a local described by where they live is
an unnamed source, a capitalised job title is not part of a name, and a person named after
another's role ("Ada's old teacher, Tom Reed,") is who a following pronoun stands for."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(*paragraphs: str, start: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(start))


def test_a_street_sharing_a_first_word_with_a_role_is_no_speaker() -> None:
    for street, line in (
        ("Ferry Road", "Ferry warden Colm Brannigan said the slipway would stay open."),
        ("Mill Square", "Mill steward Oona Castellane said stalls would trade as usual."),
    ):
        quote = _quote(
            f"{street} will be shut on Thursday while the crew films, the borough said.",
            line + " ‘We were here long before the cameras,’ he said.",
            start="We were here",
        )
        assert quote.speaker != street, line


def test_a_resident_of_a_named_place_is_an_unnamed_source() -> None:
    for line in (
        "One resident of Lantern Walk, who declined to give a name, told the Echo: "
        "“I could not get out of my own drive for a week.”",
        "A shopkeeper of Tolley Parade told reporters: “I could not get out of my own drive.”",
    ):
        quote = _quote("The borough confirmed the closures on Friday.", line, start="I could not")
        assert quote.source is SourceKind.UNNAMED, line


def test_a_capitalised_job_title_before_a_name_is_not_part_of_it() -> None:
    for title in ("Headmistress", "Registrar"):
        quote = _quote(
            "Old pupil Ines Carrow stars in the new drama.",
            f"{title} Petra Holloway-Vane said: “We always knew she would go far.”",
            start="We always knew",
        )
        assert quote.speaker == "Petra Holloway-Vane", title


def test_the_person_named_after_anothers_role_is_who_he_stands_for() -> None:
    for sentence in (
        "Ines’s old Head of Music, Bram Okafor, who left the school in 2019, recalls her well.",
        "Ines’s first singing coach, Bram Okafor, still keeps in touch with her.",
    ):
        quote = _quote(
            "Old pupil Ines Carrow stars in the new drama.",
            "Principal Dora Fenwick-Lyle said: “We are thrilled for her.”",
            sentence + " “She sang louder than the whole choir,” he said.",
            start="She sang louder",
        )
        assert quote.speaker == "Bram Okafor", sentence


def test_a_button_or_menu_label_in_marks_is_no_quote() -> None:
    for line in (
        "To book a slot, sign in to the members’ portal and select “Studio bookings”.",
        "Fans can vote on the app: tap on ‘Cast a vote’ before Friday.",
    ):
        found = facts("The Guild has opened bookings for the Marlow Hall sessions.", line).quotes
        assert not [q for q in found if q.text.startswith(("Studio", "Cast a"))], line


def test_the_person_a_colon_sentence_singles_out_is_not_its_speaker() -> None:
    for line in (
        "She singled out newcomer Tavi Lorne, who plays the ferryman’s son: “Lorne steals it.”",
        "He saved his warmest words for co-star Tavi Lorne, 19: “The kid owns every frame.”",
    ):
        quote = _quote(
            "Critics have had their say on Ferryman.",
            "Our reviewer gave it three stars. " + line,
            start=line.split("“")[1][:8],
        )
        assert quote.speaker != "Tavi Lorne", line


def test_a_clause_with_its_own_subject_does_not_carry_the_speaker_on() -> None:
    for line in (
        "Lyra Okafor-Dunn said it was “a patient, generous film”, while the Herald’s critic "
        "called it “a postcard with a pulse”.",
        "Lyra Okafor-Dunn said it was “a patient, generous film”; one rival reviewer dubbed it "
        "“a postcard with a pulse”.",
    ):
        quote = _quote("Critics have had their say on Ferryman.", line, start="a postcard")
        assert quote.speaker != "Lyra Okafor-Dunn", line


def test_the_same_speakers_second_phrase_still_carries_on() -> None:
    quote = _quote(
        "Critics have had their say on Ferryman.",
        "Lyra Okafor-Dunn said it was “a patient, generous film” and “a postcard with a pulse”.",
        start="a postcard",
    )
    assert quote.speaker == "Lyra Okafor-Dunn"


def test_a_second_unnamed_voice_after_while_keeps_its_own_source() -> None:
    for line in (
        "Readers were split. “Spring suits it,” wrote one, while another simply posted: "
        "“worst news all week.”",
        "Listeners were split. “Spring suits it,” said one, whereas another replied: "
        "“worst news all week.”",
    ):
        quote = _quote("The Ferryman adaptation has moved to April.", line, start="worst news")
        assert quote.source is SourceKind.UNNAMED, line


def test_an_outlets_named_critic_is_the_subject_a_pronoun_stands_for() -> None:
    for start, line in (
        (
            "It is about",
            "The Courier's Ines Moravec was the harshest, awarding two stars. ‘It is about as "
            "urgent as a shopping list,’ she wrote.",
        ),
        (
            "quietly",
            "NewsWire's Ines Moravec praised the ending, describing it as “quietly fearless”.",
        ),
    ):
        quote = _quote("Critics have had their say on Ferryman.", line, start=start)
        assert quote.speaker == "Ines Moravec", line


def test_a_persons_possessive_before_a_work_is_no_speaker() -> None:
    quote = _quote(
        "Directed by Oda Lindqvist, whose debut Copper Mile won a prize in 2021, Ferryman is "
        "her second film.",
        "Lindqvist’s Copper Mile reached cinemas a year late, and she said she was determined "
        "it would not happen again. “I will not wait another year.”",
        start="I will not",
    )
    assert quote.speaker != "Copper Mile"


def test_a_companys_job_title_then_the_name_in_apposition_is_the_speaker() -> None:
    for line in (
        "“Nobody saw this coming,” Brightwater’s head of theatrical sales, Odile Sarrazin, "
        "said Monday.",
        "“Nobody saw this coming,” Kestrel Pictures' chief marketing officer, Odile Sarrazin, "
        "told reporters.",
    ):
        quote = _quote("Ferryman topped the weekend chart.", line, start="Nobody saw")
        assert quote.speaker == "Odile Sarrazin", line


def test_a_local_described_by_place_and_job_is_who_he_stands_for() -> None:
    for intro in (
        "Quayside bakery owner Tomos Brereton-Vaughan said sales had dropped all week.",
        "Riverside pub landlord Tomos Brereton-Vaughan said regulars had stayed away.",
    ):
        quote = _quote(
            "The Ferryman shoot closed the promenade on Monday.",
            intro + " “It’s good for the town, but I have bills to pay,” he said.",
            start="It’s good",
        )
        assert quote.speaker == "Tomos Brereton-Vaughan", intro


def test_a_name_after_told_and_an_outlet_is_not_made_a_local() -> None:
    quote = _quote(
        "The Ferryman shoot closed the promenade on Monday.",
        "Brannock told BBC Radio Dorset the shoot would last a month.",
        "“It feels like home,” he said.",
        start="It feels",
    )
    assert quote.speaker != "Radio Dorset"


def test_an_unnamed_analyst_or_investor_is_an_unnamed_source() -> None:
    for line in (
        "One Leeds-based fund manager was less sure: “Every studio says its slate travels.”",
        "Another analyst was blunter: “Every studio says its slate travels.”",
    ):
        quote = _quote("Lumen's quarterly results beat forecasts.", line, start="Every studio")
        assert quote.source is SourceKind.UNNAMED, line


def test_our_own_critic_named_in_apposition_is_the_speaker() -> None:
    for line in (
        "Our own critic, Ines Moravec, gave it four stars, calling it “a patient, tender goodbye”.",
        "Our film critic, Ines Moravec, was won, describing it as “a patient, tender goodbye”.",
    ):
        quote = _quote("Critics have had their say on Ferryman.", line, start="a patient")
        assert quote.speaker == "Ines Moravec", line


def test_a_publication_named_after_its_noun_is_an_organisation() -> None:
    for line in (
        "She played Nina in The Seagull, a performance the student newspaper Quillstone called "
        "“quietly devastating”.",
        "Her Nina, which the arts magazine Brightside called “quietly devastating”, won a prize.",
    ):
        quote = _quote("Alumna Ines Carrow stars in Ferryman.", line, start="quietly")
        assert quote.source is SourceKind.ORGANISATION, line


def test_a_transcript_turn_after_a_bracketed_marker_is_the_labelled_speakers() -> None:
    for marker in ("[CLIP]", "[AUDIO]"):
        found = facts(
            "Radio Wessex breakfast show, transcript. Host Bryony Tallis talks to Ines Carrow.",
            "BRYONY TALLIS: Ines Carrow, welcome. Who do you play?",
            "INES CARROW: The ferryman’s daughter, who runs the café on the quay.",
            "BRYONY TALLIS: We spoke to the director, Oda Lindqvist, last week. Have a listen.",
            f"{marker} ODA LINDQVIST: Ines came in for a small part and left with the lead.",
            "INES CARROW: Oh, stop it, you will make me blush.",
        ).quotes
        speakers = {q.text[:10]: q.speaker for q in found if q.served}
        assert speakers.get("Ines came ") == "Oda Lindqvist", marker
        assert speakers.get("Oh, stop i") == "Ines Carrow", marker
