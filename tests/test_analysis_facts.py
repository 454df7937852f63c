"""The shared-fact diff: shared, only and conflicting facts, coverage, any subset of N articles.

Short texts of our own; the spaCy model is loaded once per process.
"""

from __future__ import annotations

import re

import pytest

from newsview.analysis.facts import LEDE, LEDE_BONUS, Unit, _folded, align, candidate_pairs, cosine, fact_terms, weigh
from conftest import run

BLAZE_A = """Firefighters battled a warehouse blaze in Rotterdam on Monday morning.

The museum next to the warehouse will reopen to visitors on the first of June.

Three storage buildings were destroyed, the fire brigade said.

Local schools will stay closed until Thursday.
"""

BLAZE_B = """Firefighters battled a warehouse blaze in Rotterdam late Monday.

The museum next to the warehouse will reopen to visitors on the first of June.

A spokeswoman for the port said container traffic was not affected.
"""

ARREST_NEAR = "Police arrested two suspects near the central station in Madrid on Friday.\n\nThe suspects were released later.\n"
ARREST_WIDE = "Police arrested two suspects in Spain on Friday.\n\nNo charges have been filed so far.\n"
ARREST_ELSEWHERE = "Police arrested two suspects in Barcelona on Friday.\n\nNo charges have been filed so far.\n"

FLOOD_A = """Heavy rain flooded the lower town of Tarragona on Sunday.

Rescue teams evacuated 40 families from the riverside district.

The regional rail line between the coast and the mountains was suspended for the day.

Forecasters expect more storms over the weekend.
"""

FLOOD_B = """Rescue teams evacuated 40 families from the riverside district of Tarragona.

The regional rail line between the coast and the mountains was suspended for the day.

Shopkeepers began clearing mud from the main square.
"""

FLOOD_C = """Heavy rain flooded the lower town of Tarragona on Sunday.

The regional rail line between the coast and the mountains was suspended for the day.

The mayor promised emergency funds for affected households.
"""


@pytest.fixture(scope="module")
def blaze():
    return run(BLAZE_A, BLAZE_B)


@pytest.fixture(scope="module")
def flood():
    return run(FLOOD_A, FLOOD_B, FLOOD_C)


def fact_with(comparison, article_id: str, words: str):
    found = [f for f in comparison.facts
             if any(m.article == article_id and words in m.text for m in f.members)]
    assert len(found) == 1, (words, [(f.status, [m.text for m in f.members]) for f in comparison.facts])
    return found[0]


def test_identical_sentence_is_shared(blaze):
    (a, b), comparison = blaze
    fact = fact_with(comparison, a.id, "museum")
    assert fact.status == "shared"
    assert fact.articles == (a.id, b.id)
    assert {m.text for m in fact.members} == {"The museum next to the warehouse will reopen to visitors on the "
                                              "first of June."}
    assert fact.conflicts == ()
    assert 0.9 <= fact.score <= 1.0


def test_differing_time_is_a_conflict_with_the_values(blaze):
    (a, b), comparison = blaze
    fact = fact_with(comparison, a.id, "Firefighters")
    assert fact.status == "conflict"
    assert fact.articles == (a.id, b.id)
    times = [c for c in fact.conflicts if c.kind == "time"]
    assert len(times) == 1
    assert times[0].values == {a.id: "Monday morning", b.id: "late Monday"}
    for art, (start, end) in times[0].spans.items():
        assert (a if art == a.id else b).text[start:end] == times[0].values[art]


def test_what_one_article_alone_reports_is_only(blaze):
    (a, b), comparison = blaze
    for art, words in ((a, "storage buildings"), (a, "schools"), (b, "container traffic")):
        fact = fact_with(comparison, art.id, words)
        assert fact.status == "only"
        assert fact.articles == (art.id,)
        assert fact.conflicts == ()


def test_member_offsets_index_the_article_text(blaze, flood):
    for articles, comparison in (blaze, flood):
        texts = {a.id: a.text for a in articles}
        for fact in comparison.facts:
            assert fact.status in ("shared", "conflict", "only")
            assert 0.0 <= fact.score <= 1.0
            assert len({m.article for m in fact.members}) == len(fact.members)  # one member per article
            for m in fact.members:
                assert texts[m.article][m.start:m.end] == m.text


