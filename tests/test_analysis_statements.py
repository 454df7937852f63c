"""Statements: direct, split, multi-sentence, indirect, mixed and block speech, speakers, and matches across articles.

Short texts of our own; the spaCy model is loaded once per process.
"""

from __future__ import annotations

import pytest

from conftest import run

COUNCIL = """Mayor Linda Okafor presented the city budget on Wednesday.

"We have balanced the books without cutting a single library," Okafor said.

“The city is stronger than it was four years ago,” she told reporters.

"Taxes will not rise," said council member Peter Vance. "Not this year, and not next year either. We promised voters that."

Vance said that the council would vote on the plan next month.

The reserves are nearly exhausted, according to the city auditor, Maria Delgado.

Delgado told Reuters that the shortfall could reach $40 million by the summer.

Opposition leader Tom Briggs warned that the plan "will fail badly" once interest rates rise.
"""

AIRLINE = """The Ministry of Transport grounded the airline's jets on Friday.

Airline chief Robert Kessler called the decision "premature and reckless. The board met until midnight.

Kessler said the fleet had passed every test last spring.

Union leader Anna Petrov addressed the workers at the depot. "We will not be blamed for management failures," she said.

The Ministry of Transport issued a brief statement on Saturday. "The investigation will take several months," the statement said.
"""

BLOCK = """The harbour authority closed the northern pier on Sunday after a crane collapsed.

The following statement was released on Monday:

Safety remains our highest priority and the pier will stay closed until every crane has been inspected.

Dock workers gathered outside the gates on Tuesday.
"""

PRONOUN = """Coach Marta Quintero praised goalkeeper Ivo Brandt after the match.

"Nobody trained harder this season," she said.

Club president Viktor Hale defended the ticket prices. "They are the lowest in the league," he said.
"""


@pytest.fixture(scope="module")
def council():
    (a,), comparison = run(COUNCIL)
    return a, comparison


@pytest.fixture(scope="module")
def airline():
    (a,), comparison = run(AIRLINE)
    return a, comparison


def saying(comparison, words: str):
    """The one statement whose content contains `words`."""
    found = [s for s in comparison.statements if words in s.content.text]
    assert len(found) == 1, (words, [(s.kind, s.content.text) for s in comparison.statements])
    return found[0]


def speaker_name(comparison, statement) -> str | None:
    entity = comparison.entity(statement.speaker.entity)
    return entity.name if entity else None


def test_offsets_index_the_article_text(council, airline):
    for a, comparison in (council, airline):
        for s in comparison.statements:
            assert a.text[s.content.start:s.content.end] == s.content.text
            assert s.article == a.id
            if s.cue_start is not None:
                assert a.text[s.cue_start:s.cue_end] == s.cue
            if s.speaker.start is not None:
                assert a.text[s.speaker.start:s.speaker.end] == s.speaker.text


def test_direct_quote_with_straight_marks(council):
    _, comparison = council
    s = saying(comparison, "balanced the books")
    assert s.kind == "direct"
    assert s.content.text == "We have balanced the books without cutting a single library"
    assert s.cue == "said"
    assert s.speaker.text == "Okafor"
    assert speaker_name(comparison, s) == "Linda Okafor"


def test_direct_quote_with_curly_marks_and_a_pronoun(council):
    _, comparison = council
    s = saying(comparison, "stronger than")
    assert s.kind == "direct"
    assert s.content.text == "The city is stronger than it was four years ago"
    assert s.cue == "told"
    assert s.speaker.text == "she"
    assert speaker_name(comparison, s) == "Linda Okafor"


def test_split_quote_is_one_statement_with_its_speaker(council):
    _, comparison = council
    s = saying(comparison, "Taxes will not rise")
    assert s.kind == "direct"
    assert s.content.text.startswith("Taxes will not rise")
    assert s.content.text.endswith("Not this year, and not next year either. We promised voters that.")
    assert speaker_name(comparison, s) == "Peter Vance"
    assert s.cue == "said"


def test_quotes_with_their_own_verbs_stay_apart():
    (a,), comparison = run('"The bridge is safe," the engineer said. "Traffic can resume," the mayor added.\n')
    assert sorted(s.content.text for s in comparison.statements) == ["The bridge is safe", "Traffic can resume"]


def test_a_quote_opening_the_next_paragraph_goes_on_with_the_one_before():
    (a,), comparison = run('"The bridge is safe," the engineer said, pointing at the new cables.\n\n'
                           '"We tested every joint twice."\n\nThe mayor thanked the crews.\n')
    s = saying(comparison, "bridge is safe")
    assert s.content.text.endswith("We tested every joint twice.") and s.cue == "said"


