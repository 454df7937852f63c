"""The spelling of names: the words a name is compared by, and when two words or two people's names are one
however each outlet writes them (transliterations by consonant skeleton and edit distance, pet forms, initials
and clipped given names)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "gen", "general", "maj", "major", "lt", "lieutenant", "col", "colonel", "sgt",
    "capt", "captain", "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime",
    "minister", "secretary", "haj", "hajj", "hajji", "sheikh", "king", "queen", "prince", "princess", "pope",
    "judge", "justice", "mayor", "sir", "lord", "lady", "adm", "admiral", "commander", "chairman", "chairwoman",
    "speaker", "ambassador", "attorney", "officer", "detective", "sergeant", "professor", "prof", "rev",
    "reverend", "father", "saint", "st", "brig", "gens", "defense", "foreign", "state", "former", "late",
    "leader", "chief", "deputy", "coach", "dame", "imam", "ayatollah", "rabbi", "cardinal", "bishop", "mrs.",
    "sheriff", "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman", "councilwoman",
    "councillor", "councilor", "alderman", "commissioner", "superintendent", "inspector", "chancellor", "dean",
    "pastor", "corporal", "cpl", "trooper", "constable", "const", "marshal", "treasurer", "comptroller", "staff",
    "pres",
}
PARTICLES = re.compile(r"\b(?:al|el|ad|ash|as|ar|at|az|an|ul|ud|bin|ibn)[-‐‑]", re.IGNORECASE)
PET_ENDINGS = ("ly", "ie", "y", "s")  # of a clipped name: Philly, Indy, Jags
# of place names; "St" is a street's at a name's end ("117th St."), else a saint's ("St. Louis", "Port St. Lucie")
ABBREVIATIONS = {"mt": "mount", "mtn": "mountain", "ft": "fort", "ave": "avenue", "blvd": "boulevard", "rd": "road"}


def fold(text: str) -> str:
    if not text.isascii():  # most names are: nothing to decompose
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("’", "'").replace("‘", "'")
    return text.replace("`", "'")


def words_of(text: str) -> list[str]:
    return list(_words_of(text))


@lru_cache(maxsize=1 << 16)  # a comparison asks for the same names' words again and again
def _words_of(text: str) -> tuple[str, ...]:
    text = PARTICLES.sub("", fold(text))
    text = re.sub(r"\b([A-Z])\. (?=[A-Z]\.(?:\s|$))", r"\1.", text)  # U. S. -> U.S.
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\b[A-Za-z])\.(?=\s|$)", "", text)  # U.S. -> US
    words = [ABBREVIATIONS.get(w, w) for w in (w.strip("'") for w in re.split(r"[^\w']+", text.casefold())
                                                  if w != "'s") if w]  # quotes aside: "'Catching Fire"
    if len(words) > 1 and words[-1] == "st":
        words[-1] = "street"
    return tuple(words)


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonants, doubled letters collapsed: Qassem/Qasem/Qassim -> gsm; Arabic's q is as often written g
    (Qaddafi/Gadhafi -> gdf)."""
    if not word:
        return word
    rest = re.sub(r"[aeiouyhw']", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[0] + rest).replace("q", "g")


def same_name_word(a: str, b: str) -> bool:
    """Whether two words spell one name, as outlets transliterate it (or misspell it: "Rait", "Raite"); not a
    name and the same with an a after it, another name ("Bell", "Bella"; "Paul", "Paula")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or long == short + "a":
        return False
    return (spelt_alike(a, b) and ratio(a, b) >= 70) or (
        min(len(a), len(b)) >= 7 and Levenshtein.distance(a, b) <= 1)


def spelt_alike(a: str, b: str) -> bool:
    """The same consonants (see `skeleton`), or a first k where the other has Arabic's q (Kadafi, Qaddafi); not
    a k where the other has a g (Keller, Geller)."""
    if {a[0], b[0]} == {"k", "q"}:
        a, b = ("q" + a[1:], b) if a[0] == "k" else (a, "q" + b[1:])
    return skeleton(a) == skeleton(b)


def name_keys(word: str) -> set[str]:
    """Blocking keys: two words `same_name_word` accepts share one (itself, its skeleton, or for long words
    itself less one letter, which catches any one edit), so names are compared with likely matches only."""
    keys = {"w:" + word, "s:" + skeleton("q" + word[1:] if word[0] == "k" else word)}
    if len(word) >= 7:
        keys.add("d:" + word)
        keys.update("d:" + word[:k] + word[k + 1:] for k in range(len(word)))
    return keys


class NameIndex:
    def __init__(self, items):
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, word in items:
            for key in name_keys(word):
                self.index[key].append(i)

    def near(self, word: str) -> list[int]:
        return sorted({i for key in name_keys(word) for i in self.index.get(key, ())})


def same_person(a: list[str], b: list[str]) -> bool:
    if not same_name_word(a[-1], b[-1]):
        return False
    if len(a) == len(b) == 3 and not same_given_name(a[1], b[1]):
        return False  # George H.W. Bush and George W. Bush; John F. Kennedy is John Fitzgerald Kennedy
    pairs = [(a[0], b[0])]
    if len(a) != len(b):  # "Organiser Jane Roe" (a role word the tagger took in) is "Jane Roe"
        short, long = sorted((a, b), key=len)
        pairs.append((long[-len(short)], short[0]))
    return any(same_given_name(fa, fb) for fa, fb in pairs)


# English pet forms that are not a clipping of the formal name (Bill of William, Jim of James): a closed set of the
# language, as reporters switch between them ("Defense Secretary Jim Mattis", "James Mattis").
PET_NAMES = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "bobby": "robert", "rob": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "dick": "richard", "rick": "richard", "ted": "edward",
    "ned": "edward", "ed": "edward", "tom": "thomas", "joe": "joseph", "dan": "daniel", "chuck": "charles",
    "charlie": "charles", "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john", "peggy": "margaret",
    "maggie": "margaret", "meg": "margaret", "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth",
    "kate": "katherine", "katie": "katherine", "kathy": "katherine", "sue": "susan", "sam": "samuel",
    "steve": "stephen", "tony": "anthony", "larry": "lawrence", "jerry": "gerald", "pat": "patrick",
    "nick": "nicholas", "andy": "andrew", "drew": "andrew", "bernie": "bernard", "newt": "newton",
}


def same_given_name(a: str, b: str) -> bool:
    """The same given name, a pet form of it, or an initial or a clipped form of the other ("J.", "Fred" of
    "Frederick"), or a two-letter pet form with its first letter of a long one ("Mo" of "Maurice")."""
    short, long = sorted((a, b), key=len)
    return same_name_word(PET_NAMES.get(a, a), PET_NAMES.get(b, b)) \
        or (long.startswith(short) and (len(short) == 1 or len(short) >= 3)) \
        or (len(short) == 2 and len(long) >= 5 and short[0] == long[0])


def pet_stem(word: str) -> str | None:
    """The clipped name under a pet ending ("ind" of "indy", "jag" of "jags", "phil" of "philly")."""
    for ending in PET_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            return stem
    return None


def clipped(a: str, b: str) -> bool:
    """One word cut short of the other ("Mat Maid" of "Matanuska Maid"), to half its length or less."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and 2 * len(short) <= len(long) and long.startswith(short)
