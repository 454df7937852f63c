"""Entities: one per referent within and across articles, typed by their mentions together.

Short texts of our own; the spaCy model is loaded once per process (newsview.analysis.nlp.load_model is cached).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from newsview.analysis import analyse
from newsview.analysis.entities import resolve
from newsview.analysis.names import words_of
from newsview.analysis.known_names import add_known_names
from newsview.analysis.references import NOMINAL, PRONOUN
from conftest import article, run

LEGISLATION = """Senator Jane Holloway introduced a bill on Tuesday to expand rural broadband.

Holloway said the measure would connect two million households in the next decade.

The National Transportation Safety Board opened an inquiry into a bridge collapse, and the NTSB said investigators arrived overnight.

The Department of Justice declined to comment on the inquiry. Officials in the United States were divided.

Delegates from Iran and Iraq met in Austria on Wednesday, while observers from Australia watched.
"""

REACTION = """Sen. Jane Holloway of Ohio unveiled her broadband legislation on Tuesday.

The Justice Department did not respond to questions. The U.S. embassy said America would support the plan, and US officials agreed.

Muammar Gaddafi once ruled Libya for four decades, and Moammar Qaddafi remains a divisive figure there.
"""

RAIL = """Transport minister Daniel Whitfield resigned on Thursday after a rail crash near Leeds.

Whitfield had been in office for two years.
"""

TENNIS = """Tennis champion Laura Whitfield won the final in straight sets on Sunday.

Whitfield thanked her coach and her family.
"""

OIL = """The oil cartel met in Vienna on Monday, where secretary general Mohammed Barkindo spoke briefly.

