"""Descriptions and pronouns: linked within their article to the mention they stand for, so they join its entity.

Short texts of our own; the spaCy model is loaded once per process.
"""

from __future__ import annotations

import pytest

from newsview.analysis import analyse
from newsview.analysis.entities import resolve
from conftest import article

FESTIVAL = """Maria Kowalski, the festival director, opened the season on Friday.

Concert pianist Aldo Ferrante played the first night. The pianist later said he had rehearsed for a month.

Mr. Ferrante thanked the actress Greta Lind, who had lent her piano, and she smiled.

Greta Lind founded the Northgate Arts Trust in 1998. The group said its players would tour in spring.
"""


@pytest.fixture(scope="module")
def festival():
    a = article(FESTIVAL)
    return a, analyse([a], use_cache=False)


def entity_with(comparison, text: str):
    """The entity holding a mention written `text` (the first such mention)."""
    found = [e for e in comparison.entities if any(m.text == text for m in e.mentions)]
    assert found, (text, [(e.name, [m.text for m in e.mentions]) for e in comparison.entities])
    return found[0]


def kinds(entity) -> dict[str, str]:
    return {m.text: m.kind for m in entity.mentions}


def test_an_apposition_joins_its_name(festival):
    _, comparison = festival
    director = entity_with(comparison, "the festival director")
    assert director.name == "Maria Kowalski" and director.type == "PERSON"
    assert kinds(director)["the festival director"] == "nominal"


def test_a_role_noun_before_a_name_carries_to_a_later_description(festival):
    _, comparison = festival
    pianist = entity_with(comparison, "Aldo Ferrante")
    assert {"The pianist", "he", "Ferrante"} <= set(kinds(pianist))
    assert kinds(pianist)["he"] == "pronoun" and kinds(pianist)["Ferrante"] == "name"


def test_a_title_borne_by_one_person_carries_to_the_common_noun_and_two_bearers_keep_it_unlinked():
    """Unless one of the two is the one the article is about: named far more often than the other."""
    one = article("Governor Ilse Brandt signed the water bill on Monday.\n\n"
                  "The governor said the bill would protect the valley for decades.\n")
    comparison = analyse([one], use_cache=False)
    assert "The governor" in kinds(entity_with(comparison, "Ilse Brandt"))
    two = article("Governor Ilse Brandt met Governor Paul Sauter on Monday.\n\n"
                  "The governor said the bill would protect the valley for decades.\n")
    comparison = analyse([two], use_cache=False)
    assert "The governor" not in kinds(entity_with(comparison, "Ilse Brandt"))
    assert "The governor" not in kinds(entity_with(comparison, "Paul Sauter"))
    about_one = article("Governor Ilse Brandt signed the water bill on Monday. Brandt had fought for it since "
                        "spring, when Governor Paul Sauter of the next state opposed it.\n\n"
                        "Critics said Brandt moved too fast. Brandt denied it, and aides to Brandt called the bill "
                        "a model.\n\n"
                        "The governor said the bill would protect the valley for decades.\n")
    comparison = analyse([about_one], use_cache=False)
    assert "The governor" in kinds(entity_with(comparison, "Ilse Brandt"))


def test_which_never_stands_for_a_person_the_parse_hangs_it_on():
    one = article("Senators rejected the bill backed by Mr. Anton Rehm, which included temporary protections for "
                  "farm workers.\n")
    comparison = analyse([one], use_cache=False)
    assert "which" not in kinds(entity_with(comparison, "Anton Rehm"))


def test_a_pronoun_agrees_in_sex_and_a_relative_pronoun_takes_its_noun(festival):
    _, comparison = festival
    greta = entity_with(comparison, "Greta Lind")
    assert {"who", "her", "she"} <= set(kinds(greta))  # "Mr." Ferrante cannot be "she"
    assert "she" not in kinds(entity_with(comparison, "Aldo Ferrante"))


def test_an_object_pronoun_is_not_its_own_clause_subject():
    a = article("Jonas Berg hired Mr. Tom Reyes last year. Reyes praised him in a speech on Monday.\n")
    comparison = analyse([a], use_cache=False)
    assert "him" in kinds(entity_with(comparison, "Jonas Berg"))
    assert "him" not in kinds(entity_with(comparison, "Reyes"))


def test_the_company_is_the_nearest_organisation(festival):
    _, comparison = festival
    trust = entity_with(comparison, "Northgate Arts Trust")
    assert "The group" in kinds(trust)


def test_one_description_across_articles_without_a_name_is_one_entity():
    first = article("A gunman opened fire at a market on Sunday. Police said the gunman fled on foot.\n")
    second = article("The gunman was still at large on Monday, according to police.\n")
    comparison = analyse([first, second], use_cache=False)
    gunman = entity_with(comparison, "the gunman")
    assert gunman.type == "NOMINAL"
    assert gunman.counts() == {first.id: 2, second.id: 1}


def test_an_entity_only_described_is_called_by_the_wording_said_most_of_its_most_common_noun():
    # "a signature campaign promise" is set beside the wall once; "the wall" is said most
    mentions = {"a1": [[0, 13, "NOMINAL", "a border wall", None, False, False, None],
                       [20, 48, "NOMINAL", "a signature campaign promise", 0, True, False, None],
                       [60, 68, "NOMINAL", "The wall", 0, False, False, None],
                       [70, 72, "PRONOUN", "it", 2, False, False, None]],
                "a2": [[0, 8, "NOMINAL", "the wall", None, False, False, None],
                       [10, 36, "NOMINAL", "a low brick retaining wall", 0, False, False, None],
                       [40, 44, "NOMINAL", "WALL", 0, False, False, None]]}
    entities, _ = resolve(mentions)
    assert [e.name for e in entities] == ["wall"]
    mentions["a2"][0][3] = "the border wall"  # "border wall" as often as "wall": the fuller
    assert [e.name for e in resolve(mentions)[0]] == ["border wall"]


