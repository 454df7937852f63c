"""One article's mentions: names in a title-case headline cut where the name ends.

Short texts of our own; the spaCy model is loaded once per process.
"""

from __future__ import annotations

import pytest


def headline_names(text: str) -> list[str]:
    """The named mentions of the text's first line."""
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    (pieces,) = parse([text], "en_core_web_sm")
    first_line = text.index("\n")
    return [m[3] for m in analyse_document(text, pieces)["mentions"] if m[1] <= first_line and len(m) == 4]


@pytest.mark.parametrize("text, name", [
    # the article names the person elsewhere by surname only
    ("Marla Quentin Checks Into Clinic Again\n\n"
     "The actress entered a clinic on Monday, her lawyer said. Quentin had been ordered to go.\n", "Marla Quentin"),
    # never named elsewhere: the name ends where the word the parse takes for a verb begins
    ("Senator Dana Wirth Backs Farm Subsidy Plan\n\n"
     "The senator said on Monday that farmers needed help.\n", "Dana Wirth"),
])
def test_a_headline_name_that_runs_into_a_verb_is_cut_to_the_name(text, name):
    assert name in headline_names(text)
    assert not any(found.startswith(name + " ") for found in headline_names(text))


def test_a_headline_name_is_not_cut_inside_a_hyphenated_word():
    from newsview.analysis.document import _before_verb
    from newsview.analysis.nlp import load_model

    text = "Roe-Backed Groups Target Voters\n\nThe groups spent heavily.\n"
    doc = load_model("en_core_web_sm")(text)
    mention = [0, 18, "ORG", text[:18]]
    assert _before_verb(mention, [(0, doc)]) in (18, len("Roe-Backed "))  # at a word's start, or not at all


def test_a_headline_name_followed_by_a_quoted_title_is_read_whole():
    text = ("Dana Wirth 'Open Water' Negotiations Reportedly Continue\nPosted: 04 / 9 / 2012 8:33 am\n"
            "Dana Wirth has not left \"The River Games.\"\nAccording to the paper, Wirth will return to direct.\n")
    assert "Dana Wirth" in headline_names(text)  # the tagger's run ends in a blank: it broke the headline cut


@pytest.mark.parametrize("line, titled", [
    ("Jane Roe Quits Club After Ten Years", True),
    ("COLTS TOP CHIEFS, 20-13, REACH PLAYOFFS", True),
    ("Battle Over Medicare Savings Intensifies Between Obama and Paul Ryan", True),
    ("The Hartford Comets beat the Dayton Rivals 20-13 on Sunday.", False),  # many names, but a sentence
    ("Trump calls Flynn treatment 'unfair,' claims Clinton 'lied many times' with impunity", False),
])
def test_title_case_is_told_from_a_sentence_full_of_names(line, titled):
    from newsview.analysis.casing import title_case

    assert title_case(line) is titled


@pytest.mark.parametrize("text, line", [
    # a word the running text writes in lower case (or inflected otherwise: "Shoots" of "shot" is not, "Dies"
    # of "died" is) goes in lower case; the first word keeps its capital
    ("Woman Shoots Co-Workers At Bakery In Dayton\n\nA woman shot two co-workers at a bakery in Dayton, police said.\n",
     "Woman Shoots co-workers at bakery in Dayton"),
    ("Swimmer And Actress Dies Aged 91\n\nEsther Quill, the swimmer and actress, died aged 91.\n",
     "Swimmer and actress dies aged 91"),
    # in capitals: a name as the text writes it, an acronym kept, a day capitalised, other words in lower case
    ("TEIXEIRA SIGNS WITH YANKEES ON FRIDAY, FBI SAYS\n\nMark Teixeira signed with the Yankees. The FBI said so.\n",
     "Teixeira signs with Yankees on Friday, FBI says"),
])
def test_a_headline_is_read_as_the_running_text_writes_its_words(text, line):
    from newsview.analysis.casing import sentence_case

    cased = sentence_case(text)
    assert cased.split("\n")[0] == line
    assert cased[len(line):] == text[len(line):]  # the running text as it was, at the same offsets


