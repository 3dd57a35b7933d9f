"""Language benchmark: ``normalize.detect_language`` against langdetect alone, on language-labelled text.

Run on demand (not a test): ``.venv/bin/python benchmarks/language.py [--data DIR] [--limit N]``.
It reads ``../shared/data/langid-dev`` (one text a line, the file name is the label; single words,
word pairs and sentences in en, nb, nn, da, sv, de, fr, nl, fi) and builds paragraphs of 3 to 5
sentences of one language from the sentences, deterministically. ``--data benchmarks/langid-heldout``
reads the held-out set instead: text written apart from the code, with its own paragraphs. Scoring is strict: a bare ``no``
is wrong for both nb and nn, and an nb/nn mix-up is wrong.

It prints accuracy per language and length class, the confusions among nb, nn, da and sv, the
speed of each detector in texts per CPU-second, and the CPU time per page: pages of about 3,000
characters made of one language's paragraphs, read by ``identify_language`` (the pipeline's call)
and by langdetect alone, measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from normalize import detect_language, identify_language

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "langid-dev"
LANGUAGES = ("en", "nb", "nn", "da", "sv", "de", "fr", "nl", "fi")
CLASSES = ("word", "word-pair", "sentence", "paragraph")
NORDIC = ("nb", "nn", "da", "sv")

Sample = tuple[str, str, str]  # (length class, label, text)


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def load(data: Path, limit: int | None) -> list[Sample]:
    """Every text with its label and length class. Paragraphs come from the folder's ``paragraph/`` when
    it has one, else they are 3-5 consecutive sentences of one file. A class the folder lacks is left out."""
    samples: list[Sample] = []
    own_paragraphs = (data / "paragraph").is_dir()
    for length in CLASSES:
        for language in LANGUAGES:
            path = data / length / f"{language}.txt"
            if not path.exists():
                continue
            lines = _lines(path)
            samples += [(length, language, line) for line in lines[:limit]]
            if length == "sentence" and not own_paragraphs:
                paragraphs, start = [], 0
                while start < len(lines):
                    size = 3 + len(paragraphs) % 3
                    paragraphs.append(" ".join(lines[start : start + size]))
                    start += size
                samples += [("paragraph", language, p) for p in paragraphs[:limit]]
    return samples


def _langdetect() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return detect(text)
        except LangDetectException:
            return "und"

    return run


DETECTORS: dict[str, Callable[[], Callable[[str], str]]] = {
    "unitcrawl": lambda: detect_language,
    "langdetect": _langdetect,
}


def evaluate(samples: list[Sample], detect: Callable[[str], str]) -> tuple[list[str], float]:
    """The answers in sample order, and the CPU seconds they took."""
    started = time.process_time()
    answers = [detect(text) for _, _, text in samples]
    return answers, time.process_time() - started


def report(samples: list[Sample], results: dict[str, tuple[list[str], float]]) -> str:
    lines = []
    for name, (answers, seconds) in results.items():
        right: Counter[tuple[str, str]] = Counter()
        total: Counter[tuple[str, str]] = Counter()
        confusion: Counter[tuple[str, str]] = Counter()
        for (length, label, _), answer in zip(samples, answers, strict=True):
            total[length, label] += 1
            right[length, label] += answer == label
            if label in NORDIC:
                confusion[label, answer if answer in NORDIC else "other"] += 1
        lines.append(f"== {name}: {len(samples) / seconds:,.0f} texts per CPU-second")
        lines.append(f"  {'class':<10} {'all':>6} " + " ".join(f"{lang:>6}" for lang in LANGUAGES))
        for length in CLASSES:
            n = sum(total[length, lang] for lang in LANGUAGES)
            if not n:
                continue
            overall = sum(right[length, lang] for lang in LANGUAGES) / n
            per = " ".join(f"{right[length, lang] / max(total[length, lang], 1):6.3f}" for lang in LANGUAGES)
            lines.append(f"  {length:<10} {overall:6.3f} {per}")
        lines.append("  confusions among nb, nn, da, sv (all classes; rows = truth):")
        lines.append("        " + " ".join(f"{c:>6}" for c in (*NORDIC, "other")))
        for label in NORDIC:
            lines.append(f"  {label:<5} " + " ".join(f"{confusion[label, c]:6d}" for c in (*NORDIC, "other")))
    return "\n".join(lines)


def page_speed(samples: list[Sample]) -> str:
    """CPU time per page: the pipeline's identify_language against langdetect alone on the same pages."""
    pages: list[str] = []
    for language in LANGUAGES:
        paragraphs = [text for length, label, text in samples if length == "paragraph" and label == language]
        page = ""
        for paragraph in paragraphs:
            page = f"{page}\n\n{paragraph}" if page else paragraph
            if len(page) >= 3000:
                pages.append(page)
                page = ""
    langdetect = _langdetect()
    timings = {}
    for name, run in (("unitcrawl", lambda p: identify_language(p).tag), ("langdetect", langdetect)):
        run(pages[0])  # models loaded before the clock starts
        started = time.process_time()
        for page in pages:
            run(page)
        timings[name] = (time.process_time() - started) / len(pages)
    return (f"per page ({len(pages)} pages of ~3,000 characters): unitcrawl {1000 * timings['unitcrawl']:.1f} ms, "
            f"langdetect alone {1000 * timings['langdetect']:.1f} ms "
            f"({timings['unitcrawl'] / timings['langdetect']:.2f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the langid-dev folder")
    parser.add_argument("--limit", type=int, default=None, help="at most N texts per language and class")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    samples = load(args.data, args.limit)
    print(report(samples, {name: evaluate(samples, make()) for name, make in DETECTORS.items()}))
    print(page_speed(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
