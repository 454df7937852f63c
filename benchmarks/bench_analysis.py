"""Speed and memory of the analysis engine against bare spaCy, on the seed pair and a synthetic corpus.

    .venv/bin/python benchmarks/bench_analysis.py [--articles 200] [--seed 7] [--profile]

For each corpus it reports, each measured in a fresh subprocess so peak RSS belongs to that step alone:

* `nlp.pipe`: bare spaCy over the same texts (the pipeline newsview loads, model load excluded), timed by
  turns with the cold analysis in one process so both see the same machine;
* cold: `newsview.analysis.analyse` with an empty temporary cache dir (parse, per-article analysis,
  cache writes, then entities, statement matching and the fact diff across all articles);
* cached: the same call again in the same process: the comparison itself comes from the cache (and, for
  information, the same with only the per-article analyses cached, everything across articles recomputed);
* the overhead ratio cold / pipe (aim <= 1.3x) and cached as % of cold (aim < 5%);
* peak RSS (ru_maxrss) of a process doing only that step, and Python's traced peak during one cold analysis
  (tracemalloc, in a separate untimed run);
* how many unit pairs the fact alignment scored, against every cross-article pair.

The synthetic corpus is made here from templates (random names, places, numbers and quotes, 300-800 words,
fixed seed), in groups of articles about the same invented event so alignment has real work to do.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = [REPO / "seeds" / "000_bc20113c5b07d9bb.txt", REPO / "seeds" / "004_c99cd6f376a91b6b.txt"]

# --- the synthetic corpus ------------------------------------------------------------------------------

FIRST = ["Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hamza", "Ingrid", "Jonas", "Keiko",
         "Lars", "Mireille", "Nikolai", "Oona", "Pavel", "Quentin", "Rosa", "Soren", "Tamsin", "Umar", "Vera",
         "Wendell", "Ximena", "Yusuf", "Zofia", "Aurelio", "Bettina", "Casimir", "Delphine", "Emeka", "Fiona",
         "Gideon", "Halima", "Ignacio", "Janelle", "Kwame", "Lucinda", "Matteo", "Nadia", "Oswald", "Priya"]
LAST = ["Abernathy", "Balogun", "Castellano", "Drummond", "Eriksen", "Fontaine", "Gallagher", "Hakimi",
        "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo", "Petrakis",
        "Quintero", "Rasmussen", "Szabo", "Thorne", "Underwood", "Valdivia", "Whitlock", "Yilmaz", "Zamora",
        "Achterberg", "Brennan", "Chaudhry", "Delacroix", "Esposito", "Fitzgerald", "Grabowski", "Holmberg",
        "Ivanova", "Jaramillo", "Kovacs", "Lefebvre", "Moreau", "Novak", "Oyelaran", "Pellegrini", "Rahimi"]
PLACES = [("Porto", "Portugal"), ("Gdansk", "Poland"), ("Valencia", "Spain"), ("Leipzig", "Germany"),
          ("Tampere", "Finland"), ("Lyon", "France"), ("Bologna", "Italy"), ("Cork", "Ireland"),
          ("Brno", "the Czech Republic"), ("Ghent", "Belgium"), ("Bergen", "Norway"), ("Malmo", "Sweden"),
          ("Mombasa", "Kenya"), ("Recife", "Brazil"), ("Cebu", "the Philippines"), ("Izmir", "Turkey"),
          ("Osaka", "Japan"), ("Adelaide", "Australia"), ("Halifax", "Canada"), ("Tucson", "Arizona"),
          ("Cordoba", "Argentina"), ("Kumasi", "Ghana"), ("Surabaya", "Indonesia"), ("Da Nang", "Vietnam")]
ORGS = [("National Water Authority", "NWA"), ("Ministry of Transport", None), ("Harbor Workers Union", None),
        ("Regional Health Service", "RHS"), ("Federal Energy Commission", "FEC"), ("Coastal Rescue Agency", None),
        ("Institute for Fiscal Research", "IFR"), ("Department of Education", None), ("Meridian Rail", None),
        ("Northgate Chemicals", None), ("Civil Aviation Board", "CAB"), ("Green Valley Cooperative", None),
        ("Department of Agriculture", None), ("Supreme Court", None), ("Red Cross", None)]
# one public figure many stories touch (`--figure`, the share of them), with a relative of the same surname: one
# surname said across hundreds of articles, by both sexes, is a load the cross-article name steps must stay fast on
FIGURE = ["Prime Minister Anton Marchetti visited {city} on {day}.",
          "Mr. Marchetti promised {money} million euros to {people}.",
          "His wife, Lucia Marchetti, is expected to meet the {org}.",
          "Marchetti's office did not say when he would return to {city}.",
          "Critics of Anton Marchetti said the response to {noun} came too late.",
          "Lucia Marchetti, who chairs a charity for {people}, wrote to the {org} on {day}."]
OUTLETS = ["Reuters", "the Associated Press", "local radio", "a regional newspaper", "state television"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PARTS = ["morning", "afternoon", "evening", "night"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
ROLES = ["spokeswoman", "spokesman", "director", "chief executive", "deputy minister", "union leader",
         "regional governor", "lead investigator", "senior engineer", "mayor"]
TOPICS = {
    "flood": ("floodwaters", "swept through", "residents", "evacuated", "homes", "the river burst its banks",
              "emergency shelters", "sandbags", "rainfall"),
    "strike": ("dock workers", "walked off the job at", "shipments", "stranded", "containers",
               "talks over pay collapsed", "picket lines", "wage offer", "overtime"),
    "fire": ("a chemical fire", "broke out at", "firefighters", "contained", "warehouses",
             "a storage tank exploded", "toxic smoke", "air quality", "ventilation"),
    "derailment": ("a freight train", "derailed near", "passengers", "rerouted", "carriages",
                   "a signal failed", "the tracks", "repair crews", "timetables"),
    "ruling": ("the court", "struck down a law in", "lawmakers", "appealed", "provisions",
               "the judges ruled it unconstitutional", "the verdict", "legal challenges", "legislation"),
    "outbreak": ("health officials", "reported an outbreak in", "patients", "treated", "clinics",
                 "contaminated water was suspected", "vaccination teams", "test results", "symptoms"),
    "budget": ("the city council", "approved a budget for", "taxpayers", "consulted", "departments",
               "revenue fell short of forecasts", "spending cuts", "public services", "borrowing"),
    "blackout": ("a power cut", "left much of", "households", "reconnected", "substations",
                 "a transformer overheated", "backup generators", "the grid", "electricity demand"),
}
FILLER = [
    "Analysts said the episode exposed long-standing weaknesses in how {place} plans for emergencies.",
    "The {org} has faced criticism in the past over its handling of {noun}.",
    "Similar problems were reported in {other} in {month} {year}, when {n2} {people} were affected.",
    "Opposition politicians called for an independent inquiry into the response.",
    "Residents described long queues and confusion about where to go for help.",
    "Insurance companies have not yet estimated the total cost, but early figures run to {money} million euros.",
    "The government promised a full review once the immediate crisis is over.",
    "Shops in the centre of {place} stayed closed for most of the day.",
    "Volunteers from neighbouring towns arrived to help with the clean-up.",
    "Local businesses said the disruption could last well into next month.",
    "Officials declined to say when a final report would be published.",
    "Critics argued that warnings issued earlier in the year had been ignored.",
    "Schools in the area were told to remain closed until further notice.",
    "Traffic around {place} was diverted for several hours as crews worked.",
    "The {org} said it would publish updated figures on {day2}.",
    "Several {people} told reporters they had received no warning at all.",
]


SUBJECTS = ["Local officials", "Neighbouring councils", "Two opposition parties", "A group of engineers",
            "Several aid groups", "The regional parliament", "Independent experts", "Hospital managers",
            "Farmers in the district", "A coalition of charities", "Transport planners", "Retired inspectors",
            "Shop owners near the station", "Parents at two primary schools", "A panel of auditors"]
VERBS = ["questioned", "welcomed", "criticised", "reviewed", "challenged", "praised", "studied", "debated",
         "supported", "rejected", "documented", "investigated", "discussed", "examined", "summarised"]
OBJECTS = ["the emergency budget", "the evacuation plan", "an earlier inspection report", "the new safety rules",
           "the compensation scheme", "a proposal to rebuild the depot", "the latest casualty figures",
           "the timetable for repairs", "a petition signed by residents", "the insurance settlement",
           "the minister's decision", "the warning system", "a leaked internal memo", "the cost estimates",
           "the staffing levels at night"]
ADJUNCTS = ["at a meeting on {day2}", "in a letter published this week", "during a heated session",
            "for the third time this year", "behind closed doors", "in an online briefing",
            "after months of delays", "with growing impatience", "at the town hall", "in {month} {year}",
            "before the holiday weekend", "without giving details", "despite the late hour",
            "in front of {n2} people", "while the clean-up continued"]


OPENERS = ["Frankly,", "Let me be clear:", "Honestly,", "Look,", "As of today,", "For now,", "In the end,", ""]
CLAIMS = ["the {noun} will need {n} more weeks of work", "we owe the {people} of {place} an apology",
          "the budget for the {noun} was cut {n} times", "{n} teams are working through the night",
          "the warning came too late for {place}", "the {noun} were inspected in {month}",
          "we will publish every document about the {noun}", "no one at the {org} ignored the alarms",
          "the {people} deserve answers by {day2}", "the cost could pass {n} million euros",
          "it was the worst day for {place} in {n} years", "our crews reached the {noun} within {n} minutes"]
CODAS = ["and we will not stop until it is fixed", "whatever the critics say", "and that is a promise",
         "because the law demands it", "even if it takes all year", "and I take full responsibility", ""]


def make_quote(rng: random.Random, fill: dict) -> str:
    """A quotation of an event's own: openers, claims and codas combined, so stories rarely share one."""
    claim = rng.choice(CLAIMS).format(n=rng.randrange(2, 60), **fill)
    text = " ".join(p for p in (rng.choice(OPENERS), claim, rng.choice(CODAS)) if p)
    return text[0].upper() + text[1:]


