"""Statement patterns beyond "X said (that) Y": interrupting attributions, objects and prepositions of stance
verbs, nouns of saying, reporting relative clauses, findings, colon-named sources and dash signatures,
doubled-apostrophe quotes, and where a statement's content stops.

Short texts of our own; the spaCy model is loaded once per process.
"""

from __future__ import annotations

import pytest

from conftest import run

TEXT = """The county opened a new clinic in Millbrook on Monday.

The waiting list, the health director noted, has grown by a third since spring.

By adding evening hours, Dr. Ruth Castillo said, the clinic can see twice as many patients.

Councillor Omar Haddad called the opening a long overdue step.

The opposition leader described the budget as a gamble with public money.

Nurses have talked about the shortage of staff for months.

Residents called for a second clinic in the north of the county.

A new survey shows the mayor ahead of her rival by nine points.

Haddad said the clinic would stay open on weekends and insisted that the county could afford it.

''We are ready for the winter,'' the director said.

The union counted its pledged delegates before the vote.

Haddad's claim that the clinic will cost nothing drew laughter.

The nurses renewed their call for higher pay.

The board approved the plan Castillo believes will cut waiting times.

The protest called attention to the shortage.
"""

HEADLINES = """Ruth Castillo: The clinic will pay for itself within five years

Poll: Most residents back the new clinic in Millbrook

Editor's note: An earlier version misspelled a name.
"""


@pytest.fixture(scope="module")
def patterns():
    _, comparison = run(TEXT)
    return comparison


@pytest.fixture(scope="module")
def headlines():
    _, comparison = run(HEADLINES)
    return comparison


def saying(comparison, words: str):
    found = [s for s in comparison.statements if words in s.content.text]
    assert len(found) == 1, (words, [(s.kind, s.content.text) for s in comparison.statements])
    return found[0]


def test_attribution_inside_the_sentence_takes_the_whole_sentence(patterns):
    s = saying(patterns, "grown by a third")
    assert s.content.text.startswith("The waiting list")
    assert s.cue == "noted"
    assert s.speaker.text == "the health director"
    s = saying(patterns, "twice as many patients")
    assert s.content.text.startswith("By adding evening hours")
    assert s.speaker.text == "Dr. Ruth Castillo"


def test_naming_verbs_take_the_object_with_its_name(patterns):
    s = saying(patterns, "long overdue")
    assert s.content.text == "the opening a long overdue step"
    assert s.cue == "called" and s.speaker.text == "Councillor Omar Haddad"
    s = saying(patterns, "gamble")
    assert s.content.text == "the budget as a gamble with public money"
    assert s.cue == "described"


def test_prepositional_cues_take_what_was_spoken_of(patterns):
    s = saying(patterns, "shortage of staff")
    assert s.content.text == "the shortage of staff for months" or s.content.text == "the shortage of staff"
    assert s.cue == "talked" and s.speaker.text == "Nurses"
    s = saying(patterns, "second clinic")
    assert s.content.text.startswith("a second clinic")
    assert s.cue == "called" and s.speaker.text == "Residents"


def test_findings_of_a_survey(patterns):
    s = saying(patterns, "ahead of her rival")
    assert s.content.text.startswith("the mayor ahead of her rival")
    assert s.cue == "shows" and s.speaker.text == "A new survey"


def test_a_coordinated_reporting_verb_starts_its_own_statement(patterns):
    s = saying(patterns, "open on weekends")
    assert s.content.text == "the clinic would stay open on weekends"
    t = saying(patterns, "afford it")
    assert t.cue == "insisted"


def test_doubled_apostrophes_mark_a_quote(patterns):
    s = saying(patterns, "ready for the winter")
    assert s.kind == "direct"
    assert s.content.text == "We are ready for the winter"


def test_a_naming_verb_without_a_name_and_an_adjectival_participle_are_no_cues(patterns):
    assert not [s for s in patterns.statements if "delegates" in s.content.text]
    _, comparison = run("The mayor called her brother on Sunday.\n")
    assert comparison.statements == ()


def test_a_name_before_a_colon_is_the_source(headlines):
    s = saying(headlines, "pay for itself")
    assert s.kind == "indirect" and s.cue == ":"
    assert s.speaker.text == "Ruth Castillo"
    assert s.content.text == "The clinic will pay for itself within five years"
    s = saying(headlines, "Most residents")
    assert s.speaker.text == "Poll"
    assert not [s for s in headlines.statements if "misspelled" in s.content.text]


def test_nouns_of_saying_take_their_owner_as_the_source(patterns):
    s = saying(patterns, "cost nothing")
    assert s.content.text == "the clinic will cost nothing"
    assert s.cue == "claim" and s.speaker.text == "Haddad"
    s = saying(patterns, "higher pay")
    assert s.content.text == "higher pay"
    assert s.cue == "renewed their call" and s.speaker.text == "their"


def test_a_reporting_relative_clause_reports_the_noun_it_describes(patterns):
    s = saying(patterns, "cut waiting times")
    assert s.content.text == "the plan Castillo believes will cut waiting times"
    assert s.cue == "believes" and s.speaker.text == "Castillo"


def test_an_idiom_with_a_naming_verb_is_no_statement(patterns):
    assert not [s for s in patterns.statements if "attention" in s.content.text or s.content.text == "the shortage"]


def test_a_possessive_owner_resolves_to_the_person_it_stands_for():
    _, comparison = run("Mayor Linda Okafor opened the session on Monday.\n\n"
                           "Her criticism of the regional bank drew applause from the room.\n")
    s = saying(comparison, "regional bank")
    assert s.speaker.text == "Her"
    assert comparison.entity(s.speaker.entity).name == "Linda Okafor"


QUOTES = """The council met in Millbrook on Monday to vote on the clinic.

"Absolutely," the mayor said when asked whether the vote would pass.

"The clinic will change this town," Dr. Ruth Castillo continued.

Councillor Omar Haddad interjected: "We cannot pay for it without a new tax."

Residents watched "Face the Nation" before the meeting, the mayor said.
"""


@pytest.fixture(scope="module")
def quotes():
    _, comparison = run(QUOTES)
    return comparison


def test_a_short_capitalised_reply_is_speech_not_a_title(quotes):
    s = saying(quotes, "Absolutely")
    assert s.kind == "direct" and s.speaker.text == "the mayor"
    assert not [s for s in quotes.statements if s.content.text == "Face the Nation"]


def test_continued_carries_an_adjacent_quote(quotes):
    s = saying(quotes, "change this town")
    assert s.kind == "direct" and s.cue == "continued"
    assert s.speaker.text == "Dr. Ruth Castillo"