def test_one_description_in_articles_of_two_stories_is_two_entities():
    mentions = {"a1": [[0, 10, "NOMINAL", "the gunman", None, False, False, None]],
                "a2": [[5, 15, "NOMINAL", "The gunman", None, False, False, None]],
                "a3": [[0, 10, "NOMINAL", "the gunman", None, False, False, None]],
                "a4": [[7, 17, "NOMINAL", "the gunman", None, False, False, None]]}
    _, index = resolve(mentions, stories={"a1": 0, "a2": 0, "a3": 1, "a4": 1})  # two shootings
    assert index[("a1", 0, 10)] == index[("a2", 5, 15)] != index[("a3", 0, 10)] == index[("a4", 7, 17)]


def test_a_description_tied_to_a_name_in_one_article_names_it_in_another_that_names_him():
    mentions = {"a1": [[0, 8, "PERSON", "John Roe"], [10, 19, "NOMINAL", "the pilot", 0, True, False, None]],
                "a2": [[0, 8, "PERSON", "Ann Lee"], [10, 19, "NOMINAL", "the pilot", 0, True, False, None]],
                "a3": [[0, 3, "PERSON", "Roe"], [10, 19, "NOMINAL", "The pilot", None, False, False, None],
                       [30, 32, "PRONOUN", "he", 1, False, False, None]],
                "a4": [[10, 19, "NOMINAL", "the pilot", None, False, False, None]]}
    entities, index = resolve(mentions)
    roe = next(e for e in entities if e.name == "John Roe")
    assert sorted((m.article, m.text, m.kind) for m in roe.mentions) == [
        ("a1", "John Roe", "name"), ("a1", "the pilot", "nominal"), ("a3", "Roe", "name"),
        ("a3", "The pilot", "nominal"), ("a3", "he", "pronoun")]
    assert ("a4", 10, 19) not in index  # an article naming neither pilot: which one is not known


def test_a_description_of_another_rank_does_not_take_the_noun_its_article_ties_to_a_name():
    text = ("President Donald Trump fired Michael Flynn in February. The president said Flynn had lied to the vice "
            "president about his calls.\n")
    comparison = analyse([article(text)], use_cache=False)
    assert set(kinds(entity_with(comparison, "Donald Trump"))) == {"Donald Trump", "The president"}


@pytest.mark.parametrize("description, noun", [("the vice president", "vice president"),
                                               ("the former president", "former president"),
                                               ("a former employee", "employee"), ("The president", "president")])
def test_a_descriptions_noun_across_articles_keeps_a_rank_and_a_past_title(description, noun):
    from newsview.analysis.entities import _head

    assert _head(description) == noun


def test_a_missed_proper_noun_counts_where_it_repeats():
    mentions = {"a1": [[0, 5, "PROPN", "Colts"], [20, 39, "ORG", "Indianapolis Colts"]],
                "a2": [[0, 5, "PROPN", "Colts"], [10, 16, "PROPN", "Zephyr"]]}
    entities, index = resolve(mentions)
    assert index[("a1", 0, 5)] == index[("a2", 0, 5)] == index[("a1", 20, 39)]
    assert ("a2", 10, 16) not in index  # said once and nowhere named: not an entity


def test_a_copular_predicate_names_its_subject():
    a = article("Helen Marsh is the new harbour master. The harbour master said the port would reopen.\n")
    comparison = analyse([a], use_cache=False)
    marsh = entity_with(comparison, "Helen Marsh")
    assert {"the new harbour master", "The harbour master"} <= set(kinds(marsh))


def test_a_lone_given_name_does_not_join_a_long_run_the_tagger_took_for_a_name():
    mentions = {"a1": [[0, 26, "PERSON", "Rovers FC striker Tom Vale"], [40, 46, "PERSON", "Rovers"]]}
    _, index = resolve(mentions)
    assert index[("a1", 0, 26)] != index[("a1", 40, 46)]


def test_a_description_written_as_a_name_joins_that_name():
    mentions = {"a1": [[0, 7, "ORG", "Rangers"]],
                "a2": [[0, 7, "NOMINAL", "Rangers", None, False, False, None],
                       [20, 24, "PRONOUN", "they", 0, False, False, None]]}
    (rangers,), _ = resolve(mentions)
    assert rangers.counts() == {"a1": 1, "a2": 2}


def test_a_gendered_description_joins_the_one_person_of_that_sex_its_article_names():
    mentions = {"a1": [[0, 9, "PERSON", "Dana Holt"], [12, 15, "PRONOUN", "She", 0, False, False, None],
                       [20, 27, "NOMINAL", "a woman", None, False, False, None], [30, 38, "PERSON", "Tom Reed"],
                       [40, 42, "PRONOUN", "he", 3, False, False, None],
                       [50, 55, "NOMINAL", "a man", None, False, False, None],
                       [60, 68, "PERSON", "Sam Ward"], [70, 72, "PRONOUN", "he", 6, False, False, None]],
                "a2": [[0, 3, "PRONOUN", "She", None, False, False, None], [10, 14, "PERSON", "Holt"]]}
    _, index = resolve(mentions)
    assert index[("a1", 20, 27)] == index[("a1", 0, 9)]
    assert index[("a2", 0, 3)] == index[("a1", 0, 9)]  # an opening "She" where the article names one woman
    assert index.get(("a1", 50, 55)) not in (index[("a1", 30, 38)], index[("a1", 60, 68)])  # two men: which?