def _filler(rng: random.Random, fill: dict) -> str:
    if rng.random() < 0.12:  # a little of the boilerplate every newsroom repeats
        return rng.choice(FILLER).format(**fill)
    adj = rng.choice(ADJUNCTS).format(**fill)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {adj}."


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def make_event(rng: random.Random, n: int, figure: float) -> dict:
    topic = rng.choice(list(TOPICS))
    city, country = rng.choice(PLACES)
    people = [_person(rng) for _ in range(3)]
    org, acronym = rng.choice(ORGS)
    return {"n": n, "topic": topic, "city": city, "country": country, "people": people,
            "roles": rng.sample(ROLES, 3), "org": org, "acronym": acronym, "day": rng.choice(DAYS),
            "part": rng.choice(PARTS), "count": rng.randrange(12, 4000), "money": rng.randrange(2, 900),
            "years": rng.randrange(8, 40), "figure": rng.random() < figure}


def make_article(rng: random.Random, ev: dict, variant: int) -> str:
    """One outlet's article about an event: shared core facts, their own details, times and quotes."""
    subj, verb, people, done, noun, cause, extra, thing, measure = TOPICS[ev["topic"]]
    city, country = ev["city"], ev["country"]
    (f1, l1), (f2, l2), (f3, l3) = ev["people"]
    r1, r2, r3 = ev["roles"]
    day = ev["day"]
    when = rng.choice([f"on {day} {ev['part']}", f"late on {day}", f"early {day}", f"on {day}"])
    count = ev["count"] if rng.random() < 0.8 else ev["count"] + rng.randrange(5, 50)
    org = ev["org"]
    short_org = ev["acronym"] or org
    words = dict(verb=rng.choice(["restore", "repair", "reopen", "secure"]), noun=noun, people=people,
                 years=ev["years"])
    q = ev.setdefault("quotes", [make_quote(random.Random(ev["n"] * 31 + k), {**words, "place": city, "org": org,
                                                                          "day2": day, "month": "May"})
                                   for k in range(4)])
    where = rng.choice([f"in {city}", f"in {city}, {country},", f"near the old harbour in {city}", f"in {country}"])
    paras = [
        f"{subj.capitalize()} {verb} {city} {when}, and {count} {people} were {done}, officials said.",
        f"The {org} said {cause} {where} and that {extra} had been deployed.",
        f"\"{q[0]},\" said {f1} {l1}, the {r1} of the {org}. \"{q[1]}.\"",
        f"{l1} told {rng.choice(OUTLETS)} that {thing} would be inspected before the weekend.",
        f"{f2} {l2}, a {r2}, warned that the situation \"{q[2].lower()}\" if nothing changed.",
        f"The damage to {noun} is severe, according to {f3} {l3}, a {r3} who visited the site.",
        f"\"{q[3]},\" {l3} said.",
        f"The {short_org} issued a statement {rng.choice(['late', 'early'])} on {day}. "
        f"\"The {measure} in {city} will be reviewed in full,\" the statement said.",
    ]
    if ev["figure"]:
        said = rng.sample(FIGURE, 3)
        paras.append(" ".join(said).format(city=city, day=day, money=ev["money"], org=org, people=people, noun=noun))
    rest = paras[3:]
    rng.shuffle(rest)
    paras[3:] = rest
    if variant % 3 == 0:
        paras.insert(2, f"The following statement was released by the {org}:\n\n"
                        f"We regret the disruption caused to {people} and we are working around the clock "
                        f"with {extra} to limit the damage.")
    target = rng.randrange(300, 800)
    fill = dict(place=city, org=org, noun=noun, people=people, day2=rng.choice(DAYS), month=rng.choice(MONTHS),
                year=rng.randrange(2005, 2023), n2=rng.randrange(20, 900), money=rng.randrange(3, 600),
                other=rng.choice(PLACES)[0])
    body = list(paras)
    while sum(len(p.split()) for p in body) < target:
        extra_par = " ".join(dict.fromkeys(_filler(rng, fill) for _ in range(rng.randrange(1, 4))))
        if rng.random() < 0.3:
            f, l = _person(rng)
            extra_par += f" \"{make_quote(rng, fill)},\" said {f} {l}, a {rng.choice(ROLES)}."
        body.insert(rng.randrange(3, len(body) + 1), extra_par)
    return "\n\n".join(body) + "\n"