def covered(text: str, article_id: str, comparison) -> set[int]:
    spans = [(m.start, m.end) for f in comparison.facts for m in f.members if m.article == article_id]
    return {i for s, e in spans for i in range(s, e)}


def test_every_sentence_belongs_to_some_fact(blaze, flood):
    for articles, comparison in (blaze, flood):
        for a in articles:
            inside = covered(a.text, a.id, comparison)
            missing = [i for i, ch in enumerate(a.text) if ch.isalnum() and i not in inside]
            assert not missing, a.text[min(missing):min(missing) + 40]


def test_a_more_specific_place_is_not_a_conflict():
    (near, wide), comparison = run(ARREST_NEAR, ARREST_WIDE)
    fact = fact_with(comparison, near.id, "arrested")
    assert fact.articles == (near.id, wide.id)
    assert fact.status == "shared"
    assert not [c for c in fact.conflicts if c.kind == "place"]


def test_a_different_place_is_a_conflict():
    (one, other), comparison = run(ARREST_NEAR.replace("near the central station in ", "in "), ARREST_ELSEWHERE)
    fact = fact_with(comparison, one.id, "arrested")
    assert fact.status == "conflict"
    places = [c for c in fact.conflicts if c.kind == "place"]
    assert places and places[0].values == {one.id: "Madrid", other.id: "Barcelona"}


def test_the_place_a_person_is_of_is_no_setting_to_conflict_with():
    elsewhere = "Senator Dana Whitlock criticised the plan for a new stadium on Monday in Ohio.\n"
    (one, other), comparison = run(
        "Senator Dana Whitlock of Nevada criticised the plan for a new stadium on Monday.\n", elsewhere)
    fact = fact_with(comparison, one.id, "criticised")
    assert fact.articles == (one.id, other.id)
    assert not [c for c in fact.conflicts if c.kind == "place"]
    (one, other), comparison = run(
        "Senator Dana Whitlock criticised the plan for a new stadium on Monday in Nevada.\n", elsewhere)
    places = [c for c in fact_with(comparison, one.id, "criticised").conflicts if c.kind == "place"]
    assert places and places[0].values == {one.id: "Nevada", other.id: "Ohio"}


def test_a_differing_number_is_a_conflict():
    (a, b), comparison = run("The storm destroyed 12 houses in the village of Brisk on Monday.\n",
                             "The storm destroyed 15 houses in the village of Brisk on Monday.\n")
    fact = fact_with(comparison, a.id, "storm")
    assert fact.status == "conflict"
    numbers = [c for c in fact.conflicts if c.kind == "number"]
    assert numbers and numbers[0].values == {a.id: "12", b.id: "15"}


@pytest.mark.parametrize(("one", "other", "kind", "values"), [
    ("The company will cut 1,200 jobs at its plant in Ohio, it said on Monday.\n",  # "900": no entity to spaCy
     "The company will cut 900 jobs at its plant in Ohio, it said on Monday.\n", "number", ["1,200", "900"]),
    ("The death toll from the earthquake rose to 40 on Wednesday.\n",  # a figure that counts no noun
     "The death toll from the earthquake rose to 52 on Wednesday.\n", "number", ["40", "52"]),
    ("The fire at the warehouse started at 3 a.m. on Sunday.\n",  # the same day, another hour
     "The fire at the warehouse started at 5 a.m. on Sunday.\n", "time", ["3 a.m.", "5 a.m."]),
    ("The gunman, 24, was arrested by police in Ohio on Friday.\n",  # one man's age, written two ways
     "Police in Ohio arrested the 25-year-old gunman on Friday.\n", "number", ["24", "25-year-old"]),
    ("Andrew Lopez, 20, and Jonathan Carrasquillo, 24, fired from a roof in Brooklyn on Friday.\n",
     "Jonathan Carrasquillo, 24, and Andrew Lopez, 21, fired from a roof in Brooklyn on Friday.\n", "number",
     ["20", "21"]),
])
def test_figures_and_hours_that_differ_are_a_conflict_once(one, other, kind, values):
    (a, b), comparison = run(one, other)
    fact = fact_with(comparison, a.id, "on")
    assert [(c.kind, [c.values[a.id], c.values[b.id]]) for c in fact.conflicts] == [(kind, values)]