def test_a_pronoun_inside_a_hyphenated_word_is_no_pronoun():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import load_model

    text = "Microsoft released a Fix-It tool on Monday. It said the tool helps."
    pronouns = [m[3] for m in analyse_document(text, [(0, load_model("en_core_web_sm")(text))])["mentions"] if m[2] == "PRONOUN"]
    assert pronouns == ["It"]


def test_a_hyphenated_noun_is_one_description_and_a_word_joined_to_a_name_is_no_part_of_one():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import load_model

    text = ("E-mails released by the White House on Wednesday revealed an even more pointed e-mail from the "
            "spokeswoman. The Atlanta-based company did not seek re-election to the board.\n")
    nominal = [m[3] for m in analyse_document(text, [(0, load_model("en_core_web_sm")(text))])["mentions"]
               if m[2] == "NOMINAL"]
    assert {"E-mails", "an even more pointed e-mail", "company", "re-election"} <= set(nominal)
    assert not {"e", "E", "mails", "mail", "re", "based company"} & set(nominal)


def test_a_measure_of_what_its_of_phrase_names_is_no_description():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import load_model

    text = ("Officials said a number of government agencies, not just the State Department, changed the talking "
            "points as part of a review. The rest of the report was released on Friday.\n")
    nominal = [m[3] for m in analyse_document(text, [(0, load_model("en_core_web_sm")(text))])["mentions"]
               if m[2] == "NOMINAL"]
    assert "government agencies" in nominal and "the report" in nominal
    assert not {"a number", "part", "The rest"} & set(nominal)


def test_a_noun_capitalised_in_a_headline_is_a_description_when_the_article_writes_it_in_lower_case():
    text = ("Praise For Pilot After Storm Landing\n"
            "The pilot, Dana Wirth, landed a crippled plane in a storm on Monday, and she was praised.\n")
    a = article(text)
    comparison = analyse([a], use_cache=False)
    wirth = entity_with(comparison, "Dana Wirth")
    assert {"Pilot", "The pilot"} <= set(kinds(wirth))


def test_a_description_a_name_modifies_is_not_the_nearest_thing_of_its_kind():
    text = "Northgate Media reported the news on Monday. The Obama team declined to comment.\n"
    a = article(text)
    comparison = analyse([a], use_cache=False)
    assert "team" not in kinds(entity_with(comparison, "Northgate Media"))


def test_a_common_noun_in_capitals_is_a_description_not_a_name():
    text = "A PILOT was praised on Monday. The pilot, Dana Wirth, landed a crippled plane, and she smiled.\n"
    comparison = analyse([article(text)], use_cache=False)
    assert kinds(entity_with(comparison, "Dana Wirth"))["A PILOT"] == "nominal"


def test_a_headline_noun_tied_to_a_name_by_the_parse_does_not_tell_other_articles_what_the_noun_means():
    from newsview.analysis.nlp import load_model
    from newsview.analysis.references import references_of

    text = "Interior, Commerce Departments Overturn Rule That Cut Science\nThe rule was issued in May.\n"
    rows, _ = references_of(text, [(0, load_model("en_core_web_sm")(text))], [[0, 8, "ORG", "Interior"]], [])
    assert not any(row[5] for row in rows if row[3].endswith("Rule"))


def _sexes(text: str, names: list[str]) -> list:
    """The stated sex of each name's mention, in order of the names as the text writes them."""
    from newsview.analysis.references import stated_sexes

    mentions, at = [], 0
    for name in names:
        at = text.index(name, at)
        mentions.append([at, at + len(name), "PERSON", name])
        at += len(name)
    sexes = stated_sexes(text, mentions)
    return [sexes.get((m[0], m[1])) for m in mentions]


def test_a_persons_sex_is_the_one_stated_at_the_mention_else_for_the_name():
    text = "Mr. Omar Haddad and his wife Layla Haddad came. Haddad spoke first. Omar Haddad stayed."
    # a bare surname that a man and a woman of the article share tells neither
    assert _sexes(text, ["Omar Haddad", "Layla Haddad", "Haddad", "Omar Haddad"]) == ["m", "f", None, "m"]
    text = "Bill Haddad and his wife came. Mrs. Haddad spoke first. Bill Haddad stayed."
    # a title says the sex of its mention, whatever other people of that surname are
    assert _sexes(text, ["Bill Haddad", "Haddad", "Bill Haddad"]) == [None, "f", None]
    text = "Omar Haddad was sentenced. Haddad wept. His wife, Layla Haddad, wrote to the court."
    # a bare surname is not the one woman of it the article states, where it names a man of unknown sex too
    assert _sexes(text, ["Omar Haddad", "Haddad", "Layla Haddad"]) == [None, None, "f"]


def test_a_pronoun_stands_for_the_person_whose_title_gives_its_sex_over_a_subject_of_unknown_sex():
    text = "Omar Haddad greeted Mrs. Dana Wirth on Monday. She praised the new clinic.\n"
    comparison = analyse([article(text)], use_cache=False)
    assert "She" in kinds(entity_with(comparison, "Dana Wirth"))


