"""`kg build` on a corpus: streaming into the store, skipping what it has, one bad article
reported and skipped, one graph in the store and in out/, resuming after a kill, worker
processes and a Dask cluster that give the store a local build gives."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDFS
from store_support import KG, ROOT, run_kg

from kg.config import Settings
from kg.corpus import build_corpus
from kg.export import read_graph
from kg.outputs import Scope, write_outputs
from kg.sources import Failure, documents
from kg.store import ExportFormat, Store
from kg.validate import validate
from kg.work import InProcess

sys.path.insert(0, str(ROOT / "bench"))
from corpus import write_folder, write_jsonl  # bench/corpus.py: the article generator

META = "Meta a signé un partenariat avec la start-up parisienne Lumeo pour développer ses lunettes."
FULL = (
    "Meta Platforms Inc. a racheté la société lyonnaise Ardent Robotics pour 300 millions "
    "d'euros, selon un communiqué publié mardi."
)
ENGLISH = (
    "Meta Platforms is about to invest more than ten billion dollars in Scale AI, a "
    "fast-growing start-up, according to Bloomberg."
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "meta.txt").write_text(META, encoding="utf-8")
    (folder / "2024" / "full.md").write_text(FULL, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def build(builder, arguments, store, **options):
    events = []
    settings = Settings(check_language=True)
    reading = Settings(check_language=False)
    tally = build_corpus(
        documents([str(a) for a in arguments], reading),
        store,
        lambda: InProcess(settings, builder),
        listener=lambda event, tally: events.append(event),
        **options,
    )
    return tally, events


def test_a_corpus_goes_in_article_by_article_and_bad_ones_are_reported(builder, corpus):
    with Store(None) as store:
        tally, events = build(builder, [corpus], store, batch=1)
        assert (tally.added, tally.failed, tally.unchanged) == (2, 2, 0)
        failures = {Path(e.name).name: e for e in events if isinstance(e, Failure)}
        assert failures["empty.txt"].reason.endswith("empty.txt: the file is empty")
        assert failures["english.txt"].stage == "language"
        assert "does not look French" in failures["english.txt"].reason
        assert "english.txt" in failures["english.txt"].reason
        # one graph: "Meta" of one article and "Meta Platforms Inc." of the other are one node
        assert store.query(
            "ASK { :meta-platforms-inc (kg:partnersWith|^kg:partnersWith) :lumeo ; "
            "kg:acquired :ardent-robotics }"
        )
        assert len(store.document_keys()) == 2


def test_articles_already_in_the_store_are_not_read_again(builder, corpus, tmp_path):
    with Store(tmp_path / "store") as store:
        build(builder, [corpus], store)
        before = store.export(ExportFormat.NQ)

        def no_runner():
            raise AssertionError("the pipeline was loaded for articles the store has")

        tally = build_corpus(documents([str(corpus)], Settings()), store, no_runner)
        assert (tally.unchanged, tally.added, tally.parsed) == (2, 0, 0)
        assert store.export(ExportFormat.NQ) == before


def test_out_is_the_linked_graph_of_the_run_or_of_the_store(builder, corpus, tmp_path):
    with Store(tmp_path / "store") as store:
        build(builder, [corpus / "2024" / "meta.txt"], store)
        second, _ = build(builder, [corpus / "2024" / "full.md"], store)
        run = write_outputs(store, second.keys, tmp_path / "run", html=False)
        run.files.publish(run.manifest)
        whole = write_outputs(store, [], tmp_path / "all", scope=Scope.STORE, html=False)
        whole.files.publish(whole.manifest)
    manifest = json.loads((tmp_path / "run" / "kg-build.json").read_text())
    assert (manifest["scope"], manifest["documents"], manifest["store_documents"]) == ("run", 1, 2)
    assert [a["name"] for a in manifest["articles"]] == ["full.md"]
    graph = read_graph(tmp_path / "all" / "graph.ttl")
    report = validate(graph)
    assert report.conforms, report.text
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert "Meta Platforms Inc." in labels and "Meta" not in labels  # one node, one label
    run_graph = read_graph(tmp_path / "run" / "graph.ttl")
    assert len(run_graph) < len(graph) and validate(run_graph).conforms


def test_json_lines_metadata_is_on_the_document_node(builder, tmp_path):
    corpus = tmp_path / "news.jsonl"
    record = {
        "id": "echos-1",
        "text": FULL,
        "date": "2024-03-05T08:30:00Z",
        "source": "Les Échos",
        "url": "https://www.lesechos.fr/1",
    }
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(None) as store:
        tally, _ = build(builder, [corpus], store)
        assert tally.added == 1
        row = store.query(
            "SELECT ?date ?publisher ?url ?id WHERE { ?d a kg:Document ; dcterms:date ?date ; "
            "dcterms:publisher ?publisher ; schema:url ?url ; dcterms:identifier ?id }"
        ).records()[0]
        assert str(row["date"]) == "2024-03-05T08:30:00Z"
        assert store.query("ASK { ?d dcterms:date ?t FILTER (datatype(?t) = xsd:dateTime) }")
        assert (str(row["publisher"]), str(row["url"]), str(row["id"])) == (
            "Les Échos",
            "https://www.lesechos.fr/1",
            "echos-1",
        )
        assert validate(store.to_rdflib()).conforms


def test_a_build_that_reopens_its_store_every_batch_gives_the_same_store(
    builder, corpus, tmp_path, monkeypatch
):
    """kg.corpus reopens the store every REOPEN documents to keep its memory flat."""
    with Store(tmp_path / "once") as store:
        build(builder, [corpus], store)
    monkeypatch.setattr("kg.corpus.REOPEN", 1)
    reopened = []
    with Store(tmp_path / "reopened") as store:
        reopen = store.reopen
        monkeypatch.setattr(store, "reopen", lambda: reopened.append(1) or reopen())
        tally, _ = build(builder, [corpus], store, batch=1)
        assert tally.added == 2 and reopened == [1]
    assert quads(tmp_path / "reopened") == quads(tmp_path / "once")


def test_one_id_for_two_texts_in_a_run_is_a_failure(builder, tmp_path):
    corpus = tmp_path / "news.jsonl"
    lines = [{"id": "a", "text": META}, {"id": "a", "text": FULL}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    with Store(None) as store:
        tally, events = build(builder, [corpus], store)
    assert (tally.added, tally.failed) == (1, 1)
    (failure,) = [e for e in events if isinstance(e, Failure)]
    assert "a is also given to another text in this run" in failure.reason


def test_reading_a_corpus_does_not_grow_the_vocabulary(builder):
    """A process that reads a million articles must not keep every word it met: the strings a
    text adds to spaCy's vocabulary go with its Doc, and the next text is read as well."""
    from kg.types import Document

    strings = builder.nlp.vocab.strings
    text = (
        "La start-up grenobloise Zorquavette a levé 12 millions d'euros auprès du fonds "
        "Plumebrisk Capital, qui devient son premier actionnaire."
    )
    before = len(strings)
    (first,) = builder.resolve_texts([Document("a", "a.fr.txt", text, "")])
    assert "Zorquavette" not in strings and "Plumebrisk" not in strings
    assert len(strings) == before
    (second,) = builder.resolve_texts([Document("a", "a.fr.txt", text, "")])
    assert first.statements == second.statements
    investors = {(s.subject, s.predicate, s.object) for s in second.statements}
    assert any(p == "investsIn" and "plumebrisk" in s for s, p, _ in investors), investors