@pytest.mark.parametrize(("one", "other"), [
    ("Police said they had recovered 80% of the haul from the jewellery store.\n",
     "Police said they had recovered 80 percent of the haul from the jewellery store.\n"),
    ("Damage to the church was estimated at $US1 million, the fire chief said on Saturday.\n",
     "Damage to the church was estimated at one-million dollars, the fire chief said on Saturday.\n"),
    ("The austerity measures aim to save $40 billion, the finance ministry said on Monday.\n",  # two currencies
     "The austerity measures aim to save euro30 billion, the finance ministry said on Monday.\n"),
    ("The Colts beat the Chiefs as Luck threw for 205 yards on Sunday in Kansas City.\n",  # a pass of 7 yards
     "The Colts beat the Chiefs as Luck threw a 7-yard touchdown pass on Sunday in Kansas City.\n"),
    ("John Jenkin, 23, was charged with murder at the court in Preston on Friday.\n",  # two people, one surname
     "Katie Jenkin, 20, was charged with murder at the court in Preston on Friday.\n"),
    ("The gunman, 24, was arrested by police in Ohio on Friday.\n",
     "Police in Ohio arrested the 24-year-old gunman on Friday.\n"),
])
def test_one_figure_written_two_ways_is_no_conflict(one, other):
    (a, b), comparison = run(one, other)
    assert not [c for f in comparison.facts for c in f.conflicts if c.kind == "number"]


def test_an_hour_given_more_closely_is_no_conflict():
    (a, b), comparison = run("The fire at the warehouse started at 3 a.m. on Sunday.\n",
                             "The fire at the warehouse started at about 3 a.m. on Sunday.\n")
    assert not fact_with(comparison, a.id, "fire").conflicts


@pytest.mark.parametrize(("one", "other"), [
    ("Published May 3, 2013\n\nThe actress checked into a rehab clinic in Palm Springs, her lawyer said.\n",
     "May 02, 2013\n\nThe actress checked into a rehab clinic in Palm Springs, her lawyer said.\n"),
    ("The senator quit the banking committee in protest on Tuesday.\n",  # the day she quit, the day it was told
     "The senator quit the banking committee in protest, her office said Wednesday.\n"),
    ("His body was found on July 27, but the coroner said the former aide died in his room on July 24.\n",
     "The coroner said the former aide died in his room on July 24.\n"),  # July 27 is of something else
    ("The receiver was arrested on Tuesday, days before Sunday's playoff game in Pittsburgh.\n",  # a game's day
     "The receiver was arrested on Tuesday, days before the playoff game in Pittsburgh.\n"),
    ("The new endangered species rule takes effect nine days before the inauguration.\n",  # counted from a day
     "The new endangered species rule takes effect in 30 days.\n"),
    ("Carter scored 14 points in the win over Drake on Friday in St. Louis.\n",  # two men's points
     "VanDeest scored 13 points in the win over Drake on Friday in St. Louis.\n"),
    ("Manning completed 29 of 34 passes for 364 yards in the win over the Jaguars.\n",  # a total, not a count
     "Manning completed his first 17 passes and threw for 364 yards in the win over the Jaguars.\n"),
    ("Police found that the gang drove a four-by-four car into the jewellery store in Paris.\n",
     "Police found that the gang drove a 4x4 car into the jewellery store in Paris.\n"),
    ("A jury in Norwalk convicted the gang member of murdering a sheriff's deputy on Monday.\n",  # a county's
     "A jury convicted the gang member of murdering a Los Angeles County sheriff's deputy on Monday.\n"),  # deputy
    ("The 36-year-old climber, who had been living in Melbourne, slipped and fell 200 metres down an ice gully on "
     "Friday.\n",  # where he lived, where he fell
     "The 36-year-old climber slipped and fell 200 metres down an ice gully at Aoraki Mount Cook on Friday.\n"),
])
def test_values_of_different_things_are_no_conflict(one, other):
    (a, b), comparison = run(one, other)
    assert [f for f in comparison.facts if f.status != "only"], "the two reports align"
    assert not [(c.kind, c.values) for f in comparison.facts for c in f.conflicts]


