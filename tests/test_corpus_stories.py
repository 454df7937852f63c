"""Story grouping: same-kind events kept apart, one story kept whole, tokenised text, titles, dates, scale."""

from __future__ import annotations

import random
import time

import pytest

from newsview.corpus import fragments, stories
from newsview.corpus.fragments import attach_fragments
from newsview.corpus.model import Article, content_id
from newsview.corpus.stories import build_stories, group_articles, normalise, split_comparison


def news(text: str, title: str | None = None, date: str | None = None) -> Article:
    return Article(content_id(text), None, None, title, date, text)


# Two earthquakes: the same kind of event, told with the same words, in different places with different people.
QUAKE_NORTH = [
    "A magnitude 6.1 earthquake struck the mountain town of Varenna on Sunday, killing 12 people and flattening "
    "dozens of mud-brick homes, said regional governor Tomas Brenner.",
    "Rescue teams dug through rubble in Varenna after Sunday's 6.1 earthquake. Governor Tomas Brenner said 12 "
    "people died and the Red Crescent sent tents to the mountain villages.",
    "The death toll from the earthquake near Varenna rose to 12, Governor Tomas Brenner said, as aftershocks "
    "shook the mountain region and families slept outside their damaged homes.",
    "Tomas Brenner, governor of the province, toured Varenna where the magnitude 6.1 earthquake destroyed homes. "
    "Twelve people were killed, and rescue teams searched the rubble for survivors.",
]
QUAKE_COAST = [
    "A magnitude 5.4 earthquake shook the port city of Lisca on Tuesday, injuring 40 people and damaging the old "
    "harbour, mayor Ana Duvall said.",
    "Mayor Ana Duvall said 40 people were injured when the 5.4 earthquake hit Lisca on Tuesday. Rescue teams "
    "checked buildings along the harbour for damage.",
    "Lisca's harbour was closed after Tuesday's earthquake of magnitude 5.4. Mayor Ana Duvall said 40 people "
    "were hurt and homes near the port were damaged.",
    "Aftershocks rattled Lisca a day after the 5.4 earthquake. Ana Duvall, the city's mayor, said the 40 injured "
    "were in hospital and rescue teams had finished searching the harbour.",
]
LAUNCH_BERLIN = [
    "Norvex unveiled its new smartphone, the Vela 3, at a launch event in Berlin on Tuesday. The phone has a faster "
    "chip, a brighter screen and a longer battery life, and will sell for 799 euros, chief executive Lena Hart said.",
    "At its Berlin launch event, Norvex showed the Vela 3 smartphone. Lena Hart, the chief executive, said the faster "
    "chip and brighter screen would win buyers; the phone costs 799 euros.",
    "Norvex's new phone, the Vela 3, has a longer battery life and a faster chip, the company said at a launch event "
    "in Berlin. Analysts expect the 799-euro smartphone to sell well.",
    "The Vela 3 is Norvex's answer to rival smartphones, Lena Hart told the Berlin launch event. The phone, priced at "
    "799 euros, goes on sale next month with a brighter screen and a faster chip.",
    "Reviewers at the Berlin launch event praised the battery life of Norvex's Vela 3 smartphone, though some said "
    "799 euros was a high price for a phone with the same camera.",
]
LAUNCH_TOKYO = [
    "Norvex unveiled its new smartphone, the Orbit X, at a launch event in Tokyo on Thursday. The phone has a faster "
    "chip, a brighter screen and a longer battery life, and will sell for 999 dollars, product chief Kenji Mori said.",
    "At its Tokyo launch event, Norvex showed the Orbit X smartphone. Kenji Mori, who runs the product team, said the "
    "faster chip and brighter screen would win buyers; the phone costs 999 dollars.",
    "Norvex's new phone, the Orbit X, has a longer battery life and a faster chip, the company said at a launch event "
    "in Tokyo. Analysts expect the 999-dollar smartphone to sell well.",
    "The Orbit X is Norvex's answer to rival smartphones, Kenji Mori told the Tokyo launch event. The phone, priced at "
    "999 dollars, goes on sale next month with a brighter screen and a faster chip.",
    "Reviewers at the Tokyo launch event praised the battery life of Norvex's Orbit X smartphone, though some said "
    "999 dollars was a high price for a phone with the same camera.",
]
MATCH = [
    "Corvin United beat Harlow Athletic 3-1 in the cup final at Westbridge Stadium, with striker Joel Amsel "
    "scoring twice in the second half.",
    "Joel Amsel scored two goals as Corvin United won the cup final 3-1 against Harlow Athletic at Westbridge "
    "Stadium on Saturday night.",
]


