"""Quotations and their speakers, on invented paragraphs."""

from __future__ import annotations

from dataclasses import replace

from bot.extract import extract_facts
from bot.facts import SourceKind
from tests.extract.helpers import article, facts


def spoken(*paragraphs: str) -> list[tuple[str, str, bool, bool, bool]]:
    """(start of text, speaker, is person, fragment, continues) for each quote."""
    return [
        (q.text[:12], q.speaker, q.speaker_is_person, q.fragment, q.continues_previous)
        for q in facts(*paragraphs).quotes
    ]


def test_said_after_and_said_before_with_surname_resolution() -> None:
    assert spoken(
        "Director Omar Sidi was on set.",
        "“We shot all night,” Sidi said. “Nobody complained.”",
        "“It was cold,” said Sidi.",
    ) == [
        ("We shot all ", "Omar Sidi", True, False, False),
        ("Nobody compl", "Omar Sidi", True, False, True),
        ("It was cold", "Omar Sidi", True, False, False),
    ]


def test_pronoun_refers_to_the_person_last_named() -> None:
    assert spoken(
        "Producer Dana Kerr told the paper how proud she was.",
        "“It has been a long road,” she said.",
    ) == [("It has been ", "Dana Kerr", True, False, False)]


def test_multi_paragraph_quote_continues_with_the_same_speaker() -> None:
    found = facts(
        "Writer Petra Hale spoke to us.",
        "Asked about the ending, the author said: “It was always going to end here.",
        "“Anything else would have been a lie.”",
    )
    assert [(q.speaker, q.continues_previous) for q in found.quotes] == [
        ("Petra Hale", False),
        ("Petra Hale", True),
    ]


def test_descriptors_resolve_to_credited_people() -> None:
    assert (
        spoken(
            "Director Omar Sidi and star Lila Brook spoke.",
            "“We are nearly there,” the director added.",
        )[0][1]
        == "Omar Sidi"
    )


def test_age_descriptor_means_the_person_the_paragraph_is_about() -> None:
    assert spoken(
        "Cal Whitby joined the cast.",
        "Whitby grew up in Leeds. “I could not believe it,” the 24-year-old said.",
    ) == [("I could not ", "Cal Whitby", True, False, False)]


def test_unnamed_spokesperson_and_organisation() -> None:
    assert spoken(
        "“We are delighted,” a Lumen spokesperson said.",
        '"The wait is over," Lumen said in a statement.',
    ) == [
        ("We are delig", "Lumen spokesperson", False, False, False),
        ("The wait is ", "Lumen", False, False, False),
    ]


def test_fragment_in_reported_speech_with_according_to() -> None:
    assert spoken(
        'Their friends "face the hardest year yet," according to Lumen.',
    ) == [("face the har", "Lumen", False, True, False)]


def test_official_synopsis_is_credited_to_the_announcing_organisation() -> None:
    assert spoken(
        "Lumen confirmed the film this week.",
        "The official synopsis reads: “Two friends, one summer.”",
    ) == [("Two friends,", "Lumen", False, False, False)]


def test_unattributed_quote_after_a_sentence_naming_a_person() -> None:
    assert spoken(
        "Lila Brook, speaking at a festival, praised her co-star. “He never missed a cue.”",
    ) == [("He never mis", "Lila Brook", True, False, False)]


def test_names_inside_a_quote_are_never_the_speaker() -> None:
    found = facts(
        "Cal Whitby joined the cast.",
        "“Ivo Brandt built a lovely foundation,” the 24-year-old said.",
    )
    assert found.quotes[0].speaker == "Cal Whitby"


def test_website_told_is_not_the_speaker() -> None:
    found = facts("Lila Brook attended.", "“It felt right,” Brook told Screenpost.")
    assert found.quotes[0].speaker == "Lila Brook"


def test_came_the_reply_and_joked() -> None:
    assert [
        q.speaker
        for q in facts(
            "Lila Brook and Tom Varga star.",
            "“Bring snacks,” Varga joked. “Bring tissues,” came the reply from Brook.",
        ).quotes
    ] == ["Tom Varga", "Lila Brook"]