@pytest.mark.parametrize(("one", "other", "values"), [
    ("The senator quit the banking committee in protest on Tuesday.\n",
     "The senator quit the banking committee in protest on Wednesday.\n", ["Tuesday", "Wednesday"]),
    ("Carter scored 14 points in the win over Drake on Friday in St. Louis.\n",
     "Carter scored 12 points in the win over Drake on Friday in St. Louis.\n", ["14", "12"]),
    ("The former aide served four months in federal prison for obstruction.\n",
     "The former aide served five months in federal prison for obstruction.\n", ["four months", "five months"]),
])
def test_values_of_one_thing_that_differ_are_a_conflict(one, other, values):
    (a, b), comparison = run(one, other)
    found = [[c.values[a.id], c.values[b.id]] for f in comparison.facts for c in f.conflicts]
    assert found == [values]


def test_differing_counts_are_listed_in_the_order_the_first_article_gives_them():
    # in a set's order they would come out differently from one run to the next
    (a, b), comparison = run(
        "The storm destroyed 12 houses and 30 barns, wrecked 40 cars and sank 70 boats in Brisk on Monday.\n",
        "The storm destroyed 15 houses and 35 barns, wrecked 45 cars and sank 75 boats in Brisk on Monday.\n")
    numbers = [c.values[a.id] for c in fact_with(comparison, a.id, "storm").conflicts if c.kind == "number"]
    assert numbers == ["12", "30", "40", "70"]


def test_the_same_words_put_in_different_mouths_are_an_attribution_conflict_named_as_the_articles_name_them():
    quote = '"The bridge will reopen before the winter," {} said on Tuesday.\n'
    (a, b), comparison = run("Mayor Helena Strand visited the bridge site in Kolding.\n" + quote.format("Strand"),
                             "Engineer Tomas Berg visited the bridge site in Kolding.\n" + quote.format("Berg"))
    fact = fact_with(comparison, a.id, "reopen")
    attributions = [c for c in fact.conflicts if c.kind == "attribution"]
    assert attributions and attributions[0].values == {a.id: "Strand", b.id: "Berg"}  # names, never ids
    spans = attributions[0].spans
    assert a.text[slice(*spans[a.id])] == "Strand" and b.text[slice(*spans[b.id])] == "Berg"


def test_one_quote_worded_differently_is_a_conflict_of_its_words():
    quote = '"The old bridge failed us{} ignored every warning for years," Strand said on Tuesday.\n'
    (a, b), comparison = run("Mayor Helena Strand visited the bridge site in Kolding.\n" + quote.format(" and they"),
                             "Mayor Helena Strand visited the bridge site in Kolding.\n" + quote.format(", and it"))
    fact = fact_with(comparison, a.id, "ignored every warning")
    worded = [c for c in fact.conflicts if c.about == "quoted words"]
    assert [(c.kind, c.values) for c in worded] == [("other", {a.id: "and they ignored", b.id: "and it ignored"})]
    assert b.text[slice(*worded[0].spans[b.id])] == "and it ignored"


def test_a_quote_cut_short_spelt_otherwise_or_with_an_editors_words_is_worded_alike():
    from newsview.analysis.facts import Wording, _wording_conflicts

    def unit(article, text, other):
        return Unit(article, 0, 0, len(text), [], 0, wordings={article: Wording(((0, len(text)),), (other,))})

    texts = {"a": "We thank Gen. Hale, who led ten men home and it is over.",
             "b": "thank General Hale, who [then] led 10 men home and it's over",
             "c": "We thank Gen. Hale, who led nine men home and it is over."}
    assert _wording_conflicts(unit("a", texts["a"], "b"), unit("b", texts["b"], "a"), texts) == []
    found = _wording_conflicts(unit("a", texts["a"], "c"), unit("c", texts["c"], "a"), texts)
    assert [c.values for c in found] == [{"a": "led ten men", "c": "led nine men"}]


def test_a_quote_one_article_gives_to_a_he_is_no_attribution_conflict():
    # whom "he" means is the analysis' guess, not what the article says
    quote = '"The bridge will reopen before the winter," {} said on Tuesday.\n'
    (a, b), comparison = run("Mayor Helena Strand visited the bridge site in Kolding.\n" + quote.format("Strand"),
                             "Engineer Tomas Berg visited the bridge site in Kolding.\n" + quote.format("he"))
    fact = fact_with(comparison, a.id, "reopen")
    assert fact.articles == (a.id, b.id)
    assert not [c for c in fact.conflicts if c.kind == "attribution"]