def test_a_colon_hands_a_quote_to_the_verb_before_it(quotes):
    s = saying(quotes, "new tax")
    assert s.kind == "direct" and s.cue == "interjected"
    assert s.speaker.text == "Councillor Omar Haddad"


MORE = """Dr. Ruth Castillo is hoping that the clinic will open before winter.

Councillor Omar Haddad sees the clinic as a model for the region.

The union published a letter denouncing the closure of the old hospital.

The mayor took the unusual step of announcing that the budget would be cut.

Haddad claimed victory in the council vote.
"""


@pytest.fixture(scope="module")
def more():
    _, comparison = run(MORE)
    return comparison


def test_hoping_is_a_cue_whatever_the_lemmatiser_says(more):
    s = saying(more, "open before winter")
    assert s.cue == "hoping" and s.speaker.text == "Dr. Ruth Castillo"


def test_seeing_something_as_something_is_a_view(more):
    s = saying(more, "model for the region")
    assert s.content.text == "the clinic as a model for the region"
    assert s.cue == "sees"


def test_a_participle_after_a_noun_speaks_for_the_noun_or_for_whoever_issued_it(more):
    s = saying(more, "closure")
    assert s.cue == "denouncing" and s.speaker.text == "The union"  # "published a letter denouncing"
    _, comparison = run("A letter denouncing the closure of the hospital circulated on Monday.\n")
    assert saying(comparison, "closure").speaker.text == "A letter"


def test_a_gerund_after_a_preposition_takes_the_clause_subject(more):
    s = saying(more, "budget would be cut")
    assert s.cue == "announcing" and s.speaker.text == "The mayor"


def test_claiming_a_thing_is_a_claim(more):
    s = saying(more, "victory")
    assert s.cue == "claimed" and s.speaker.text == "Haddad"


def test_transcript_names_and_dash_signatures_attribute_quotes():
    _, comparison = run('The hearing went on for hours.\n\n'
                           'Rep. Jane Doe (D-Ohio): "Who told you that the emails were safe?"\n\n'
                           '"We will not stop until every vote is counted."\n\n- Ruth Castillo, Millbrook.\n')
    s = saying(comparison, "emails were safe")
    assert s.kind == "direct" and s.cue == ":" and s.speaker.text == "Rep. Jane Doe"
    s = saying(comparison, "every vote is counted")
    assert s.kind == "direct" and s.cue == "-" and s.speaker.text == "Ruth Castillo"


ASIDES = """Haddad said the clinic would cost $4 million, according to the county budget office.

Castillo said the clinic had hired twelve nurses, which the union welcomed.

The governor urged lawmakers to fund the clinic.

The mayor made clear that the clinic would stay open.

Most councillors voted for the new budget on Monday.
"""


@pytest.fixture(scope="module")
def asides():
    _, comparison = run(ASIDES)
    return comparison


def test_trailing_asides_are_no_part_of_what_was_said(asides):
    assert saying(asides, "$4 million").content.text == "the clinic would cost $4 million"
    assert saying(asides, "twelve nurses").content.text == "the clinic had hired twelve nurses"


def test_the_one_urged_belongs_to_what_is_urged(asides):
    s = saying(asides, "fund the clinic")
    assert s.content.text == "lawmakers to fund the clinic"
    assert s.cue == "urged"


def test_any_verb_with_a_that_clause_reports_it(asides):
    s = saying(asides, "stay open")
    assert s.content.text == "the clinic would stay open"
    assert s.cue == "made" and s.speaker.text == "The mayor"


def test_a_vote_is_a_stance(asides):
    s = saying(asides, "new budget")
    assert s.cue == "voted" and s.speaker.text == "Most councillors"


REPORTS = """As the Millbrook Gazette reported, the clinic will open in March.

In a new survey, the mayor leads her rival by nine points.

The nurses want a new contract before the summer.

Haddad is thinking about a run for mayor.

Haddad said after the audit ended that the clinic would repay the grant.

“The budget is fair,” Okafor said, before again claiming that the council “ignored the nurses for years. They
deserve better. It is a disgrace.”
"""


@pytest.fixture(scope="module")
def reports():
    _, comparison = run(REPORTS)
    return comparison


def test_as_someone_reported_reports_the_main_clause(reports):
    s = saying(reports, "open in March")
    assert s.content.text == "the clinic will open in March"
    assert s.cue == "reported" and s.speaker.text == "the Millbrook Gazette"


def test_a_fronted_survey_reports_the_main_clause(reports):
    s = saying(reports, "nine points")
    assert s.content.text == "the mayor leads her rival by nine points"
    assert s.cue == "In" and s.speaker.text == "a new survey"


def test_wants_and_thoughts_about_things(reports):
    assert saying(reports, "new contract").cue == "want"
    s = saying(reports, "run for mayor")
    assert s.cue == "thinking" and s.speaker.text == "Haddad"


def test_asking_someone_about_something_and_owners_named_by_a_name_not_an_adjective():
    _, comparison = run("The host asked the mayor about the clinic budget.\n\n"
                           "Republican opposition to the clinic grew over the summer.\n\n"
                           "The Sierra Club opposition to the dam grew over the summer.\n")
    s = saying(comparison, "clinic budget")
    assert s.content.text == "the clinic budget" and s.cue == "asked"
    assert all(s.speaker.text != "Republican" for s in comparison.statements)
    s = saying(comparison, "the dam")
    assert s.cue == "opposition" and s.speaker.text == "Sierra Club"


def test_questions_to_the_reader_and_anonymity_are_no_statements():
    _, comparison = run("Do you support the new clinic? Tell us below.\n\n"
                           "An official, who spoke on the condition of anonymity, said the clinic would open.\n")
    assert [s.content.text for s in comparison.statements] == ["the clinic would open"]


def test_manner_of_speaking_and_a_name_right_after_a_quote():
    _, comparison = run('"Who will pay for the clinic?" the host asked. '
                           '"The county!" the audience screamed back.\n\n'
                           'Castillo said the plan was "to heal, not to contain." '
                           'Haddad: "The plan is to cut costs."\n')
    s = saying(comparison, "The county!")
    assert s.cue == "screamed" and s.speaker.text == "the audience"
    s = saying(comparison, "cut costs")
    assert s.cue == ":" and s.speaker.text == "Haddad"