def partition(groups) -> set[frozenset[str]]:
    return {frozenset(a.text for a in g) for g in groups}


def test_same_kind_events_with_different_places_and_people_are_kept_apart():
    articles = [news(t) for t in QUAKE_NORTH + QUAKE_COAST + MATCH]
    assert partition(group_articles(articles)) == {frozenset(QUAKE_NORTH), frozenset(QUAKE_COAST), frozenset(MATCH)}


def test_two_launches_by_one_company_are_split_apart(monkeypatch):
    """Shared launch words run the events together; the names, places and prices split them. The two reviews,
    told in one template, stay a pair until each is seen to belong with its own launch."""
    articles = [news(t) for t in LAUNCH_BERLIN + LAUNCH_TOKYO + MATCH]
    assert partition(group_articles(articles)) == {frozenset(LAUNCH_BERLIN), frozenset(LAUNCH_TOKYO), frozenset(MATCH)}
    monkeypatch.setattr(stories, "SEPARATION", float("inf"))  # without the split, the launches run together ...
    monkeypatch.setattr(stories, "DENSE", float("inf"))  # ... as the corpus is not read as one topic either
    assert partition(group_articles(articles)) != {frozenset(LAUNCH_BERLIN), frozenset(LAUNCH_TOKYO), frozenset(MATCH)}


def test_near_copies_of_one_story_are_not_taken_for_two_stories():
    """Two outlets running one wire text, two others another: still one story."""
    copies = [QUAKE_COAST[0], QUAKE_COAST[0] + " (Reuters)", QUAKE_COAST[1], "Updated: " + QUAKE_COAST[1]]
    articles = [news(t) for t in copies + QUAKE_NORTH]
    assert partition(group_articles(articles)) == {frozenset(copies), frozenset(QUAKE_NORTH)}


def test_one_story_told_many_ways_stays_one_story():
    reports = QUAKE_NORTH + [
        "Officials in Varenna said on Monday that schools would stay closed for a week after the earthquake that "
        "killed 12 people. Governor Tomas Brenner asked for army help.",
        "Aid trucks reached Varenna on Monday. The earthquake left 12 dead, and Governor Tomas Brenner said "
        "hundreds of homes in the mountain villages could not be lived in.",
    ]
    groups = group_articles([news(t) for t in reports + MATCH])
    assert partition(groups) == {frozenset(reports), frozenset(MATCH)}


def test_grouping_does_not_depend_on_the_order_given():
    articles = [news(t) for t in QUAKE_NORTH + MATCH + QUAKE_COAST]
    assert partition(group_articles(articles)) == partition(group_articles(articles[::-1]))


def test_a_comparison_of_two_launches_is_split_into_its_two_stories():
    """All of a comparison's articles share its topic's words, so it is split, never gathered by a threshold."""
    articles = [news(t) for t in LAUNCH_BERLIN + LAUNCH_TOKYO]
    assert partition(split_comparison(articles)) == {frozenset(LAUNCH_BERLIN), frozenset(LAUNCH_TOKYO)}


def test_a_comparison_of_one_story_stays_whole_though_its_articles_share_few_words():
    reports = QUAKE_NORTH + [
        "Schools in Varenna stay shut for a week, officials said on Monday.",
        "Aid trucks reached the mountain villages on Monday with blankets and water.",
    ]
    assert partition(split_comparison([news(t) for t in reports])) == {frozenset(reports)}