def test_different_people_saying_different_things_is_no_attribution_conflict():
    (a, b), comparison = run(
        "Mayor Helena Strand spoke about the bridge on Tuesday.\n"
        '"The repairs of the old bridge in Kolding will be finished before the winter," Strand said.\n',
        "Engineer Tomas Berg spoke about the bridge on Tuesday.\n"
        '"The repairs of the old bridge in Kolding will cost far more than the council planned," Berg said.\n')
    fact = fact_with(comparison, a.id, "finished before")
    assert fact.articles == (a.id, b.id)
    assert not [c for c in fact.conflicts if c.kind == "attribution"]


def test_a_name_that_may_be_short_for_the_other_is_no_attribution_conflict():
    from newsview.analysis.facts import Quoted, _attribution_conflicts

    def unit(article, quote_id, entity, name, other):
        return Unit(article, 0, 0, 10, [], 0, quotes={quote_id: Quoted(entity, name, name, 0, 4, (other,), True)})

    assert not _attribution_conflicts(unit("a", "s1", "e1", "Cheney", "s2"), unit("b", "s2", "e2", "Mary Cheney", "s1"))
    found = _attribution_conflicts(unit("a", "s1", "e1", "Liz Cheney", "s2"), unit("b", "s2", "e2", "Mary Cheney", "s1"))
    assert [c.values for c in found] == [{"a": "Liz Cheney", "b": "Mary Cheney"}]


def test_a_place_that_owns_something_is_no_setting_to_conflict_with():
    (one, other), comparison = run("The plan would abandon Norway's fishing fleets in the north, critics warned.\n",
                                   "The plan would abandon the fishing fleets in Iceland, critics warned.\n")
    fact = fact_with(comparison, one.id, "abandon")
    assert fact.articles == (one.id, other.id)
    assert not [c for c in fact.conflicts if c.kind == "place"]


def test_a_hedged_figure_agrees_with_the_bare_one():
    (a, b), comparison = run("The package pays for about 55 miles of fencing along the river, officials said.\n",
                             "The package pays for 55 miles of fencing along the river, officials said.\n")
    assert not [c for c in fact_with(comparison, a.id, "fencing").conflicts if c.kind == "number"]
    (a, b), comparison = run("The package pays for about 55 miles of fencing along the river, officials said.\n",
                             "The package pays for 65 miles of fencing along the river, officials said.\n")
    numbers = [c for c in fact_with(comparison, a.id, "fencing").conflicts if c.kind == "number"]
    assert numbers and numbers[0].values == {a.id: "about 55 miles", b.id: "65 miles"}


def test_figures_followed_by_a_word_of_grammar_count_nothing_in_common():
    (a, b), comparison = run(
        "The closure cost the economy $6 billion in the five weeks it lasted, the ratings agency said.\n",
        "The closure over $5.7 billion in funds for the wall cost the economy dearly, the ratings agency said.\n")
    fact = fact_with(comparison, a.id, "ratings agency")
    assert fact.articles == (a.id, b.id)
    assert not [c for c in fact.conflicts if c.kind == "number"]


def test_with_three_articles_a_fact_is_shared_by_any_subset(flood):
    (a, b, c), comparison = flood
    assert fact_with(comparison, a.id, "rail line").articles == (a.id, b.id, c.id)
    assert fact_with(comparison, a.id, "Rescue teams").articles == (a.id, b.id)
    assert fact_with(comparison, a.id, "Heavy rain").articles == (a.id, c.id)
    for art, words in ((a, "Forecasters"), (b, "Shopkeepers"), (c, "mayor")):
        fact = fact_with(comparison, art.id, words)
        assert (fact.status, fact.articles) == ("only", (art.id,))


def test_one_article_alone_every_fact_is_only():
    (a,), comparison = run(FLOOD_A)
    assert comparison.facts
    assert {f.status for f in comparison.facts} == {"only"}
    assert all(f.articles == (a.id,) and f.conflicts == () for f in comparison.facts)
    inside = covered(a.text, a.id, comparison)
    assert all(i in inside for i, ch in enumerate(a.text) if ch.isalnum())
    sentences = [s for s in re.split(r"(?<=\.)\s+", a.text) if s.strip()]
    assert len(comparison.facts) >= len(sentences)