IMPRESSIONS = """The new clinic seems to be working well.

It appears likely that the clinic will open a second floor in May.

The director seemed to suggest that fees would rise.

Councillor Omar Haddad is skeptical of the regional budget.

The nurses were eager to return to the night shifts.

In March, Haddad called for the council to fund a second clinic.

On the radio, Haddad called the budget a reckless gamble.

The health director explained the new visiting rules.
"""


@pytest.fixture(scope="module")
def impressions():
    _, comparison = run(IMPRESSIONS)
    return comparison


def test_what_seems_or_appears_so_is_the_writers_impression(impressions):
    s = saying(impressions, "working well")
    assert s.content.text == "The new clinic seems to be working well" and s.cue == "seems" and not s.speaker.text
    s = saying(impressions, "second floor")
    assert s.content.text == "likely that the clinic will open a second floor in May" and s.cue == "appears"


def test_an_impression_setting_a_scene_is_no_statement():
    _, comparison = run("The mayor stopped talking when a nurse seemed to stumble on the stairs.\n")
    assert comparison.statements == ()


def test_a_contrasting_clause_with_its_own_speaker_is_its_own_statement():
    _, comparison = run("Most residents said the clinic should stay open, while 22 percent said it should close.\n")
    assert [s.content.text for s in comparison.statements] == ["the clinic should stay open", "it should close"]


def test_a_report_inside_an_impression_belongs_to_its_subject(impressions):
    s = saying(impressions, "fees would rise")
    assert s.cue == "suggest" and s.speaker.text == "The director"


def test_adjectives_of_attitude_report_what_they_are_about(impressions):
    s = saying(impressions, "regional budget")
    assert s.content.text == "the regional budget" and s.cue == "skeptical"
    assert s.speaker.text == "Councillor Omar Haddad"
    s = saying(impressions, "night shifts")
    assert s.content.text == "to return to the night shifts" and s.cue == "eager" and s.speaker.text == "The nurses"


def test_calling_for_someone_to_act_and_a_fronted_place_of_saying(impressions):
    s = saying(impressions, "second clinic")
    assert s.content.text == "the council to fund a second clinic" and s.cue == "called"
    s = saying(impressions, "reckless gamble")
    assert s.content.text == "the budget a reckless gamble" and s.speaker.text == "Haddad"


def test_verbs_that_state_their_object(impressions):
    s = saying(impressions, "visiting rules")
    assert s.content.text == "the new visiting rules" and s.cue == "explained"


def test_a_speaker_after_a_quote_when_the_parser_loses_the_verb():
    _, comparison = run("“Come to the county and see the damage,” the editorial read.\n\n"
                        "“We have had better winters than this one,” Councillor Omar Haddad, wearing a heavy coat, "
                        "said matter-of-factly.\n")
    s = saying(comparison, "see the damage")
    assert s.cue == "read" and s.speaker.text == "the editorial"
    s = saying(comparison, "better winters")
    assert s.cue == "said" and s.speaker.text.endswith("Omar Haddad")
    _, comparison = run('"What is shaping up is a battle for the ages," said David Brock, a Clinton confidant who '
                        'heads the pro-Clinton super PAC Correct the Record.\n')
    s = saying(comparison, "battle for the ages")
    assert s.cue == "said" and s.speaker.text == "David Brock"


def test_elaborating_and_going_on_carry_quotes():
    _, comparison = run("“The way I see it,” she elaborated, “the clinic saved the town.”\n\n"
                        "“And the county should pay for a second one,” she went on.\n")
    assert saying(comparison, "saved the town").cue == "elaborated"
    assert saying(comparison, "second one").cue == "went"


def test_more_verbs_of_stance_take_their_object_or_preposition():
    _, comparison = run("Haddad disputed the audit of the clinic.\n\nThe nurses sided with the striking porters.\n")
    assert saying(comparison, "audit").content.text == "the audit of the clinic"
    s = saying(comparison, "striking porters")
    assert s.content.text == "the striking porters" and s.cue == "sided" and s.speaker.text == "The nurses"


def test_putting_it_so_carries_a_quote_and_putting_a_thing_does_not():
    _, comparison = run("As the Millbrook Gazette put it, “The clinic is a triumph.”\n\n"
                        "The director put it on the table. “Nobody expected that,” a nurse said.\n")
    s = saying(comparison, "triumph")
    assert s.cue == "put" and s.speaker.text == "the Millbrook Gazette"
    assert saying(comparison, "Nobody expected").cue == "said"


def test_a_speaker_the_parser_takes_for_an_apposition_and_relative_reports():
    _, comparison = run("As part of the review, Marcel Lehel Okafor, 44, said that the clinic had saved money.\n\n"
                        "The board received 30 bids, which Haddad said were evenly split.\n")
    s = saying(comparison, "saved money")
    assert s.speaker.text == "Marcel Lehel Okafor" and s.cue == "said"
    s = saying(comparison, "evenly split")
    assert s.content.text == "which Haddad said were evenly split" and s.speaker.text == "Haddad"


def test_one_word_answers_are_statements_and_pronoun_objects_are_not():
    _, comparison = run("Asked whether the clinic should stay open, 46 percent of residents said yes.\n\n"
                        "The nurses criticised him at the meeting.\n")
    s = saying(comparison, "yes")
    assert s.content.text == "yes" and s.speaker.text == "46 percent of residents"
    assert not [s for s in comparison.statements if s.content.text == "him"]


def test_a_finding_that_closes_a_clause_reports_it():
    _, comparison = run("The mayor is well ahead in the latest county polls.\n")
    s = saying(comparison, "well ahead")
    assert s.content.text == "The mayor is well ahead" and s.cue == "in" and s.speaker.text == "the latest county polls"


def test_nouns_of_view_voiced_by_a_subject():
    _, comparison = run("Haddad has serious doubts about the regional budget.\n\n"
                        "The director made the case that the clinic pays for itself.\n")
    s = saying(comparison, "regional budget")
    assert s.content.text == "the regional budget" and s.cue == "has serious doubts" and s.speaker.text == "Haddad"
    s = saying(comparison, "pays for itself")
    assert s.cue == "made the case" and s.speaker.text == "The director"


def test_verbs_of_urging_and_implying_carry_their_clause():
    _, comparison = run("The union encouraged members to join the march.\n\n"
                        "The audit implied the clinic was overspending.\n")
    assert saying(comparison, "join the march").cue == "encouraged"
    s = saying(comparison, "overspending")
    assert s.content.text == "the clinic was overspending" and s.cue == "implied"