@pytest.mark.parametrize("text, found", [
    ("Driver Charged In Crash That Killed Teen\n\nA driver was charged on Monday in a crash that killed a teen in "
     "Dayton, police said. The driver, Ray Olsen, was held.\n", []),
    ("Woman Shoots Co-Workers At Kraft Plant\n\nA woman shot two co-workers at a Kraft plant in Philadelphia on "
     "Thursday, police said.\n", ["Kraft"]),
    ("Hero Brooklyn Mom Killed In Gang Shootout\n\nA Brooklyn mom was killed in a shootout between gangs on Monday, "
     "police said.\n", ["Brooklyn"]),
])
def test_a_headlines_capitals_do_not_make_common_words_names(text, found):
    assert headline_names(text) == found  # not "Driver", "Co-Workers", "Gang Shootout"


def test_a_name_in_a_headline_in_capitals_is_found():
    text = "TEIXEIRA SIGNS WITH YANKEES\n\nMark Teixeira signed with the Yankees on Tuesday. Teixeira was glad.\n"
    assert "TEIXEIRA" in headline_names(text)


def names(text: str) -> list[list]:
    """[start, end, label, text] of the named mentions of the text."""
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    (pieces,) = parse([text], "en_core_web_sm")
    return [m for m in analyse_document(text, pieces)["mentions"] if m[2] not in ("NOMINAL", "PRONOUN")]


def test_a_name_ends_without_a_stray_quote_or_blank():
    found = [m[3] for m in names("The panel agreed with Salazar ’ s decision, and Kim Dorsey ' agreed too.\n")]
    assert found and all(t == t.strip(" '’") for t in found)


def test_a_name_cut_short_before_a_number_word_is_whole():
    found = [m[3] for m in names("Russia wants to rejoin the Group of Seven major industrial nations.\n")]
    assert "Group of Seven" in found


def test_a_name_with_particles_between_hyphens_is_whole_and_a_word_joined_to_a_name_is_not_it():
    text = ("Rep. Michele Bachmann showed her support for Chick-fil-A on Wednesday, when she ate at a Chick-fil-A "
            "restaurant. The Iran-backed militia fired on a convoy.\n")
    found = [m[3] for m in names(text)]
    assert found.count("Chick-fil-A") == 2 and "Chick" not in found
    assert "Iran" in found


def test_a_number_in_words_left_once_a_dateline_is_cut_is_no_name():
    found = [m[3] for m in names("MIDWAY ATOLL - Seventy-four albatrosses were found dead on the island on Monday, "
                                 "officials said.\n")]
    assert "Monday" in found and not any("Seventy" in name for name in found)


def test_a_quoted_nickname_stays_inside_the_name():
    found = [m[3] for m in names("Vincent 'The Chin' Gigante died in prison on Monday, his lawyer said.\n")]
    assert "Vincent 'The Chin' Gigante" in found


def test_a_name_an_editors_brackets_cut_in_two_is_one_name():
    text = ('Trump said, "Now it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United '
            'States." Earlier, Qaddafi spoke.\n')
    found = [m for m in names(text) if m[2] == "PERSON"]
    assert found[0][3] == "Muammar al-Qaddafi" and text[found[0][0]:found[0][1]] == "Muammar) al-Qaddafi"
    assert "Muammar" not in [m[3] for m in found]


def test_a_title_or_a_surname_shows_a_person_the_tagger_missed():
    text = "Mo Cheeks will take over as new coach. Cheeks said he was glad. Coach Mo Sheeks said so.\n"
    assert {"Mo Cheeks", "Mo Sheeks"} <= {m[3] for m in names(text) if m[2] == "PERSON"}