# Short, varied reports of two earthquakes: every report shares the topic's words, few share a story's own.
SHORT_NORTH = [
    "A magnitude 6.1 earthquake struck Varenna on Sunday. Twelve people died when mud-brick homes collapsed.",
    "Governor Tomas Brenner said the earthquake in Varenna killed 12 people and asked the army for tents.",
    "Rescue teams in Varenna dug through rubble on Sunday night, searching for survivors of the earthquake.",
    "Aftershocks shook the mountain villages around Varenna, and families slept outside in the cold.",
    "Schools in Varenna will stay closed for a week after the earthquake, Tomas Brenner said on Monday.",
    "Aid trucks carrying blankets and water reached Varenna on Monday, a day after the earthquake.",
    "The Red Crescent sent tents to Varenna, where the 6.1 earthquake left hundreds of homes unsafe.",
    "Doctors at the Varenna hospital treated dozens of injured as the earthquake's toll rose to 12.",
]
SHORT_COAST = [
    "A magnitude 5.4 earthquake shook Lisca on Tuesday, injuring 40 people and damaging the old harbour.",
    "Mayor Ana Duvall said 40 people were hurt in the Lisca earthquake and the port would stay closed.",
    "Rescue teams checked buildings along the Lisca harbour for damage from Tuesday's earthquake.",
    "Aftershocks rattled the port city of Lisca, and fishermen kept their boats out of the harbour.",
    "Engineers inspected the harbour wall in Lisca, cracked by Tuesday's 5.4 earthquake.",
    "Ferries to Lisca were cancelled after the earthquake damaged the quay, the port authority said.",
    "Shopkeepers in Lisca swept up glass on Wednesday as Mayor Duvall promised help with repairs.",
]


def test_a_corpus_of_one_story_told_in_short_varied_reports_stays_one_story(monkeypatch):
    """The corpus's own idf makes the story's shared names weigh nearly nothing, so the gathering alone scatters
    it; the corpus is dense and the gathered groups weakly knit, so it is read as one topic, which holds one story."""
    articles = [news(t) for t in SHORT_NORTH]
    assert partition(group_articles(articles)) == {frozenset(SHORT_NORTH)}
    monkeypatch.setattr(stories, "DENSE", float("inf"))
    assert len(group_articles(articles)) > 1


def test_two_events_of_one_kind_in_a_corpus_of_one_topic_are_still_split(monkeypatch):
    articles = [news(t) for t in SHORT_NORTH + SHORT_COAST]
    assert partition(group_articles(articles)) == {frozenset(SHORT_NORTH), frozenset(SHORT_COAST)}
    monkeypatch.setattr(stories, "DENSE", float("inf"))
    assert len(group_articles(articles)) > 2


def test_a_corpus_of_many_topics_is_not_read_as_one(monkeypatch):
    """Few pairs of its articles are linked: the gathering stands, and the one-topic reading's cost is spared."""
    articles = [news(t) for t in QUAKE_NORTH + LAUNCH_BERLIN + MATCH]
    read = []
    monkeypatch.setattr(stories, "_one_topic", lambda members, *_: read.append(members) or [members])
    assert partition(group_articles(articles)) == {frozenset(QUAKE_NORTH), frozenset(LAUNCH_BERLIN), frozenset(MATCH)}
    assert not read
    monkeypatch.setattr(stories, "DENSE", 0.0)
    group_articles(articles)
    assert read


def test_reports_of_many_events_told_in_one_template_are_not_read_as_one_topic(monkeypatch):
    """A newsroom template links every pair by its words and the capitals opening its sentences, but no names."""
    boilerplate = (" Frankly, officials said the response was quick. Hospital staff worked through the night. "
                   "Independent experts will review the handling of the incident.")
    events = list(zip(("Varenna", "Lisca", "Tampere", "Orvik", "Saldana", "Kerrow"),
                      ("Ana Duvall", "Tomas Brenner", "Zofia Rahimi", "Kenji Mori", "Lena Hart", "Joel Amsel")))
    texts = [[f"A fire broke out in {place} on Sunday, {person} said.{boilerplate}",
              f"{person} said the fire in {place} was under control by Sunday night.{boilerplate}",
              f"Firefighters in {place} were praised by {person} after Sunday's fire.{boilerplate}"]
             for place, person in events]
    read = []
    monkeypatch.setattr(stories, "_one_topic", lambda members, *_: read.append(members) or [members])
    assert partition(group_articles([news(t) for group in texts for t in group])) == {frozenset(g) for g in texts}
    assert not read