def test_a_paragraph_of_nothing_but_a_quote_is_the_previous_paragraph_speaker_s():
    _, comparison = run("Jana Fitz, a retired FBI profiler, told reporters on Wednesday that the letter reminded "
                        "her of an old case.\n\n"
                        "\u201cThe linguist in me noticed that two names were spelled wrong.\u201d\n\n"
                        "The packages were sent two weeks before the election.\n\n"
                        "\u201cNobody has claimed them.\u201d\n")
    s = saying(comparison, "linguist in me")
    assert s.kind == "direct" and speaker_name(comparison, s) == "Jana Fitz"
    assert s.content.text == "The linguist in me noticed that two names were spelled wrong."
    assert not [s for s in comparison.statements if "claimed them" in s.content.text]  # no speaker before it


@pytest.mark.parametrize("text, cue, said", [
    pytest.param("Authorities were initially vague. Wray elaborated at Friday\u2019s press briefing that each device "
                 "contained roughly 6 inches of PVC pipe, as well as a small clock and wiring.", "elaborated",
                 "each device contained roughly 6 inches of PVC pipe, as well as a small clock and wiring",
                 id="made-adverbial"),
    pytest.param("In Honolulu last week, he told a meeting of Pacific Island leaders that few people understood the "
                 "stakes of climate change better than they did.", "told",
                 "few people understood the stakes of climate change better than they did", id="hung-on-the-one-told"),
])
def test_a_that_clause_the_parser_misread_is_what_was_said(text, cue, said):
    _, comparison = run(text + "\n")
    assert [(s.cue, s.content.text) for s in comparison.statements] == [(cue, said)]


@pytest.mark.parametrize("text, said", [
    ("Trump said after the convention he would not accept the endorsement.",
     "he would not accept the endorsement"),
    ("Trump said on Monday he would not accept the endorsement.", "he would not accept the endorsement"),
    ("She said as she left the building that she was tired.", "she was tired"),
    ("The mayor said that on Monday the city would appeal.", "on Monday the city would appeal"),
])
def test_when_something_was_said_is_no_part_of_what_was_said(text, said):
    _, comparison = run(text + "\n")
    assert [s.content.text for s in comparison.statements] == [said]


def test_indirect_said_that(council):
    _, comparison = council
    s = saying(comparison, "vote on the plan")
    assert s.kind == "indirect"
    assert s.content.text == "the council would vote on the plan next month"
    assert s.cue == "said"
    assert speaker_name(comparison, s) == "Peter Vance"


def test_according_to_with_a_named_apposition(council):
    _, comparison = council
    s = saying(comparison, "reserves are nearly exhausted")
    assert s.kind == "indirect"
    assert s.content.text == "The reserves are nearly exhausted"
    assert s.cue == "according to"
    assert s.speaker.text == "the city auditor"
    assert speaker_name(comparison, s) == "Maria Delgado"


def test_told_outlet_that(council):
    _, comparison = council
    s = saying(comparison, "shortfall")
    assert s.kind == "indirect"
    assert s.content.text == "the shortfall could reach $40 million by the summer"
    assert s.cue == "told"
    assert speaker_name(comparison, s) == "Maria Delgado"


def test_mixed_partial_quote_in_reported_speech(council):
    _, comparison = council
    s = saying(comparison, "will fail badly")
    assert s.kind == "mixed"
    assert s.content.text.startswith('the plan "will fail badly"')
    assert s.cue == "warned"
    assert speaker_name(comparison, s) == "Tom Briggs"


def test_every_statement_is_found_once(council):
    _, comparison = council
    contents = [s.content.text for s in comparison.statements]
    assert len(contents) == len(set(contents))
    for words in ("balanced the books", "stronger than", "Taxes will not rise", "vote on the plan",
                  "reserves", "shortfall", "fail badly"):
        assert sum(words in c for c in contents) == 1, words


def test_block_statement_after_a_colon_paragraph():
    (a,), comparison = run(BLOCK)
    s = saying(comparison, "highest priority")
    assert s.kind == "block"
    assert s.content.text == ("Safety remains our highest priority and the pier will stay closed until every crane "
                              "has been inspected.")
    assert s.cue == "released"
    assert not any("Dock workers" in x.content.text for x in comparison.statements)