# --- the command ------------------------------------------------------------------------------


def test_kg_help_and_kg_query_do_not_import_spacy(tmp_path):
    for args in (["--help"], ["query", "ASK {}", "--store", str(tmp_path / "none")]):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "kg", *args], capture_output=True, text=True
        )
        imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
        assert "spacy" not in imported and "kg.cli" in imported


@pytest.mark.slow
def test_kg_build_skips_a_bad_file_reports_it_and_says_so(corpus, tmp_path):
    out, report = tmp_path / "out", tmp_path / "failures.jsonl"
    done = run_build(corpus, "--store", "s", "--out", out, "--report", report, cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("kg: error: ") for line in errors)
    assert any("empty.txt: the file is empty" in line for line in errors)
    assert any("english.txt: the text does not look French" in line for line in errors)
    records = [json.loads(line) for line in report.read_text().splitlines()]
    assert {Path(r["name"]).name for r in records} == {"empty.txt", "english.txt"}
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("4 article(s) in ") and "2 added, 2 failed" in summary
    assert "this run's 2 document(s)" in done.stdout
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()


def run_build(*args, cwd):
    return run_kg("build", *args, cwd=cwd, timeout=600)


def test_kg_build_of_nothing_but_bad_files_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    done = run_build("a.txt", "b.txt", "--out", "out", "--store", "s", cwd=tmp_path)
    assert done.returncode == 1 and not (tmp_path / "out").exists()
    assert done.stderr.splitlines()[-1] == "kg: error: no article could be built (2 failed)"