def test_articles_joined_only_by_weak_links_are_not_one_topic():
    """A word or two shared by chance (a weekday, "rescue") must not draw an unrelated story into a topic's split."""
    sims = {(0, 1): 0.5, (1, 2): 0.4, (2, 3): 0.03, (3, 4): 0.6}
    assert sorted(stories._linked_parts(5, sims)) == [[0, 1, 2], [3, 4]]


def test_modularity_prefers_the_grouping_that_keeps_strong_links_inside():
    sims = {(0, 1): 0.6, (2, 3): 0.5, (1, 2): 0.1, (0, 3): 0.05}
    pairs, one, apart = [[0, 1], [2, 3]], [[0, 1, 2, 3]], [[0], [1], [2], [3]]
    assert stories._modularity(pairs, sims) > stories._modularity(one, sims) == pytest.approx(0.0)
    assert stories._modularity(pairs, sims) > stories._modularity(apart, sims)
    assert stories._modularity([[0, 2], [1, 3]], sims) < 0


@pytest.mark.parametrize(("tokenised", "plain"), [
    ("the company ’ s browser , IE11 , got a fix .", "the company’s browser, IE11, got a fix."),
    ("a 6. 1 - magnitude quake hit an island home to 120, 000 people", "a 6.1 - magnitude quake hit an island home "
                                                                       "to 120,000 people"),
    ("( AP ) Officials said : “ no damage ” !", "(AP) Officials said: “no damage”!"),
])
def test_normalise_undoes_tokenisation(tokenised, plain):
    assert normalise(tokenised) == plain


def test_tokenised_and_plain_reports_of_one_story_group_together():
    tokenised = [
        "A magnitude 5. 4 earthquake shook the port city of Lisca on Tuesday , injuring 40 people , mayor Ana "
        "Duvall said .\nThe city ’ s harbour was damaged .",
        "Mayor Ana Duvall said 40 people were injured in Lisca ’ s 5. 4 earthquake .\nRescue teams checked the "
        "harbour .",
    ]
    articles = [news(t) for t in QUAKE_COAST[:2] + tokenised + QUAKE_NORTH]
    assert partition(group_articles(articles)) == {frozenset(QUAKE_COAST[:2] + tokenised), frozenset(QUAKE_NORTH)}


def test_story_title_is_one_of_its_articles_titles():
    titles = ["Quake kills 12 in Varenna", "Varenna digs out after quake", "Varenna toll rises to 12",
              "Governor tours Varenna"]
    articles = [news(t, title) for t, title in zip(QUAKE_NORTH, titles)] + [news(MATCH[0], "Corvin win the cup")]
    built = build_stories(articles)
    quake = next(s for s in built if len(s.articles) == 4)
    assert quake.title in titles
    assert [s.title for s in built if len(s.articles) == 1] == ["Corvin win the cup"]


def test_story_title_prefers_a_whole_headline_to_a_lead_cut_short():
    titles = ["Quake kills 12 in Varenna and leaves hundreds without shelter as rescuers search the…",
              "Varenna digs out after quake", "Varenna toll rises to 12 as aftershocks shake the valley and…",
              "Governor tours Varenna as the toll rises and rescuers dig through the night in the old…"]
    built = build_stories([news(t, title) for t, title in zip(QUAKE_NORTH, titles)])
    assert [s.title for s in built] == ["Varenna digs out after quake"]


def test_one_word_in_common_is_not_a_story():
    assert len(group_articles([news("The river flooded the town."), news("The town was quiet.")])) == 2
    assert len(group_articles([news("Joel Amsel scored twice."), news("Twice, Joel Amsel scored.")])) == 1


def test_articles_far_apart_in_time_need_more_in_common():
    first, second = (
        "Corvin United beat Harlow Athletic in the cup final at Westbridge Stadium; fans crowded the streets.",
        "Fans of Corvin United crowded the streets of the city after the final, and the club's coach thanked them.",
    )
    assert len(group_articles([news(first, date="2020-05-01"), news(second, date="2020-05-03")])) == 1
    assert len(group_articles([news(first, date="2020-05-01"), news(second, date="2021-05-03")])) == 2