def test_a_role_only_people_have_shows_a_person_in_lower_case_too_unless_it_may_be_a_verb():
    from newsview.analysis.document import _people

    text = "Representative Steve Stivers spoke, and spokesman Brad Woodhouse agreed. Voters judge Congress Tuesday."
    rows = [[15, 28, "ORG", "Steve Stivers"], [50, 64, "ORG", "Brad Woodhouse"], [86, 94, "ORG", "Congress"]]
    assert [m[2] for m in _people(text, rows)] == ["PERSON", "PERSON", "ORG"]


def test_a_generation_or_a_degree_after_a_comma_is_no_name_of_its_own():
    from newsview.analysis.document import _degree

    assert _degree("Sr.") and _degree("Jr") and _degree("M.D.")
    assert not _degree("Srebrenica") and not _degree("Jrue")


def test_a_noun_of_a_sex_in_capitals_is_a_description_not_a_name():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    text = "MAN CHARGED OVER DEATHS\nA MAN has been charged with the murder of his mother and sister.\n"
    (pieces,) = parse([text], "en_core_web_sm")
    rows = analyse_document(text, pieces)["mentions"]
    assert not any(m[3].upper() == "MAN" and len(m) == 4 for m in rows)
    assert any(m[3] == "A MAN" and m[2] == "NOMINAL" for m in rows)


def test_a_name_ends_at_its_last_capitalised_word():
    from newsview.analysis.document import _trim_mention

    for text, name in [("SEACOM undersea cable", "SEACOM"), ("Bank of America", "Bank of America"),
                       ("Apple iPhone", "Apple iPhone"), ("the Hartford Comets", "Hartford Comets"),
                       ("Teixeira - - eight", "Teixeira"), ("Mark Roe — Eight", "Mark Roe"),
                       ("Rolls-Royce", "Rolls-Royce"), ("MorningJoe pic.twitter.com/tBp5aXW", "MorningJoe"),
                       ("Jo Roe @joroe", "Jo Roe"), ("Jo Roe https://t.co/x1", "Jo Roe"), ("Roe Inc. #Roe", "Roe Inc."),
                       ("Yahoo! News", "Yahoo! News")]:
        start, end = _trim_mention(text, 0, len(text), "ORG")
        assert text[start:end] == name


@pytest.mark.parametrize(("text", "label", "name"), [
    ("Robert Barr - won", "PERSON", "Robert Barr"), ("ROME - Bernie Sanders", "PERSON", "Bernie Sanders"),
    ("BERLIN—Donald Trump", "PERSON", "Donald Trump"), ("NEW YORK - Presidential", "GPE", "NEW YORK"),
    ("― Jacklyn Ashley", "PERSON", "Jacklyn Ashley"), ("Jews Against Trump - Because", "WORK_OF_ART",
                                                      "Jews Against Trump - Because"),
])
def test_a_name_ends_at_a_dash_after_it_and_begins_after_a_dateline_or_a_dash_before_it(text, label, name):
    from newsview.analysis.document import _trim_mention

    start, end = _trim_mention(text, 0, len(text), label)
    assert text[start:end] == name


def test_a_team_of_two_words_after_its_place_is_one_name():
    found = [m[3] for m in names("Hansbrough had 24 points, and the third-ranked North Carolina Tar Heels bounced back.\n")]
    assert "North Carolina Tar Heels" in found


def test_a_surname_the_tagger_left_out_is_the_person_the_article_names_by_it():
    from newsview.analysis.document import _people

    text = "Donald Trump signed it. Trump spent the day at Grover Park."
    rows = _people(text, [[0, 12, "PERSON", "Donald Trump"], [24, 29, "PROPN", "Trump"], [47, 58, "PROPN", "Grover Park"]])
    assert [m[2] for m in rows] == ["PERSON", "PERSON", "PROPN"]