def test_a_that_clause_with_a_clause_for_subject_and_reports_side_by_side():
    _, comparison = run("The nurses have argued that cutting the night shift would put patients at risk.\n\n"
                        "Most residents said they trust the clinic; 46 percent said they were worried about fees.\n")
    assert saying(comparison, "night shift").content.text == \
        "cutting the night shift would put patients at risk"
    assert saying(comparison, "trust the clinic").speaker.text == "Most residents"
    assert saying(comparison, "worried about fees").speaker.text == "46 percent"


def test_parser_slips_a_verb_taken_for_a_noun_or_a_modifier_and_a_small_clause():
    _, comparison = run("Democrats on the committee plan to release the transcripts.\n\n"
                        "Two auditors, Jane Roe and John Poe, found in May that the clinic had overspent.\n\n"
                        "Haddad considers the director untrustworthy.\n")
    assert saying(comparison, "release the transcripts").speaker.text == "Democrats"
    assert saying(comparison, "had overspent").speaker.text == "Two auditors"
    s = saying(comparison, "untrustworthy")
    assert s.content.text == "the director untrustworthy" and s.cue == "considers"


def test_a_coined_phrase_in_quote_marks_is_no_direct_statement():
    _, comparison = run("When the mayor stirs anger with his “county first people” remark, Haddad said, voters "
                        "notice.\n\n“Rigged budget,” Haddad said.\n")
    assert [s.content.text for s in comparison.statements if s.kind == "direct"] == ["Rigged budget"]


def test_a_noun_of_view_as_subject_of_a_copula_reports_its_clause():
    _, comparison = run("Mayor Linda Okafor spoke at the session.\n\n"
                        "Her message has long been that the clinic pays for itself.\n")
    s = saying(comparison, "pays for itself")
    assert s.content.text == "the clinic pays for itself" and s.cue == "message" and s.speaker.text == "Her"


def test_the_hearer_or_date_of_a_noun_of_saying_is_no_content():
    _, comparison = run("Haddad's speech to the county nurses association ran long.\n\n"
                        "In their remarks on Monday, the nurses praised the clinic.\n\n"
                        "The nurses renewed their call for a second clinic.\n")
    contents = [s.content.text for s in comparison.statements]
    assert not any("nurses association" in c or c == "Monday" for c in contents)
    assert "a second clinic" in contents


def test_casting_someone_as_something_names_them_and_casting_votes_does_not():
    _, comparison = run("The mayor cast the budget as a gamble with public money.\n\n"
                        "The nurses cast their votes on Monday.\n")
    s = saying(comparison, "a gamble")
    assert s.content.text == "the budget as a gamble with public money" and s.cue == "cast"
    assert not any("votes" in s.content.text for s in comparison.statements)


def test_quotes_of_one_verb_are_one_statement_across_an_aside_or_a_clause_after_the_verb():
    _, comparison = run("“We will open the clinic in May,” Haddad said, citing the county budget. "
                        "“The money is there.”\n\n"
                        "“Nobody will wait for a bed,” the director said, when asked about the winter. "
                        "“We have planned for it.”\n")
    direct = [s for s in comparison.statements if s.kind == "direct"]
    assert [(s.content.text[:12], s.content.text[-12:], s.cue) for s in direct] == [
        ("We will open", "ey is there.", "said"), ("Nobody will ", "nned for it.", "said")]


def test_a_clause_that_hands_a_quote_over_with_a_colon_attributes_it():
    _, comparison = run("The director then turned to the nurses again: “Here is what I regret.”\n\n"
                        "Mayor Linda Okafor made that clear: “The clinic stays open.”\n")
    s = saying(comparison, "what I regret")
    assert s.kind == "direct" and s.cue == "turned" and s.speaker.text == "The director"
    s = saying(comparison, "stays open")
    assert s.kind == "direct" and s.cue == "made" and s.speaker.text == "Mayor Linda Okafor"


def test_short_cries_after_a_verb_of_saying_are_speech():
    _, comparison = run("Some protesters chanted “Fund it! Fund it!”\n\n"
                        "When a nurse shouted, “Haddad,” the mayor laughed.\n\n"
                        "“Go back to your seat,” Haddad barked and a guard led the man out.\n")
    assert saying(comparison, "Fund it").speaker.text == "Some protesters"
    assert saying(comparison, "Haddad").cue == "shouted"
    s = saying(comparison, "Go back")
    assert s.cue == "barked" and s.speaker.text == "Haddad"


def test_a_name_after_a_horizontal_bar_signs_the_quote_before_it():
    _, comparison = run("Readers wrote to us.\n\n“The clinic saved my life.” ― Maria Lopez\n"
                        "“We need a second one in the north.”― Tom Baker.\n")
    assert saying(comparison, "saved my life").speaker.text == "Maria Lopez"
    assert saying(comparison, "second one").speaker.text == "Tom Baker"


def test_a_quoted_transcript_line_is_said_by_the_name_that_opens_it():
    _, comparison = run("Partial transcript as follows:\n\n"
                        "\"HADDAD: Well, the clinic will stay open all winter, and the nurses know it.\n\n"
                        "\"OKAFOR: And who will pay for all of it, Councillor?\n")
    s = saying(comparison, "stay open")
    assert s.kind == "direct" and s.speaker.text == "HADDAD"
    assert s.content.text.startswith("Well, the clinic") and s.content.text.endswith("know it.")
    assert saying(comparison, "who will pay").speaker.text == "OKAFOR"
    _, comparison = run("Her memoir, “Millbrook Nights: How the County Clinic Kept Its Doors Open,” sold well.\n")
    assert not [s for s in comparison.statements if s.speaker.text == "Millbrook Nights"]


def test_a_title_with_small_words_in_lower_case_is_no_speech():
    _, comparison = run("In his new book, “Doomed to Succeed,” and in an interview, Mr. Ross said the clinic "
                        "would close.\n\nShe starred in “Orange Is the New Black on the Millbrook Stage” last year.\n")
    assert [s.kind for s in comparison.statements] == ["indirect"]


def test_a_clause_set_against_a_report_with_a_speaker_of_its_own_is_apart():
    _, comparison = run("Haddad warned that the clinic would close in May, even though many nurses doubt "
                        "it will happen.\n\nTrump said the plan would fail, while Clinton condemned the plan outright.\n")
    assert saying(comparison, "close in May").content.text == "the clinic would close in May"
    assert saying(comparison, "plan would fail").content.text == "the plan would fail"


def test_firing_or_shooting_back_is_a_retort():
    _, comparison = run("After the debate, Haddad shot back, “I suppose the county could have kept the old clinic.”\n\n"
                        "The mayor fired back that the budget was balanced.\n")
    s = saying(comparison, "old clinic")
    assert s.kind == "direct" and s.cue == "shot" and s.speaker.text == "Haddad"
    s = saying(comparison, "budget was balanced")
    assert s.content.text == "the budget was balanced" and s.cue == "fired" and s.speaker.text == "The mayor"