def test_time_apart_weighs_in_only_where_every_article_has_a_date():
    """Were only the dated pairs weighed down, a story's dated reports would be set further from one another
    than from another story's undated ones."""
    texts = ("Corvin United beat Harlow Athletic in the cup final at Westbridge Stadium; fans crowded the streets.",
             "Fans of Corvin United crowded the streets of the city after the final; the club's coach thanked them.",
             "Corvin United fans crowded Westbridge Stadium for the final against Harlow Athletic.")

    def links(*dates):
        return stories._links([news(t, date=d) for t, d in zip(texts, dates)], {})[1]

    assert links("2020-05-01", "2021-05-03", None) == links(None, None, None)
    assert links("2020-05-01", "2021-05-03", "2021-05-04")[(0, 1)] < links(None, None, None)[(0, 1)]


def test_a_thousand_articles_group_in_seconds():
    rnd = random.Random(7)
    words = ["".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(3)) for _ in range(3000)]
    common = words[:200]  # the everyday vocabulary every story uses
    texts, truth = [], []
    for story in range(100):
        own = words[200 + story * 25: 225 + story * 25]
        for _ in range(10):
            texts.append(" ".join(rnd.choice(own if rnd.random() < 0.3 else common) for _ in range(300)))
            truth.append(story)
    articles = [news(t) for t in texts]
    start = time.perf_counter()
    groups = group_articles(articles)
    assert time.perf_counter() - start < 15
    story_of = dict(zip(texts, truth))
    assert sorted(sorted(story_of[a.text] for a in g) for g in groups) == [[s] * 10 for s in range(100)]


def test_a_dense_corpus_of_one_topic_groups_in_seconds():
    """Most articles link to most others: the gathering's average links are kept per cluster pair, not re-summed."""
    rnd = random.Random(7)
    words = ["".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(3)) for _ in range(400)]
    common, topic = words[:200], words[200:240]
    texts, truth = [], []
    for story in range(2):
        own = words[300 + story * 25: 325 + story * 25]
        for _ in range(200):
            texts.append(" ".join(rnd.choice(own if rnd.random() < 0.15 else topic if rnd.random() < 0.3 else common)
                                  for _ in range(300)))
            truth.append(story)
    start = time.perf_counter()
    groups = group_articles([news(t) for t in texts])
    assert time.perf_counter() - start < 15
    story_of = dict(zip(texts, truth))
    assert sorted(sorted(story_of[a.text] for a in g) for g in groups) == [[0] * 200, [1] * 200]


def test_a_report_split_off_from_its_story_rejoins_it(monkeypatch):
    """A short report falls short of the story's average link on its own; it is clearly nearest that story."""
    short = "Governor Tomas Brenner asked for tents; aftershocks kept families outside."
    articles = [news(t) for t in QUAKE_NORTH + QUAKE_COAST + MATCH + [short]]
    whole = {frozenset(QUAKE_NORTH + [short]), frozenset(QUAKE_COAST), frozenset(MATCH)}
    monkeypatch.setattr(stories, "DENSE", float("inf"))  # the gathering's own step, without the one-topic reading
    assert partition(group_articles(articles)) == whole
    monkeypatch.setattr(fragments, "FLOOR", float("inf"))
    assert partition(group_articles(articles)) != whole


def test_a_vague_report_of_a_kind_of_event_joins_no_story(monkeypatch):
    """Nearer one earthquake than the other, but far less close than that story's reports are to each other."""
    vague = "Aftershocks shook homes after the earthquake; rescue teams checked the damage."
    articles = [news(t) for t in QUAKE_NORTH + QUAKE_COAST + MATCH + [vague]]
    monkeypatch.setattr(stories, "DENSE", float("inf"))  # the gathering's own step: read as one topic, the dense
    assert frozenset([vague]) in partition(group_articles(articles))  # corpus has every report told on a side
    monkeypatch.setattr(fragments, "LIKENESS", 0.0)
    assert frozenset([vague]) not in partition(group_articles(articles))


@pytest.mark.parametrize(("to_first", "to_second", "joins"),
                         [(0.2, 0.05, True), (0.2, 0.18, False), (0.08, 0.0, False)])
def test_a_fragment_joins_only_a_story_that_stands_out_above_a_floor(to_first, to_second, joins):
    """Article 6 is a fragment; groups 0-2 and 3-5 are stories (links 0.3 within each)."""
    sims = {(i, j): 0.3 for side in ((0, 1, 2), (3, 4, 5)) for i in side for j in side if i < j}
    sims.update({(i, 6): to_first for i in (0, 1, 2)} | {(i, 6): to_second for i in (3, 4, 5)})
    groups = attach_fragments([[0, 1, 2], [3, 4, 5], [6]], sims, 4)
    assert ([0, 1, 2, 6] in groups) is joins and ([6] in groups) is not joins