def test_block_statement_names_its_issuer_when_the_intro_does():
    text = ("The Harbour Authority released the following statement on Monday:\n\n"
            "We regret the closure and will reopen the pier as soon as it is safe.\n")
    (a,), comparison = run(text)
    s = saying(comparison, "We regret the closure")
    assert s.kind == "block"
    assert speaker_name(comparison, s) == "Harbour Authority"


def test_stray_quote_mark_does_not_derail_later_quotes(airline):
    _, comparison = airline
    kessler = saying(comparison, "passed every test")
    assert kessler.kind == "indirect" and speaker_name(comparison, kessler) == "Robert Kessler"
    blamed = saying(comparison, "management failures")
    assert blamed.kind == "direct"
    assert blamed.content.text == "We will not be blamed for management failures"
    months = saying(comparison, "several months")
    assert months.content.text == "The investigation will take several months"
    assert not any("board met" in s.content.text for s in comparison.statements)


def test_an_opening_mark_typed_for_a_closing_one_still_closes_the_quote():
    _, comparison = run("“The shortfall could create real problems for the city,“ said auditor Maria Delgado.\n")
    s = saying(comparison, "real problems")
    assert s.kind == "direct" and s.content.text == "The shortfall could create real problems for the city"
    assert s.speaker.text == "auditor Maria Delgado"


def test_quotes_in_single_marks_as_british_papers_write_them():
    _, comparison = run("Unique Armstead was shot in the leg outside a school in Brownsville.\n"
                        "'At the time, I thought it was a brick, but it was a bullet,' Mrs Armstead said.\n"
                        "'He didn't stop, he just kept on running,' said the neighbour.\n")
    brick = saying(comparison, "a brick")
    assert brick.kind == "direct" and brick.content.text == "At the time, I thought it was a brick, but it was a bullet"
    assert speaker_name(comparison, brick) == "Unique Armstead"
    running = saying(comparison, "kept on running")
    assert running.kind == "direct" and running.speaker.text == "the neighbour"
    assert not [s for s in comparison.statements if s.speaker.text == "I"]  # "I thought" is inside the quote


@pytest.mark.parametrize(("text", "quoted"), [
    ("'All Bets Are Off.'\n", []),  # a headline, whole
    ("Critics called the plan 'Trump's folly' on Monday, and the Smiths' neighbours agreed, he said.\n", []),
    ("In the '90s, he said, 'things were different.' Nobody disagreed.\n", []),  # a decade; a lower-case quote
    ("\"Nobody 'Would Ever Do That,' believe me,\" she said.\n",  # a quote within a quote
     ["Nobody 'Would Ever Do That,' believe me"]),
])
def test_apostrophes_headlines_and_quotes_within_quotes_are_no_single_marked_quotes(text, quoted):
    from newsview.analysis.quotes import quoted_spans

    assert [text[s:e] for s, e in quoted_spans(text)] == quoted


def test_an_opening_mark_that_ends_a_line_closes_the_quote_open_on_it():
    _, comparison = run("Dana Roe said : “ It was never about money . I just wanted to coach . “\nThe club said on Monday that "
                        "it would name a new coach within a month .\n“ We wish him well , ” the chairman said .\n")
    quote = saying(comparison, "wanted to coach")
    assert quote.kind == "direct" and quote.content.text == "It was never about money . I just wanted to coach ."
    assert saying(comparison, "wish him well").content.text == "We wish him well"


def test_a_question_in_doubled_apostrophes_is_asked_by_the_name_after_it():
    _, comparison = run("The mayor spoke last.\n\n''Why do the richest firms pay lower rates than you do?'' "
                        "Mayor Linda Okafor asked.\n")
    s = saying(comparison, "lower rates")
    assert s.kind == "direct" and s.cue == "asked" and s.speaker.text == "Mayor Linda Okafor"

def test_pronoun_resolves_to_the_person_who_became_the_subject(airline):
    _, comparison = airline
    s = saying(comparison, "management failures")
    assert s.speaker.text == "she"
    assert speaker_name(comparison, s) == "Anna Petrov"  # not Kessler, the speaker before her


def test_pronoun_resolves_to_the_subject_not_the_object():
    _, comparison = run(PRONOUN)
    trained = saying(comparison, "Nobody trained harder")
    assert speaker_name(comparison, trained) == "Marta Quintero"
    prices = saying(comparison, "lowest in the league")
    assert prices.speaker.text == "he"
    assert speaker_name(comparison, prices) == "Viktor Hale"