def test_a_persons_name_before_a_groups_noun_names_the_group():
    from newsview.analysis.document import analyse_document
    from newsview.analysis.nlp import parse

    text = ("George Bush left office in January. Officials of the Bush administration said on Monday that the "
            "Obama campaign had misled voters.\n")
    (pieces,) = parse([text], "en_core_web_sm")
    named = {m[3]: m[2] for m in analyse_document(text, pieces)["mentions"] if m[2] not in ("NOMINAL", "PRONOUN")}
    assert named["Bush administration"] == "ORG" and named["Obama campaign"] == "ORG"
    assert named["George Bush"] == "PERSON" and "Bush" not in named and "Obama" not in named


@pytest.mark.parametrize("text, found", [
    ("Rehab has been calling her name loud and clear for years. Tara Roe checked into rehab on Monday.\n",
     ["Tara Roe"]),
    ("Parliament voted on Monday. The parliament in Oslo had debated the law for a week.\n", ["Oslo"]),
    ("Dana Quill Finally Checks Into Rehab For Undisclosed Reasons\nDana Quill has entered a clinic on Tuesday, "
     "her rep said. Her publicist refused to say why Quill checked into rehab.\n",
     ["Dana Quill", "Dana Quill", "Quill"]),
])
def test_a_common_noun_that_opens_a_sentence_or_is_in_a_headline_is_no_name(text, found):
    assert [m[3] for m in names(text) if m[2] not in ("DATE", "TIME")] == found


def test_a_person_the_tagger_found_whose_name_is_a_plural_or_a_body_of_people_is_a_group():
    from newsview.analysis.document import _groups
    from newsview.analysis.nlp import parse

    text = "Dale Hobbs said the Marlins and the Ravens called. Wexford Police said nothing."
    (pieces,) = parse([text], "en_core_web_sm")
    rows = [[0, 10, "PERSON", "Dale Hobbs"], [20, 27, "PERSON", "Marlins"], [51, 65, "PERSON", "Wexford Police"]]
    assert [m[2] for m in _groups(rows, pieces)] == ["PERSON", "ORG", "ORG"]


def test_a_capitalised_noun_after_a_place_in_running_text_is_one_name_with_it():
    found = {m[3]: m[2] for m in names("The Boston Reporter said the Texas Governor Dale Hobbs had resigned.\n")}
    assert found.get("Boston Reporter") == "ORG" and "Boston" not in found
    assert "Texas" in found and "Texas Governor" not in found  # a title before a name is no part of the place's


def test_a_place_with_a_record_after_it_is_a_team():
    rows = names("Hobbs had nine rebounds for Denver (10-0), which won again. Fans in Denver cheered.\n")
    assert [len(m) > 4 for m in rows if m[3] == "Denver"] == [True, False]  # acting, as a team another article names


def test_a_title_after_a_place_is_no_name_with_it():
    found = [m[3] for m in names("Clinton spoke at the behest of White House Chief of Staff Rahm Emanuel, who was his "
                                 "political director. The Hollywood Reporter said so.\n")]
    assert "White House" in found and "Hollywood Reporter" in found and "White House Chief" not in found


def test_a_headline_run_of_words_the_article_writes_in_lower_case_is_no_mention():
    from newsview.analysis.document import _headline_names
    from newsview.analysis.nlp import load_model

    text = "Harbour Board Will Run Ads Demanding Votes\n\nThe board will run ads demanding votes.\n"
    doc = load_model("en_core_web_sm")(text)
    run = [14, 36, "PERSON", text[14:36]]  # "Will Run Ads Demanding", as a tagger may read a headline
    found = _headline_names([run], [(0, 42)], [(0, doc)], {"will", "run", "ads", "demanding", "votes"})
    assert found == []