def test_verbs_of_manner_of_speaking_carry_quotes():
    _, comparison = run("Councillor Omar Haddad spoke last.\n\n"
                        "“People are afraid of losing their clinic,” he surmised.\n\n"
                        "“Open the clinic on Sundays,” the nurses exhorted.\n")
    assert saying(comparison, "losing their clinic").cue == "surmised"
    s = saying(comparison, "on Sundays")
    assert s.kind == "direct" and s.cue == "exhorted" and s.speaker.text == "the nurses"


def test_an_attribution_between_commas_interrupts_a_clause_with_a_clausal_subject():
    _, comparison = run("Whatever progress the council has made, officials said, could easily be undone by the "
                        "budget.\n\nRiding alone through the park at night, the nurses said, can be dangerous.\n")
    s = saying(comparison, "easily be undone")
    assert s.content.text.startswith("Whatever progress") and s.cue == "said" and s.speaker.text == "officials"
    s = saying(comparison, "can be dangerous")
    assert s.content.text.startswith("Riding alone") and s.speaker.text == "the nurses"


def test_a_reporting_clause_between_commas_inside_the_clause_it_reports():
    _, comparison = run("It is no surprise, Councillor Haddad said, that the clinic did better than the hospital.\n")
    s = saying(comparison, "did better")
    assert s.content.text.startswith("It is no surprise") and s.speaker.text == "Councillor Haddad"


def test_a_relative_pronoun_speaks_for_the_noun_its_clause_describes():
    _, comparison = run("The plan drew praise from the Millbrook Gazette, which reported that the clinic had cut "
                        "waiting times.\n\nThe decision shocked the union leaders, who as recently as Thursday "
                        "afternoon were insisting that the clinic was safe.\n")
    s = saying(comparison, "cut waiting times")
    assert s.speaker.text == "the Millbrook Gazette" and s.speaker.entity is not None
    s = saying(comparison, "clinic was safe")
    assert s.cue == "insisting" and s.speaker.text == "the union leaders"  # not the afternoon nor "who"


def test_who_speaks_for_the_people_a_place_or_body_after_them_belongs_to():
    _, comparison = run("The decision shocked officials at the clinic, who as recently as Thursday afternoon were "
                        "insisting that the wing was safe.\n")
    assert saying(comparison, "wing was safe").speaker.text == "officials at the clinic"


def test_who_after_a_person_of_others_speaks_for_that_person():
    _, comparison = run("The vote puts the senator at odds with her father, who offered support for the new clinic "
                        "in 2009.\n")
    assert saying(comparison, "the new clinic").speaker.text == "her father"


def test_a_relative_pronoun_after_an_apposition_speaks_for_the_name():
    _, comparison = run("The ruling was welcomed by Jane Roe, a lawyer for the Millbrook Tenants Union, who argued "
                        "that the rent rules were unlawful.\n\nThe motion was backed by Mitch Adams, now the council "
                        "leader, who said the vote was fair.\n")
    assert saying(comparison, "rules were unlawful").speaker.text == "Jane Roe"
    assert saying(comparison, "vote was fair").speaker.text == "Mitch Adams"


def test_an_age_is_a_speaker_and_a_day_is_not():
    _, comparison = run("“The clinic saved my life,” said the 46-year-old.\n\n"
                        "Last week Haddad said the clinic would stay open.\n")
    assert saying(comparison, "saved my life").speaker.text == "the 46-year-old"
    assert saying(comparison, "stay open").speaker.text == "Haddad"


def test_a_cue_conjoined_inside_a_reported_clause_keeps_the_reporting_subject():
    _, comparison = run("Haddad said the core of the problem lay in “poor planning,” and specifically described "
                        "the cost of the new wing.\n")
    s = saying(comparison, "cost of the new wing")
    assert s.cue == "described" and s.speaker.text == "Haddad"


def speaker_name(comparison, words: str) -> str | None:
    s = saying(comparison, words)
    return comparison.entity(s.speaker.entity).name if s.speaker.entity is not None else None


def test_he_and_she_speak_for_the_latest_person_of_their_sex():
    _, comparison = run("Mr. Omar Haddad said the clinic would stay open.\n\n"
                        "Later, Ms. Ruth Castillo met the nurses in the new wing.\n\n"
                        "He said the budget was too small.\n\n"
                        "Mr. Haddad then left the room.\n\n"
                        "She said the wing would open in May.\n")
    assert speaker_name(comparison, "budget was too small") == "Omar Haddad"
    assert speaker_name(comparison, "open in May") == "Ruth Castillo"


def test_they_speaks_for_a_group_and_never_for_one_person():
    _, comparison = run("Councillor Omar Haddad said the clinic would stay open.\n\n"
                        "The Millbrook Nurses Union met on Tuesday.\n\n"
                        "They said the wards were full.\n")
    assert speaker_name(comparison, "wards were full") == "Millbrook Nurses Union"


def test_they_with_no_body_named_speaks_for_the_group_described_before_not_the_last_named_speaker():
    _, comparison = run("Mayor Omar Haddad said the budget was approved.\n\n"
                        "Health officials said the clinic would stay open.\n\n"
                        "They added that the wards were full.\n")
    assert speaker_name(comparison, "wards were full") is None  # the officials, who have no name
    _, comparison = run("Mayor Omar Haddad said the budget was approved.\n\n"
                        "They added that the wards were full.\n")
    assert speaker_name(comparison, "wards were full") == "Omar Haddad"  # no group before: the latest speaker


def test_it_speaks_for_an_organisation_and_never_for_a_person():
    _, comparison = run("The Millbrook Health Authority published the budget on Monday.\n\n"
                        "Councillor Omar Haddad said the clinic would stay open.\n\n"
                        "It reported that the wards were full.\n")
    assert speaker_name(comparison, "wards were full") == "Millbrook Health Authority"


def test_a_passive_of_viewing_reports_its_subject_as_others_see_it():
    _, comparison = run("The mayor is expected to open the new clinic in May.\n\n"
                        "The cuts were criticized by the nurses' union.\n\n"
                        "The clinic is widely seen as a model for the region.\n")
    s = saying(comparison, "new clinic")
    assert s.content.text == "The mayor is expected to open the new clinic in May" and s.cue == "expected"
    assert not s.speaker.text
    s = saying(comparison, "cuts")
    assert s.content.text == "The cuts" and s.cue == "criticized" and s.speaker.text == "the nurses' union"
    s = saying(comparison, "a model")
    assert s.content.text == "The clinic is widely seen as a model for the region" and s.cue == "seen"