@pytest.mark.parametrize("text, said", [
    pytest.param(
        "Senator Ray Dunmore, R-S.C., said Chairman Carl Wexley must apologize to the troops.\n\n"
        "\u201cHe owes our soldiers an apology,\u201d he said.\n\n"
        "Dunmore said Wexley needs to refocus on the election. He called the comments \u201cinaccurate.\u201d\n",
        {"owes our soldiers": "Ray Dunmore", "inaccurate": "Ray Dunmore"}, id="pronoun-after-a-claim"),
    pytest.param(  # the one person named in the sentence before the quote is only what its speaker said
        "Mayor Tomas Brenner spoke to reporters on Monday.\n\n"
        "He said Judge Peter Lang would likely chair the inquiry if the council agrees.\n\n"
        "\u201cIf you back me, the city gets someone who knows the courts,\u201d he said.\n",
        {"Lang would likely chair": "Tomas Brenner", "If you back me": "Tomas Brenner"}, id="named-in-a-claim"),
    pytest.param(  # a subject inside the speaker's own sentence, in a clause about them, is no new speaker
        "Editor Carl Wu, who led the charge of critics calling for Mayor Tom Hale to resign, said on Sunday that "
        "Hale still needs to go, though he said Hale tried to convince him otherwise.\n\n"
        "\u201cI think it would be better if he went,\u201d he said.\n",
        {"Hale tried to convince": "Carl Wu", "better if he went": "Carl Wu"}, id="named-in-the-speakers-sentence"),
    pytest.param(  # the person of a title, not its place or body
        "The lawsuit was filed on Monday.\n\n"
        "\u201cThere is no emergency at the border,\u201d Oregon Attorney General Ana Ruiz, who has sued the "
        "administration twice, said in a statement.\n\n"
        "\u201cThis is a historic day,\u201d House Speaker Tom Brandt said.\n",
        {"no emergency": "Ana Ruiz", "historic day": "Tom Brandt"}, id="titled-after-a-quote"),
    pytest.param(  # one of a party is the person the text is about; the party's members are the party
        "Sen. John Marsh spoke on Sunday about the war.\n\n"
        "The Arizona Republican said the chairman needs to assess whether he can still do his job.\n\n"
        "Senate Majority Leader Harry Lund met reporters on Monday. The Senate's top Democrat said he objected "
        "to the plan.\n\n"
        "Republicans in the House said they would vote against the bill.\n",
        {"assess whether": "John Marsh", "objected to the plan": "Harry Lund", "vote against the bill": "Republicans"},
        id="one-of-a-party"),
    pytest.param(  # a pronoun after a quote is the one person the sentence before it names
        "Judge Peter Lang heard the lawyer Tomas Brenner on Tuesday.\n\n"
        "Mr. Brenner replied that \u201cthe rules were never written down.\u201d Managers, he went on, "
        "\u201cdecide alone.\u201d\n\n"
        "That did not satisfy Judge Lang. \u201cIf somebody tells you how to decide,\u201d he said, \u201cyou do "
        "not decide.\u201d\n",
        {"decide alone": "Tomas Brenner", "If somebody tells you": "Peter Lang"}, id="named-before-a-quote"),
    pytest.param(  # a description the article ties to a name speaks for it, not for the last speaker
        "President Ada Morrow said on Monday that the bureau ruined the life of her former adviser.\n\n"
        "Director Lena Voss said the agents had followed the rules.\n\n"
        "As she left for Utah, the president said she felt \u201cvery badly\u201d for the adviser.\n",
        {"very badly": "Ada Morrow"}, id="description-tied-to-a-name"),
    pytest.param(  # a role the story calls its person by is theirs (not Quill, a woman); a place in a name is none
        "Several donors turned on Tobias Renner on Friday, after the NLA chairman was heard saying that the levy "
        "was a mistake.\n\n"
        "Marta Quill, a donor, said she would give no more.\n\n"
        "\u201cI had no idea how to run a campaign,\u201d the four-term congressman said in December.\n\n"
        "Sen. Ilse Varga of Montana said the levy would pass.\n",
        {"levy was a mistake": "Tobias Renner", "no idea": "Tobias Renner", "would pass": "Ilse Varga"},
        id="role-of-a-named-person"),
    pytest.param(  # the statement of someone named beside their role
        "\u201cWe are disappointed by the decision,\u201d said the statement from the mayor\u2019s lawyer, Ines "
        "Calloway.\n",
        {"disappointed": "Ines Calloway"}, id="named-beside-a-role"),
    pytest.param(  # words sent to someone are the sender's, not theirs; a query replied to is no one's
        "Party chairman Walter Greene sent an e-mail to committee members saying he would not resign.\n\n"
        "Many voters did not respond to queries seeking to confirm their address, officials said.\n",
        {"would not resign": "Walter Greene", "confirm their address": None}, id="sent-to-someone"),
    pytest.param(  # "an official" is someone unnamed, not the latest speaker
        "Mayor Rui Dias opened the pier on Monday.\n\n"
        "The Harbor Trust said in a statement that the pier would open to boats in May.\n\n"
        "An official said the cost had doubled.\n",
        {"open to boats": "Harbor Trust", "cost had doubled": None}, id="someone-unnamed"),
    pytest.param(  # a body's officials together and its spokesman speak for it; one of its officials does not
        "The Harbor Trust closed the pier on Monday.\n\n"
        "Harbor Trust officials said the pier was unsafe.\n\n"
        "A Harbor Trust spokeswoman said repairs would take a month.\n\n"
        "A Harbor Trust official said the cost had doubled.\n",
        {"was unsafe": "Harbor Trust", "take a month": "Harbor Trust", "cost had doubled": None},
        id="officials-of-a-body"),
    pytest.param(  # several joined speakers: the first named, not the last one's name beside its role
        "Mayor Rui Dias opened the pier on Monday.\n\n"
        "Mayor Rui Dias and his lawyer, Ines Calloway, said the pier was safe.\n",
        {"pier was safe": "Rui Dias"}, id="joined-speakers"),
    pytest.param(  # several joined speakers, the first unnamed: the one named
        "State lawmakers and Gov. Tom Brandt later vowed to clarify the language.\n",
        {"clarify the language": "Tom Brandt"}, id="joined-speakers-one-named"),
    pytest.param(  # an occasion is no speaker: whose occasion it is speaks
        "In a Wednesday press conference announcing his opposition to the bill, Gov. Tom Brandt said his son had "
        "asked him to veto it.\n",
        {"his opposition": "Tom Brandt", "asked him to veto": "Tom Brandt"}, id="occasion"),
    pytest.param(  # "the governor" is the governor the story is about, however each governor's title is written
        "Arkansas Gov. Ada Hollis on Wednesday asked lawmakers to change the bill.\n\n"
        "Hollis said she wants the right balance. The governor said the bill went too far.\n\n"
        "Indiana lawmakers later vowed to clarify their own law.\n\n"
        "Hollis met business leaders on Thursday. Hollis said she would sign a new version.\n\n"
        "\u201cGovernor Pruitt misled the public,\u201d said a spokesman for the Indiana Democratic Party.\n",
        {"went too far": "Ada Hollis"}, id="one-governor-of-two"),
])
def test_a_speaker_is_the_person_meant(text, said):
    _, comparison = run(text)
    assert {words: speaker_name(comparison, saying(comparison, words)) for words in said} == said


