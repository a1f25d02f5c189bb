"""The intent model: character n-grams (Chinese has no spaces) plus word n-grams and the exact-rule
flags, into a multinomial logistic regression that gives a probability per intent (the classic Rasa
NLU pipeline: CountVectors on chars and words, then a linear classifier).

It learns from `bot/nlu/examples/<intent>*.jsonl` in a few seconds. A trained model is kept in the user's
cache directory under the digest of its examples and this code's version, so a process that asks a
second time (the CLI, a worker) loads it in milliseconds instead of training again.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.nlu.features import ModelInput, model_input

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
MODEL_VERSION = "1"  # bump when the features or the classifier change: old caches are then ignored
_WORD_TOKENS = r"__\w+|@h|[a-z]+|0"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    intent: str
    creators: tuple[str, ...] = ()
    slots: tuple[tuple[str, Any], ...] = ()


def load_examples(directory: Path = EXAMPLES_DIR) -> list[Example]:
    """Every `<intent>.jsonl` and `<intent>.<topic>.jsonl` file: the file name names the intent."""
    examples = []
    for path in sorted(directory.glob("*.jsonl")):
        intent = path.name.split(".", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                slots = tuple(sorted((k, v) for k, v in item.items() if k not in ("text", "creators")))
                examples.append(Example(item["text"], intent, tuple(item.get("creators", ())), slots))
    return examples


def _document(seen: ModelInput) -> tuple[str, str]:
    return seen.text, f"{seen.text} {' '.join(seen.flags)}"


class IntentModel:
    """Probabilities per intent for one message; trained from examples, no network."""

    def __init__(self, chars: Any, words: Any, classifier: Any) -> None:
        self._chars = chars
        self._words = words
        self._classifier = classifier
        self.intents: tuple[str, ...] = tuple(str(c) for c in classifier.classes_)

    @classmethod
    def train(
        cls, examples: Sequence[Example], *, c: float = 20.0, label: Callable[[Example], str] | None = None
    ) -> IntentModel:
        """`label`: what to learn (default the intent; the stage model learns the `stage` slot)."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        docs = [_document(model_input(e.text)) for e in examples]
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, lowercase=False)
        words = TfidfVectorizer(
            token_pattern=_WORD_TOKENS, ngram_range=(1, 2), sublinear_tf=True, lowercase=False
        )
        features = _stack(
            chars.fit_transform([d[0] for d in docs]), words.fit_transform([d[1] for d in docs])
        )
        classifier = LogisticRegression(C=c, max_iter=500, tol=1e-3, class_weight="balanced")
        classifier.fit(features, [(label or _intent)(e) for e in examples])
        return cls(chars, words, classifier)

    def scores(self, seen: ModelInput) -> list[tuple[str, float]]:
        """(intent, probability), best first."""
        return self.scores_many([seen])[0]

    def scores_many(self, seen: Iterable[ModelInput]) -> list[list[tuple[str, float]]]:
        docs = [_document(s) for s in seen]
        features = _stack(
            self._chars.transform([d[0] for d in docs]), self._words.transform([d[1] for d in docs])
        )
        out = []
        for row in self._classifier.predict_proba(features):
            ranked = sorted(zip(self.intents, (float(p) for p in row), strict=True), key=lambda x: -x[1])
            out.append(ranked)
        return out


def _intent(example: Example) -> str:
    return example.intent


NO_STAGE = "none"


def _stage(example: Example) -> str:
    return str(dict(example.slots).get("stage", NO_STAGE))


# Where a stage named in other words is learned from: stage news and lists by stage.
STAGE_INTENTS = ("set_stage", "list_creators", "export_creators")


def stage_examples(examples: Sequence[Example]) -> list[Example]:
    """Stage-labelled examples, plus lists with no stage in them (labelled "none": "列出美国的达人")."""
    return [
        e
        for e in examples
        if e.intent in STAGE_INTENTS and ("stage" in dict(e.slots) or e.intent != "set_stage")
    ]


def _stack(a: Any, b: Any) -> Any:
    from scipy.sparse import hstack

    return hstack([a, b], format="csr")


def _digest(directory: Path) -> str:
    import sklearn

    h = hashlib.sha256(f"{MODEL_VERSION}:{sklearn.__version__}".encode())
    for path in sorted(directory.glob("*.jsonl")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(Path(__file__).with_name("features.py").read_bytes())
    return h.hexdigest()[:16]


def _cache_dir() -> Path:
    base = (
        os.environ.get("CREATORBOT_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    )
    return Path(base) / "creatorbot"


@cache
def default_model(directory: Path = EXAMPLES_DIR) -> IntentModel:
    """The intent model for the shipped examples (cached on disk, see `_cached`)."""
    return _cached("intent", directory, lambda: IntentModel.train(load_examples(directory)))


@cache
def stage_model(directory: Path = EXAMPLES_DIR) -> IntentModel:
    """Which stage a message means when it names none by its alias ("回我们了", "the video is up"):
    learned from the stage-labelled examples."""
    return _cached(
        "stage", directory, lambda: IntentModel.train(stage_examples(load_examples(directory)), label=_stage)
    )


def _cached(kind: str, directory: Path, train: Callable[[], IntentModel]) -> IntentModel:
    """Loaded from the cache when its digest matches, else trained and cached (written atomically, so two
    processes starting together cannot read half a file)."""
    path = _cache_dir() / f"{kind}-model-{_digest(directory)}.pickle"
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)  # our own file, named by the digest of what it was trained on
        if isinstance(loaded, IntentModel):
            return loaded
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    model = train()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(model, tmp)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only home: train again next time
    return model