def synthetic_events(count: int, seed: int, figure: float = 0.0) -> list[tuple[int, str]]:
    """(event number, text) of `count` articles, 2-5 to an event; `figure` the share of events that name FIGURE."""
    rng = random.Random(seed)
    out: list[tuple[int, str]] = []
    n = 0
    while len(out) < count:
        ev = make_event(rng, n, figure)
        for v in range(min(rng.randrange(2, 6), count - len(out))):
            out.append((n, make_article(rng, ev, v)))
        n += 1
    return out


def synthetic_texts(count: int, seed: int, figure: float = 0.0) -> list[str]:
    return [text for _, text in synthetic_events(count, seed, figure)]


# --- measurements (each in its own process) ------------------------------------------------------------

def _articles(texts: list[str]):
    from newsview.corpus.model import Article, content_id

    return [Article(content_id(t), None, None, None, None, t) for t in texts]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


SCALE = 5  # times over that the articles' analyses are taken for the entities of a larger corpus
REPEAT = 2  # timed runs of each step; the fastest counts (the machine may be busy with other work)


def _runs(texts: list[str]) -> int:
    """Timed runs: a few more for a small corpus, whose fraction of a second is easily disturbed."""
    return REPEAT * 3 if len(texts) < 10 else REPEAT


def phase_pipe(texts: list[str]) -> dict:
    from newsview.analysis.nlp import load_model
    from newsview.config import AnalysisConfig

    nlp = load_model(AnalysisConfig().model)
    list(nlp.pipe(["Warm up the pipeline once."]))
    base = _rss_mb()
    walls = []
    for _ in range(_runs(texts)):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        walls.append(time.perf_counter() - t0)
        tokens = sum(len(d) for d in docs)
        del docs
    return {"pipe_alone_s": min(walls), "pipe_rss_mb": _rss_mb(), "base_rss_mb": base, "tokens": tokens}