@pytest.mark.parametrize("text, speakers", [
    pytest.param("The Harbor Trust closed the pier on Monday.\n\n"
                 "A spokesman for the mayor of Port Ellis said the pier would reopen.\n\n"
                 "Officials for years have said the pier was unsafe.\n",
                 {"would reopen": "A spokesman for the mayor of Port Ellis", "was unsafe": "Officials"},
                 id="with-whom-it-works-for"),
    pytest.param("A woman was struck by a car on Friday.\n\n"
                 "Police and the woman\u2019s friend said she had moved away years ago.\n\n"
                 "Investigators and bomb experts said the devices were live.\n",
                 {"moved away": "Police and the woman\u2019s friend", "were live": "Investigators and bomb experts"},
                 id="everyone-joined-in-it"),
])
def test_a_speaker_is_the_whole_phrase(text, speakers):
    _, comparison = run(text)
    assert {words: saying(comparison, words).speaker.text for words in speakers} == speakers


def test_a_letter_the_parse_sets_beside_its_addressee_does_not_speak_for_them():
    _, comparison = run("Rep. Paul Ryan is heading to Dunmore College for a speech on Thursday.\n\n"
                        "A group of nearly 90 professors at the college has sent Ryan, R-Wis., a letter saying he has "
                        "misused church doctrine to defend his budget.\n")
    statement = saying(comparison, "misused church doctrine")
    assert speaker_name(comparison, statement) != "Paul Ryan"  # the professors wrote it, to him


def test_the_statement_said_resolves_to_the_organisation(airline):
    _, comparison = airline
    s = saying(comparison, "several months")
    assert s.speaker.text == "the statement"
    assert speaker_name(comparison, s) == "Ministry of Transport"
    assert comparison.entity(s.speaker.entity).type == "ORG"