@pytest.mark.parametrize(("lone_to_other", "joins"), [(0.0, True), (0.25, False)])
def test_a_lone_article_drawn_to_the_same_story_is_no_rival(lone_to_other, joins):
    """Articles 8 and 9 are both near story 0-3; 9 rivals 8 only when it is drawn to story 4-7 instead."""
    sims = {(i, j): 0.3 for side in ((0, 1, 2, 3), (4, 5, 6, 7)) for i in side for j in side if i < j}
    sims.update({(i, 8): 0.2 for i in range(4)} | {(i, 9): 0.19 for i in range(4)} | {(8, 9): 0.18})
    sims.update({(i, 9): lone_to_other for i in range(4, 8)})
    groups = attach_fragments([[0, 1, 2, 3], [4, 5, 6, 7], [8], [9]], sims, 4)
    assert (8 in next(g for g in groups if 0 in g)) is joins


def test_a_lone_article_joins_the_story_holding_its_nearest_neighbours_despite_a_close_runner_up(monkeypatch):
    """Article 10 is very near five of story 0-7's varied reports, so its average link to that story is diluted to
    little above its even link to story 11-13; its nearest neighbours decide."""
    sims = {(i, j): 0.3 for side in (range(8), (11, 12, 13)) for i in side for j in side if i < j}
    sims.update({(i, 10): 0.3 for i in range(5)} | {(10, i): 0.15 for i in (11, 12, 13)})
    joined = [0, 1, 2, 3, 4, 5, 6, 7, 10]
    assert joined in attach_fragments([list(range(8)), [10], [11, 12, 13]], sims, 4)
    monkeypatch.setattr(fragments, "DRAWN", float("inf"))
    assert joined not in attach_fragments([list(range(8)), [10], [11, 12, 13]], sims, 4)


def test_a_lone_article_joins_the_story_holding_its_nearest_neighbours_though_less_alike(monkeypatch):
    """Article 10, a short report, is less close to story 0-7 than its members are to each other, yet nearest it."""
    sims = {(i, j): 0.6 for i in range(8) for j in range(8) if i < j} | {(i, 10): 0.2 for i in range(8)}
    assert list(range(8)) + [10] in attach_fragments([list(range(8)), [10]], sims, 4)
    monkeypatch.setattr(fragments, "DRAWN", float("inf"))
    assert [10] in attach_fragments([list(range(8)), [10]], sims, 4)


def test_a_small_story_whose_members_are_each_others_nearest_is_not_drawn_away(monkeypatch):
    """Articles 10-12 are each other's nearest neighbours; past them, every one's nearest are story 0-7's, and story
    13-16 is a close runner-up."""
    sims = {(i, j): 0.3 for side in (range(8), (13, 14, 15, 16)) for i in side for j in side if i < j}
    sims.update({(i, j): 0.2 for i in (10, 11, 12) for j in (10, 11, 12) if i < j})
    sims.update({(i, j): 0.19 for i in range(8) for j in (10, 11, 12)})
    sims.update({(i, j): 0.15 for i in (10, 11, 12) for j in (13, 14, 15, 16)})
    groups = [list(range(8)), [10, 11, 12], [13, 14, 15, 16]]
    assert [10, 11, 12] in attach_fragments(groups, sims, 4)
    monkeypatch.setattr(fragments, "DRAWN", 0.5)
    assert [10, 11, 12] not in attach_fragments(groups, sims, 4)


BUDGET = [
    "Harlow council approved its {year} budget on a vote of {vote}, raising council tax by {rise} percent. Council "
    "leader Mara Quint said libraries and bus routes would be protected, while opposition members called the rise "
    "unfair to pensioners.",
    "The {year} budget passed the Harlow council {vote}; council tax will rise {rise} percent. Opposition members said "
    "pensioners would pay for it, but council leader Mara Quint promised libraries and bus routes would stay.",
    "Council tax in Harlow rises {rise} percent under the {year} budget, approved {vote} by the council. Mara Quint, "
    "the council leader, said the money keeps libraries open and bus routes running.",
    "By {vote} votes, Harlow council backed the {year} budget with a {rise} percent council tax rise. Pensioners' "
    "groups protested outside, and council leader Mara Quint defended the libraries and bus routes.",
]