def test_quote_text_is_an_exact_substring_without_marks() -> None:
    made = article("Lila Brook said: “It is ‘forever’, honestly.”")
    found = extract_facts(made)
    assert found.quotes[0].text == "It is ‘forever’, honestly.”"[:-1]
    assert found.quotes[0].text in made.text


def served(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    """(start of text, speaker, source kind) for each served quote."""
    return [(q.text[:12], q.speaker, q.source) for q in facts(*paragraphs).served().quotes]


def test_an_aside_between_name_and_verb_keeps_the_speaker() -> None:
    assert served(
        "Rosa Vint and Theo Ames star in the film.",
        "“I cried at the read-through,” Ames, 24, said in a video.",
        "Mina Clarke, head of drama at Lumen, said: “It is our biggest film this year.”",
    ) == [
        ("I cried at t", "Theo Ames", SourceKind.PERSON),
        ("It is our bi", "Mina Clarke", SourceKind.PERSON),
    ]


def test_a_descriptor_with_the_name_in_an_aside_is_that_name() -> None:
    assert served(
        "Rosa Vint stars.",
        "The director, Ivo Brandt, said the shoot had been “the longest winter of my life”.",
    ) == [("the longest ", "Ivo Brandt", SourceKind.PERSON)]


def test_a_pronoun_is_the_subject_of_the_last_clause_not_the_last_name() -> None:
    assert served(
        "Director Ivo Brandt shot the film in a week.",
        "Editor Pia Lund cut it in a month, and Brandt thanks producer Sara Holm for the money.",
        "“Sara made it possible,” he said.",
    ) == [("Sara made it", "Ivo Brandt", SourceKind.PERSON)]


def test_a_quote_with_no_attribution_and_no_subject_before_is_unattributed() -> None:
    found = facts(
        "Rosa Vint stars in the film, which opens in May.",
        "The crowd outside was enormous.",
        "“We have waited years for this.”",
    )
    assert [(q.speaker, q.source) for q in found.quotes] == [("", SourceKind.UNATTRIBUTED)]


def test_unnamed_sources_and_accounts_are_never_people() -> None:
    assert served(
        "Rosa Vint stars.",
        "“It was all very friendly,” one person close to the production told the paper.",
        "A reader who lives nearby said the set was “locked down like an airport”.",
        "Top reply from u/lanternfan99: “Rosa deserves this so much”",
    ) == [
        ("It was all v", "one person close to the production", SourceKind.UNNAMED),
        ("locked down ", "A reader who lives nearby", SourceKind.UNNAMED),
        ("Rosa deserve", "u/lanternfan99", SourceKind.ORGANISATION),
    ]


def test_an_organisation_named_in_short_is_the_company() -> None:
    assert served(
        "Kestrel Bay Pictures confirmed the new title on Monday.",
        "“Ivo found the film in the edit,” Kestrel Bay said in a statement.",
    ) == [("Ivo found th", "Kestrel Bay Pictures", SourceKind.ORGANISATION)]


def test_what_the_studio_called_is_the_studio() -> None:
    assert served(
        "Kestrel Bay Pictures said the director left over what the studio called “a difference "
        "of vision”.",
    ) == [("a difference", "Kestrel Bay Pictures", SourceKind.ORGANISATION)]


def test_interview_answers_are_their_labelled_speaker_and_questions_are_held() -> None:
    found = facts(
        "Rosa Vint talks to us about the film.",
        "Screenpost: How did you get the part?",
        "Rosa Vint: By accident, honestly. I sent a tape from my kitchen.",
        "Screenpost: And the first day?",
        "RV: Terrifying. Theo Ames told me, “Nobody here bites.”",
    )
    assert [(q.text[:12], q.speaker) for q in found.served().quotes] == [
        ("By accident,", "Rosa Vint"),
        ("Terrifying. ", "Rosa Vint"),
        ("Nobody here ", "Theo Ames"),
    ]
    # The batches disagree whether a question is a quote: returned, below the line.
    held = [(q.text[:12], q.speaker, q.source) for q in found.quotes if not q.served]
    assert held == [
        ("How did you ", "Screenpost", SourceKind.ORGANISATION),
        ("And the firs", "Screenpost", SourceKind.ORGANISATION),
    ]


def test_a_label_that_is_no_person_is_no_interview_answer() -> None:
    found = facts("When does the film open?", "UPDATE: Lumen has moved the date to June.")
    assert found.quotes == ()


def test_a_post_caption_is_whoever_shared_it() -> None:
    assert served(
        "Rosa Vint shared a photo from the last day of the shoot. “Goodbye, little town x,” the "
        "caption read.",
        "Lumen posted a clip on its channel, and the caption read: “The wait is nearly over.”",
    ) == [
        ("Goodbye, lit", "Rosa Vint", SourceKind.PERSON),
        ("The wait is ", "Lumen", SourceKind.ORGANISATION),
    ]


def test_titles_nicknames_numbers_and_scare_words_in_quotes_are_not_quotes() -> None:
    found = facts(
        "Theo Ames, who starred in ‘Salt Flats’ and “The Long Hall,” plays Ben “Benny” Marsh.",
        "Lumen has not even said “2026” yet, and the “leaked” call sheet is fake.",
    )
    assert found.quotes == ()


def test_the_attribution_nearest_the_quote_introduces_it() -> None:
    assert served(
        "Lumen has moved the film.",
        "Screenpost reported that the move dodges what one Lumen executive called “a very busy "
        "weekend”.",
        "Rosa Vint replied with an emoji; Theo Ames wrote: “Two more weeks of secrets.”",
    ) == [
        ("a very busy ", "one Lumen executive", SourceKind.UNNAMED),
        ("Two more wee", "Theo Ames", SourceKind.PERSON),
    ]


def test_two_fragments_in_one_sentence_share_the_speaker() -> None:
    found = facts(
        "The mayor, Councillor Ada Price, said the shoot had brought “a real lift” to the town "
        "and had been “nothing but polite”.",
    )
    assert [(q.text, q.speaker, q.continues_previous) for q in found.quotes] == [
        ("a real lift", "Ada Price", False),
        ("nothing but polite", "Ada Price", False),
    ]


def test_an_interrupted_quotation_continues() -> None:
    found = facts(
        "Theo Ames joined late.",
        "“I came in after everyone had bonded,” Ames says, “which is my character’s story too.”",
    )
    assert [(q.speaker, q.continues_previous) for q in found.quotes] == [
        ("Theo Ames", False),
        ("Theo Ames", True),
    ]


def test_a_pronoun_can_point_back_at_someone_unnamed() -> None:
    assert served(
        "Rosa Vint waved at the crowd.",
        "Another fan, who asked not to be named, had driven overnight. “I'm 40, I know,” she "
        "laughed.",
    ) == [("I'm 40, I kn", "Another fan", SourceKind.UNNAMED)]


def test_labels_posts_and_people_in_a_queue() -> None:
    assert served(
        "12:05 – Showrunner Ivo Brandt: “We jump ahead ten years.”",
        "12:10 – Lumen+ just posted a countdown: “Ten days. Ten doors.”",
        "12:20 – The fan next to us in the queue: “I have been here since Friday.”",
    ) == [
        ("We jump ahea", "Ivo Brandt", SourceKind.PERSON),
        ("Ten days. Te", "Lumen+", SourceKind.ORGANISATION),
        ("I have been ", "The fan next to us in the queue", SourceKind.UNNAMED),
    ]


def test_an_organisations_own_synopsis() -> None:
    assert served(
        "Lumen has dated the film.",
        "Lumen's official synopsis reads: “Two friends, one summer, no plan at all.”",
    ) == [("Two friends,", "Lumen", SourceKind.ORGANISATION)]


def test_a_caption_before_the_quote_is_its_posters() -> None:
    assert served(
        "Actor Mara Quill posted a photo of the set with the caption “last day on set, thank you”.",
    ) == [("last day on ", "Mara Quill", SourceKind.PERSON)]


def test_a_first_name_we_cannot_place_leaves_the_post_unattributed() -> None:
    assert served(
        "Director Omar Sidi thanked the crew.",
        "Joe put up a carousel of photos with the caption “last day at school, forever”.",
    ) == [("last day at ", "", SourceKind.UNATTRIBUTED)]


def test_two_adverbs_between_speaker_and_verb() -> None:
    assert served(
        "Director Omar Sidi was on set.",
        "“We kept going,” Sidi later simply said.",
    ) == [("We kept goin", "Omar Sidi", SourceKind.PERSON)]


def test_a_part_named_as_the_subject_is_not_the_speaker() -> None:
    assert served(
        "Joel Abara plays Mr Pike.",
        "Mr Pike himself, Joel Abara, shared a message: “See you all on set.”",
    ) == [("See you all ", "Joel Abara", SourceKind.PERSON)]


def test_an_interviewers_label_never_answers() -> None:
    assert served(
        "Glimmer spoke to Joel Abara about the film.",
        "Glimmer: How did you prepare?",
        "Abara: I read the book twice.",
        "Glimmer: Tell us about the final scene.",
        "Abara: It was the hardest day.",
    ) == [
        ("I read the b", "Joel Abara", SourceKind.PERSON),
        ("It was the h", "Joel Abara", SourceKind.PERSON),
    ]


def test_a_subject_after_an_opening_participle_or_after_its_verb() -> None:
    assert served(
        "Taking the stage, Petra Hale, who wrote the book, kept it short. “Thank you,” they said.",
    ) == [("Thank you", "Petra Hale", SourceKind.PERSON)]
    assert served(
        "Among the newcomers is Lina Ferro, who plays Ada. “I cried,” she said.",
    ) == [("I cried", "Lina Ferro", SourceKind.PERSON)]


def test_an_organisation_posting_on_its_own_channel() -> None:
    assert served(
        "Kestrel posted a clip on its channel with the message: “Ten days to go.”",
    ) == [("Ten days to ", "Kestrel", SourceKind.ORGANISATION)]


def test_short_single_quoted_phrases_and_reported_words() -> None:
    assert served(
        "Newcomer Mateo Ruiz has lifted the lid on the scenes, admitting he was 'not remotely "
        "prepared' for them.",
    ) == [("not remotely", "Mateo Ruiz", SourceKind.PERSON)]
    assert served(
        "One Harbour Street shopkeeper, who asked not to be named, said the closures had "
        "'killed' trade.",
    ) == [("killed", "One Harbour Street shopkeeper", SourceKind.UNNAMED)]
    assert served('No "insider" claims without a source, please.') == []


def test_a_fragment_after_who_said_is_the_named_persons() -> None:
    assert served(
        "Extras included 16-year-old Kacper Wisn, from Ramsgate, who said he spent two days "
        "'walking slowly past the same bin'.",
    ) == [("walking slow", "Kacper Wisn", SourceKind.PERSON)]


def test_per_her() -> None:
    assert served(
        "Ada Wren plays opposite Joel Abara in most scenes, and, per her, he is “exactly as nice "
        "as you want him to be.”",
    ) == [("exactly as n", "Ada Wren", SourceKind.PERSON)]


def test_an_account_is_a_pronouns_antecedent() -> None:
    assert served(
        "Fan account @leavesforever pointed out the date. “She knows what she’s doing,” they "
        "wrote.",
    ) == [("She knows wh", "@leavesforever", SourceKind.ORGANISATION)]


def test_nicknames_and_job_titles_around_a_name() -> None:
    assert served(
        "Drag artist Kenji “Miso Honey” Tanaka, who hosts a watch party, wrote: “Booking the back "
        "room now.”",
        "Seaside City Manager Rhonda Pell said the shoot would bring “real dollars” into town.",
    ) == [
        ("Booking the ", "Kenji Tanaka", SourceKind.PERSON),
        ("real dollars", "Rhonda Pell", SourceKind.PERSON),
    ]


def test_she_in_an_answer_is_not_the_one_answering() -> None:
    assert served(
        "Glimmer spoke to Ada Wren, who took over from Hollie-Mae Pritt, about the film.",
        "Glimmer: Did you talk to Hollie-Mae at all?",
        "Ada Wren: She sent me a message. She said, “Bea is yours now, look after her.”",
    ) == [
        ("She sent me ", "Ada Wren", SourceKind.PERSON),
        ("Bea is yours", "Hollie-Mae Pritt", SourceKind.PERSON),
    ]


def byline_quotes(byline: str | None, *paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    found = extract_facts(replace(article(*paragraphs), byline=byline))
    return [(q.text[:12], q.speaker, q.source) for q in found.served().quotes]


def test_the_writers_own_question_is_the_bylines() -> None:
    paragraphs = (
        "Ada Wren met me in a café.",
        "“Did you share a scene?” I ask.",
        "“Not one,” Wren says.",
    )
    assert byline_quotes("Noor Hadd", *paragraphs) == [
        ("Did you shar", "Noor Hadd", SourceKind.PERSON),
        ("Not one", "Ada Wren", SourceKind.PERSON),
    ]
    assert byline_quotes(None, *paragraphs)[0] == ("Did you shar", "", SourceKind.UNATTRIBUTED)


def test_a_pronoun_speaker_is_checked_against_the_quote() -> None:
    assert served(
        "Cian Dal had been on set for nine days when his phone rang.",
        "“I rang the director from the car park,” he says.",
        "Kit Conn, who plays Nick, sends him voice notes. “Kit sent me one last week,” he says.",
    ) == [
        ("I rang the d", "Cian Dal", SourceKind.PERSON),
        ("Kit sent me ", "Cian Dal", SourceKind.PERSON),
    ]
    assert served(
        "Editor Agnes Wro saves her work. “Reuben improvises,” she says.",
        "Joel Locke vanishes mid-laugh. “See you tomorrow,” she tells him.",
    ) == [
        ("Reuben impro", "Agnes Wro", SourceKind.PERSON),
        ("See you tomo", "Agnes Wro", SourceKind.PERSON),
    ]


def test_someone_else_between_two_quotes_and_a_dash_aside() -> None:
    assert served(
        "Kit Mba and Hana Ishi meet me.",
        "“All of them, twice,” says Mba. Ishi looks faintly embarrassed. “I was more of a poetry "
        "girl, honestly.”",
        "Mba shares a name with the other Kit — Kit Conn, who plays Nick — which caused what he "
        "calls “an admin situation” on set.",
    ) == [
        ("All of them,", "Kit Mba", SourceKind.PERSON),
        ("I was more o", "Hana Ishi", SourceKind.PERSON),
        ("an admin sit", "Kit Mba", SourceKind.PERSON),
    ]


def test_family_members_and_organisations_by_description() -> None:
    assert served(
        "Ingrid Hal has cast her younger brother, Mats Hal, as the lead.",
        "The younger Hal was unbothered. “She has told me where to stand since 1998,” he said.",
        "The BBC had slated the series for October, but confirmed that it will now arrive “in "
        "the new year”.",
        "Sources say streamers have circled it, with one buyer describing the script as “the "
        "best thing we have read”.",
        "Lumen has confirmed little, but the streamer’s logline has two boys learning “what it "
        "costs to love someone”.",
        "Lumen UK's post said: “And that's a wrap on the film.”",
    ) == [
        ("She has told", "Mats Hal", SourceKind.PERSON),
        ("in the new y", "BBC", SourceKind.ORGANISATION),
        ("the best thi", "one buyer", SourceKind.UNNAMED),
        ("what it cost", "Lumen", SourceKind.ORGANISATION),
        ("And that's a", "Lumen UK", SourceKind.ORGANISATION),
    ]


def test_a_caption_was_and_one_attributed_word() -> None:
    assert served(
        "Director Wash West posted the last clapperboard, caption was “last slate, thank you”.",
        "Ximena Olav raises a hand. “Again,” she says.",
    ) == [
        ("last slate, ", "Wash West", SourceKind.PERSON),
        ("Again", "Ximena Olav", SourceKind.PERSON),
    ]