def test_two_people_of_one_surname_keep_their_own_sex():
    a = article("Senator Paul Marsh arrived late with his wife Ellen Marsh. She waved and he smiled at the crowd.\n")
    comparison = analyse([a], use_cache=False)
    assert "he" in kinds(entity_with(comparison, "Paul Marsh"))
    assert "he" not in kinds(entity_with(comparison, "Ellen Marsh"))


def test_a_city_that_acts_is_its_team_and_a_person_one_goes_into_is_the_place():
    a = article("The Omaha Comets beat the Denver Rivals 20-13 on Sunday, and the Denver Rivals fell to 2-14. "
                "Denver lost to Toledo a week ago. Fans in Denver were angry.\n\n"
                "Marla Quentin checked into the Ida Brandt Center on Monday. She stayed at Ida Brandt for a month. "
                "The Ida Brandt Center said she was well. Ida Brandt founded it in 1982.\n")
    comparison = analyse([a], use_cache=False)
    team = entity_with(comparison, "Denver Rivals")
    assert [a.text[m.end:m.end + 5] for m in team.mentions if m.text == "Denver"] == [" lost"]
    centre = entity_with(comparison, "Ida Brandt Center")
    assert [a.text[m.start - 3:m.start] for m in centre.mentions if m.text == "Ida Brandt"] == ["at "]


def test_a_city_that_acts_is_the_team_another_article_names_after_it():
    first = article("The Omaha Comets beat the Denver Rivals 20-13 on Sunday.\n")
    second = article("Denver lost to Toledo a week ago. Fans in Denver were angry. Russia rejected the plan.\n")
    comparison = analyse([first, second], use_cache=False)
    team = entity_with(comparison, "Denver Rivals")
    assert team.type == "ORG" and entity_with(comparison, "Russia").type == "GPE"
    assert [second.text[m.end:m.end + 5] for m in team.mentions if m.article == second.id] == [" lost"]


def test_a_place_that_acts_is_no_team_of_a_name_in_lower_case_words_but_a_body_is_the_name_it_heads():
    text = ("Turkmenistan held a parliamentary election on Sunday. Tadzhigul Begmedova, director of the "
            "Turkmenistan Helsinki Foundation for Human Rights, said little would change.\n")
    comparison = analyse([article(text)], use_cache=False)
    country = entity_with(comparison, "Turkmenistan")
    assert country.name == "Turkmenistan" and country.type == "GPE"
    assert "Turkmenistan Helsinki Foundation for Human Rights" not in country.aliases
    text = ("Members of the House of Representatives debated the resolution for several hours on Monday. The House "
            "voted 396-9 to reaffirm the motto.\n")
    comparison = analyse([article(text)], use_cache=False)
    assert entity_with(comparison, "House") is entity_with(comparison, "House of Representatives")


def test_who_after_an_organisation_apposed_to_a_person_is_the_person():
    text = ("W. Mark Felt, the former FBI second-in-command who revealed himself as the source, has died. "
            "He was 95.\n")
    comparison = analyse([article(text)], use_cache=False)
    felt = entity_with(comparison, "W. Mark Felt")
    assert {"who", "himself", "He"} <= set(kinds(felt))
    assert not {"who", "himself", "He"} & set(kinds(entity_with(comparison, "FBI")))


def test_a_noun_in_a_title_case_headline_is_not_set_beside_the_name_before_it():
    text = "New Zealand: British Climber Killed In Fall\n\nA climber died on Mount Cook in New Zealand on Sunday.\n"
    comparison = analyse([article(text)], use_cache=False)
    assert "Climber" not in kinds(entity_with(comparison, "New Zealand"))


def test_a_plural_description_set_beside_two_people_stands_for_neither():
    text = "Two reporters, Bob Woodward and Carl Bernstein, broke the story. Bob Woodward, a reporter, wrote it up.\n"
    comparison = analyse([article(text)], use_cache=False)
    woodward = kinds(entity_with(comparison, "Bob Woodward"))
    assert "a reporter" in woodward and "reporters" not in woodward


def _link_of(text: str, word: str):
    """The text of the mention the first reference written `word` is linked to (None if it is linked to none)."""
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    (pieces,) = parse([text], "en_core_web_sm")
    rows = analyse_document(text, pieces)["mentions"]
    row = next(m for m in rows if m[3] == word and m[2] in ("NOMINAL", "PRONOUN"))
    return rows[row[4]][3] if row[4] is not None else None


def test_who_of_a_woman_is_no_antecedent_of_he():
    text = ("The famous party girl, who makes headlines for her wild antics, checked into a clinic in Malibu, her "
            "publicist confirmed.\nHe did not say what Dana Quill was treated for.\n")
    assert _link_of(text, "He") is None


def test_a_quantifier_and_a_greeting_describe_no_one():
    comparison = analyse([article(
        "Tara Quill entered a clinic on Monday. Best decision ever.\nGood luck, Tara.\n"
        "Quill, 33, with a reputation as one who parties hard, none more so than when she was seen in Paris.\n")],
        use_cache=False)
    assert not {"none", "Good luck"} & set(kinds(entity_with(comparison, "Tara Quill")))