def test_numbers_tell_apart_two_events_told_in_the_same_words(monkeypatch):
    """Two budgets of one council, years apart: only the year, the vote and the rise differ."""
    first = [t.format(year=2019, vote="31 to 9", rise="2.9") for t in BUDGET]
    second = [t.format(year=2023, vote="27 to 13", rise="4.99").replace("budget", "budget of 16.8 million pounds", 1)
              for t in BUDGET]
    articles = [news(t) for t in first + second + QUAKE_NORTH]
    apart = {frozenset(first), frozenset(second), frozenset(QUAKE_NORTH)}
    assert partition(group_articles(articles)) == apart
    monkeypatch.setattr(stories, "NUMBER_WEIGHT", 1)  # numbers weighed as ordinary words
    assert partition(group_articles(articles)) != apart


@pytest.mark.parametrize(("second_to_other", "dissolved"), [(0.25, True), (0.0, False)])
def test_a_pair_whose_members_belong_with_two_stories_is_dissolved(second_to_other, dissolved):
    """Articles 8 and 9 are close to each other; 8 is drawn to story 0-3 and 9, unless unlinked, to story 4-7."""
    sims = {(i, j): 0.3 for side in ((0, 1, 2, 3), (4, 5, 6, 7)) for i in side for j in side if i < j}
    sims.update({(i, 8): 0.25 for i in range(4)} | {(i, 9): second_to_other for i in range(4, 8)} | {(8, 9): 0.6})
    groups = attach_fragments([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]], sims, 4)
    assert ([8, 9] not in groups) is dissolved
    assert ([0, 1, 2, 3, 8] in groups) is dissolved and ([4, 5, 6, 7, 9] in groups) is dissolved


@pytest.mark.parametrize("turn", range(4))
def test_story_title_names_what_its_articles_share(turn):
    """The headline naming the story's people, place and event wins, whichever article carries it."""
    titles = ["Well, it was a long night", "Rescuers work on", "Governor Tomas Brenner says 12 died in Varenna "
              "earthquake", "Families sleep outside"]
    titles = titles[turn:] + titles[:turn]
    built = build_stories([news(t, title) for t, title in zip(QUAKE_NORTH, titles)])
    assert [s.title for s in built] == ["Governor Tomas Brenner says 12 died in Varenna earthquake"]


def _links(pairs: dict[tuple[int, int], float]):
    return lambda i, j: pairs.get((min(i, j), max(i, j)), 0.0)


def test_shared_neighbours_tell_two_events_apart_where_topic_words_make_all_links_alike():
    """Twelve reports, six per event: links within an event (0.30) barely above links across (0.26), as when two
    events share a topic's words; each report's nearest are its own event's, so the split criterion is met."""
    rnd = random.Random(3)
    first, second = list(range(6)), list(range(6, 12))
    pairs = {(i, j): (0.30 if (i < 6) == (j < 6) else 0.26) + rnd.uniform(-0.01, 0.01)
             for i in range(12) for j in range(i + 1, 12)}
    link = _links(pairs)
    assert stories._separation(first, second, link) < stories.SEPARATION
    assert stories._separation(first, second, stories._shared_neighbours(first + second, link)) >= stories.SEPARATION


def test_shared_neighbours_find_no_two_events_in_one_story():
    """Links of one story vary at random: any halving leaves members' neighbours on both sides."""
    rnd = random.Random(5)
    pairs = {(i, j): rnd.uniform(0.2, 0.4) for i in range(12) for j in range(i + 1, 12)}
    link = _links(pairs)
    members = list(range(12))
    for _ in range(20):
        rnd.shuffle(members)
        left, right = members[:6], members[6:]
        assert stories._separation(left, right, stories._shared_neighbours(members, link)) < stories.SEPARATION


def test_a_small_group_is_weighed_by_its_links_alone():
    link = _links({(0, 1): 0.3, (0, 2): 0.1, (1, 2): 0.2})
    assert stories._shared_neighbours([0, 1, 2], link) is link