# --- at scale (slow): kill and resume, worker processes, Dask -------------------------------------


def quads(store: Path) -> set[str]:
    with Store(store, read_only=True) as kg_store:
        dataset = ox.Dataset(kg_store._db.quads_for_pattern(None, None, None, None))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """30 generated articles (bench/corpus.py) and the store of one clean --jobs 1 build."""
    root = tmp_path_factory.mktemp("generated")
    write_folder(root / "corpus", 30)
    done = run_build("corpus", "--store", "clean", "--out", "out", "-q", cwd=root)
    assert done.returncode == 0, done.stderr
    return root


def run_until_added(
    command: list[str], cwd: Path, added: int, sig: int
) -> tuple[subprocess.Popen, str]:
    """Start a build, send it `sig` once `added` articles are in the store; its stderr. The
    build starts with Ctrl-C's default action, as from a terminal: a process inherits an
    ignored SIGINT (a test run that launched notebook kernels may leave it ignored), and Python
    then never raises KeyboardInterrupt."""
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    seen = 0
    deadline = time.monotonic() + 600
    assert process.stdout is not None
    for line in process.stdout:
        seen += line.lstrip().startswith("added ")
        if seen >= added or time.monotonic() > deadline:
            break
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    return process, stderr


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_build_killed_midway_resumes_to_the_store_of_a_clean_run(generated, tmp_path, jobs):
    corpus = generated / "corpus"  # the same paths as the clean run: the same documents
    command = [*KG, "build", corpus, "--store", "s", "-o", "o", "--jobs", jobs, "--batch", "3"]
    killed, _ = run_until_added(command, tmp_path, 9, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    with Store(tmp_path / "s", read_only=True) as store:
        kept = len(store.document_keys())
    assert 9 <= kept < 30  # batches went in whole; the rest did not
    again = run_build(corpus, "--store", "s", "--out", "o", "--jobs", jobs, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("unchanged ") == kept and again.stdout.count("added ") == 30 - kept
    assert quads(tmp_path / "s") == quads(generated / "clean")


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_says_how_to_finish(generated, tmp_path):
    corpus = generated / "corpus"
    # one article a transaction and the signal after the third: the rest of the build (some
    # 30 transactions and out/) outlasts the time the signal takes to arrive on a busy machine
    command = [*KG, "build", corpus, "--store", "s", "-o", "o", "--jobs", "2", "--batch", "1"]
    stopped, stderr = run_until_added(command, tmp_path, 3, signal.SIGINT)
    assert stopped.returncode == 130
    message = stderr.strip().splitlines()[-1]
    assert message.startswith("kg: interrupted: ") and "run the same command again" in message
    assert not (tmp_path / "o").exists()  # out/ is written at the end only
    again = run_build(corpus, "--store", "s", "--out", "o", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert quads(tmp_path / "s") == quads(generated / "clean")


@pytest.mark.slow
def test_jobs_2_and_json_lines_give_the_store_of_jobs_1(generated, tmp_path):
    write_jsonl(tmp_path / "corpus.jsonl", 30)
    (tmp_path / "folder").mkdir()
    done = run_build(
        generated / "corpus", "--store", "s", "--out", "o", "--jobs", "2", "-q", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert quads(tmp_path / "s") == quads(generated / "clean")
    lines = run_build("corpus.jsonl", "--store", "j", "--out", "oj", "-q", cwd=tmp_path)
    assert lines.returncode == 0, lines.stderr
    with Store(tmp_path / "j", read_only=True) as store:
        assert len(store.document_keys()) == 30
        assert store.query(
            "ASK { ?d dcterms:publisher 'Bench' ; dcterms:identifier 'article-000003' }"
        )


@pytest.mark.slow
def test_a_dask_cluster_gives_the_store_of_a_local_build(generated, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        done = run_build(
            generated / "corpus",
            "--store",
            "s",
            "--out",
            "o",
            "--scheduler",
            cluster.scheduler_address,
            "-q",
            cwd=tmp_path,
        )
    assert done.returncode == 0, done.stderr
    assert quads(tmp_path / "s") == quads(generated / "clean")


@pytest.mark.slow  # the client tries for 30 s
def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "3s")  # Dask's own setting
    (tmp_path / "a.txt").write_text(META, encoding="utf-8")
    done = run_build("a.txt", "--scheduler", "tcp://127.0.0.1:9", "--store", "s", cwd=tmp_path)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