def test_a_ranked_place_or_one_that_owns_is_a_team_its_team_name_none():
    rows = names("No. 3 Nebraska beat Iowa on Sunday. Nebraska's record is now 12-1. "
                 "The Nebraska Cornhuskers have won six straight. Fans in Nebraska cheered.\n")
    team = next(k for k, m in enumerate(rows) if m[3] == "Nebraska Cornhuskers")
    assert len(rows[team]) == 4  # the team's own name stands for no longer one
    assert [m[4] if len(m) > 4 else "-" for m in rows if m[3] == "Nebraska"] == [team, team, "-"]


def test_a_one_word_person_in_a_place_the_article_names_a_body_after_is_that_place():
    from newsview.analysis.document import _metonyms
    from newsview.analysis.nlp import parse

    text = ("A shop burned down in Ashton. Ashton Police said so. Jane Roe checked into Betty Ford, the Betty Ford "
            "Center said.")
    (pieces,) = parse([text], "en_core_web_sm")
    at = text.index
    rows = [[at("Ashton"), at("Ashton") + 6, "PERSON", "Ashton"], [at("Ashton Police"), at("Ashton Police") + 13, "ORG",
            "Ashton Police"], [at("Betty Ford,"), at("Betty Ford,") + 10, "PERSON", "Betty Ford"],
            [at("Betty Ford C"), at("Betty Ford C") + 17, "ORG", "Betty Ford Center"]]
    _metonyms(text, rows, pieces)
    assert rows[0][2:] == ["GPE", "Ashton"]  # a place, linked to no body named after it
    assert rows[2][2:] == ["PERSON", "Betty Ford", 3, False]  # a full name one goes into stays the place's


def test_a_span_run_over_a_clause_is_cut_at_its_verb():
    from spacy.tokens import Span

    from newsview.analysis.document import _cut_at_verbs
    from newsview.analysis.nlp import load_model

    doc = load_model("en_core_web_sm")("But Manley put Reid on notice.")
    assert [doc.text[a:b] for a, b, _ in _cut_at_verbs(Span(doc, 1, 4, label="ORG"), "ORG")] == ["Manley", "Reid"]
    assert _cut_at_verbs(Span(doc, 1, 2, label="PERSON"), "PERSON") == [(4, 10, "PERSON")]


def test_a_party_run_into_a_persons_name_is_cut_off():
    found = {m[3]: m[2] for m in names("Wirth said Conservative Ann Pole agreed. The Republican National Committee "
                                       "disagreed.\n")}
    assert found.get("Ann Pole") == "PERSON" and "Conservative Ann Pole" not in found
    assert "Republican National Committee" in found


def test_a_one_word_person_the_article_names_elsewhere_stays_a_person_after_in():
    from newsview.analysis.document import _metonyms
    from newsview.analysis.nlp import parse

    text = "Voters lost faith in Hobbs. Hobbs Industries said so, and Hobbs agreed."
    (pieces,) = parse([text], "en_core_web_sm")
    rows = [[21, 26, "PERSON", "Hobbs"], [28, 44, "ORG", "Hobbs Industries"], [58, 63, "PERSON", "Hobbs"]]
    _metonyms(text, rows, pieces)
    assert [m[2] for m in rows] == ["PERSON", "ORG", "PERSON"]


def test_a_place_that_owns_is_no_paper_named_after_it():
    rows = names("Snow shut New York's subway on Monday, the New York Times reported.\n")
    assert [len(m) for m in rows if m[3] == "New York"] == [4]  # "Times" is no team's plural


@pytest.mark.parametrize("text, sentence, dateline", [
    ("WASHINGTON — The decision by Senate Democrats angered liberals.", "WASHINGTON", True),
    ("WASHINGTON -- In the Senate, the vote was close.", "WASHINGTON", True),
    ("LIVINGSTON, N.J. ― Gov. Chris Christie declared his candidacy.", "LIVINGSTON, N.J.", True),
    ("WASHINGTON — The decision by Senate Democrats angered liberals.",
     "WASHINGTON — The decision by Senate Democrats angered liberals.", False),
    ("NATO met. The allies agreed.", "NATO met.", False),
])
def test_a_dateline_the_parser_made_a_sentence_of_is_no_fact_unit(text, sentence, dateline):
    from newsview.analysis.document import _dateline

    assert _dateline(text, 0, len(sentence)) == dateline