def test_a_clause_is_not_listed_again_inside_its_own_only_sentence():
    text = ("The council, which met for the first time since the spring elections in the old town hall, "
            "approved a new budget for the harbour district.\n\nThe mayor left early.\n")
    (a,), comparison = run(text)
    spans = [(f.members[0].start, f.members[0].end) for f in comparison.facts]
    nested = [(s, e) for s, e in spans if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)]
    assert nested == []
    assert any("which met" in a.text[s:e] and "approved" in a.text[s:e] for s, e in spans)


def test_the_clauses_of_two_paired_sentences_are_one_fact_with_them():
    """An apposition one article splits off its sentence's end and the other keeps inside a quote: the two
    sentences, their appositions and main parts are one fact, not a fact per matched part."""
    quoted = ('"The army has taken defensive action by killing Omar Haddad, the head of the Northern Brigade," '
              "the ministry said in a statement on Friday.\n\nThe border stayed open.\n")
    told = ("The army has taken defensive action by killing Omar Haddad, the head of the Northern Brigade, a group "
            "the government calls a terrorist organisation.\n\nFlights were cancelled.\n")
    (a, b), comparison = run(quoted, told)
    shared = [f for f in comparison.facts if f.status != "only"]
    assert len(shared) == 1, [[m.text for m in f.members] for f in shared]
    assert [m.text for m in shared[0].members] == [a.text[:a.text.index("\n")], b.text[:b.text.index(", a group")]]
    assert any(f.status == "only" and f.members[0].text.startswith("a group") for f in comparison.facts)


def _unit(article: str, k: int, sentence: int, start: int, end: int) -> Unit:
    return Unit(article, k, start, end, [], sentence)


def test_a_pairing_inside_sentences_a_longer_fact_pairs_joins_it():
    units = [_unit("a", 0, 0, 0, 100), _unit("a", 1, 0, 40, 80), _unit("b", 0, 0, 0, 60), _unit("b", 1, 0, 62, 90)]
    assert _folded([([0, 2], 0.4), ([1, 3], 0.9)], units) == [([0, 2, 1, 3], 0.4)]


def test_a_pairing_reaching_another_sentence_or_article_stays_a_fact_of_its_own():
    units = [_unit("a", 0, 0, 0, 100), _unit("a", 1, 0, 40, 80), _unit("b", 0, 0, 0, 60), _unit("b", 1, 70, 70, 90),
             _unit("c", 0, 0, 0, 50)]
    groups = [([0, 2], 0.4), ([1, 3], 0.9), ([1, 4], 0.5), ([3], 1.0)]
    assert _folded(groups, units) == groups


def test_facts_are_in_article_order(flood):
    (a, b, c), comparison = flood
    order = {x.id: n for n, x in enumerate((a, b, c))}
    keys = [(order[f.members[0].article], f.members[0].start) for f in comparison.facts]
    assert keys == sorted(keys)
    assert [f.id for f in comparison.facts] == [f"f{n}" for n in range(1, len(comparison.facts) + 1)]


def test_alignment_scores_only_units_sharing_a_selective_term():
    shared = ["rain", "flood", "town"]
    units = []
    for art in range(40):  # 40 articles of 10 units: every unit has the story's common words, one has its own
        for k in range(10):
            terms = shared + ([f"detail{k}"] if art % 2 else [f"other{art}x{k}"])
            units.append(Unit(f"a{art}", k, 0, 1, terms, k))
    pairs = candidate_pairs(units)
    everything = sum(1 for i in range(len(units)) for j in range(i + 1, len(units))
                     if units[i].article != units[j].article)
    assert pairs and len(pairs) < everything / 10
    assert all(units[i].article != units[j].article for i, j in pairs)
    detail = {(i, j) for i, j in pairs if units[i].terms[-1] == units[j].terms[-1]}
    assert len(detail) == len(pairs)  # the story's common words alone propose nothing