def test_spokesperson_for_a_body_is_not_the_previous_speaker():
    text = ('"Everyone got out safely," said fire chief Henk Bakker.\n\n'
            "A spokesman for the U.S. embassy said no American citizens were hurt.\n")
    _, comparison = run(text)
    s = saying(comparison, "no American citizens")
    assert speaker_name(comparison, s) != "Henk Bakker"


def test_the_owner_of_words_speaks_for_them_and_an_adjective_never_speaks_alone():
    text = ("Mr. Steele's comments suggested that the dossier was accurate.\n\n"
            "Clinton's advisers said the campaign would go on.\n\n"
            "The senator answered Republican criticism that his plan would fail.\n\n"
            "Current and former officials said the agency was short of staff.\n\n"
            "Mattis’ resignation letter said the secretary would leave in February.\n\n"
            "The president’s comments suggested that he would not back down.\n\n"
            "Mr. Braley’s apology said that he respected farmers.\n")
    _, comparison = run(text)
    assert saying(comparison, "dossier").speaker.text == "Mr. Steele"
    assert saying(comparison, "leave in February").speaker.text == "Mattis"  # however the parse hangs the owner
    assert saying(comparison, "not back down").speaker.text == "The president"
    assert saying(comparison, "respected farmers").speaker.text == "Mr. Braley"
    assert saying(comparison, "would go on").speaker.text == "Clinton's advisers"
    assert saying(comparison, "short of staff").speaker.text == "Current and former officials"
    assert all(s.speaker.text != "Republican" for s in comparison.statements)

# --- matches across articles ----------------------------------------------------------------------------

FIRST = """Governor Ellen Marsh spoke at a farm near Fresno on Monday.

"The U.S. tariffs will hurt every farmer in the valley this winter," Marsh said.

"We are asking Washington for an exemption," she added.
"""

SECOND = """Ellen Marsh, the governor, visited growers on Monday.

Marsh said: "the US tariffs will hurt every farmer in the valley."

"Our orchards cannot wait another season," said grower Tomas Reyes.
"""

THIRD = """The governor's office confirmed the visit.

"The US Tariffs Will Hurt Every Farmer In The Valley This Winter," Governor Ellen Marsh said in a speech.
"""


@pytest.fixture(scope="module")
def matched():
    return run(FIRST, SECOND, THIRD)


def test_same_quote_matches_across_articles_despite_us_style_case_and_truncation(matched):
    (a, b, c), comparison = matched
    by_article = {x.id: saying_in(comparison, x.id, "tariffs") for x in (a, b, c)}
    for art, s in by_article.items():
        assert set(s.matches) == {o.id for other, o in by_article.items() if other != art}


def test_different_quotes_do_not_match(matched):
    _, comparison = matched
    for words in ("asking Washington", "orchards cannot wait"):
        assert saying(comparison, words).matches == ()


def test_matches_are_symmetric_and_never_within_an_article(matched):
    _, comparison = matched
    by_id = {s.id: s for s in comparison.statements}
    for s in comparison.statements:
        for other in s.matches:
            assert by_id[other].article != s.article
            assert s.id in by_id[other].matches


def test_a_cut_quote_matches_and_a_shared_phrase_alone_does_not():
    from newsview.analysis.matching import match_statements
    from newsview.analysis.model import Speaker, Span, Statement

    def said(sid: str, article: str, text: str) -> Statement:
        return Statement(sid, article, Speaker("x", None), "said", "direct", Span(0, len(text), text))

    long = ("In the end we will publish every document about the clinics, and we will not stop until it is fixed. "
            "The budget for the substations was cut twenty times, and that is a promise to every family here.")
    found = match_statements([said("a", "A", long),
                              said("b", "B", "We will publish every document about the clinics"),  # a cut quote
                              said("c", "C", "and that is a promise to the voters of Lisca, not a threat")], 0.85, {})
    assert found == {"a": ("b",), "b": ("a",)}