def test_a_headlines_bare_noun_stands_for_whom_the_running_text_calls_so():
    assert _link_of("Veteran Actress Dies At 91\nThe actress Greta Lind died on Monday in Oslo, her family said.\n",
                    "Veteran Actress") == "Greta Lind"
    text = "Fire Destroys Old Mill\nA fire destroyed the old mill in Hexham on Monday. The fire began at night.\n"
    assert _link_of(text, "Fire") == "A fire" and _link_of(text, "The fire") == "A fire"


def test_a_land_whose_office_a_description_names_is_part_of_that_one_mention():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    text = ("The French foreign minister met Dana Wirth on Monday. The board asked Wirth to be U.S. surgeon general. "
            "A Perth man was hurt.\n")
    (pieces,) = parse([text], "en_core_web_sm")
    rows = analyse_document(text, pieces)["mentions"]
    found = {m[3]: m[2] for m in rows}
    assert found.get("French foreign minister") == "NOMINAL" and found.get("U.S. surgeon general") == "NOMINAL"
    assert "Perth" in found and "Perth man" not in found  # a place by any other noun is the place
    named = [m[3] for m in rows if m[2] in ("GPE", "NORP")]
    assert "French" not in named and "U.S." not in named


def test_an_office_of_a_land_is_one_name_and_the_office_however_the_land_is_written():
    comparison = analyse([article("Regina Mott was nominated for Surgeon General of the United States on Monday.\n"),
                          article("Obama picked Regina Mott as U.S. Surgeon General on Monday.\n")], use_cache=False)
    office = entity_with(comparison, "Surgeon General of the United States")
    assert "U.S. Surgeon General" in kinds(office)
    assert not any(m.text in ("United States", "the United States") for e in comparison.entities for m in e.mentions)


def test_a_name_the_tagger_mostly_calls_a_group_that_its_articles_call_he_is_a_person():
    comparison = analyse([
        article("TAVERNIER SIGNS WITH ROVERS\nTavernier signed with the Rovers on Monday. He said he was glad. "
                "His agent agreed with him.\n"),
        article("Rovers land Tavernier\nThe Rovers signed Marco Tavernier on Monday. Tavernier said it was his dream.\n")],
        use_cache=False)
    player = entity_with(comparison, "Marco Tavernier")
    assert player.type == "PERSON" and {"He", "him"} <= set(kinds(player))
    assert entity_with(comparison, "Rovers").type == "ORG"


@pytest.mark.parametrize("text, she", [
    ("Producer Dale Hobbs praised the actress.\n“Tara was very professional,” he told reporters.\n", None),
    ("Dale Hobbs met Tara Quill. \"Tara was great,\" he said.\n", None),
    ("Dale Hobbs met Tara Quill. ''Tara was great,'' he said.\n", None),  # an archive's doubled apostrophes
    ("Tara Quill smiled. Tara said “I am fine,” and she left.\n", "Tara"),
])
def test_a_subject_after_a_quote_is_not_one_named_inside_it(text, she):
    if she is None:
        assert _link_of(text, "he") == "Dale Hobbs"
    else:
        assert _link_of(text, "she") == she


def test_a_headlines_bare_noun_two_articles_say_of_people_is_the_one_its_story_is_about():
    first = article("Police Say Climber Fell\n\nA climber fell from the peak on Sunday, police said. Pete Arlow, 41, "
                    "was found by his friend Tom Reese. Arlow had climbed the peak twice.\n")
    second = article("Jo Vance, a climber from Leeds, said the peak was dangerous. Vance said she had warned others.\n")
    third = article("Sam Oduya, a climber who knew the peak, called for a new path.\n")
    comparison = analyse([first, second, third], use_cache=False)
    assert {"Climber", "A climber"} <= set(entity_with(comparison, "Pete Arlow").aliases)
    alone = analyse([first, second], use_cache=False)  # one article alone says a climber is a person
    assert "Climber" not in entity_with(alone, "Pete Arlow").aliases


def test_the_party_is_no_family_and_the_company_is_the_firm_named_before_it():
    a = article("The Marlowe family dispute mirrors a wider split among Republicans. Some in the party believe they are "
                "losing voters. Acme Corp said on Monday that the company would grow.\n")
    comparison = analyse([a], use_cache=False)
    assert "the party" not in entity_with(comparison, "Marlowe family").aliases
    assert "the company" in entity_with(comparison, "Acme Corp").aliases


def test_a_description_set_beside_a_place_is_the_place_only_by_a_noun_for_a_place():
    a = article("Marla Quentin entered the Ida Brandt Center in Lakeview, Ohio, the same facility that once treated "
                "her sister. Her brother lives in Dunmore, a small town near the lake.\n")
    comparison = analyse([a], use_cache=False)
    places = [e for e in comparison.entities if e.type == "GPE"]
    assert not any("the same facility" in e.aliases for e in places)
    assert "a small town" in entity_with(comparison, "Dunmore").aliases


def test_a_description_no_name_in_its_article_answers_is_the_one_its_story_says_it_of():
    named = [article("Rolf Danner, a smuggler from Kent, was arrested at the port on Monday. Danner denied it.\n"),
             article("Police held Rolf Danner on Monday. The smuggler had hidden cigarettes in a van.\n")]
    unnamed = article("A smuggler was arrested at the port on Monday with cigarettes in a van.\n")
    comparison = analyse([*named, unnamed], use_cache=False)
    assert "A smuggler" in entity_with(comparison, "Rolf Danner").aliases
    rival = article("Ines Moray, a smuggler from Dover, was also held. Moray said nothing.\n")
    comparison = analyse([*named, rival, unnamed], use_cache=False)  # the story says it of two: of neither
    assert "A smuggler" not in entity_with(comparison, "Rolf Danner").aliases