def test_a_reporting_clause_set_off_by_commas_reports_the_rest_of_its_sentence():
    _, comparison = run("As the mayor arrived at the clinic on Tuesday, a nurse outside the building was hurt by a "
                        "falling sign, police said.\n\n"
                        "He offered to meet on Friday. Sorry, Haddad said.\n")
    s = saying(comparison, "falling sign")
    assert s.cue == "said" and s.speaker.text == "police" and s.content.text.endswith("by a falling sign")
    s = saying(comparison, "Sorry")
    assert s.content.text == "Sorry" and s.speaker.text == "Haddad"



def test_a_scene_before_a_reporting_clause_belongs_to_the_clause_it_reports():
    _, comparison = run("At times last year, aides to the mayor said, the mere mention of the budget could make him "
                        "fume.\n\n"
                        "During the rally, Haddad remarked, pointing to the crowd.\n")
    s = saying(comparison, "mere mention")
    assert s.cue == "said" and s.speaker.text.startswith("aides")
    assert s.content.text.startswith("At times last year") and s.content.text.endswith("make him fume")
    assert not [s for s in comparison.statements if s.cue == "remarked"]

def test_a_participle_of_viewing_and_nouns_of_attack_and_question():
    _, comparison = run("The vote falls in a string of contests known as Super Tuesday.\n\n"
                        "Haddad's attacks on the budget grew sharper.\n\n"
                        "The reporters' questions about the clinic went unanswered.\n")
    s = saying(comparison, "Super Tuesday")
    assert s.content.text == "contests known as Super Tuesday" and s.cue == "known"
    s = saying(comparison, "the budget")
    assert s.cue == "attacks" and s.speaker.text == "Haddad"
    s = saying(comparison, "the clinic")
    assert s.cue == "questions" and s.speaker.text == "The reporters"


def test_passive_saying_has_no_speaker_of_its_own_and_asking_if_is_content():
    _, comparison = run("The mayor was asked if the clinic would close.\n\n"
                        "Haddad also asked the mayor if the budget would pass.\n")
    s = saying(comparison, "clinic would close")
    assert s.cue == "asked" and not s.speaker.text
    s = saying(comparison, "budget would pass")
    assert s.cue == "asked" and s.speaker.text == "Haddad"


def test_a_report_of_saying_holds_the_stance_reported_inside_it():
    _, comparison = run("The county's protocol called for the mayor to be taken to a hospital, but her aides "
                        "decided otherwise, a county official said.\n")
    s = saying(comparison, "protocol")
    assert s.cue == "said" and s.speaker.text == "a county official"
    assert [x.cue for x in comparison.statements] == ["said"]


def test_a_headline_names_its_source_by_a_surname_the_article_gives():
    _, comparison = run("Sanders: Endorsements prove Clinton the candidate of the establishment\n\n"
                        "Bernie Sanders spoke to reporters on Monday.\n")
    s = saying(comparison, "Endorsements")
    assert s.cue == ":" and s.speaker.text == "Sanders"


def test_according_to_reports_the_clause_it_hangs_on():
    _, comparison = run("The mayor has praised the nurses, and won more than 70 percent of the vote among them, "
                        "according to exit polls.\n")
    s = saying(comparison, "70 percent")
    assert s.content.text == "won more than 70 percent of the vote among them" and s.speaker.text == "exit polls"


def test_idioms_quotes_before_a_speaker_and_names_given_after_the_object():
    _, comparison = run("The mayor spoke in Millbrook. That said, the council cannot fund the clinic alone.\n\n"
                        "The council acted.  “It’s unanimous,” councilmember Omar Haddad said of the vote.\n\n"
                        "Haddad called the budget “reckless” on Monday.\n")
    assert not any(s.speaker.text == "That" for s in comparison.statements)
    assert saying(comparison, "unanimous").speaker.text == "councilmember Omar Haddad"
    s = saying(comparison, "reckless")
    assert s.content.text.startswith("the budget") and s.cue == "called" and s.kind == "mixed"


def test_as_someone_continues_to_act_is_no_report_of_the_clause_around_it():
    _, comparison = run("Volunteers knocked on doors this week as the mayor continues to lead in the race.\n")
    assert not any(s.cue == "continues" for s in comparison.statements)


def test_what_is_seen_done_is_no_view():
    _, comparison = run("The mayor was seen leaving the clinic on Monday.\n\n"
                        "The new ward is widely regarded as a success.\n")
    assert not any("leaving" in s.content.text for s in comparison.statements)
    assert saying(comparison, "a success").cue == "regarded"


def test_a_report_after_a_clause_of_its_own_and_a_closing_report_over_a_misparse():
    _, comparison = run("Residents were worried about the clinic; most said they were \"very worried.\"\n\n"
                        "“The ward will stay open,” Haddad said, as a few nurses walked out of the building.\n")
    s = saying(comparison, "very worried")
    assert s.speaker.text == "most" and s.content.text.startswith("they were")
    assert not any("nurses walked" in s.content.text for s in comparison.statements)


def test_according_to_holds_the_report_inside_its_clause():
    _, comparison = run("Most residents say they prefer a smaller clinic, according to a new county survey.\n")
    assert [(s.cue, s.speaker.text) for s in comparison.statements] == [("according to", "a new county survey")]
    assert comparison.statements[0].content.text == "Most residents say they prefer a smaller clinic"


def test_prepositions_of_stance_and_adjectives_of_awareness():
    _, comparison = run("Haddad distanced himself from the budget plan.\n\n"
                        "The nurses are aware of the staff shortage.\n\n"
                        "The mayor agreed with the union on the new rota.\n")
    assert saying(comparison, "budget plan").cue == "distanced"
    assert saying(comparison, "staff shortage").cue == "aware"
    assert saying(comparison, "the union").cue == "agreed"