def test_one_speakers_statement_in_other_words_matches_but_not_scattered_over_a_long_quote_or_anothers():
    from newsview.analysis.matching import match_statements
    from newsview.analysis.model import Speaker, Span, Statement

    def said(sid: str, speaker: str) -> Statement:
        return Statement(sid, sid.upper(), Speaker(speaker, speaker), "said", "indirect", Span(0, 1, "-"))

    terms = {"a": ["close", "harbor", "bridge", "repair", "spring"],
             "b": ["city", "close", "old", "harbor", "bridge", "repair", "spring"],
             "c": ["close", "library", "sunday", "park", "fund", "harbor", "tax", "school", "bridge", "paint", "road",
                   "repair", "spring"],  # the same terms, far apart
             "d": ["close", "harbor", "bridge", "repair", "spring"],  # by someone else
             "e": ["harbor", "bridge", "toll", "price", "rise"]}  # two of five in common: another statement
    found = match_statements([said("a", "e1"), said("b", "e1"), said("c", "e1"), said("d", "e2"), said("e", "e1")],
                             0.85, terms)
    assert found == {"a": ("b",), "b": ("a",)}


def test_a_paraphrase_matches_the_quote_it_reports_when_the_speaker_is_the_same():
    _, comparison = run("Mayor Dana Whitfield spoke to reporters on Tuesday.\n\n"
                        "Whitfield said she felt very badly for the flooded families on Pier Street.\n\n"
                        "Councillor Ray Ortiz said the harbor bridge must close for repairs.\n",
                        "Dana Whitfield, the mayor, visited the pier on Tuesday.\n\n"
                        "“I feel badly for the families on Pier Street,” Whitfield said.\n\n"
                        "“The harbor bridge has to be closed for repairs,” the mayor added.\n")
    felt, feel = saying(comparison, "felt very badly"), saying(comparison, "I feel badly")
    assert felt.matches == (feel.id,) and feel.matches == (felt.id,)
    assert saying(comparison, "must close").matches == ()  # the councillor's words, put in the mayor's mouth


def saying_in(comparison, article_id: str, words: str):
    found = [s for s in comparison.statements if s.article == article_id and words in s.content.text.lower()]
    assert len(found) == 1, [(s.article, s.content.text) for s in comparison.statements]
    return found[0]


def test_a_title_in_quotes_is_no_speech_even_with_the_writers_full_stop_or_after_told():
    _, comparison = run("The mayor bought the jet in 1988, according to her book “The Art of the Budget.” "
                        "She later told “Fox and Friends” that the jet was a bargain.\n\n"
                        "“No.” That was all the mayor said.\n")
    assert not any(s.kind == "direct" and "Art of the Budget" in s.content.text for s in comparison.statements)
    assert not any(s.kind == "direct" and s.content.text == "Fox and Friends" for s in comparison.statements)
    assert any(s.kind == "direct" and s.content.text == "No." for s in comparison.statements)


def test_a_quote_closed_by_any_verb_of_saying_and_a_known_surname():
    _, comparison = run("Councillor Omar Haddad stood up.  “Go back to your seat,” Haddad barked at the clerk.\n\n"
                        "“What was the point of the vote?” Haddad questioned.\n")
    s = saying(comparison, "your seat")
    assert s.kind == "direct" and s.cue == "barked" and s.speaker.text == "Haddad"
    s = saying(comparison, "point of the vote")
    assert s.kind == "direct" and s.cue == "questioned"


def test_a_one_word_answer_after_a_no_break_space_is_speech():
    _, comparison = run("Governor Ellen Marsh was asked which team would win the final."
                        "\u00a0“Denver,” she answered.\n")
    s = saying(comparison, "Denver")
    assert s.kind == "direct" and s.cue == "answered"


def test_a_quote_after_a_noun_a_colon_closes_belongs_to_the_clause_of_that_noun():
    _, comparison = run("Senator Ruth Abara is rolling out a new campaign message: \"It's about the town.\"\n")
    s = saying(comparison, "about the town")
    assert s.kind == "direct" and s.cue == "rolling" and s.speaker.text == "Senator Ruth Abara"


def test_a_verb_of_any_sense_before_a_named_subject_after_a_quote_carries_it():
    _, comparison = run("The crowd rose.\n\n“This is a fantastic night for all of us!” beamed Donald Hartley.\n")
    s = saying(comparison, "fantastic night")
    assert s.kind == "direct" and s.cue == "beamed" and s.speaker.text == "Donald Hartley"


def test_a_closing_mark_typed_for_an_opening_one_opens_the_quote():
    _, comparison = run("Readers wrote to us after the debate.\n\n"
                        "”Fear. I am truly afraid that the mayor will win again.” ― Karen Doe\n")
    s = saying(comparison, "truly afraid")
    assert s.kind == "direct" and s.speaker.text == "Karen Doe"