def test_a_medium_set_beside_a_person_by_the_parse_is_not_the_person():
    a = article("Talking to Harbor magazine, Lev Ostrander, the singer's agent, confirmed the news. Ostrander told the "
                "magazine she was well.\n")
    aliases = entity_with(analyse([a], use_cache=False), "Lev Ostrander").aliases
    assert "agent" in aliases and not {"magazine", "the magazine"} & set(aliases)


def test_a_headlines_capitalised_noun_the_parse_left_out_is_the_person_the_running_text_calls_so():
    first = article("Actress Greta Lind Dies at 91\nGreta Lind died on Monday in Oslo, her family said. Lind had made "
                    "films for decades. The actress was 91.\n")
    second = article("Greta Lind, the actress who swam in films, has died. The actress was 91.\n")
    comparison = analyse([first, second], use_cache=False)
    assert "Actress" in entity_with(comparison, "Greta Lind").aliases
    assert not any("Dies" in alias for e in comparison.entities for alias in e.aliases)
    alone = analyse([first, article("Greta Lind has died in Oslo. Lind was 91.\n")], use_cache=False)
    assert "Actress" not in entity_with(alone, "Greta Lind").aliases  # one article alone says it of a person


def test_an_office_named_for_what_someone_runs_for_is_no_one_and_a_vice_president_is_not_the_president():
    text = ("President Tom Ruddock said his Democratic opponent for president, Ella Marsh, had misled the bureau.\n\n"
            "As he left for Utah, the president said he felt badly for the adviser, who had lied to the vice "
            "president about the talks.\n")
    assert _link_of(text, "president") is None  # "for president": the office
    assert _link_of(text, "the president") == "Tom Ruddock"
    assert _link_of(text, "the vice president") is None


def test_a_role_before_a_name_after_a_preposition_is_that_person():
    text = "Rewards totaling $30, 000 are offered for information leading to Texas prison escapee Meadow Joseph " \
           "Comeaux Jr.\n"  # parsed as "escapee" with the name set beside it
    assert _link_of(text, "prison escapee") == "Meadow Joseph Comeaux Jr."


def test_the_committee_is_the_body_named_a_committee_not_the_nearest_organisation():
    text = ("The Senate Finance Committee said in May that Halvorsen Freight was under review. That committee "
            "said it would wait for the Justice Department.\n")
    assert _link_of(text, "That committee") == "Senate Finance Committee"


def test_the_president_is_no_one_titled_with_another_seat_and_the_congressman_is_the_one_titled_so():
    text = ("“We will not back down,” said Representative Nora Vance, Democrat of Ohio. The bill takes aim at the "
            "president.\n\n"
            "Rep. Hal Dreyer spoke to Wade Pruitt, the White House counsel, who said the congressman had asked "
            "for nothing.\n")
    assert _link_of(text, "the president") is None
    assert _link_of(text, "the congressman") == "Hal Dreyer"


def test_someones_description_is_neither_its_owner_nor_the_one_person_of_its_sex():
    mentions = {"a1": [[0, 9, "PERSON", "Tom Reed"], [12, 14, "PRONOUN", "He", 0, False, False, None],
                       [20, 29, "NOMINAL", "spokesman", None, False, True, None],  # "a Reed spokesman"
                       [40, 46, "NOMINAL", "father", None, False, True, None],  # "his father"
                       [50, 55, "NOMINAL", "a man", None, False, False, None]]}
    _, index = resolve(mentions)
    reed = index[("a1", 0, 9)]
    assert index.get(("a1", 20, 29)) != reed and index.get(("a1", 40, 46)) != reed
    assert index[("a1", 50, 55)] == reed  # not someone's: the one man the article names


def test_a_description_of_no_one_in_particular_is_no_mention_nor_what_a_later_one_stands_for():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    text = ("Mayor Ann Lodge spoke on Monday. Critics said no other mayor had acted, and that any other president "
            "would have resigned. Every senior official agreed with the mayor.\n")
    (pieces,) = parse([text], "en_core_web_sm")
    described = {m[3] for m in analyse_document(text, pieces)["mentions"] if m[2] == "NOMINAL"}
    assert "the mayor" in described
    assert not described & {"no other mayor", "any other president", "Every senior official"}
    assert _link_of(text, "the mayor") == "Ann Lodge"


def test_what_a_non_word_says_someone_is_not_describes_no_one():
    comparison = analyse([article("Sen. Chuck Brassley, who owns a farm, notes that he is the only non-lawyer on the "
                                  "panel.\n\nTom Braden worked as a lawyer before he was elected.\n")], use_cache=False)
    assert not {"lawyer", "a lawyer"} & set(kinds(entity_with(comparison, "Chuck Brassley")))


def _hand_parsed(words: list[str], **parse):
    """A Doc parsed as given: the model parses an invented sentence its own way, not as it slipped on a real one."""
    from spacy.tokens import Doc
    from newsview.analysis.nlp import load_model

    return Doc(load_model("en_core_web_sm").vocab, words=words, lemmas=[w.lower() for w in words], **parse)


def _mentions_of(doc) -> list[list]:
    from newsview.analysis.document import analyse_document

    return analyse_document(doc.text, [(0, doc)])["mentions"]