Barkindo said output would rise in the spring. Delegates later questioned Barkindoo about the timing.
"""


@pytest.fixture(scope="module")
def pair():
    a, b = article(LEGISLATION), article(REACTION)
    return a, b, analyse([a, b], use_cache=False)


@pytest.fixture(scope="module")
def namesakes():
    a, b = article(RAIL), article(TENNIS)
    return a, b, analyse([a, b], use_cache=False)


def named(entity) -> Counter:
    """Named mentions per article (descriptions and pronouns of the entity aside)."""
    return Counter(m.article for m in entity.mentions if m.kind == "name")


def holding(comparison, alias: str):
    """The one entity that has `alias` among its aliases."""
    found = [e for e in comparison.entities if alias in e.aliases]
    assert len(found) == 1, (alias, [(e.name, e.aliases) for e in comparison.entities])
    return found[0]


def test_surname_and_title_forms_are_one_person_across_articles(pair):
    a, b, comparison = pair
    jane = holding(comparison, "Holloway")
    assert jane is holding(comparison, "Jane Holloway")
    assert jane.type == "PERSON"
    assert jane.name == "Jane Holloway"  # the fullest form, the title dropped
    assert named(jane) == {a.id: 2, b.id: 1}
    for m in jane.mentions:
        text = a.text if m.article == a.id else b.text
        assert text[m.start:m.end] == m.text


def test_transliteration_variants_are_one_person(pair):
    _, b, comparison = pair
    gaddafi = holding(comparison, "Muammar Gaddafi")
    assert "Moammar Qaddafi" in gaddafi.aliases
    assert gaddafi.type == "PERSON"
    assert named(gaddafi) == {b.id: 2}


def test_acronym_joins_its_expansion(pair):
    a, _, comparison = pair
    board = holding(comparison, "NTSB")
    assert "National Transportation Safety Board" in board.aliases
    assert board.name == "National Transportation Safety Board"
    assert board.type == "ORG"
    assert named(board) == {a.id: 2}


def test_country_forms_are_one_entity(pair):
    a, b, comparison = pair
    us = holding(comparison, "United States")
    assert {"U.S.", "America", "US"} <= set(us.aliases)
    assert us.type == "GPE"
    assert named(us) == {a.id: 1, b.id: 3}


def test_a_country_abbreviation_is_one_only_in_capitals():
    mentions = {"a1": [[0, 4, "GPE", "U.S."], [10, 12, "GPE", "Us"], [20, 22, "GPE", "US"], [30, 32, "ORG", "UN"]],
                "a2": [[0, 2, "GPE", "Us"], [10, 24, "GPE", "United Nations"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 4)] == index[("a1", 20, 22)] != index[("a1", 10, 12)] == index[("a2", 0, 2)]
    assert index[("a1", 30, 32)] == index[("a2", 10, 24)]


def test_department_of_x_is_the_x_department(pair):
    a, b, comparison = pair
    justice = holding(comparison, "Department of Justice")
    assert "Justice Department" in justice.aliases
    assert named(justice) == {a.id: 1, b.id: 1}


def test_similar_country_names_stay_apart(pair):
    _, _, comparison = pair
    for one, other in (("Iran", "Iraq"), ("Austria", "Australia")):
        assert holding(comparison, one) is not holding(comparison, other)
        assert holding(comparison, one).aliases == (one,)


def test_one_edit_typo_of_a_long_surname_joins_the_person():
    text_article = article(OIL)
    comparison = analyse([text_article], use_cache=False)
    barkindo = holding(comparison, "Mohammed Barkindo")
    assert {"Barkindo", "Barkindoo"} <= set(barkindo.aliases)
    assert named(barkindo) == {text_article.id: 3}


def test_one_edit_typo_of_a_long_single_name():
    mentions = {"a1": [[0, 10, "ORG", "Brightwave"], [40, 50, "ORG", "Brightwave"]],
                "a2": [[5, 15, "ORG", "Brightwace"]],
                "a3": [[0, 8, "ORG", "Brighton"]]}
    entities, index = resolve(mentions)
    assert index[("a1", 0, 10)] == index[("a2", 5, 15)]
    assert index[("a3", 0, 8)] != index[("a1", 0, 10)]
    merged = next(e for e in entities if e.id == index[("a1", 0, 10)])
    assert merged.name == "Brightwave"  # the form written most often
    assert merged.counts() == {"a1": 2, "a2": 1}


def test_a_name_written_as_one_word_or_two_is_one_name_but_never_a_persons():
    mentions = {"a1": [[0, 8, "ORG", "Wal-Mart"], [20, 30, "PERSON", "Anna Belle"]],
                "a2": [[5, 12, "ORG", "Walmart"], [30, 39, "PERSON", "Annabelle"]],
                "a3": [[0, 9, "ORG", "Wal Marts"]]}
    entities, index = resolve(mentions)
    assert index[("a1", 0, 8)] == index[("a2", 5, 12)] == index[("a3", 0, 9)]
    assert index[("a1", 20, 30)] != index[("a2", 30, 39)]


def test_namesakes_in_different_articles_stay_apart(namesakes):
    a, b, comparison = namesakes
    people = [e for e in comparison.entities if e.type == "PERSON"]
    daniel = next(e for e in people if "Daniel Whitfield" in e.aliases)
    laura = next(e for e in people if "Laura Whitfield" in e.aliases)
    assert daniel is not laura
    assert named(daniel) == {a.id: 2} and named(laura) == {b.id: 2}  # each lone "Whitfield" with its own


def test_lone_surname_joins_the_full_name_of_another_article():
    full = article("Port director Amara Lindqvist opened the new terminal on Friday.\n")
    lone = article("Lindqvist said the terminal would double the harbour's capacity.\n")
    comparison = analyse([full, lone], use_cache=False)
    person = holding(comparison, "Lindqvist")
    assert person is holding(comparison, "Amara Lindqvist")
    assert named(person) == {full.id: 1, lone.id: 1}


def test_lone_surname_shared_by_two_people_is_left_alone():
    mentions = {"a1": [[0, 15, "PERSON", "Daniel Whitfield"]], "a2": [[0, 15, "PERSON", "Laura Whitfield"]],
                "a3": [[0, 9, "PERSON", "Whitfield"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 15)] != index[("a2", 0, 15)]
    assert index[("a3", 0, 9)] not in (index[("a1", 0, 15)], index[("a2", 0, 15)])


def test_a_lone_surname_the_tagger_takes_for_a_place_is_the_person_and_a_word_taken_in_before_a_name_is_dropped():
    mentions = {"a1": [[0, 23, "PERSON", "Crooked Alicia Machado"], [40, 54, "PERSON", "Alicia Machado"],
                       [60, 67, "GPE", "Machado"], [70, 77, "GPE", "Machado"], [80, 87, "GPE", "Machado"],
                       [90, 97, "GPE", "Machado"], [100, 106, "PERSON", "Alicia"]],
                "a2": [[0, 14, "PERSON", "Alicia Machado"]]}
    (machado,), _ = resolve(mentions)
    assert machado.type == "PERSON"
    assert machado.name == "Alicia Machado"
    mentions = {"a1": [[0, 20, "PERSON", "Chandler Van Voorhis"], [30, 44, "PERSON", "Van Voorhis"],
                       [50, 64, "PERSON", "Van Voorhis"]]}
    (voorhis,), _ = resolve(mentions)
    assert voorhis.name == "Chandler Van Voorhis"  # a surname of two words keeps the given name before it


def test_a_place_that_stands_alone_in_more_articles_than_a_person_is_named_by_it_is_the_place():
    egypt = {"a1": [[0, 14, "PERSON", "Etisalat Egypt"], [20, 25, "GPE", "Egypt"]],
             "a2": [[0, 5, "GPE", "Egypt"]], "a3": [[0, 5, "GPE", "Egypt"]]}
    _, index = resolve(egypt)
    assert index[("a1", 20, 25)] == index[("a2", 0, 5)] == index[("a3", 0, 5)] != index[("a1", 0, 14)]
    palin = {"a1": [[0, 11, "PERSON", "Sarah Palin"], [20, 25, "GPE", "Palin"]],
             "a2": [[0, 11, "PERSON", "Sarah Palin"], [20, 25, "GPE", "Palin"]], "a3": [[0, 5, "GPE", "Palin"]]}
    (person,), _ = resolve(palin)  # a surname the tagger calls a place, alone in fewer articles than named in
    assert person.name == "Sarah Palin" and person.type == "PERSON"


def test_a_word_is_the_name_it_opens_before_one_it_ends():
    mentions = {"a1": [[0, 24, "ORG", "House of Representatives"], [30, 41, "ORG", "White House"]],
                "a2": [[0, 11, "ORG", "White House"], [20, 25, "ORG", "House"]],
                "a3": [[0, 11, "ORG", "White House"], [20, 25, "ORG", "House"]]}
    _, index = resolve(mentions)
    assert index[("a2", 20, 25)] == index[("a3", 20, 25)] == index[("a1", 0, 24)] != index[("a1", 30, 41)]


def test_a_chamber_alone_is_neither_the_building_it_ends_nor_a_committee_it_opens():
    mentions = {"a1": [[0, 11, "ORG", "White House"], [20, 25, "ORG", "House"], [30, 61, "ORG", "Senate Armed "
                       "Services Committee"], [70, 76, "ORG", "Senate"], [80, 91, "ORG", "U.S. Senate"]],
                "a2": [[0, 11, "ORG", "White House"], [20, 25, "ORG", "House"], [30, 36, "ORG", "Senate"]]}
    _, index = resolve(mentions)
    assert index[("a1", 20, 25)] == index[("a2", 20, 25)] != index[("a1", 0, 11)]
    assert index[("a1", 30, 61)] != index[("a1", 70, 76)] == index[("a1", 80, 91)] == index[("a2", 30, 36)]
    _, index = resolve({"a1": [[0, 23, "ORG", "California State Senate"], [30, 36, "ORG", "Senate"]]})
    assert index[("a1", 0, 23)] != index[("a1", 30, 36)]  # "the Senate" of a story is the nation's


@pytest.mark.parametrize(("forms", "name"), [
    ([("Internet Explorer Web", 1), ("Internet Explorer", 5)], "Internet Explorer"),  # a word taken in after it
    ([("Historic Mat Dairy", 1), ("Mat Dairy", 4)], "Mat Dairy"),  # and before it
    ([("Philadelphia 76ers", 1), ("76ers", 6)], "Philadelphia 76ers"),  # two words keep their city
    ([("Morningside Recovery Center", 1), ("Morningside Recovery", 4)], "Morningside Recovery Center"),
])
def test_a_name_drops_a_word_the_tagger_took_in_where_the_rest_is_used_as_often(forms, name):
    rows, at = [], 0
    for text, times in forms:
        for _ in range(times):
            rows.append([at, at + len(text), "ORG", text])
            at += len(text) + 10
    (entity,), _ = resolve({"a1": rows})
    assert entity.name == name


@pytest.mark.parametrize(("label", "name", "descriptions", "etype"), [
    ("WORK_OF_ART", "Philadelphia 76ers", ["the team", "the team", "he"], "ORG"),
    ("PERSON", "Twilight", ["the film", "the sequel"], "WORK_OF_ART"),
    ("PRODUCT", "Acme Widgets", ["the company", "the firm"], "ORG"),
    ("PERSON", "Jane Roe", ["the company", "she", "she"], "PERSON"),  # a slip of the linking, outweighed
    ("PERSON", "Jane Roe", ["the film"], "PERSON"),  # once is not enough
])
def test_what_the_articles_call_an_entity_types_it_over_the_tagger(label, name, descriptions, etype):
    rows = [[0, len(name), label, name]]
    for k, text in enumerate(descriptions):
        kind = PRONOUN if " " not in text else NOMINAL
        rows.append([100 + 20 * k, 100 + 20 * k + len(text), kind, text, 0, False, False, None])
    (entity,), _ = resolve({"a1": rows})
    assert entity.type == etype


def test_a_day_is_named_by_the_way_of_naming_it_that_gives_its_date():
    mentions = {"a1": [[0, 8, "DATE", "Thursday"], [10, 18, "DATE", "Thursday"], [20, 33, "TIME", "late Thursday"],
                       [40, 51, "DATE", "May 2, 2013"]],
                "a2": [[0, 16, "TIME", "20 Thursday night"], [20, 31, "DATE", "May 2, 2013"]]}
    (day,), _ = resolve(mentions, dates={"a1": dt.date(2013, 5, 3), "a2": dt.date(2013, 5, 3)})
    assert day.name == "May 2, 2013"


@pytest.mark.parametrize(("one", "other", "same"), [
    ("al-Qaddafi", "Gadhafi", True),  # each outlet's transliteration
    ("Suleimani", "Soleimani", True),
    ("Twitter", "Titter", False),  # a w is no vowel
    ("Kessel", "Kassel", False),  # short: a letter tells names apart
])
def test_lone_surnames_spelt_two_ways(one, other, same):
    mentions = {"a1": [[0, len(one), "PERSON", one]], "a2": [[0, len(other), "PERSON", other]]}
    _, index = resolve(mentions)
    assert (index[("a1", 0, len(one))] == index[("a2", 0, len(other))]) is same


def test_a_name_with_a_vowel_after_it_is_another_name():
    mentions = {"a1": [[0, 12, "PERSON", "Kristen Bell"], [20, 25, "PERSON", "Bella"], [30, 34, "PERSON", "Bell"]]}
    _, index = resolve(mentions)
    assert index[("a1", 30, 34)] == index[("a1", 0, 12)] != index[("a1", 20, 25)]


def test_a_place_named_only_in_a_dateline_is_named_in_lower_case():
    mentions = {"a1": [[0, 10, "GPE", "WASHINGTON"], [12, 17, "ORG", "NAACP"]],
                "a2": [[0, 13, "GPE", "WINSTON-SALEM"], [20, 27, "GPE", "BAGHDAD"], [40, 47, "GPE", "Baghdad"]]}
    entities, _ = resolve(mentions)
    assert sorted(e.name for e in entities) == ["Baghdad", "NAACP", "Washington", "Winston-Salem"]


def test_type_is_decided_by_the_mentions_together():
    mentions = {"a1": [[0, 14, "PERSON", "Robert Kessler"], [30, 37, "PERSON", "Kessler"]],
                "a2": [[0, 7, "GPE", "Kessler"], [20, 27, "PERSON", "Kessler"], [50, 57, "PERSON", "Kessler"]]}
    entities, index = resolve(mentions)
    assert len({index[k] for k in index}) == 1
    (kessler,) = entities
    assert kessler.type == "PERSON"
    assert kessler.name == "Robert Kessler"
    assert kessler.counts() == {"a1": 2, "a2": 3}
    assert kessler.aliases == ("Robert Kessler", "Kessler")


def test_canonical_name_is_the_fullest_form():
    mentions = {"a1": [[0, 3, "ORG", "FEC"], [10, 35, "ORG", "Federal Energy Commission"]],
                "a2": [[0, 3, "ORG", "FEC"], [9, 12, "ORG", "FEC"]]}
    (commission,), _ = resolve(mentions)
    assert commission.name == "Federal Energy Commission"
    assert set(commission.aliases) == {"FEC", "Federal Energy Commission"}
    assert commission.counts() == {"a1": 2, "a2": 2}


def test_a_persons_name_drops_a_place_and_title_the_tagger_ran_into_it_an_editors_brackets_but_not_a_title_word():
    mentions = {"a1": [[0, 21, "PERSON", "NJ Gov Chris Christie"], [30, 44, "PERSON", "Chris Christie"],
                       [50, 72, "PERSON", "Martin Luther King Jr."], [80, 92, "PERSON", "Pres Bo Dunn"],
                       [100, 113, "PERSON", "Bo] Dunn"], [120, 133, "PERSON", "Bo] Dunn"]]}
    entities, _ = resolve(mentions)
    assert sorted(e.name for e in entities) == ["Bo Dunn", "Chris Christie", "Martin Luther King Jr."]
    assert not any("]" in alias for e in entities for alias in e.aliases)  # an editor's "[Pres. Bo] Dunn"


def test_amounts_are_not_entities_but_named_days_are(pair):
    a, b, comparison = pair
    assert {e.type for e in comparison.entities} <= {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT",
                                                     "PRODUCT", "DATE", "TIME", "NOMINAL"}
    assert not any("two million" in e.aliases or "four decades" in e.aliases for e in comparison.entities)
    tuesday = holding(comparison, "Tuesday")
    assert tuesday.type == "DATE" and tuesday.counts() == {a.id: 1, b.id: 1}


def test_a_day_is_one_entity_however_it_is_phrased():
    mentions = {"a1": [[0, 6, "DATE", "Friday"], [20, 33, "TIME", "Friday night"], [40, 47, "DATE", "March 3"]],
                "a2": [[0, 13, "TIME", "late Friday"], [20, 32, "DATE", "3 March 2009"], [40, 48, "DATE", "Thursday"],
                       [50, 61, "DATE", "three years"]]}
    entities, _ = resolve(mentions)
    assert sorted(sorted(m.text for m in e.mentions) for e in entities) == [
        ["3 March 2009", "March 3"], ["Friday", "Friday night", "late Friday"], ["Thursday"]]


def test_a_title_case_headline_does_not_run_words_into_a_name():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    text = ("Marguerite Okafor Leaves Orchestra After Twenty Years\n\n"
            "The conductor Marguerite Okafor told the board on Monday that she would step down.\n")
    (pieces,) = parse([text], "en_core_web_sm")
    names = [m[3] for m in analyse_document(text, pieces)["mentions"] if m[2] == "PERSON"]
    assert names and all(name == "Marguerite Okafor" for name in names), names


def test_one_surface_form_takes_one_type_across_articles():
    mentions = {"a1": [[0, 15, "PERSON", "Anton Verhoeven"]], "a2": [[0, 15, "PERSON", "Anton Verhoeven"]],
                "a3": [[0, 15, "ORG", "Anton Verhoeven"]]}
    (person,), _ = resolve(mentions)
    assert person.type == "PERSON" and person.counts() == {"a1": 1, "a2": 1, "a3": 1}


def test_clipped_given_name_and_lone_given_name_join_the_full_name():
    mentions = {"a1": [[0, 16, "PERSON", "Frederick Larsen"], [30, 36, "PERSON", "Larsen"]],
                "a2": [[0, 12, "PERSON", "Fred Larsen"]],
                "a3": [[0, 13, "PERSON", "Miriam Castel"], [20, 26, "PERSON", "Miriam"]],
                "a4": [[0, 13, "PERSON", "Miriam Duval"]]}
    entities, index = resolve(mentions)
    assert index[("a1", 0, 16)] == index[("a2", 0, 12)] == index[("a1", 30, 36)]
    assert index[("a3", 20, 26)] == index[("a3", 0, 13)]
    assert index[("a4", 0, 13)] != index[("a3", 0, 13)]


def test_generation_and_legal_suffixes_do_not_part_a_name():
    mentions = {"a1": [[0, 22, "PERSON", "Arthur Jameson Quill Jr."], [30, 35, "PERSON", "Quill"]],
                "a2": [[0, 15, "ORG", "Brightline Corp."], [20, 30, "ORG", "Brightline"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 22)] == index[("a1", 30, 35)]
    assert index[("a2", 0, 15)] == index[("a2", 20, 30)]


def test_a_bare_title_is_not_an_entity_of_its_own():
    _, c = run("The President spoke to the nation on Monday. Officials said the President would travel to Ohio.\n\n"
               "At the direction of the President, the army moved. Maria Lopez said she agreed.")
    assert "President" not in {e.name for e in c.entities}
    assert {"Maria Lopez", "Ohio"} <= {e.name for e in c.entities}


def test_pet_forms_of_a_given_name_join_but_other_people_of_that_name_stay_apart():
    _, c = run("Editor Bill Kristol called for his resignation. Defense Secretary Jim Mattis resigned.",
               "William Kristol wrote a letter. James Mattis left the Pentagon. Bill Clinton and William Barr spoke.")
    people = {e.name: set(e.names) for e in c.entities if e.type == "PERSON"}
    assert {"Bill Kristol", "William Kristol"} in people.values()
    assert {"Jim Mattis", "James Mattis"} in people.values()
    assert people["Bill Clinton"] == {"Bill Clinton"} and people["William Barr"] == {"William Barr"}


def test_a_lone_letter_is_not_a_name():
    _, c = run("Sen. Jim DeMint, R-S.C., would not go that far. Sen. John McCain, R-Ariz., said so. DeMint, R-S.C., agreed.")
    assert "R" not in {e.name for e in c.entities}
    assert {"Jim DeMint", "John McCain"} <= {e.name for e in c.entities}


def test_a_surname_the_tagger_takes_for_a_body_is_the_person_the_article_names_by_it():
    _, c = run('Speaking on "Fox News Sunday," Sen. Jim DeMint, R-S.C., would not say whether Steele should resign.\n\n'
               "DeMint, who said Afghanistan is a war we must win, called the remarks a distraction.\n\n"
               '"We need a chairman who\'s focused," DeMint said.\n')
    assert [(e.name, e.type) for e in c.entities if "DeMint" in e.names] == [("Jim DeMint", "PERSON")]


def test_a_pet_form_joins_a_spelling_variant_of_its_formal_name():
    mentions = {"a1": [[0, 12, "PERSON", "Katie Norwell"]], "a2": [[0, 15, "PERSON", "Kathryn Norwell"]],
                "a3": [[0, 13, "PERSON", "Karen Norwell"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 12)] == index[("a2", 0, 15)]
    assert index[("a3", 0, 13)] != index[("a1", 0, 12)]


def test_laws_and_titled_works_are_entities_across_articles():
    (a, b), c = run("Congress amended the Clean Water Act on Monday. The film Gone with the Wind was shown.",
                    "Critics said the Clean Water Act changes were rushed.")
    law = holding(c, "Clean Water Act")
    assert law.type == "LAW" and law.counts() == {a.id: 1, b.id: 1}


def _tagged(words: list[str], pos: list[str], sent_starts: list[int]):
    """(text, doc) of words the test tags itself: the parser's sentence breaks are not ours to choose."""
    from spacy.tokens import Doc

    from newsview.analysis.nlp import load_model

    doc = Doc(load_model("en_core_web_sm").vocab, words=words, pos=pos, sent_starts=sent_starts)
    return doc.text, doc