def test_a_fact_in_other_words_and_other_names_for_its_people_is_shared():
    # "chairmanship" / "chairman", "Republicans" / "Republican", "Charles E. Grassley" / "Grassley"
    (a, b), comparison = run(
        "Senator Charles E. Grassley could take the chairmanship of the Judiciary Committee if Republicans win the "
        "Senate.\nThe weather in Des Moines was cold on Monday.\n",
        "Grassley would likely become chairman of the Judiciary Committee if the Republican Party takes the "
        "Senate, Braley said.\nThe Iowa farm bill passed in March.\n")
    fact = fact_with(comparison, a.id, "chairmanship")
    assert fact.status == "shared" and {m.article for m in fact.members} == {a.id, b.id}
    assert fact_with(comparison, a.id, "weather").status == "only"


@pytest.mark.parametrize("one, other, figure", [
    ("Mayor Lena Hart wrote to the council about her departure, effective at 5 p.m.\nThe city hall roof was "
     "repaired in spring.\n",
     "Hart's resignation took effect on Friday at 5 p.m. Eastern time.\nThe council thanked her for ten years of "
     "service.\n", "5 p.m."),
    ("Joining a chorus of critics, nearly 90 professors at Dunmore College have rebuked the minister.\nThe college "
     "was founded in 1850.\n",
     "A letter signed by some 90 professors accuses Minister Ola Berg of distorting the college's teaching.\nBerg "
     "spoke at a rally on Tuesday.\n", "90"),
])
def test_the_same_figure_in_other_words_tells_a_shared_fact(one, other, figure):
    (a, b), comparison = run(one, other)
    fact = fact_with(comparison, a.id, figure)
    assert fact.status == "shared" and {m.article for m in fact.members} == {a.id, b.id}


def test_fact_terms_cut_lemmas_and_add_the_entities_named():
    assert fact_terms(["chairmanship", "chairman", "republicans", "2014"], ["e3"]) == \
        ["chairm", "chairm", "republ", "2014", "@e3"]


def _story(lede_at: int) -> list[Unit]:
    """Two articles of LEDE + 2 sentences each, telling one fact in other words (three terms of six or seven in
    common) in the sentence at `lede_at`; every other sentence has words of its own."""
    units = []
    for art, own in (("a", ["harass", "allega", "settle"]), ("b", ["announ", "statem", "video", "texas"])):
        for k in range(LEDE + 2):
            terms = ["farent", "resign", "congre"] + own if k == lede_at else [f"{art}{k}x{n}" for n in range(5)]
            units.append(Unit(art, k, 100 * k, 100 * k + 90, terms, 100 * k))
    return units


@pytest.mark.parametrize("at, aligned", [(0, True), (LEDE - 1, True), (LEDE + 1, False)])
def test_two_articles_first_sentences_telling_one_fact_in_other_words_align_where_later_ones_would_not(at, aligned):
    units = _story(at)
    weigh(units)
    i, j = (k for k, u in enumerate(units) if u.index == at)
    threshold = 0.33
    assert threshold - LEDE_BONUS <= cosine(units[i].vector, units[j].vector) < threshold  # other words enough
    assert ((i, j, pytest.approx(cosine(units[i].vector, units[j].vector) + LEDE_BONUS)) in align(units, threshold)) \
        == aligned
    assert all(len({units[p].index, units[q].index}) == 1 for p, q, _ in align(units, threshold))


def test_a_headline_is_set_beside_the_other_headline_and_a_lede_beside_the_other_lede():
    lede_a = "Congressman Blake Farenthold resigned from Congress on Friday, after harassment allegations."
    lede_b = "Congressman Blake Farenthold is resigning from Congress, he announced Friday in a statement."
    (a, b), comparison = run(f"Farenthold resigns from Congress\n\n{lede_a} His staff was thanked.\n",
                             f"Blake Farenthold Resigns From Congress After Harassment Claims\n\n{lede_b} He left "
                             "Washington at noon.\n")

    def partner(article_id: str, words: str) -> str:
        fact = fact_with(comparison, article_id, words)
        return next(m.text for m in fact.members if m.article != article_id)

    assert partner(a.id, "Farenthold resigns from") == "Blake Farenthold Resigns From Congress After Harassment Claims"
    assert partner(a.id, "resigned from Congress on Friday") == lede_b
    (d, _), comparison = run(f"Farenthold resigns from Congress\n\n{lede_a}\n", f"{lede_b}\n")
    assert partner(d.id, "Farenthold resigns from") == lede_b  # the other has no headline to compare with
