"""Quotes on invented text: a Q&A's unlabelled question between two answers is never the
previous answerer's words; a paraphrase ("some version of “...”"), a poster's tagline and a
person credit naming an institution are held, never served as said."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_bold_question_after_an_answer_is_not_the_answerers() -> None:
    for question in (
        "**Priya, what drew you to the role of the lighthouse keeper?**",
        "What was the hardest scene to shoot?",
    ):
        found = facts(
            "Tessa Marlowe and Priya Okafor star in Harbour Glass, out in June.",
            "**How did you hear you had the parts?**",
            "Tessa Marlowe: I was in a launderette when my agent rang.",
            "Priya Okafor: I was asleep, honestly.",
            question,
            "Priya: The storm night. We were soaked for a week.",
            date="2026-02-10",
            title="Harbour Glass stars Tessa Marlowe and Priya Okafor talk storms",
        )
        served = served_quotes(found)
        assert all(not text.startswith(("**", "What")) for text, _ in served), served
        assert ("The storm ni", "Priya Okafor") in served, served


def test_a_paraphrase_is_held() -> None:
    for line in (
        "Every chat with Odile Varga ends with her saying some version of “the sea decides.”",
        "Ask Odile Varga about the ending and she says something to the effect of 'wait and see'.",
    ):
        found = facts("Odile Varga directs Tidewater, out next spring.", line,
                      date="2026-02-10", title="Tidewater: what we know")  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_a_tagline_is_held() -> None:
    for line in (
        "The first poster shows a rowing boat at dusk, with the tagline “Nobody rows alone.”",
        "Marketing has gone with the slogan: 'Some rivers run uphill.'",
    ):
        found = facts("Tidewater opens on 4 June.", line, date="2026-02-10",
                      title="Tidewater poster revealed")  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_an_institution_is_never_a_speaker_person() -> None:
    for town, body in (
        ("Whitby", "Whitby Town Council"),
        ("Harrogate", "Harrogate Borough Council"),
    ):
        found = facts(
            f"Filming on Tidewater began in {town} on Monday.",
            "Dozens of fans waited from dawn, hoping to see stars Ivo Brandt and Lena Moss.",
            'Nine-year-old Rosa, who came with her grandad, said she had "never seen a crane".',
            '"We only saw the catering van, but that still counts," she said.',
            f"{body} said it had worked with the production.",
            'Its film officer, Tom Reddy, said the town had hosted "thirty shooting days".',
            date="2026-02-10",
            title=f"Tidewater: cameras roll in {town} as fans gather",
        )
        served = served_quotes(found)
        assert not [s for _, s in served if s.endswith("Council")], served
        assert ("thirty shoot", "Tom Reddy") in served, served


def test_a_caption_is_not_the_pictured_persons() -> None:
    for line in (
        "Mara Lind, who plays the ferry captain, posted a selfie with Otto Berg, who plays "
        "her brother, captioned “last day on the boat”.",
        "Mara Lind shared a photo of Otto Berg, still in costume, captioned 'our last day'.",
    ):
        found = facts(
            "Filming on Cold Harbour has wrapped.", line, date="2026-02-10",
            title="Cold Harbour wraps filming",
        )  # fmt: skip
        assert not [s for _, s in served_quotes(found) if s == "Otto Berg"], served_quotes(found)


def test_an_earlier_work_in_brackets_is_held() -> None:
    for line in (
        "Ilse Varga (“Under isen”) and Teodor Munk (“Salt Roads”) lead the cast of Winter "
        "Quay, a six-part drama for streamer Norda.",
        "Norda has cast Ilse Varga ('Nad rzeką') as the harbour pilot in Winter Quay.",
    ):
        found = facts(line, date="2026-02-10", title="Norda casts Winter Quay")
        assert not served_quotes(found), served_quotes(found)


def test_words_said_in_brackets_are_stillserved_quotes() -> None:
    found = facts(
        "Bad news: Ilse Varga is not returning as the pilot. She confirmed it on her story "
        '("The pilot had her ending. I will be watching with you all") so be kind.',
        date="2026-02-10",
        title="Winter Quay season two: Ilse Varga will not return",
    )
    assert [s for _, s in served_quotes(found)] == ["Ilse Varga"], served_quotes(found)


def test_a_place_inside_a_festivals_name_never_speaks() -> None:
    for festival in ("Glasgow Film Festival", "Leeds International Film Festival"):
        found = facts(
            "Northlight Pictures has confirmed Winter Quay for a spring release.",
            f"It premieres first at the {festival} in February, so some lucky people see it early.",
            'Sadly Petra Moss has left the cast because of "a scheduling clash", according to '
            "the studio's statement.",
            date="2026-02-10",
            title="Winter Quay: everything we know",
        )
        served = served_quotes(found)
        assert not [s for _, s in served if festival.startswith(s)], served


def test_an_owned_caption_is_its_owners() -> None:
    for line, owner in (
        ("Norda TV's caption on the first-look pic read: “Back on the water.” It's pinned.",
         "Norda TV"),
        ("NRK's caption for the teaser said 'Back on the water.' and honestly same.", "NRK"),
    ):  # fmt: skip
        found = facts(
            "Good morning! Filming on Winter Quay has started, with Ilse Varga back as the pilot.",
            line,
            date="2026-02-10",
            title="Posted in #announcements by mod_kay",
        )
        assert ("Back on the ", owner) in served_quotes(found), served_quotes(found)


def test_in_his_words_after_a_name_is_that_persons() -> None:
    for line, who in (
        (
            "We spoke to Ilse Varga from her trailer and Teodor Munk from, in his words, “the "
            "world's coldest car park”.",
            "Teodor Munk",
        ),
        (
            "Ilse Varga joined the call from, in her own words, 'a very damp hotel room'.",
            "Ilse Varga",
        ),
    ):
        found = facts(
            "Ilse Varga and Teodor Munk star in Winter Quay, out in May.",
            line,
            date="2026-02-10",
            title="Winter Quay's Ilse Varga and Teodor Munk on the cold",
        )
        assert [s for _, s in served_quotes(found)] == [who], served_quotes(found)