def test_a_dateline_the_parser_split_off_opens_the_next_sentences_unit():
    from newsview.analysis.document import units_of
    from newsview.analysis.nlp import parse

    text = "WASHINGTON -- In the end, the Senate voted 60 to 40 on Monday to end the shutdown.\n\nThe House followed.\n"
    (pieces,) = parse([text], "en_core_web_sm")
    assert [s.text.strip() for s in pieces[0][1].sents][0] == "WASHINGTON --"  # the parser's split, which this is about
    assert [(text[s:e], sentence) for s, e, _, sentence in units_of(text, pieces)] == [
        (text[:text.index(".") + 1], 0), ("The House followed.", text.index("The House"))]


def test_a_reported_clause_the_parser_took_for_a_relative_one_stays_in_its_sentence_unit():
    from newsview.analysis.document import units_of
    from newsview.analysis.nlp import parse

    text = ("The FBI said the packages each consisted of a manila envelope with a bubble-wrap interior containing "
            "potentially destructive devices.\n\n"
            "Police found the car that the suspect had rented in Miami last month.\n")
    (pieces,) = parse([text], "en_core_web_sm")
    relative = [t for t in pieces[0][1] if t.dep_ == "relcl"]
    assert [t.text for t in relative] == ["consisted", "rented"]  # the parser's reading, which this is about
    second = text.index("Police")
    assert [text[s:e] for s, e, _, _ in units_of(text, pieces)] == [
        text[:second].strip(), "Police found the car", "that the suspect had rented in Miami last month"]


def test_a_body_run_over_a_role_into_a_persons_name_is_cut_at_the_role():
    from newsview.analysis.document import _titled_person

    text = "said Homicide Detective Dominic Mangoni and the Oregon State Police Lt on Friday."
    start, end = text.index("Homicide"), text.index(" and")
    assert _titled_person(text, start, end) == (text.index("Detective"), text.index("Dominic"))
    police = text.index("Oregon")
    assert _titled_person(text, police, text.index(" on Friday")) is None  # no name after the role
    found = {m[3]: m[2] for m in names("Homicide Detective Dominic Mangoni said the case was open.\n")}
    assert found.get("Dominic Mangoni") == "PERSON" and not any("Detective" in name for name in found)


def test_a_run_of_capitalised_words_the_tagger_left_out_is_cut_at_a_role():
    found = {m[3] for m in names("With last night's news from Los Angeles Angels GM Tony Reagins that the team has "
                                 "made an offer, the Angels are favourites. Reagins declined to comment.\n")}
    assert "Tony Reagins" in found and not any("GM" in name for name in found)


def test_a_person_after_another_and_of_or_before_resident_is_where_they_live():
    from newsview.analysis.document import _metonyms
    from newsview.analysis.nlp import parse

    text = ("Jo Subryan, 23, of Schenectady was charged. Ann Roe of Hartsdale saw it, said Richmond Hill resident Al "
            "Baker. The book of Mark Twain sold well.")
    (pieces,) = parse([text], "en_core_web_sm")
    at = text.index
    rows = [[at(name), at(name) + len(name), "PERSON", name]
            for name in ("Jo Subryan", "Schenectady", "Ann Roe", "Hartsdale", "Richmond Hill", "Al Baker", "Mark Twain")]
    _metonyms(text, rows, pieces)
    assert {m[3]: m[2] for m in rows} == {"Jo Subryan": "PERSON", "Schenectady": "GPE", "Ann Roe": "PERSON",
                                          "Hartsdale": "GPE", "Richmond Hill": "GPE", "Al Baker": "PERSON",
                                          "Mark Twain": "PERSON"}  # "book" is nobody
