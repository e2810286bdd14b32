"""Quote speakers on invented text: who a "he" or a job after a quote stands for when the text
before names someone with their company ("Ada Vale of Lumen Films says"), reports an unnamed
someone ("Our reporter says a fan has waited since dawn."), puts a question ("Vale asks whether
the star will come."), or sits between a Q&A's answers ("He told me, ‘...’"); a count marked in a
sentence a pronoun opens ("She saw “...”"); words a dash credits to "me"; and an unnamed
someone given a first name ("One fan, Ada, 17,"), who is no unnamed source."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speaker(start: str, *paragraphs: str, title: str | None = None) -> str | None:
    for quote in facts(*paragraphs, date="2026-03-02", title=title).quotes:
        if quote.text.startswith(start):
            return quote.speaker if quote.served else None
    return None


def test_a_name_with_its_company_before_the_verb_is_the_pronouns_antecedent() -> None:
    found = _speaker(
        "We shot it",
        "Marguerite Doyle has arrived with her agent. The novelist told the crowd: “It began "
        "as a short story.”",
        "Producer Ronan Tetley of Greywater Pictures says the night is “a long time coming”. He "
        "would not be drawn on a sequel: “We shot it as the last one.”",
    )
    assert found == "Ronan Tetley"


def test_a_name_without_a_company_still_reaches_the_pronoun() -> None:
    found = _speaker(
        "We shot it",
        "Producer Ronan Tetley says the night is “a long time coming”. He would not be drawn "
        "on a sequel: “We shot it as the last one.”",
    )
    assert found == "Ronan Tetley"


def test_a_pronoun_after_a_reported_unnamed_someone_is_not_an_earlier_name() -> None:
    for report in (
        "Our reporter at the gates says a student has been waiting since dawn.",
        "A steward reports that a woman has travelled from Aberdeen.",
    ):
        found = _speaker(
            "I came for",
            "Priya Landsman arrived with her co-star and waved. Landsman posted earlier: “last "
            "night of the tour”.",
            f"{report} “I came for the last one too,” she said.",
        )
        assert found != "Priya Landsman", report


def test_a_report_of_a_named_person_keeps_the_pronoun() -> None:
    found = _speaker(
        "I came for",
        "Priya Landsman arrived with her co-star and waved to the crowd.",
        "Landsman stopped at the barrier. “I came for the fans,” she said.",
    )
    assert found == "Priya Landsman"


def test_a_job_after_a_question_is_not_the_one_who_asked_it() -> None:
    found = _speaker(
        "Only if the",
        "Long Lens, Odile Marchetti’s weekly film podcast, returns with Fergus Quayle, whose "
        "new film opens in May.",
        "Marchetti asks whether the star will come to the premiere. “Only if the ferry runs,” "
        "the director laughs.",
    )
    assert found != "Odile Marchetti"


def test_a_job_after_the_person_doing_it_is_still_theirs() -> None:
    found = _speaker(
        "Only if the",
        "Fergus Quayle directs the film, which opens in May.",
        "Quayle talks about the premiere. “Only if the ferry runs,” the director laughs.",
    )
    assert found == "Fergus Quayle"


_QA = (
    "Sunniva Oakes has played the lighthouse keeper’s daughter for six years. We met in Leith.",
    "How does it feel to be done?",
    "Strange. I packed my dressing room last Friday and I kept the kettle.",
    "Your new director came from theatre.",
    "Bram [Kettering] came from the stage, so rehearsals ran long. He told me on the first "
    "morning, “Nobody rushes the sea.” I loved that.",
    "Would you go back?",
    "Never say never. I miss the cold, oddly.",
    "And the final scene?",
    "I can’t tell you. My agent is glaring at me.",
)


def test_he_told_me_between_a_qas_answers_is_not_the_answerer() -> None:
    found = _speaker("Nobody rushes", *_QA, title="Sunniva Oakes: ‘I kept the kettle’")
    assert found != "Sunniva Oakes"


def test_a_profiles_he_told_me_is_still_its_subject() -> None:
    found = _speaker(
        "Nobody rushes",
        "Sunniva Oakes has played the lighthouse keeper’s daughter for six years. We met in "
        "Leith, where she laughed at the rain.",
        "She told me over coffee, “Nobody rushes the sea.” Then she ordered another.",
        title="Sunniva Oakes: ‘I kept the kettle’",
    )
    assert found == "Sunniva Oakes"


def test_words_marked_in_a_sentence_a_pronoun_opens_are_the_pronouns() -> None:
    found = _speaker(
        "nearly four hundred",
        "Kestrel Byrne, who also cast the first two series, talks about finding Odo, the "
        "lodger, a part Wilhelmina Stroud wrote for the film.",
        "She watched “nearly four hundred auditions” before choosing a newcomer.",
    )
    assert found == "Kestrel Byrne"


def test_marked_words_after_a_named_sayer_stay_theirs() -> None:
    found = _speaker(
        "nearly four hundred",
        "Kestrel Byrne, who also cast the first two series, talks about finding Odo.",
        "Wilhelmina Stroud said she watched “nearly four hundred auditions” before choosing.",
    )
    assert found == "Wilhelmina Stroud"


def test_words_credited_to_me_after_a_dash_are_not_the_sentence_befores() -> None:
    for credit in ("– me, refreshing the page at midnight", "— me, every single morning"):
        found = _speaker(
            "Please let",
            "Rosalind Achebe scored the new series, which arrives in June.",
            f"Anyone else hear the old theme in the teaser? Rosalind Achebe strikes again. "
            f"“Please let there be a soundtrack album” {credit}.",
        )
        assert found != "Rosalind Achebe", credit


def test_a_dash_before_a_named_sayer_still_credits_them() -> None:
    found = _speaker(
        "Please let",
        "Rosalind Achebe scored the new series, which arrives in June.",
        "“Please let there be a soundtrack album,” Achebe joked at the launch.",
    )
    assert found == "Rosalind Achebe"


def _unnamed_served(start: str, *paragraphs: str) -> bool:
    found = facts(*paragraphs, date="2026-03-02").quotes
    return any(q.text.startswith(start) and q.served and q.speaker.startswith(("a", "an", "one"))
               and q.source.value == "unnamed" for q in found)  # fmt: skip


def test_an_unnamed_someone_given_a_first_name_is_no_unnamed_source() -> None:
    for opening in ("One admirer, Solène, 16,", "A student, Maxence,"):
        served = _unnamed_served(
            "I saw the", f"{opening} came from Nantes by coach. “I saw the first one nine times,” "
            "she told us.",
        )  # fmt: skip
        assert not served, opening


def test_an_unnamed_someone_without_a_name_stays_unnamed() -> None:
    found = facts(
        "One admirer, aged 16, came from Nantes by coach. “I saw the first one nine times,” she "
        "told us.",
        date="2026-03-02",
    ).quotes
    assert any(q.text.startswith("I saw the") and q.source.value == "unnamed" for q in found), found