def test_an_apposition_is_set_beside_its_head_and_not_across_a_verb_a_parse_slipped_over():
    from newsview.analysis.references import _apposed

    words = ["Trask", "had", "said", "Molloy", "--", "the", "first", "official", ",", "Ann", "Roe", "of", "Ohio", ",",
             "the", "mayor"]
    heads = [2, 2, 2, 2, 2, 7, 7, 0, 7, 10, 2, 10, 11, 10, 15, 10]  # "official" set beside "Trask", as a parse slipped
    deps = ["nsubj", "aux", "ROOT", "ccomp", "punct", "det", "amod", "appos", "punct", "compound", "dobj", "prep",
            "pobj", "punct", "det", "appos"]
    doc = _hand_parsed(words, heads=heads, deps=deps)
    assert not _apposed(doc[7])  # "Trask had said Molloy -- the first official"
    assert _apposed(doc[15])  # "Ann Roe of Ohio, the mayor": what modifies the name may come between


def test_what_a_colon_opens_is_set_beside_nothing():
    from newsview.analysis.references import _apposed

    words = ["First", "came", "the", "shooting", ":", "an", "armed", "teenager", "killed", "by", "police"]
    doc = _hand_parsed(words, heads=[1, 1, 3, 1, 3, 7, 7, 3, 7, 8, 9],  # the colon hangs on "shooting", as parsed
                       deps=["advmod", "ROOT", "det", "nsubj", "punct", "det", "amod", "appos", "acl", "agent", "pobj"])
    assert not _apposed(doc[7])


def test_a_name_set_off_by_commas_after_a_description_is_set_beside_it_though_parsed_as_an_adverb():
    words = ["Officers", "shot", "the", "teenager", ",", "Kimani", "Gray", ",", "at", "dawn", ".",
             "Police", "surrounded", "the", "house", ",", "Const", ".", "Ada", "Roe", "said", "."]
    rows = _mentions_of(_hand_parsed(
        words, spaces=[i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))],
        heads=[1, 1, 3, 1, 1, 6, 1, 1, 1, 8, 1, 12, 20, 14, 12, 12, 12, 12, 19, 20, 20, 20],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "compound", "npadvmod", "punct", "prep", "pobj", "punct",
              "nsubj", "ccomp", "det", "dobj", "punct", "npadvmod", "punct", "compound", "nsubj", "ROOT", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "NOUN", "PUNCT", "NOUN", "VERB",
             "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "DT", "NN", ",", "NNP", "NNP", ",", "IN", "NN", ".", "NN", "VBD", "DT", "NN", ",", "NNP",
              ".", "NNP", "NNP", "VBD", "."],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O",
              "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]))

    def link(text: str):
        row = next(m for m in rows if m[3] == text)
        return rows[row[4]][3] if row[4] is not None else None

    assert link("the teenager") == "Kimani Gray"
    assert link("the house") is None  # "Const." goes on: "Ada Roe said"


def test_a_surname_the_tagger_took_for_a_common_noun_at_a_sentences_start_is_the_name_still():
    # "defense: Trump isn't guilty because he is the president", "Trump" a noun, and no name, as tagged
    words = ["Dowd", "defended", "Ann", "Trump", "and", "Ed", "Park", ".",
             "Trump", "is", "innocent", "because", "he", "is", "the", "president", ".",
             "Park", "is", "a", "park", "."]
    doc = _hand_parsed(
        words, spaces=[i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))],
        heads=[1, 1, 3, 1, 3, 6, 3, 1, 9, 9, 9, 13, 13, 9, 15, 13, 9, 18, 18, 20, 18, 18],
        deps=["nsubj", "ROOT", "compound", "dobj", "cc", "compound", "conj", "punct", "nsubj", "ROOT", "acomp",
              "mark", "nsubj", "advcl", "det", "attr", "punct", "nsubj", "ROOT", "det", "attr", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "NOUN", "AUX", "ADJ", "SCONJ",
             "PRON", "AUX", "DET", "NOUN", "PUNCT", "NOUN", "AUX", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "NNP", "CC", "NNP", "NNP", ".", "NN", "VBZ", "JJ", "IN", "PRP", "VBZ", "DT", "NN",
              ".", "NN", "VBZ", "DT", "NN", "."],
        ents=["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"] + ["O"] * 14)
    rows = _mentions_of(doc)
    trump, park = doc[8].idx, doc[17].idx
    named = {m[0]: m for m in rows if m[2] not in ("NOMINAL", "PRONOUN")}
    assert named[trump][3] == "Trump"
    he = next(m for m in rows if m[3] == "he")
    assert rows[he[4]][0] == trump  # not Dowd, whom "Trump" taken for a noun had left the nearest person
    assert park not in named  # "park" is a common noun of the article


def test_another_lands_office_is_not_the_nearest_person():
    text = ("Senator Lee Varga met reporters on Monday. He said he had spoken with the Russian ambassador about the "
            "talks. The ambassador did not reply.\n")
    assert _link_of(text, "Russian ambassador") is None
    assert _link_of(text, "The ambassador") == "Russian ambassador"


def test_the_party_and_the_government_are_only_bodies_named_so():
    text = ("The House voted on Tuesday, and the party said it would try again. The government has not replied. "
            "The Labour Party said the party was ready.\n")
    assert _link_of(text, "the party") is None
    assert _link_of(text, "The government") is None


def test_a_description_a_name_tells_apart_is_not_the_one_before_with_the_same_noun():
    text = ("Hal Brandt won in Nevada on Saturday. The Vermont senator said he would go on.\n\n"
            "Tom Delgado came third in the state. The Florida senator said he was pleased.\n")
    assert _link_of(text, "Vermont senator") == "Hal Brandt"
    assert _link_of(text, "Florida senator") == "Tom Delgado"