def test_a_score_beside_an_untagged_name_does_not_hide_it():
    from newsview.analysis.document import _untagged_names

    text, doc = _tagged(["Rams", "lose", "to", "Comets", "20-13"], ["PROPN", "VERB", "ADP", "PROPN", "NUM"],
                        [1, 0, 0, 0, 0])
    score = [text.index("20"), len(text), "CARDINAL", "20-13"]
    assert [m[3] for m in _untagged_names(text, [(0, doc)], [score], [], set())] == ["Comets"]


def test_an_untagged_name_runs_over_a_sentence_break_within_its_line():
    from newsview.analysis.document import _untagged_names

    text, doc = _tagged(["Coach", "Dana", "Wirth", "was", "hired", "."], ["NOUN", "PROPN", "PROPN", "AUX", "VERB",
                                                                           "PUNCT"], [1, 0, 1, 0, 0, 0])
    assert [m[3] for m in _untagged_names(text, [(0, doc)], [], [], set())] == ["Dana Wirth"]


def test_a_one_letter_slip_in_a_place_of_several_words_is_the_same_place_but_not_in_a_person():
    mentions = {"a1": [[0, 12, "LOC", "Gulf of Aden"], [20, 28, "PERSON", "Jon Roe"]],
                "a2": [[0, 12, "LOC", "Gulf of Eden"], [20, 28, "PERSON", "Jan Roe"], [30, 42, "LOC", "Gulf of Oman"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 12)] == index[("a2", 0, 12)] != index[("a2", 30, 42)]
    assert index[("a1", 20, 28)] != index[("a2", 20, 28)]
    _, index = resolve({"a1": [[0, 16, "FAC", "Harbor Art Centre"]], "a2": [[0, 16, "FAC", "Harbor Art Center"]]})
    assert index[("a1", 0, 16)] == index[("a2", 0, 16)]


def test_names_that_differ_in_a_number_or_in_what_it_numbers_are_two_names():
    _, index = resolve({"a1": [[0, 13, "FAC", "114th Street"]], "a2": [[0, 13, "FAC", "116th Street"]]})
    assert index[("a1", 0, 13)] != index[("a2", 0, 13)]
    _, index = resolve({"a1": [[0, 9, "PRODUCT", "Corvex 8"]], "a2": [[0, 12, "PRODUCT", "Corvex Ray 8"]],
                        "a3": [[0, 13, "PRODUCT", "Corvex 8 Home"]]})
    assert index[("a1", 0, 9)] != index[("a2", 0, 12)]
    assert index[("a1", 0, 9)] == index[("a3", 0, 13)]


def test_a_name_does_not_take_in_the_line_break_after_it():
    from newsview.analysis.document import _trim_mention

    text = "Storm Hits Gulf of Aden\nShips waited."
    assert _trim_mention(text, 11, 24, "LOC") == (11, 23)
    assert _trim_mention("Rome's\n", 0, 7, "GPE") == (0, 4)


@pytest.mark.parametrize("headline, run, name", [
    ("Dana Wirth Quits Rangers After Ten Years", "Dana Wirth Quits Rangers", "Dana Wirth"),
    ("Club Hires Dana Wirth As Coach Today", "Hires Dana Wirth As Coach", "Dana Wirth"),
    ("Rangers Beat Comets 91-73 In Final Game", "Rangers Beat Comets 91-73", "Rangers Beat Comets"),
])
def test_a_headline_run_of_capitals_is_cut_to_the_name_in_it(headline, run, name):
    from newsview.analysis.document import _headline_names, _lower_words, _title_lines
    from newsview.analysis.nlp import load_model

    text = f"{headline}\nThe coach quits as the club hires a rival after ten years, the club said today.\n"
    pieces = [(0, load_model("en_core_web_sm")(text))]
    start = text.index(run)
    lines = _title_lines(text, pieces)
    [cut] = _headline_names([[start, start + len(run), "PERSON", run]], lines, pieces, _lower_words(pieces, lines))
    assert cut[3] == name == text[cut[0]:cut[1]]


def test_a_possessive_splits_a_name_only_where_its_owner_is_a_name_of_its_own():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import load_model

    text = "Police said Sam's Club closed."
    names = [m[3] for m in analyse_document(text, [(0, load_model("en_core_web_sm")(text))])["mentions"] if m[2] == "ORG"]
    assert names == ["Sam's Club"]


def test_an_untagged_word_opening_a_sentence_counts_only_if_the_article_capitalises_it_elsewhere():
    from newsview.analysis.document import _untagged_names

    text, doc = _tagged(["Comets", "won", ".", "Rovers", "lost", "to", "Comets", "."],
                        ["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"], [1, 0, 0, 1, 0, 0, 0, 0])
    found = [(m[0], m[3]) for m in _untagged_names(text, [(0, doc)], [], [], set())]
    assert found == [(0, "Comets"), (text.rindex("Comets"), "Comets")]
    text, doc = _tagged(["Comets", "won", "."], ["PROPN", "VERB", "PUNCT"], [1, 0, 0])
    assert _untagged_names(text, [(0, doc)], [], [], set()) == []


def test_a_part_of_a_name_joins_the_name_it_heads_before_one_it_modifies():
    mentions = {"a1": [[0, 18, "ORG", "Kansas City Comets"], [20, 29, "ORG", "Comets QB"]],
                "a2": [[0, 6, "ORG", "Comets"]]}
    _, index = resolve(mentions)
    assert index[("a2", 0, 6)] == index[("a1", 0, 18)] != index[("a1", 20, 29)]


def test_a_degree_after_a_name_is_not_a_name():
    from newsview.analysis.document import _degree

    assert _degree("M.D.") and _degree("PhD") and _degree("M. B. A.") and _degree("R.")
    assert not _degree("MDC") and not _degree("Ohio")


def test_a_run_ending_in_a_persons_full_name_is_that_person_but_a_name_ending_in_other_words_is_not():
    mentions = {"a1": [[0, 12, "PERSON", "Dana Wirth"], [20, 42, "ORG", "Dana Wirth Foundation"]],
                "a2": [[0, 21, "ORG", "Canadian Dana Wirth"]]}
    _, index = resolve(mentions)
    assert index[("a2", 0, 21)] == index[("a1", 0, 12)] != index[("a1", 20, 42)]


def test_quotes_around_a_name_do_not_part_it():
    mentions = {"a1": [[0, 14, "WORK_OF_ART", "'Burning Tide"]], "a2": [[0, 13, "WORK_OF_ART", "Burning Tide'"]],
                "a3": [[0, 12, "WORK_OF_ART", "Burning Tide"], [20, 27, "PERSON", "O'Neill"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 14)] == index[("a2", 0, 13)] == index[("a3", 0, 12)]
    assert words_of("O'Neill's") == ["o'neill's"]


def test_a_headline_repeats_the_names_of_its_article():
    from newsview.analysis.document import _headline_repeats

    text = "ROVERS SIGN DANA WIRTH As New Coach For Next Season\nDana Wirth joined Rovers on Monday.\n"
    body, club = text.index("Dana Wirth joined"), text.index("Rovers on")
    mentions = [[body, body + 10, "PERSON", "Dana Wirth"], [club, club + 6, "ORG", "Rovers"]]
    found = _headline_repeats(text, mentions, [(0, text.index("\n"))])
    assert sorted((m[3], m[2]) for m in found) == [("DANA WIRTH", "PERSON"), ("ROVERS", "ORG")]


def _parsed(words, tags, deps, heads, ents):
    """A doc whose tags, parse and names the test sets itself."""
    from spacy.tokens import Doc

    from newsview.analysis.nlp import load_model

    pos = ["PROPN" if t.startswith("NNP") else "NOUN" if t.startswith("NN") else "VERB" for t in tags]
    doc = Doc(load_model("en_core_web_sm").vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads,
              ents=ents, sent_starts=[1] + [0] * (len(words) - 1))
    return doc.text, doc


def test_a_name_that_modifies_a_name_or_a_capitalised_plural_after_it_is_one_name_with_it():
    from newsview.analysis.document import _names_of

    text, doc = _parsed(["Hartford", "Comets", "fired", "Dana"], ["NNP", "NNS", "VBD", "NNP"],
                        ["compound", "nsubj", "ROOT", "dobj"], [1, 2, 2, 2], ["B-GPE", "O", "O", "B-PERSON"])
    assert [(text[s:e], label) for s, e, label in _names_of(doc, text)] == [("Hartford Comets", "ORG"), ("Dana", "PERSON")]
    text, doc = _parsed(["Voltra", "Sparrow", "stalled"], ["NNP", "NNP", "VBD"], ["compound", "nsubj", "ROOT"],
                        [1, 2, 2], ["B-ORG", "B-PRODUCT", "O"])
    assert [(text[s:e], label) for s, e, label in _names_of(doc, text)] == [("Voltra Sparrow", "PRODUCT")]
    text, doc = _parsed(["Hartford", "officials", "met"], ["NNP", "NNS", "VBD"], ["compound", "nsubj", "ROOT"],
                        [1, 2, 2], ["B-GPE", "O", "O"])
    assert [(text[s:e], label) for s, e, label in _names_of(doc, text)] == [("Hartford", "GPE")]


def test_a_capitalised_noun_before_an_untagged_proper_noun_is_the_first_word_of_its_name():
    from newsview.analysis.document import _untagged_names

    text, doc = _parsed(["Users", "of", "Velvet", "Browser", "complained"], ["NNS", "IN", "NN", "NNP", "VBD"],
                        ["nsubj", "prep", "compound", "pobj", "ROOT"], [4, 0, 3, 1, 4], ["O"] * 5)
    assert [m[3] for m in _untagged_names(text, [(0, doc)], [], [], set())] == ["Velvet Browser"]
    text, doc = _parsed(["Fans", "of", "Hartford", "Comets", "cheered"], ["NNS", "IN", "NNP", "NNS", "VBD"],
                        ["nsubj", "prep", "compound", "pobj", "ROOT"], [4, 0, 3, 1, 4], ["O"] * 5)
    assert [m[3] for m in _untagged_names(text, [(0, doc)], [], [], set())] == ["Hartford Comets"]


def test_an_entity_named_only_as_a_product_is_typed_a_product():
    entities, _ = resolve({"a1": [[0, 12, "PRODUCT", "Voltra Sparrow"]], "a2": [[0, 12, "PRODUCT", "Voltra Sparrow"]]})
    assert [e.type for e in entities] == ["PRODUCT"]


def test_a_place_named_by_part_of_its_name_or_an_abbreviation_is_one_place():
    mentions = {"a1": [[0, 10, "LOC", "Mount Arlo"], [20, 35, "LOC", "Velka Mount Arlo"]],
                "a2": [[0, 7, "LOC", "Mt Arlo"], [10, 20, "LOC", "Mt. Arlo"]]}
    _, index = resolve(mentions)
    assert len({index[(a, m[0], m[1])] for a, rows in mentions.items() for m in rows}) == 1



def test_a_part_of_a_name_joins_the_name_with_its_head_not_one_where_it_follows_of_or_for():
    mentions = {"a1": [[0, 20, "ORG", "Chief Forester"], [30, 60, "ORG", "Office of the Chief Forester"]],
                "a2": [[0, 20, "ORG", "U. S. Chief Forester"], [30, 60, "ORG", "Nominee for Chief Forester"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 20)] == index[("a2", 0, 20)]
    assert len({index[("a1", 0, 20)], index[("a1", 30, 60)], index[("a2", 30, 60)]}) == 3
    assert words_of("U. S. Chief Forester") == words_of("U.S. Chief Forester")


def test_a_single_word_the_tagger_took_for_a_person_joins_the_group_it_heads():
    mentions = {"a1": [[0, 17, "ORG", "Hartford Comets"], [20, 26, "PERSON", "Comets"]],
                "a2": [[0, 6, "PERSON", "Comets"], [10, 20, "PERSON", "Dana Wirth"], [30, 35, "PERSON", "Wirth"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 17)] == index[("a1", 20, 26)] == index[("a2", 0, 6)] != index[("a2", 30, 35)]


def test_a_span_run_over_two_names_joined_by_and_is_split_where_the_article_names_each_alone():
    from newsview.analysis.document import _first_of_two

    text = "Wirth and Marr met. Wirth spoke, then Marr. Procter and Gamble agreed."
    known = {"Wirth": "PERSON", "Marr": "PERSON", "Procter and Gamble": "ORG"}
    first, rest = _first_of_two(text, 0, 14, "PERSON", known)
    assert first == [0, 5, "PERSON", "Wirth"] and text[rest:14] == "Marr"
    start = text.index("Procter")
    assert _first_of_two(text, start, start + 18, "ORG", known) is None


@pytest.mark.parametrize("text", ["The Rovers’ Park was full.", "The Rovers ’ Park was full.",
                                  "The Rover ’ s Park was full."])
def test_an_owner_however_its_possessive_is_spaced_is_split_from_what_it_owns(text):
    from newsview.analysis.document import _first_of_two

    end = text.index(" was")
    first, rest = _first_of_two(text, 4, end, "ORG", {"Rovers": "ORG", "Rover": "ORG"})
    assert first[3] in ("Rovers", "Rover") and text[rest:end] == "Park"


def test_two_names_each_with_its_article_are_split_though_neither_is_written_alone():
    from newsview.analysis.document import _first_of_two

    text = "The Red Foxes and the Blue Owls met on Sunday."
    first, rest = _first_of_two(text, 4, 31, "ORG", {})
    assert first == [4, 13, "ORG", "Red Foxes"] and text[rest:31] == "the Blue Owls"
    assert _first_of_two(text, 4, 31, "WORK_OF_ART", {})[0] == first  # the tagger took two teams for a title
    title = "The Red Fox and the Blue Owl is a book."
    assert _first_of_two(title, 4, title.index(" is"), "WORK_OF_ART", {}) is None


def test_a_score_after_a_name_is_not_part_of_it():
    from newsview.analysis.document import _trim_mention

    text = "Evanston 91-73 at home"
    assert text[slice(*_trim_mention(text, 0, 14, "ORG"))] == "Evanston"


def test_an_acronym_before_the_rest_of_a_name_is_the_name_its_initials_spell():
    mentions = {"a1": [[0, 24, "PRODUCT", "Indian Naval Ship Arlo"]], "a2": [[0, 8, "PRODUCT", "INS Arlo"]],
                "a3": [[0, 8, "PRODUCT", "INS Velka"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 24)] == index[("a2", 0, 8)] != index[("a3", 0, 8)]


def test_an_acronym_may_spell_the_article_its_names_mentions_leave_out():
    mentions = {"a1": [[4, 18, "ORG", "Dover Reporter"]], "a2": [[0, 3, "ORG", "TDR"]], "a3": [[0, 3, "ORG", "TNT"]]}
    _, index = resolve(mentions)
    assert index[("a1", 4, 18)] == index[("a2", 0, 3)] != index[("a3", 0, 3)]


def test_an_acronym_is_not_spelt_by_a_name_with_an_acronym_of_its_own():
    mentions = {"a1": [[0, 25, "ORG", "Northern Voting Council"]], "a2": [[0, 3, "ORG", "NVC"]],
                "a3": [[0, 22, "ORG", "NATO Veterans Council"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 25)] == index[("a2", 0, 3)] != index[("a3", 0, 22)]


def test_a_body_for_or_of_a_thing_is_the_body_the_thing_modifies():
    mentions = {"a1": [[0, 30, "ORG", "Northern Council for Elections"]],
                "a2": [[0, 25, "ORG", "Northern Election Council"]],
                "a3": [[0, 22, "ORG", "Ministry of Transport"]], "a4": [[0, 18, "ORG", "Transport Ministry"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 30)] == index[("a2", 0, 25)] != index[("a3", 0, 22)] == index[("a4", 0, 18)]


def test_a_part_of_names_is_the_one_of_them_most_articles_name():
    mentions = {f"a{k}": [[0, 12, "ORG", "Corvian Navy"]] for k in range(3)}
    mentions |= {"b1": [[0, 12, "ORG", "Gallish Navy"]], "b2": [[0, 4, "ORG", "Navy"]]}
    _, index = resolve(mentions)
    assert index[("b2", 0, 4)] == index[("a0", 0, 12)] != index[("b1", 0, 12)]
    _, index = resolve({**mentions, "b3": [[0, 12, "ORG", "Gallish Navy"]]})  # named as often: neither
    assert index[("b2", 0, 4)] not in (index[("a0", 0, 12)], index[("b1", 0, 12)])


def test_a_word_of_a_place_cut_short_is_the_same_place_but_a_longer_word_is_another():
    mentions = {"a1": [[0, 14, "FAC", "Matanuska Dairy"]], "a2": [[0, 8, "FAC", "Mat Dairy"]],
                "a3": [[0, 8, "GPE", "New York"]], "a4": [[0, 10, "ORG", "New Yorker"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 14)] == index[("a2", 0, 8)]
    assert index[("a3", 0, 8)] != index[("a4", 0, 10)]


def test_a_pairing_of_two_names_is_no_superset_of_either():
    mentions = {"a1": [[0, 8, "ORG", "Hartford"], [10, 27, "ORG", "Springfield State"]],
                "a2": [[0, 26, "ORG", "Hartford-Springfield State"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 8)] != index[("a1", 10, 27)]


def test_names_that_differ_in_their_middle_initials_are_two_people():
    mentions = {"a1": [[0, 16, "PERSON", "George H.W. Bush"], [20, 34, "PERSON", "George W. Bush"],
                       [40, 55, "PERSON", "John F. Kennedy"]],
                "a2": [[0, 24, "PERSON", "John Fitzgerald Kennedy"], [30, 44, "PERSON", "George W. Bush"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 16)] != index[("a1", 20, 34)] == index[("a2", 30, 44)]
    assert index[("a1", 40, 55)] == index[("a2", 0, 24)]


def test_one_word_is_only_part_of_a_longer_name_where_it_opens_or_heads_it_as_written():
    mentions = {"a1": [[0, 28, "ORG", "United States Central Command"], [40, 45, "ORG", "State"],
                       [70, 77, "ORG", "Command"]]}
    _, index = resolve(mentions)
    assert index.get(("a1", 40, 45)) != index[("a1", 0, 28)] == index[("a1", 70, 77)]
    _, index = resolve({"a1": [[0, 16, "ORG", "State Department"], [20, 25, "ORG", "State"]]})
    assert index[("a1", 0, 16)] == index[("a1", 20, 25)]


def test_a_bare_title_is_no_entity_whatever_the_tagger_calls_it():
    entities, _ = resolve({"a1": [[0, 9, "PERSON", "Ayatollah"], [20, 25, "ORG", "State"],
                                  [30, 45, "PERSON", "Ali Khamenei"]]})
    assert [e.name for e in entities] == ["Ali Khamenei"]


def test_a_run_without_a_capital_letter_is_no_name():
    _, c = run("It was left in the hands of Mike Pompeo, the president's second secretary of state, and John R. Bolton.")
    assert {"Mike Pompeo", "John R. Bolton"} <= {e.name for e in c.entities}
    assert not [m for e in c.entities for m in e.mentions if m.kind == "name" and m.text.islower()]


def test_a_dated_articles_days_are_calendar_days():
    mentions = {"a1": [[0, 8, "DATE", "Thursday"], [20, 29, "DATE", "January 2"]],
                "a2": [[3, 19, "DATE", "on Thursday night"]], "a3": [[0, 8, "DATE", "Thursday"]],
                "a4": [[0, 8, "DATE", "Thursday"]]}
    published = {"a1": dt.date(2020, 1, 3), "a2": dt.date(2020, 1, 6), "a3": dt.date(2020, 1, 10)}
    _, index = resolve(mentions, dates=published)
    assert index[("a1", 0, 8)] == index[("a1", 20, 29)] == index[("a2", 3, 19)]  # 2 January 2020 was a Thursday
    assert index[("a3", 0, 8)] != index[("a1", 0, 8)]  # the Thursday of the next week
    assert index[("a4", 0, 8)] not in (index[("a1", 0, 8)], index[("a3", 0, 8)])  # undated: no day to join
    _, index = resolve(mentions)
    assert index[("a1", 0, 8)] == index[("a3", 0, 8)] == index[("a4", 0, 8)] != index[("a1", 20, 29)]


def test_a_name_one_article_tags_is_found_where_another_left_it_untagged():
    texts = {"a1": "The Hartford Comets beat the Rivals. Comets fans cheered the Hartford Comets.",
             "a2": "HARTFORD COMETS WIN AGAIN\nComets rule, and the comets of the sky do not."}
    mentions = {"a1": [[4, 19, "ORG", "Hartford Comets"], [37, 43, "ORG", "Comets"]],
                "a2": [[26, 32, "ORG", "Comets"]]}
    found = add_known_names(mentions, texts)
    assert [r[:4] for r in found["a1"][2:]] == [[61, 76, "ORG", "Hartford Comets"]]
    assert [r[:4] for r in found["a2"][1:]] == [[0, 15, "ORG", "HARTFORD COMETS"]]  # "comets" is a common word too
    assert found["a1"][:2] == mentions["a1"]


def test_a_land_tagged_inside_a_company_name_another_article_tags_is_taken_into_that_name():
    texts = {"a1": "Profits at Telecom Ruritania rose.",
             "a2": "A cable of Telecom Ruritania was cut near Ruritania."}
    mentions = {"a1": [[11, 28, "ORG", "Telecom Ruritania"]],
                "a2": [[11, 18, "GPE", "Telecom"], [19, 28, "GPE", "Ruritania"], [42, 51, "GPE", "Ruritania"]]}
    rows = add_known_names(mentions, texts)["a2"]
    assert rows[0] == [11, 28, "ORG", "Telecom Ruritania"] and rows[2] == [42, 51, "GPE", "Ruritania"]
    assert mentions["a2"][0] == [11, 18, "GPE", "Telecom"]  # the cached rows stay as they were
    entities, index = resolve(add_known_names(mentions, texts))
    assert index[("a1", 11, 28)] == index[("a2", 11, 28)] != index[("a2", 42, 51)]
    land = next(e for e in entities if e.name == "Ruritania")
    assert [(m.article, m.start) for m in land.mentions] == [("a2", 42)]


def test_a_pairing_of_two_names_by_a_slash_is_neither_of_them():
    mentions = {"a1": [[0, 3, "ORG", "QTV"], [30, 53, "ORG", "QTV/ Harbour Gazette"]],
                "a2": [[0, 15, "ORG", "Harbour Gazette"]]}
    _, index = resolve(mentions)
    assert index[("a1", 30, 53)] not in (index[("a1", 0, 3)], index[("a2", 0, 15)])


def test_a_weekday_the_undated_articles_give_one_date_is_that_date():
    mentions = {"a1": [[0, 25, "DATE", "Sunday, February 22, 2009"]], "a2": [[3, 10, "DATE", "Feb. 22"]],
                "a3": [[3, 9, "DATE", "Sunday"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 25)] == index[("a2", 3, 10)] == index[("a3", 3, 9)]
    mentions["a4"] = [[0, 15, "DATE", "Sunday, March 1"], [20, 27, "DATE", "March 1"]]
    _, index = resolve(mentions)  # two Sundays: "Sunday" is neither date
    assert index[("a2", 3, 10)] != index[("a4", 20, 27)] and index[("a3", 3, 9)] != index[("a2", 3, 10)]


def test_a_weekday_its_storys_dated_reports_place_on_one_day_is_that_day_in_its_undated_ones():
    mentions = {"a1": [[0, 8, "DATE", "Thursday"]], "a2": [[3, 19, "DATE", "on Thursday night"]],
                "a3": [[0, 8, "DATE", "Thursday"]], "a4": [[0, 8, "DATE", "Thursday"]]}
    dates = {"a1": dt.date(2013, 5, 3), "a2": dt.date(2013, 5, 4)}  # a Friday and a Saturday: May 2 both
    _, index = resolve(mentions, dates=dates, stories={"a1": 0, "a2": 0, "a3": 0, "a4": 1})
    assert index[("a1", 0, 8)] == index[("a2", 3, 19)] == index[("a3", 0, 8)] != index[("a4", 0, 8)]
    mentions["a3"].append([20, 35, "DATE", "Thursday, May 9"])  # the undated report names the next Thursday too
    _, index = resolve(mentions, dates=dates, stories={"a1": 0, "a2": 0, "a3": 0, "a4": 1})
    assert index[("a1", 0, 8)] == index[("a3", 0, 8)]  # what the dated reports agree on wins
    dates["a2"] = dt.date(2013, 5, 11)  # a week later: two Thursdays, and the undated one is neither
    _, index = resolve(mentions, dates=dates, stories={"a1": 0, "a2": 0, "a3": 0, "a4": 1})
    assert len({index[("a1", 0, 8)], index[("a2", 3, 19)], index[("a3", 0, 8)]}) == 3


def test_an_undated_articles_days_without_a_year_are_days_of_its_own_story():
    mentions = {"a1": [[0, 8, "DATE", "Thursday"], [20, 27, "DATE", "March 3"]],
                "a2": [[3, 19, "DATE", "on Thursday night"], [30, 37, "DATE", "March 3"], [40, 44, "DATE", "2009"]],
                "a3": [[0, 8, "DATE", "Thursday"], [20, 27, "DATE", "March 3"], [30, 34, "DATE", "2009"]]}
    _, index = resolve(mentions, stories={"a1": 0, "a2": 0, "a3": 1})  # a3 reports another event
    assert index[("a1", 0, 8)] == index[("a2", 3, 19)] != index[("a3", 0, 8)]
    assert index[("a1", 20, 27)] == index[("a2", 30, 37)] != index[("a3", 20, 27)]
    assert index[("a2", 40, 44)] == index[("a3", 30, 34)]  # a year is the same year in any story
    _, index = resolve(mentions)
    assert index[("a1", 0, 8)] == index[("a3", 0, 8)]


def test_a_headline_run_beginning_with_a_name_known_from_running_text_is_cut_to_that_name():
    texts = {"a1": "Dana Whitlock Opens Harbour Bridge Today\nThe mayor, Dana Whitlock, opened it.",
             "a2": "Yesterday the mayor Dana Whitlock said the bridge would open."}
    mentions = {"a1": [[0, 18, "PERSON", "Dana Whitlock Opens"], [52, 65, "PERSON", "Dana Whitlock"]],
                "a2": [[20, 33, "PERSON", "Dana Whitlock"]]}
    rows = add_known_names(mentions, texts)["a1"]
    assert rows[:2] == [[0, 13, "PERSON", "Dana Whitlock"], [52, 65, "PERSON", "Dana Whitlock"]]
    assert mentions["a1"][0] == [0, 18, "PERSON", "Dana Whitlock Opens"]  # the cached rows stay as they were
    texts["a1"] = texts["a1"].replace("Today", "today, it said, for the people of the town")  # no headline now
    assert add_known_names(mentions, texts)["a1"][0][3] == "Dana Whitlock Opens"


def test_a_headline_name_of_words_the_articles_write_in_lower_case_is_a_description():
    texts = {"a1": "Prison Escapee Seen Near Apple Store\nGuards searched the fields on Monday.",
             "a2": "The escapee ate an apple near the prison. Apple said nothing.",
             "a3": "Dana Whitlock, the escapee, hid in a barn."}
    mentions = {"a1": [[0, 14, "PERSON", "Prison Escapee"], [25, 30, "ORG", "Apple"]],
                "a2": [[42, 47, "ORG", "Apple"]], "a3": [[0, 13, "PERSON", "Dana Whitlock"]]}
    rows = add_known_names(mentions, texts)["a1"]
    assert rows[0] == [0, 14, "NOMINAL", "Prison Escapee", None, False, False, None]
    assert rows[1][2] == "ORG"  # running text tags it: a name, though a headline's
    assert mentions["a1"][0][2] == "PERSON"  # the cached rows stay as they were


def test_a_word_opening_a_sentence_that_the_articles_write_in_lower_case_is_a_description():
    texts = {"a1": "Filmmaker says he cannot commit. The filmmaker left. Flames rose. Apple said no.",
             "a2": "A filmmaker spoke. The flames spread. He ate an apple. Apple shares fell at Apple stores.",
             "a3": "Bettie Page smiled. Page was 85. Readers turned the page."}
    mentions = {article: [[m.start(), m.end(), "PERSON" if m.group() != "Apple" else "ORG", m.group()]
                          for m in re.finditer(r"Filmmaker|Flames|Apple|Bettie Page|Page", text)]
                for article, text in texts.items()}
    rows = add_known_names(mentions, texts)
    labels = {(a, r[0]): r[2] for a, found in rows.items() for r in found}
    assert labels[("a1", 0)] == labels[("a1", texts["a1"].index("Flames"))] == "NOMINAL"
    assert labels[("a1", texts["a1"].index("Apple"))] == "ORG"  # written capitalised more often than not
    assert labels[("a3", texts["a3"].index("Page w"))] == "PERSON"  # a longer name holds it


def test_a_name_and_the_noun_after_it_that_spell_a_known_name_in_lower_case_are_that_name():
    texts = {"a1": "The Corvian Navy sailed.", "a2": "Yesterday the Corvian navy sailed home. The navy waved."}
    mentions = {"a1": [[4, 16, "ORG", "Corvian Navy"]],
                "a2": [[14, 21, "NORP", "Corvian"], [22, 26, "NOMINAL", "navy", None, False, False, None],
                       [40, 48, "NOMINAL", "The navy", 1, False, False, None]]}
    rows = add_known_names(mentions, texts)["a2"]
    assert rows[:2] == [[14, 26, "ORG", "Corvian navy"], [22, 26, "NOMINAL", "navy", 0, False, False, None]]
    _, index = resolve(add_known_names(mentions, texts))
    assert index[("a1", 4, 16)] == index[("a2", 14, 26)] == index[("a2", 40, 48)]
    assert mentions["a2"][0] == [14, 21, "NORP", "Corvian"]  # the cached rows stay as they were


def test_a_name_left_untagged_in_one_outlets_headline_counts_towards_its_entity():
    first = "The Hartford Comets beat the visiting team 20-13 on a cold afternoon. The Comets clinched a playoff spot."
    second = "COMETS TOP RIVALS, 20-13, REACH PLAYOFFS\n\nThe home side won on Sunday."
    (a1, a2), c = run(first, second)
    team = next(e for e in c.entities if "Comets" in e.aliases)
    assert {(m.article, m.text) for m in team.mentions} >= {(a1.id, "Comets"), (a2.id, "COMETS")}


def test_a_two_letter_pet_form_joins_a_long_given_name_of_its_initial():
    mentions = {"a1": [[0, 14, "PERSON", "Maurice Lindqvist"], [20, 29, "PERSON", "Lindqvist"]],
                "a2": [[0, 12, "PERSON", "Mo Lindqvist"]], "a3": [[0, 12, "PERSON", "Al Lindqvist"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 14)] == index[("a2", 0, 12)] == index[("a1", 20, 29)]
    assert index[("a3", 0, 12)] != index[("a1", 0, 14)]


def test_a_lone_surname_is_the_full_name_most_articles_give_but_not_one_of_two_equals():
    mentions = {f"a{k}": [[0, 14, "PERSON", "Oskar Pellham"]] for k in range(3)}
    mentions |= {"h": [[0, 12, "PERSON", "Ilse Pellham"]], "s": [[0, 7, "PERSON", "Pellham"]]}
    _, index = resolve(mentions)
    assert index[("s", 0, 7)] == index[("a0", 0, 14)] != index[("h", 0, 12)]
    mentions["h2"] = mentions["h3"] = [[0, 12, "PERSON", "Ilse Pellham"]]
    _, index = resolve(mentions)
    assert index[("s", 0, 7)] not in (index[("a0", 0, 14)], index[("h", 0, 12)])


def test_a_states_abbreviation_is_the_state_and_a_place_where_written_with_its_full_stop():
    mentions = {"a1": [[0, 6, "ORG", "Calif."], [10, 13, "ORG", "Va."], [20, 22, "PERSON", "Mo"]],
                "a2": [[0, 10, "GPE", "California"], [12, 16, "GPE", "N.Y."], [20, 28, "GPE", "New York"]]}
    entities, index = resolve(mentions)
    by_name = {e.name: e for e in entities}
    assert index[("a1", 0, 6)] == index[("a2", 0, 10)] == by_name["California"].id
    assert by_name["California"].type == by_name["Va."].type == "GPE"
    assert index[("a2", 12, 16)] == index[("a2", 20, 28)]
    assert by_name["Mo"].type == "PERSON"  # no full stop: a name ("Mo Cheeks"), not Missouri


def test_a_lone_surname_is_the_full_name_spelt_as_it_is_before_one_spelt_alike():
    mentions = {"a": [[0, 13, "PERSON", "Austin Smythe"], [20, 29, "PERSON", "Lis Smith"],
                      [40, 46, "PERSON", "Smythe"]],
                "b": [[0, 9, "PERSON", "Lis Smith"]]}
    _, index = resolve(mentions)  # Lis Smith, named in two articles, is no better than Austin Smythe in one
    assert index[("a", 40, 46)] == index[("a", 0, 13)] != index[("a", 20, 29)]


def test_a_lone_surname_a_title_gives_a_sex_is_a_full_name_of_that_sex():
    mentions = {f"a{k}": [[0, 12, "PERSON", "Ilse Pellham"]] for k in range(3)}
    mentions |= {"b": [[0, 13, "PERSON", "Oskar Pellham"]], "s": [[4, 11, "PERSON", "Pellham"]],
                 "t": [[0, 12, "PERSON", "Ilse Pellham"], [20, 27, "PERSON", "Pellham"]]}
    sexes = {("a0", 0, 12): "f", ("s", 4, 11): "m", ("t", 0, 12): "f", ("t", 20, 27): "m"}
    _, index = resolve(mentions, sexes=sexes)  # "Mr. Pellham": Oskar, though more articles name Ilse
    assert index[("s", 4, 11)] == index[("b", 0, 13)] != index[("a0", 0, 12)]
    assert index[("t", 20, 27)] != index[("t", 0, 12)]  # not the one woman his own article names in full
    _, index = resolve(mentions)
    assert index[("s", 4, 11)] == index[("a0", 0, 12)]  # no sex stated: the name most articles give


def test_a_title_or_noun_before_a_name_states_its_sex_but_a_states_abbreviation_does_not():
    from newsview.analysis.references import titled_sexes

    text = "Mr. Roe met the first lady, Ann Lee, in Jackson, Miss. Bo Dunn came too."
    rows = [[4, 7, "PERSON", "Roe"], [28, 35, "PERSON", "Ann Lee"], [55, 62, "PERSON", "Bo Dunn"]]
    assert titled_sexes(text, rows) == {(4, 7): "m", (28, 35): "f"}
    text = "A man killed his sister. Bo Dunn is in custody.\nAccused of killing mother\nJo Dunn, 23, is held. Ms Dunn"
    rows = [[25, 32, "PERSON", "Bo Dunn"], [74, 81, "PERSON", "Jo Dunn"], [99, 103, "PERSON", "Dunn"]]
    assert titled_sexes(text, rows) == {(99, 103): "f"}  # a noun that ends a sentence or a line is no title


def test_a_month_written_short_or_with_only_a_year_names_a_time():
    mentions = {"a1": [[0, 6, "DATE", "Dec. 6"], [10, 22, "DATE", "October 2011"]],
                "a2": [[0, 16, "DATE", "December 6"], [20, 35, "DATE", "in October 2011"], [40, 48, "DATE", "Oct 2012"]]}
    entities, _ = resolve(mentions)
    assert sorted(sorted(m.text for m in e.mentions) for e in entities) == [
        ["Dec. 6", "December 6"], ["Oct 2012"], ["October 2011", "in October 2011"]]


def test_a_pet_form_of_a_name_joins_it_where_it_can_be_only_one():
    mentions = {"a1": [[0, 14, "PERSON", "Marla Quentin"], [20, 32, "GPE", "Indianapolis"], [40, 47, "ORG", "Jaguars"],
                       [50, 55, "ORG", "Ford"], [60, 67, "ORG", "Fordham"]],
                "a2": [[0, 4, "PERSON", "MaQu"], [10, 14, "GPE", "Indy"], [20, 24, "ORG", "Jags"],
                       [30, 34, "PERSON", "J-Lo"]]}
    _, index = resolve(mentions)
    assert index[("a2", 0, 4)] == index[("a1", 0, 14)]
    assert index[("a2", 10, 14)] == index[("a1", 20, 32)]
    assert index[("a2", 20, 24)] == index[("a1", 40, 47)]
    assert index[("a1", 50, 55)] != index[("a1", 60, 67)]
    assert index.get(("a2", 30, 34)) not in {index[k] for k in index if k != ("a2", 30, 34)}


def test_a_persons_initials_are_not_a_place_spelled_the_same():
    comparison = analyse([article("Dick Cheney flew to DC on Monday. Cheney said the vote in DC was close.\n")],
                         use_cache=False)
    assert "DC" not in holding(comparison, "Dick Cheney").aliases


def test_a_first_q_written_k_is_one_transliteration():
    mentions = {"a1": [[0, 12, "PERSON", "Yusuf Qassar"]], "a2": [[0, 12, "PERSON", "Yusuf Kassar"]],
                "a3": [[0, 11, "PERSON", "Yusuf Nasar"]], "b1": [[0, 10, "PERSON", "Ann Keller"]],
                "b2": [[0, 10, "PERSON", "Ann Geller"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 12)] == index[("a2", 0, 12)] != index[("a3", 0, 11)]
    assert index[("b1", 0, 10)] != index[("b2", 0, 10)]  # a k is no g


def test_a_sheriffs_title_is_no_given_name():
    comparison = analyse([article("Sheriff Joe Halpern endorsed the governor on Monday.\n"),
                          article("The endorsement came from Sheriff Halpern. Halpern said the governor was tough.\n"),
                          article("Joe Halpern, the county sheriff, spoke to reporters on Monday.\n")], use_cache=False)
    assert {"Sheriff Halpern", "Halpern", "Joe Halpern"} <= set(holding(comparison, "Joe Halpern").aliases)


def test_a_q_written_g_is_one_transliteration():
    comparison = analyse([article("Libyan leader Moammar Qaddafi spoke in Tripoli on Monday.\n"),
                          article("Muammar Gadhafi told the crowd in Tripoli that he would stay.\n")], use_cache=False)
    assert "Muammar Gadhafi" in holding(comparison, "Moammar Qaddafi").aliases


def test_a_typo_said_as_often_as_the_name_neither_names_nor_types_it():
    mentions = {"a1": [[0, 9, "PERSON", "Hezmorath"], [20, 29, "ORG", "Hezmarath"]]}
    (entity,), _ = resolve(mentions)
    assert (entity.name, entity.type) == ("Hezmarath", "ORG")


def test_a_one_word_person_only_ever_cited_is_a_medium():
    texts = {"a1": "Lena Valdo said on Chirpstream that Valdo would run.", "a2": "Valdo spoke to Chirpstream.",
             "a3": "Officials told Marek. Marek said no."}
    mentions = {"a1": [[0, 10, "PERSON", "Lena Valdo"], [19, 30, "PERSON", "Chirpstream"],
                       [36, 41, "PERSON", "Valdo"]],
                "a2": [[0, 5, "PERSON", "Valdo"], [15, 26, "PERSON", "Chirpstream"]],
                "a3": [[15, 20, "PERSON", "Marek"], [22, 27, "PERSON", "Marek"]]}
    rows = add_known_names(mentions, texts)
    labels = {(a, r[3]): r[2] for a, found in rows.items() for r in found}
    assert labels[("a1", "Chirpstream")] == labels[("a2", "Chirpstream")] == "ORG"
    assert labels[("a2", "Valdo")] == labels[("a3", "Marek")] == "PERSON"  # a surname; the subject of a sentence


def test_a_one_word_person_that_names_a_news_outlet_or_a_call_sign_is_a_medium():
    texts = {"a1": "Politico reported the move. Affiliate KTVI aired it. Reuters said Bloomberg would run.",
             "a2": "Michael Bloomberg met Kemal."}
    mentions = {article: [[text.index(name), text.index(name) + len(name), "PERSON", name]
                          for name in ("Politico", "KTVI", "Bloomberg", "Michael Bloomberg", "Kemal") if name in text]
                for article, text in texts.items()}
    rows = add_known_names(mentions, texts)
    labels = {(a, r[3]): r[2] for a, found in rows.items() for r in found}
    assert labels[("a1", "Politico")] == labels[("a1", "KTVI")] == "ORG"
    assert labels[("a1", "Bloomberg")] == "PERSON"  # a person's name holds it
    assert labels[("a2", "Kemal")] == "PERSON"


def test_a_name_the_tagger_took_for_a_group_is_a_person_where_only_a_person_is_said_of_it():
    rows = [[0, 11, "NOMINAL", "A spokesman", 1, False, False, None], [13, 27, "ORG", "Brad Woodhouse"],
            [40, 54, "ORG", "Harlow Daggett"], [60, 70, "NOMINAL", "the agency", 2, False, False, None],
            [80, 94, "ORG", "Vessa Kortland"], [96, 106, "NOMINAL", "a spokesman", 4, False, False, None],
            [110, 112, "PRONOUN", "it", 4, False, False, None], [120, 136, "ORG", "Corvo Industries"],
            [140, 151, "NOMINAL", "the founder", 7, False, False, None]]
    types = {e.name: e.type for e in resolve({"a1": rows})[0]}
    assert types["Brad Woodhouse"] == "PERSON"
    assert types["Harlow Daggett"] == types["Vessa Kortland"] == "ORG"  # a group's noun; "it"
    assert types["Corvo Industries"] == "ORG"  # a plural's name


def test_a_medium_is_also_cited_via_it_before_its_own_noun_and_where_it_is_a_place_to_post():
    texts = {"a1": "She deleted her Chirpstream account. Aid came via Chirpstream, where she posted a note.",
             "a2": "Officials told Marek, and he said no."}
    mentions = {"a1": [[0, 3, "PRONOUN", "She"], [16, 27, "PERSON", "Chirpstream"], [50, 61, "PERSON", "Chirpstream"],
                       [63, 68, "PRONOUN", "where", 2]],
                "a2": [[15, 20, "PERSON", "Marek"], [26, 28, "PRONOUN", "he", 0]]}
    rows = add_known_names(mentions, texts)
    labels = {(a, r[0]): r[2] for a, found in rows.items() for r in found}
    assert labels[("a1", 16)] == labels[("a1", 50)] == "ORG"
    assert labels[("a2", 15)] == "PERSON"  # cited, but "he"


def test_a_medium_the_tagger_took_for_a_product_or_named_beside_another_before_their_noun_is_a_body():
    texts = {"a1": "His office told Newsfeed in May. He deleted his Chirpstream and Facebook profiles. "
                   "It runs on Vistal."}
    mentions = {"a1": [[16, 24, "PRODUCT", "Newsfeed"], [48, 59, "PERSON", "Chirpstream"],
                       [94, 100, "PRODUCT", "Vistal"]]}
    rows = add_known_names(mentions, texts)
    assert [r[2] for r in rows["a1"][:3]] == ["ORG", "ORG", "PRODUCT"]  # a product one runs on is one


def test_a_street_abbreviated_ends_a_name_and_a_saint_opens_one():
    assert words_of("117th St.") == words_of("117th Street") == ["117th", "street"]
    assert words_of("97th Ave.") == words_of("97th Avenue")
    assert words_of("St. Louis") == ["st", "louis"] and words_of("Port St. Lucie") == ["port", "st", "lucie"]


def test_a_names_alias_keeps_no_unpaired_quote_mark():
    mentions = {"a1": [[0, 14, "WORK_OF_ART", "“Velvet Harbor"], [20, 33, "WORK_OF_ART", "Velvet Harbor"],
                       [40, 59, "WORK_OF_ART", "\"Harbor's Last Light"],
                       [60, 79, "WORK_OF_ART", "''Harbor's Last Light"]]}
    entities, _ = resolve(mentions)
    assert {e.aliases for e in entities} == {("Velvet Harbor",), ("Harbor's Last Light",)}


def test_a_name_with_an_institutions_noun_is_neither_a_person_nor_a_work_of_art():
    ship = "Coastal Naval Ship Arunika"
    mentions = {"a1": [[0, 27, "WORK_OF_ART", "Brindlewood Recovery Center"], [40, 66, "PERSON", ship],
                       [70, 96, "PERSON", ship]]}
    entities, _ = resolve(mentions)
    assert {e.name: e.type for e in entities} == {"Brindlewood Recovery Center": "ORG",
                                                  "Coastal Naval Ship Arunika": "ORG"}


def test_names_of_one_facility_differing_in_generic_words_are_one_named_as_most_say():
    mentions = {"a1": [[0, 18, "ORG", "Harlan Voss Center"], [30, 48, "ORG", "Harlan Voss Center"]],
                "a2": [[0, 18, "ORG", "Harlan Voss Clinic"]], "a3": [[0, 28, "PERSON", "Harlan Voss Treatment Center"]],
                "a4": [[0, 11, "PERSON", "Harlan Vossberg"]]}
    entities, index = resolve(mentions)
    assert index[("a1", 0, 18)] == index[("a2", 0, 18)] == index[("a3", 0, 28)] != index[("a4", 0, 11)]
    assert {e.id: e.name for e in entities}[index[("a1", 0, 18)]] == "Harlan Voss Center"


def test_one_word_the_tagger_took_for_a_person_is_the_institution_it_opens():
    mentions = {"a1": [[0, 27, "ORG", "Brindlewood Recovery Center"], [40, 51, "PERSON", "Brindlewood"]]}
    (entity,), _ = resolve(mentions)
    assert entity.type == "ORG"


def test_a_one_word_name_said_to_be_he_keeps_a_tied_persons_label():
    mentions = {"a1": [[0, 9, "PERSON", "Klavorski"], [20, 29, "GPE", "Klavorski"],
                       [40, 43, PRONOUN, "his", 1, False, False, None]]}
    (entity,), _ = resolve(mentions)
    assert entity.type == "PERSON"


def test_two_names_the_tagger_ran_together_by_and_are_two_names_where_each_is_tagged_alone_more_often():
    texts = {"a1": "Fans in Hartford and Dana Whitlock cheered.", "a2": "Dana Whitlock coached. Hartford lost.",
             "a3": "Hartford, said Dana Whitlock, will win."}
    mentions = {"a1": [[8, 34, "ORG", "Hartford and Dana Whitlock"]],
                "a2": [[0, 13, "PERSON", "Dana Whitlock"], [23, 31, "GPE", "Hartford"]],
                "a3": [[0, 8, "GPE", "Hartford"], [15, 28, "PERSON", "Dana Whitlock"]]}
    rows = add_known_names(mentions, texts)["a1"]
    assert [r[:4] for r in rows] == [[8, 16, "GPE", "Hartford"], [21, 34, "PERSON", "Dana Whitlock"]]
    assert mentions["a1"][0] == [8, 34, "ORG", "Hartford and Dana Whitlock"]  # the cached rows stay as they were
    _, index = resolve(add_known_names(mentions, texts))
    assert index[("a1", 21, 34)] == index[("a2", 0, 13)] != index[("a1", 8, 16)]
    mentions["a3"][0] = [0, 33, "ORG", "Hartford and Dana Whitlock"]  # the whole is tagged as often as a part
    texts["a3"] = "Hartford and Dana Whitlock won."
    assert add_known_names(mentions, texts)["a1"][0][3] == "Hartford and Dana Whitlock"


def test_a_day_named_from_the_day_of_writing_is_the_day_the_articles_date_makes_it_else_its_own():
    mentions = {"a1": [[0, 9, "DATE", "yesterday"], [20, 37, "TIME", "late this morning"]],
                "a2": [[3, 10, "DATE", "Tuesday"], [20, 27, "DATE", "March 4"]],
                "a3": [[0, 5, "DATE", "today"], [10, 20, "TIME", "last night"], [30, 43, "DATE", "this week"]]}
    dates = {"a1": dt.date(2009, 3, 4), "a2": dt.date(2009, 3, 4), "a3": dt.date(2009, 3, 5)}
    _, index = resolve(mentions, dates=dates)
    assert index[("a1", 0, 9)] == index[("a2", 3, 10)] != index[("a3", 10, 20)]  # Tuesday, March 3
    assert index[("a1", 20, 37)] == index[("a2", 20, 27)] == index[("a3", 10, 20)] != index[("a3", 0, 5)]
    assert ("a3", 30, 43) not in index  # a week is no day
    mentions["a4"] = [[0, 10, "TIME", "last night"], [20, 29, "DATE", "yesterday"]]
    _, index = resolve(mentions)  # undated: an article's own yesterday, whenever the others were written
    assert index[("a4", 0, 10)] == index[("a4", 20, 29)] != index[("a1", 0, 9)]
    assert index[("a1", 20, 37)] != index[("a1", 0, 9)]


def test_a_description_the_parse_sets_beside_a_time_is_no_time():  # "Tuesday, a peaceful vigil"
    mentions = {"a1": [[0, 7, "DATE", "Tuesday"], [9, 25, NOMINAL, "a peaceful vigil", 0, True, False, None]],
                "a2": [[0, 7, "DATE", "Tuesday"], [20, 27, NOMINAL, "a vigil", None, False, False, None]],
                "a3": [[0, 9, "DATE", "yesterday"], [15, 24, NOMINAL, "the vigil", None, False, False, None]]}
    entities, index = resolve(mentions, stories={"a1": 0, "a2": 0, "a3": 0})
    assert index[("a1", 0, 7)] == index[("a2", 0, 7)] != index[("a1", 9, 25)]
    assert index[("a1", 9, 25)] == index[("a2", 20, 27)] == index[("a3", 15, 24)]  # the story's one vigil


def test_a_name_of_one_name_twice_by_and_stays_one_name():
    texts = {"a1": "Shares in Lind and Lind fell.", "a2": "Lind said so. Lind left.", "a3": "Lind won."}
    mentions = {"a1": [[10, 23, "ORG", "Lind and Lind"]], "a2": [[0, 4, "PERSON", "Lind"], [14, 18, "PERSON", "Lind"]],
                "a3": [[0, 4, "PERSON", "Lind"]]}
    assert add_known_names(mentions, texts)["a1"][0] == [10, 23, "ORG", "Lind and Lind"]


def test_a_place_that_acts_joins_a_team_named_after_it_never_a_paper():
    mentions = {"a1": [[0, 8, "GPE", "Hartford", None, False], [20, 34, "ORG", "Hartford Comets"]],
                "a2": [[0, 8, "GPE", "New York", None, False], [20, 34, "ORG", "New York Times"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 8)] == index[("a1", 20, 34)]
    assert index[("a2", 0, 8)] != index[("a2", 20, 34)]