@pytest.mark.parametrize("text, speaker, content", [
    # the parser hangs the subject's apposition on the verb as a clause of its own
    ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were "
     "alarmed about the clinic's closing hours.\n", "Jeffrey Salkin", "he and other rabbis were alarmed"),
    # ... or the subject under a relative clause, and the quote after the verb is what is said
    ("There is no such overlap with Sanders's team, a state official who spoke anonymously to discuss strategy said "
     "Wednesday, \"Certainly there are talks.\"\n", "a state official", "Certainly there are talks"),
    # a "that" clause hung as a relative one on a noun of the verb's phrase
    ("Christian Estrosi, a former mayor of Millbrook and currently president of the regional council, said in one "
     "of a series of Twitter messages that the truck was carrying arms and explosives when it struck the crowd.\n",
     "Christian Estrosi", "the truck was carrying arms"),
    # the subject's own clause's subject hung on the verb too: the nearest is the speaker
    ("The Internet has also made it possible for people with like-minded, if bogus, ideas and theories to organize "
     "into communities and reach others, she said.\n", "she", "The Internet has also made it possible"),
    # "When ..., he said, “...”": the quote is what is said, not the scene before it
    ("When he first described the clinic in December, he said, “We’re going to build a clinic.”\n", "he",
     "We’re going to build a clinic."),
])
def test_a_reporting_verb_finds_its_speaker_and_words_over_a_misparse(text, speaker, content):
    _, comparison = run(text)
    s = saying(comparison, content)
    assert s.speaker.text == speaker and s.content.text.startswith(content)


def test_a_name_with_a_title_signing_after_a_quote_speaks_it_over_the_sentence_before():
    _, comparison = run("The mayor spoke.  \"What does that mean, he kept the county safe after the flood?\" Mr. Haddad "
                        "asked, repeating a line. \"Is the mayor running against the council?\" asked Mr. Lee, "
                        "referring to the attacks.\n")
    assert saying(comparison, "kept the county safe").content.text.endswith("flood?")
    s = saying(comparison, "running against")
    assert (s.speaker.text, s.cue, s.content.text) == ("Mr. Lee", "asked", "Is the mayor running against the council?")


def test_telling_someone_to_act_reports_the_one_told_and_the_act():
    _, comparison = run("The mayor told the nurses to stay home on Monday.\n\n"
                        "Haddad pressed the council to sign the budget.\n\n"
                        "The mayor told reporters of plans to close the clinic.\n")
    s = saying(comparison, "stay home")
    assert (s.speaker.text, s.cue, s.content.text) == ("The mayor", "told", "the nurses to stay home on Monday")
    assert saying(comparison, "sign the budget").content.text == "the council to sign the budget"
    assert not any(s.content.text.startswith("to close") for s in comparison.statements)


def test_a_second_report_after_a_comma_and_a_pronoun_is_its_own():
    _, comparison = run("Haddad said the real extremist on the budget is Mayor Ruth Castillo, and he railed against "
                        "the council moderators for failing to bring up the clinic.\n")
    assert saying(comparison, "real extremist").content.text == "the real extremist on the budget is Mayor Ruth Castillo"
    s = saying(comparison, "moderators")
    assert s.cue == "railed" and s.speaker.text == "he"


def test_content_keeps_whether_if_and_to_and_leaves_a_closing_relative_clause():
    _, comparison = run("The mayor asked whether the clinic would open. Haddad wondered if the plan would work.\n\n"
                        "The nurses are eager to strike.\n\n"
                        "Despite the new hires, he noted, the clinic is short of nurses, which is far below the "
                        "county's target.\n")
    assert saying(comparison, "clinic would open").content.text == "whether the clinic would open"
    assert saying(comparison, "plan would work").content.text == "if the plan would work"
    assert saying(comparison, "strike").content.text == "to strike"
    assert saying(comparison, "short of nurses").content.text.endswith("short of nurses")


def test_a_gerund_or_infinitive_of_saying_a_passive_saying_and_balking_at():
    _, comparison = run("He claimed to have earned two million dollars from the clinic last year.\n\n"
                        "The chairman was said to be furious with the mayor.\n\n"
                        "Haddad balked at the price of the clinic.\n")
    s = saying(comparison, "two million")
    assert s.cue == "claimed" and s.content.text.startswith("to have earned two million dollars")
    assert saying(comparison, "furious").content.text.startswith("The chairman")
    assert saying(comparison, "price of the clinic").cue == "balked"


def test_drawing_criticism_reports_the_subject_as_viewed_by_those_it_comes_from():
    _, comparison = run("The closure quickly drew sharp criticism from the nurses' union.\n\n"
                        "Castillo has won the support of most delegates. The mayor came under fire for the delay.\n\n"
                        "Haddad received 19 percent support in the poll. Lee is taking heat from the union.\n")
    s = saying(comparison, "The closure")
    assert (s.speaker.text, s.cue, s.content.text) == ("the nurses' union", "drew sharp criticism", "The closure")
    assert saying(comparison, "Castillo").speaker.text == "most delegates"
    assert saying(comparison, "The mayor").cue == "came under fire"
    assert not any(s.cue.startswith("received") for s in comparison.statements)
    assert saying(comparison, "Lee").speaker.text == "the union"


def test_a_noun_of_saying_with_a_that_clause_reports_it_with_no_one_named():
    _, comparison = run("Despite complaints that the clinic is too small, Haddad has found ways to expand it.\n\n"
                        "The fact that the clinic closed angered the nurses.\n")
    s = saying(comparison, "too small")
    assert (s.speaker.text, s.cue, s.content.text) == ("", "complaints", "the clinic is too small")
    assert not any("clinic closed" in s.content.text for s in comparison.statements)


def test_a_speaker_after_the_verb_with_a_clause_of_his_own_still_speaks():
    _, comparison = run("He also had a voice in decisions about major American investments in Millbrook, said a former "
                        "spokesman for the county's health department, Omar Lee, who also ran as a candidate in the "
                        "new bloc Mr. Haddad helped form.\n")
    s = saying(comparison, "had a voice")
    assert s.speaker.text == "a former spokesman for the county's health department"
    assert s.content.text.endswith("investments in Millbrook")


def test_feeling_like_reports_the_clause_felt():
    _, comparison = run("As a nurse I felt like I had no voice in the clinic.\n")
    s = saying(comparison, "no voice")
    assert (s.speaker.text, s.cue, s.content.text) == ("I", "felt", "I had no voice in the clinic")


def test_as_someone_reported_opens_a_sentence_whose_root_the_parser_took_for_a_noun():
    _, comparison = run("However, as the Gazette has reported, cases that have led to charges included aggravating "
                        "circumstances that were likely not present in the mayor's case.\n")
    s = saying(comparison, "aggravating")
    assert (s.speaker.text, s.cue) == ("the Gazette", "reported")
    assert s.content.text.startswith("cases that have led to charges")