def _resolve_scaled(articles: list, docs: dict, settings) -> float:
    """Seconds to resolve the entities of SCALE times the articles: each article's analysis again as another
    article's, so every name recurs SCALE times as often (as a public figure's does) with no more parsing."""
    from newsview.analysis.entities import resolve

    mentions, sexes = {}, {}
    for k in range(SCALE):
        for a in articles:
            copy = f"{a.id}~{k}"
            mentions[copy] = json.loads(json.dumps(docs[a.id]["mentions"]))
            sexes.update({(copy, start, end): sex for start, end, sex in docs[a.id]["sexes"]})
    t0 = time.perf_counter()
    resolve(mentions, settings.entity_threshold, {}, {}, sexes)
    return time.perf_counter() - t0


def phase_analyse(texts: list[str]) -> dict:
    from newsview.analysis import analyse, comparison, facts, nlp as nlp_mod
    from newsview.config import AnalysisConfig

    settings = AnalysisConfig()
    nlp_mod.load_model(settings.model)
    list(nlp_mod.load_model(settings.model).pipe(["Warm up the pipeline once."]))
    counts = {}
    real_pairs = facts.candidate_pairs

    def counting(units, *a, **k):
        pairs = real_pairs(units, *a, **k)
        per_article: dict[str, int] = {}
        for u in units:
            per_article[u.article] = per_article.get(u.article, 0) + 1
        total = len(units) * (len(units) - 1) // 2 - sum(n * (n - 1) // 2 for n in per_article.values())
        counts.update(units=len(units), scored=len(pairs), all_pairs=total)
        return pairs

    facts.candidate_pairs = counting
    stages = {}
    real_articles = comparison.analyse_articles

    def timed_articles(*a, **k):
        t = time.perf_counter()
        out = real_articles(*a, **k)
        stages["per_article_s"] = time.perf_counter() - t
        return out

    comparison.analyse_articles = timed_articles
    articles = _articles(texts)
    base = _rss_mb()
    colds, per_article, pipes = [], [], []
    root = os.environ["NEWSVIEW_CACHE_DIR"]
    model = nlp_mod.load_model(settings.model)
    for n in range(_runs(texts)):  # bare spaCy and a cold analysis by turns, so both see the same machine
        t0 = time.perf_counter()
        for _ in model.pipe(texts, batch_size=16):
            pass
        pipes.append(time.perf_counter() - t0)
        os.environ["NEWSVIEW_CACHE_DIR"] = os.path.join(root, f"run{n}")  # an empty cache dir each time
        t0 = time.perf_counter()
        result = analyse(articles, settings, use_cache=True)
        colds.append(time.perf_counter() - t0)
        per_article.append(stages["per_article_s"])
    best = colds.index(min(colds))
    t1 = time.perf_counter()
    again = analyse(articles, settings, use_cache=True)
    cached = time.perf_counter() - t1
    assert again == result
    t2 = time.perf_counter()
    comparison.compare(articles, settings, use_cache=True)  # articles from the cache, the rest recomputed
    cross_again = time.perf_counter() - t2
    scaled = _resolve_scaled(articles, comparison.analyse_articles(articles, settings, True, None, []), settings)
    return {"pipe_s": min(pipes), "cold_s": colds[best], "cold_per_article_s": per_article[best], "cached_s": cached,
            "articles_cached_s": cross_again, "resolve_scaled_s": scaled, "base_rss_mb": base,
            "entities": len(result.entities), "statements": len(result.statements), "facts": len(result.facts),
            **counts}