def test_the_seat_is_the_holder_the_article_names_most_and_no_former_holder():
    text = ("Gov. Ada Merrow signed the bill on Friday. Merrow said the law was needed, and Merrow said she would "
            "not veto it. Critics recalled the tenure of Gov. Lyle Banning. The governor said she would wait.\n\n"
            "Former President Lou Haskett met Sestak. President Omar Tull was not there, and Tull did not call. "
            "Haskett left before the president spoke.\n")
    assert _link_of(text, "The governor") == "Ada Merrow"
    assert _link_of(text, "the president") == "Omar Tull"


def test_a_thing_a_parse_sets_beside_a_person_is_no_role_of_theirs():
    # "They sent Tom Ryle, a letter. The Harwood letter says that Ryle erred.": "a letter" set beside Ryle, as a
    # parse of "sent Ryan, R-Wis., a letter" slipped
    words = ["They", "sent", "Tom", "Ryle", ",", "a", "letter", ".", "The", "Harwood", "letter", "says", "that",
             "Ryle", "erred", "."]
    rows = _mentions_of(_hand_parsed(
              words, spaces=[w not in ("Ryle", "letter", "erred", ".") for w in words],
              heads=[1, 1, 3, 1, 3, 6, 3, 1, 10, 10, 11, 11, 14, 14, 11, 11],
              deps=["nsubj", "ROOT", "compound", "dative", "punct", "det", "appos", "punct", "det", "compound",
                    "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
              pos=["PRON", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "DET", "PROPN", "NOUN", "VERB",
                   "SCONJ", "PROPN", "VERB", "PUNCT"],
              tags=["PRP", "VBD", "NNP", "NNP", ",", "DT", "NN", ".", "DT", "NNP", "NN", "VBZ", "IN", "NNP", "VBD",
                    "."],
              ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-PERSON", "O",
                    "O"]))
    letters = [m for m in rows if m[3] in ("a letter", "letter")]
    assert len(letters) == 2 and not any(m[4] is not None and rows[m[4]][2] == "PERSON" for m in letters)


def test_a_headlines_capitalised_noun_set_beside_a_name_is_no_role_of_theirs():
    # "Poll: Dale Hobbs Wins Ohio", the name parsed as set beside "Poll", as in "Poll: Bernie Sanders Burns Hillary"
    words = ["Poll", ":", "Dale", "Hobbs", "Wins", "Ohio", "\n\n", "The", "poll", "found", "it", "."]
    rows = _mentions_of(_hand_parsed(
              words, spaces=[False, True, True, True, True, False, False, True, True, True, False, False],
              heads=[0, 0, 3, 0, 0, 4, 5, 8, 9, 9, 9, 9],
              deps=["ROOT", "punct", "compound", "appos", "acl", "dobj", "dep", "det", "nsubj", "ROOT", "dobj",
                    "punct"],
              pos=["NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "SPACE", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
              tags=["NN", ":", "NNP", "NNP", "VBZ", "NNP", "_SP", "DT", "NN", "VBD", "PRP", "."],
              ents=["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]))
    assert next(m for m in rows if m[3] == "The poll")[4] is None


def _ends_of(text: str, word: str) -> list:
    """The name each reference written `word` comes down to through its links (None where it is linked to none)."""
    from newsview.analysis.document import analyse_document
    from newsview.analysis.entities import end_of_chain
    from newsview.analysis.nlp import parse

    (pieces,) = parse([text], "en_core_web_sm")
    rows = analyse_document(text, pieces)["mentions"]
    return [end_of_chain(rows, m[4])[3] if m[4] is not None else None
            for m in rows if m[3] == word and m[2] in ("NOMINAL", "PRONOUN")]


def test_someones_relative_is_never_themselves_and_a_relative_the_text_names_stays_named():
    text = ("Mary Quill, the younger sister of Liz Quill, wrote on Friday that her sister was wrong about the plan. "
            "Earlier on Friday, Liz Quill revealed her position in a statement. "
            "The statement did little to placate her sister.")
    # her own clause's subject is whom "her" stands for, though Mary's sex is known and Liz's is not
    assert _ends_of(text, "her") == ["Mary Quill", "Liz Quill", "Liz Quill"]
    assert _ends_of(text, "sister") == [None, "Mary Quill"]  # Mary's sister is not Mary; Liz's is


def test_someones_description_left_unlinked_joins_no_entity_it_is_of():
    """"sister" is said of Mary, but "her sister", of Mary, is not Mary; "his daughter" of another man may be."""
    text = ("Mary Quill, the younger sister of Liz Quill, criticised her sister's stance on Friday. "
            "Mary Quill wrote that she loved her sister.")
    comparison = analyse([article(text)], use_cache=False)
    mary = kinds(entity_with(comparison, "Mary Quill"))
    assert "the younger sister" in mary and "sister" not in mary
    text = ("Ann Roe, the daughter of Jon Roe, spoke on Monday. Bo Lee said his daughter had met her.")
    comparison = analyse([article(text)], use_cache=False)
    assert "daughter" in kinds(entity_with(comparison, "Ann Roe"))


def test_a_company_is_no_legislature():
    text = "The Senate voted on the bill on Monday. Hours later, the company said that it would appeal the vote."
    assert _link_of(text, "the company") is None