def test_a_speaker_the_parser_hangs_on_the_end_of_the_clause_before_the_verb():
    _, comparison = run("Two emails sent to the mayor and ten emails sent to aides who worked for the council have been "
                        "placed in secure storage, Patrick F. Kennedy, the undersecretary for management, wrote in a "
                        "memo to county officials.\n")
    s = saying(comparison, "secure storage")
    assert (s.speaker.text, s.cue) == ("Patrick F. Kennedy", "wrote")
    assert s.content.text.endswith("placed in secure storage")


def test_a_passive_of_stance_with_its_holder_reports_the_noun_it_describes():
    _, comparison = run("The clinic bill, opposed by the county nurses, never became law.\n\n"
                        "The new budget was rejected by the mayor.\n")
    s = saying(comparison, "clinic bill")
    assert (s.speaker.text, s.cue, s.content.text) == ("the county nurses", "opposed", "The clinic bill")
    s = saying(comparison, "new budget")
    assert (s.speaker.text, s.cue, s.content.text) == ("the mayor", "rejected", "The new budget")


def test_a_second_that_clause_after_but_goes_on_with_the_report():
    _, comparison = run("He said the clinic must be expanded, but that he would not support new fees.\n")
    s = saying(comparison, "expanded")
    assert (s.cue, s.content.text) == ("said", "the clinic must be expanded, but that he would not support new fees")


def test_a_reporting_clause_set_off_before_the_clause_the_parser_makes_its_head():
    _, comparison = run("If anything, Haddad argued in his email, the closure is an illustration of why the council "
                        "should adopt new rules.\n")
    s = saying(comparison, "illustration")
    assert (s.speaker.text, s.cue) == ("Haddad", "argued")
    assert s.content.text.startswith("the closure is an illustration")


def test_thinking_so_reports_so():
    _, comparison = run("The mayor expects the clinic to open in May. Haddad apparently thinks so, too.\n")
    s = saying(comparison, "so")
    assert (s.speaker.text, s.cue, s.content.text) == ("Haddad", "thinks", "so")


def test_someones_words_before_a_colon_say_what_follows():
    _, comparison = run("The nurses are shifting to a strike. Their argument: only a new clinic can shorten the "
                        "waiting list.\n\nThe plan: build a second clinic by May.\n")
    s = saying(comparison, "waiting list")
    assert (s.speaker.text, s.cue, s.content.text) == ("Their", "argument",
                                                       "only a new clinic can shorten the waiting list")
    assert not any("second clinic" in s.content.text for s in comparison.statements)


def test_a_noun_voiced_by_its_verb_is_cued_by_both():
    _, comparison = run("Haddad made a promise to keep the clinic open. The mayor gave the crowd an endorsement of "
                        "the plan.\n")
    assert saying(comparison, "keep the clinic").cue == "made a promise"
    assert saying(comparison, "the plan").cue == "endorsement"  # the crowd stands between: not one phrase


def test_what_someone_issues_speaks_for_them():
    _, comparison = run("The city council passed a resolution condemning the closure of the clinic. Councillor "
                        "Omar Haddad released a video that accuses the mayor of hiding the costs.\n")
    assert saying(comparison, "closure").speaker.text == "The city council"
    assert saying(comparison, "hiding the costs").speaker.text == "Councillor Omar Haddad"


def test_the_object_of_a_verb_of_causing_does_what_its_infinitive_says():
    _, comparison = run("The leak of the emails led the chairwoman to announce her resignation.\n\n"
                        "Haddad used his speech to call the budget a disgrace.\n")
    assert saying(comparison, "resignation").speaker.text == "the chairwoman"
    assert saying(comparison, "disgrace").speaker.text == "Haddad"  # "used" is no verb of causing


def test_who_refuses_says_what_the_infinitive_says_and_a_chance_says_nothing():
    _, comparison = run("Haddad has a rare chance to show that the clinic works.\n\n"
                        "The nurses were angered by the mayor's refusal to condemn the closure.\n")
    assert saying(comparison, "closure").speaker.text == "the mayor"
    assert not any(s.speaker.text == "a rare chance" for s in comparison.statements)


def test_a_passive_of_stance_without_its_holder_is_a_view_of_someone_unnamed():
    _, comparison = run("Haddad was challenged over the costs of the clinic.\n\nThe mayor was called on Monday.\n")
    s = saying(comparison, "Haddad")
    assert (s.cue, s.speaker.text) == ("challenged", "")
    assert not any("mayor" in s.content.text for s in comparison.statements)  # "called" only names


def test_verbs_the_lemmatiser_misreads_are_still_cues():
    _, comparison = run("The clinic dispute\n\nHaddad retweeted the mayor's message about the clinic. The nurses were "
                        "griping that the clinic is too small. He hopped on a bus to the clinic.\n")
    assert saying(comparison, "message about").cue == "retweeted"
    assert saying(comparison, "too small").cue == "griping"
    assert not any(s.cue == "hopped" for s in comparison.statements)


def test_a_verb_of_going_on_carries_the_quote_the_parser_hangs_on_it():
    _, comparison = run("The clinic dispute\n\n“I am really very disturbed about how we have people who say they are "
                        "liberals,” Haddad declared.\n\n“Let’s just boil it down to the bare essentials,” he "
                        "continued. \xa0“I’ve met the mayor on more than one occasion.”\n")
    s = saying(comparison, "bare essentials")
    assert (s.cue, s.speaker.text) == ("continued", "he")


def test_content_the_sentence_ends_inside_an_aside_keeps_the_bracket_closing_it():
    _, comparison = run('The clinic dispute\n\nHaddad said the mayor "has no plan (for the clinic.) The budget is '
                        'a mess."\n')
    assert saying(comparison, "no plan").content.text.endswith("(for the clinic.)")


def test_a_name_in_the_pronouns_own_clause_is_not_who_the_pronoun_is():
    _, comparison = run('Omar Haddad spoke at the clinic on Monday. "We need more nurses," he said.\n\n'
                        'Of Mayor Maria Lopez, he said, "She has done nothing for us."\n')
    s = saying(comparison, "done nothing")
    assert comparison.entity(s.speaker.entity).name == "Omar Haddad"


def test_a_that_clause_hung_on_an_event_between_is_the_sayings(reports):
    s = saying(reports, "repay the grant")
    assert s.content.text == "the clinic would repay the grant"
    assert s.cue == "said" and s.speaker.text == "Haddad"


def test_a_quote_opened_in_reported_speech_runs_on_to_its_close(reports):
    s = saying(reports, "ignored the nurses")
    assert s.kind == "mixed" and s.cue == "claiming"
    assert s.content.text.endswith("They\ndeserve better. It is a disgrace")