def phase_rss(texts: list[str]) -> dict:
    """Peak RSS of one cold analysis alone (the timed phase also runs bare spaCy, which would count)."""
    from newsview.analysis import analyse, nlp as nlp_mod
    from newsview.config import AnalysisConfig

    settings = AnalysisConfig()
    nlp_mod.load_model(settings.model)
    analyse(_articles(texts), settings, use_cache=True)
    return {"cold_rss_mb": _rss_mb()}


def phase_tracemalloc(texts: list[str]) -> dict:
    import tracemalloc

    from newsview.analysis import analyse, nlp as nlp_mod
    from newsview.config import AnalysisConfig

    settings = AnalysisConfig()
    nlp_mod.load_model(settings.model)
    articles = _articles(texts)
    tracemalloc.start()
    analyse(articles, settings, use_cache=False)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"traced_peak_mb": peak / 2 ** 20}


def phase_profile(texts: list[str]) -> dict:
    import cProfile
    import io
    import pstats

    from newsview.analysis import analyse, nlp as nlp_mod
    from newsview.config import AnalysisConfig

    settings = AnalysisConfig()
    nlp_mod.load_model(settings.model)
    articles = _articles(texts)
    prof = cProfile.Profile()
    prof.enable()
    analyse(articles, settings, use_cache=False)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(35)
    return {"profile": out.getvalue()}


PHASES = {"pipe": phase_pipe, "analyse": phase_analyse, "rss": phase_rss, "tracemalloc": phase_tracemalloc,
          "profile": phase_profile}