def test_quoted_words_a_verb_names_a_thing_by_are_no_direct_quote():
    _, comparison = run("Mayor Tom Reed visited the harbour on Monday, calling it a “special place.”\n\n"
                        "Reed said that “the harbour will be rebuilt within a year.”\n")
    named = saying(comparison, "special place")
    assert named.kind != "direct" and named.cue == "calling"
    s = saying(comparison, "rebuilt within a year")
    assert s.kind == "direct" and s.cue == "said"


def test_a_sentence_after_a_quote_that_quotes_anew_belongs_to_its_own_quote():
    _, comparison = run("Mayor Tom Reed met Sister Ann Cole at the school.\n\nReed laughed and changed his answer. "
                        "\"Of course I believe in the devil. I was just kidding.\" To which Cole said, "
                        "\"Thank God at least you still believe in the devil.\"\n")
    s = saying(comparison, "Thank God")
    assert s.kind == "direct" and s.cue == "said" and "kidding" not in s.content.text


def test_a_share_of_those_polled_saying_something_is_the_polls_finding():
    _, comparison = run("In a Gallup poll released Monday, 62 percent of voters said they would back the new stadium.\n")
    s = saying(comparison, "back the new stadium")
    assert s.cue == "In" and "62 percent of voters said" in s.content.text


def test_a_body_described_speaks_for_itself_not_for_the_last_person_speaking():
    _, comparison = run("Donald Trump has invited Tea Party leaders from Arizona to his office on Friday to discuss a "
                        "bill moving through the Arizona legislature.\n\n"
                        "The Arizona group said the call from Mr. Trump on Wednesday came unexpectedly.\n")
    assert speaker_name(comparison, saying(comparison, "came unexpectedly")) != "Donald Trump"
    # nor for a group named by no name
    _, comparison = run("Some officials said the court would rule for them. They said the ruling would come soon.\n\n"
                        "The court said on Monday that it would hear the case in the spring.\n")
    assert not comparison.warnings and speaker_name(comparison, saying(comparison, "hear the case")) is None


def test_a_body_described_by_whose_it_is_speaks_for_that_one_not_for_the_last_speaker():
    _, comparison = run("Fifteen of the hijackers came from Saudi Arabia. The House voted on Wednesday to override "
                        "the veto, Speaker Paul Ryan said.\n\n"
                        "The Saudi government denies any role in the attacks.\n")
    assert speaker_name(comparison, saying(comparison, "any role in the attacks")) == "Saudi Arabia"
    _, comparison = run("Senator Ann Lowe praised the plan on Monday, her office said.\n\n"
                        "The Chinese government denied any role in the hacking.\n")
    assert speaker_name(comparison, saying(comparison, "any role")) is None  # China is not named


def test_according_to_inside_a_sentence_reports_its_own_clause_and_the_sentence_keeps_its_speaker():
    _, comparison = run("The tweet caused problems for the White House, as some legal experts said it exposed the "
                        "president to obstruction allegations, since, according to the tweet, he would have known "
                        "Flynn lied to agents.\n")
    tweet = saying(comparison, "known Flynn lied")
    assert (tweet.cue, tweet.content.text) == ("according to", "he would have known Flynn lied to agents")
    experts = saying(comparison, "exposed the president")
    assert experts.speaker.text == "some legal experts" and "tweet caused" not in experts.content.text


def test_a_quote_typed_without_its_spaces_is_still_a_quote():
    (a,), comparison = run("Mayor Ann Lowe spoke at the harbour on Monday.\n\n"
                           "Lowe said,“The bridge will open in the spring.”The crowd cheered.\n")
    (st,) = comparison.statements
    assert (st.kind, st.speaker.text, st.content.text) == ("direct", "Lowe", "The bridge will open in the spring.")


def test_a_described_speaker_is_the_named_entity_the_description_refers_to():
    _, comparison = run("President Barack Obama met the governors on Monday.\n\n"
                        "The president said the plan would create jobs.\n")
    (st,) = comparison.statements
    assert st.speaker.text == "The president"
    assert comparison.entity(st.speaker.entity).name == "Barack Obama"


def test_a_plural_description_set_beside_one_name_is_neither_that_name_nor_its_speaker():
    _, comparison = run("Tom Clarke has bought many firms. In the 1990s, he turned one of his companies, Lenox "
                        "Healthcare, into a large business.\n\nSurety companies said the deal would fail.\n")
    st = next(s for s in comparison.statements if "deal would fail" in s.content.text)
    assert st.speaker.text == "Surety companies" and st.speaker.entity is None
    (lenox,) = [e for e in comparison.entities if e.name == "Lenox Healthcare"]
    assert [m.text for m in lenox.mentions] == ["Lenox Healthcare"]