def run_phase(phase: str, texts_file: Path, repeat: int = REPEAT) -> dict:
    """One measurement in a fresh interpreter with an empty cache dir, so nothing carries over."""
    with tempfile.TemporaryDirectory(prefix="newsview-bench-") as cache:
        env = {**os.environ, "NEWSVIEW_CACHE_DIR": cache}
        proc = subprocess.run([sys.executable, __file__, "--phase", phase, "--texts", str(texts_file),
                               "--repeat", str(repeat)],
                              env=env, capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"phase {phase} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(name: str, texts: list[str], profile: bool, repeat: int = REPEAT) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh)
        path = Path(fh.name)
    try:
        row = {"corpus": name, "articles": len(texts), "words": sum(len(t.split()) for t in texts)}
        row.update(run_phase("pipe", path, repeat))
        row.update(run_phase("analyse", path, repeat))
        row.update(run_phase("rss", path, repeat))
        row.update(run_phase("tracemalloc", path))
        if profile:
            print(f"\n--- cProfile, {name}, cold analysis without cache ---")
            print(run_phase("profile", path)["profile"])
    finally:
        path.unlink()
    return row


def table(rows: list[dict]) -> str:
    lines = [
        ("corpus", lambda r: r["corpus"]),
        ("articles / words", lambda r: f"{r['articles']} / {r['words']:,}"),
        ("bare nlp.pipe", lambda r: f"{r['pipe_s']:.2f} s"),
        ("newsview analyse, cold", lambda r: f"{r['cold_s']:.2f} s"),
        ("overhead ratio (aim <= 1.3x)", lambda r: f"{r['cold_s'] / r['pipe_s']:.2f}x"),
        ("  per-article (parse, analysis, cache write)", lambda r: f"{r['cold_per_article_s']:.2f} s"),
        ("  across articles", lambda r: f"{r['cold_s'] - r['cold_per_article_s']:.2f} s"),
        ("cached re-run", lambda r: f"{r['cached_s']:.3f} s"),
        ("cached as % of cold (aim < 5%)", lambda r: f"{100 * r['cached_s'] / r['cold_s']:.1f}%"),
        ("re-run, only articles cached", lambda r: f"{r['articles_cached_s']:.2f} s"),
        (f"entities of {SCALE}x the articles", lambda r: f"{r['resolve_scaled_s']:.2f} s"),
        ("peak RSS, bare pipe", lambda r: f"{r['pipe_rss_mb']:.0f} MB"),
        ("peak RSS, analyse", lambda r: f"{r['cold_rss_mb']:.0f} MB"),
        ("  RSS before (model loaded)", lambda r: f"{r['base_rss_mb']:.0f} MB"),
        ("tracemalloc peak, analyse", lambda r: f"{r['traced_peak_mb']:.0f} MB"),
        ("entities / statements / facts", lambda r: f"{r['entities']} / {r['statements']} / {r['facts']}"),
        ("fact units", lambda r: f"{r['units']:,}"),
        ("unit pairs scored", lambda r: f"{r['scored']:,}"),
        ("cross-article unit pairs", lambda r: f"{r['all_pairs']:,}"),
        ("scored / all pairs", lambda r: f"{100 * r['scored'] / max(1, r['all_pairs']):.2f}%"),
    ]
    width = max(len(label) for label, _ in lines)
    cols = [[fn(r) for _, fn in lines] for r in rows]
    colw = [max(len(c) for c in col) for col in cols]
    out = []
    for k, (label, _) in enumerate(lines):
        out.append(f"{label:<{width}}  " + "  ".join(f"{col[k]:>{w}}" for col, w in zip(cols, colw)))
        if k == 0:
            out.append("-" * len(out[0]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    global REPEAT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--figure", type=float, default=0.5, help="share of stories that name one public figure")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of the cold analysis")
    ap.add_argument("--repeat", type=int, default=REPEAT, help="timed runs per step, the fastest counts")
    ap.add_argument("--dump", type=Path, help="write the synthetic articles as .txt files into this folder")
    ap.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phase:
        REPEAT = max(1, args.repeat)
        texts = json.loads(args.texts.read_text(encoding="utf-8"))
        print(json.dumps(PHASES[args.phase](texts)))
        return 0
    synthetic = synthetic_texts(args.articles, args.seed, args.figure)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for i, text in enumerate(synthetic):
            (args.dump / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    from newsview.corpus.loader import load_file

    seeds = [load_file(str(p))[0].text for p in SEEDS]
    rows = [measure("seed pair", seeds, args.profile, args.repeat),
            measure(f"synthetic ({args.articles})", synthetic, args.profile, args.repeat)]
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
