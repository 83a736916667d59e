"""Features for the article-level stance model: a claim (headline) against a body.

Three families, all cheap on CPU:

* similarity — sentence-embedding cosines (claim vs the body's mean, best, top-3 and lead
  sentences), TF-IDF cosine, content-word and bigram overlap;
* lexicon — refuting, hedging, confirming and negation words, counted in the claim, the
  lead, the sentences most similar to the claim and the whole body (a body debunking a
  claim says "hoax" near where it restates the claim);
* vectors — the element-wise product of the claim embedding with the mean of its top
  sentences, and the body's mean embedding, which let a tree model see *what* the close
  sentences say, not only how close they are.

Embeddings come from ``sourcetrace.nlp.embeddings.embed`` unless a caller passes another
embedder with the same contract (training passes a disk-cached one).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from numpy.typing import NDArray

Embedder = Callable[[Sequence[str]], "NDArray[np.float32]"]

MAX_SENTENCES: Final = 40


_FEATURE_WORDS = lexicon("stance_features")


TOP_K: Final = 3

# Word lists are general English facts about how refutation, hedging and confirmation are
# phrased in news, not drawn from any particular story.
REFUTE: Final = _FEATURE_WORDS.words("refute")
HEDGE: Final = _FEATURE_WORDS.words("hedge")
CONFIRM: Final = _FEATURE_WORDS.words("confirm")
NEGATION: Final = _FEATURE_WORDS.words("negation")

_STOP: Final = _FEATURE_WORDS.words("stop")
_WORD_RE: Final = re.compile(r"[a-z0-9]+(?:'t)?")
_SENT_SPLIT_RE: Final = re.compile(r"\n+|(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def split_sentences(body: str, *, limit: int = MAX_SENTENCES) -> list[str]:
    """Regex sentence split (no parser: bodies are many and only their gist matters here)."""
    parts = [p.strip() for p in _SENT_SPLIT_RE.split(body or "")]
    parts = [p for p in parts if len(p) > 1]
    return parts[:limit] or [body.strip() or "."]


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower().replace("’", "'").replace("n't", " n't"))


def _content(tokens: Sequence[str]) -> list[str]:
    # A crude plural strip lets "reports"/"report" and "aliens"/"alien" meet.
    return [t[:-1] if len(t) > 3 and t.endswith("s") else t for t in tokens if t not in _STOP]


def _count(tokens: Sequence[str], lexicon: frozenset[str]) -> int:
    return sum(1 for t in tokens if t in lexicon)


LEXICONS: Final = (REFUTE, HEDGE, CONFIRM, NEGATION)
SCALAR_NAMES: Final = (
    [
        "cos_mean",
        "cos_max",
        "cos_top3",
        "cos_lead",
        "cos_min",
        "cos_std",
        "argmax_pos",
        "tfidf_body",
        "tfidf_lead",
        "tfidf_best",
        "overlap_body",
        "overlap_lead",
        "overlap_best",
        "bigram_hits",
        "bigram_hits_lead",
        "claim_len",
        "body_words",
        "body_sents",
        "claim_q",
        "body_q",
        "body_excl",
    ]
    + [
        f"{where}_{name}"
        for where in ("claim", "lead", "top", "body", "bodyrate")
        for name in ("refute", "hedge", "confirm", "neg")
    ]
    + ["neg_mismatch_top", "refute_top_minus_body"]
)
N_SCALARS: Final = len(SCALAR_NAMES)


def _unit(v: NDArray[np.float32]) -> NDArray[np.float32]:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def featurize(
    claims: Sequence[str],
    bodies: Sequence[str],
    *,
    tfidf: Any,
    embedder: Embedder | None = None,
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Scalar features ``(n, N_SCALARS)`` and vector features ``(n, 2 * 384)`` per pair."""
    if len(claims) != len(bodies):
        raise ValueError("claims and bodies must have the same length")
    if embedder is None:
        from sourcetrace.nlp.embeddings import embed

        embedder = embed
    uniq_bodies = list(dict.fromkeys(bodies))
    sents = {b: split_sentences(b) for b in uniq_bodies}
    texts = list(dict.fromkeys(list(claims) + [s for b in uniq_bodies for s in sents[b]]))
    index = {t: i for i, t in enumerate(texts)}
    vecs = embedder(texts)
    tf_texts = list(dict.fromkeys(texts + uniq_bodies))
    tf_index = {t: i for i, t in enumerate(tf_texts)}
    tf = tfidf.transform(tf_texts)
    # A body carries several claims: what depends on the body alone is read once.
    body_cache = {b: _body(sents[b], vecs[[index[s] for s in sents[b]]]) for b in uniq_bodies}
    lead_tf = tfidf.transform([body_cache[b]["lead_text"] for b in uniq_bodies])
    lead_index = {b: i for i, b in enumerate(uniq_bodies)}

    scal = np.zeros((len(claims), N_SCALARS), dtype=np.float32)
    vect = np.zeros((len(claims), 2 * vecs.shape[1]), dtype=np.float32)
    best_rows = np.zeros(len(claims), dtype=np.int64)
    for i, (c, b) in enumerate(zip(claims, bodies, strict=True)):
        scal[i], vect[i], best = _pair(c, body_cache[b], vecs[index[c]], b)
        best_rows[i] = tf_index[body_cache[b]["sents"][best]]
    # The TF-IDF cosines of every pair at once: row by row, sparse indexing cost more
    # than the features themselves.
    c_tf = tf[[tf_index[c] for c in claims]]
    scal[:, _TFIDF] = np.stack([
        _row_dots(c_tf, tf[[tf_index[b] for b in bodies]]),
        _row_dots(c_tf, lead_tf[[lead_index[b] for b in bodies]]),
        _row_dots(c_tf, tf[best_rows]),
    ], axis=1)
    return scal, vect


def _row_dots(a: Any, b: Any) -> NDArray[np.float64]:
    """Dot product of each row of ``a`` with the same row of ``b`` (sparse, same shape)."""
    both = a.multiply(b).tocsr()
    # Summed as one row's product sums, bit for bit.
    return np.array([both.data[both.indptr[k] : both.indptr[k + 1]].sum()
                     for k in range(both.shape[0])])


def _body(sents: list[str], E: NDArray[np.float32]) -> dict[str, Any]:
    """What a body's features need, whatever the claim."""
    tok = [words(s) for s in sents]
    content = [set(_content(t)) for t in tok]
    all_tok = [w for t in tok for w in t]
    lead_tok = [w for t in tok[:2] for w in t]
    return {
        "sents": sents,
        "E": E,
        "mean_vec": _unit(E.mean(axis=0)),
        "tok": tok,
        "content": content,
        "all": all_tok,
        "lead_text": " ".join(sents[:2]),
        "body_content": set().union(*content),
        "lead_content": set().union(*content[:2]),
        "body_bigrams": set(zip(all_tok, all_tok[1:], strict=False)),
        "lead_bigrams": set(zip(lead_tok, lead_tok[1:], strict=False)),
        "lead_counts": [float(_count(lead_tok, lex)) for lex in LEXICONS],
        "all_counts": [_count(all_tok, lex) for lex in LEXICONS],
    }


def _pair(
    claim: str, body: dict[str, Any], e_c: NDArray[np.float32], body_text: str,
) -> tuple[NDArray[np.float32], NDArray[np.float32], int]:
    """One claim-body pair's scalars (in ``SCALAR_NAMES`` order; the TF-IDF ones left at
    0 for the caller), vectors and best sentence."""
    E = body["E"]
    sims = E @ e_c
    order = np.argsort(-sims)
    top = order[:TOP_K]
    mean_vec = body["mean_vec"]
    top_vec = _unit(E[top].mean(axis=0))
    best = int(order[0])

    c_tok = words(claim)
    top_tok = [w for j in top for w in body["tok"][int(j)]]

    feats: list[float] = _cosine_feats(e_c, sims, top, best, mean_vec)
    feats += [0.0, 0.0, 0.0]  # tfidf_body, tfidf_lead, tfidf_best
    feats += _overlap_feats(c_tok, body, best)
    feats += _size_feats(claim, c_tok, body, body_text)
    feats += _lexicon_feats(c_tok, top_tok, body)
    vec = np.concatenate([e_c * top_vec, mean_vec]).astype(np.float32)
    return np.asarray(feats, dtype=np.float32), vec, best


def _cosine_feats(
    e_c: NDArray[np.float32], sims: NDArray[np.float32], top: NDArray[np.intp], best: int,
    mean_vec: NDArray[np.float32],
) -> list[float]:
    """Embedding closeness: a body that discusses the claim has some sentence close to
    it even when its mean is far (cos_mean .. argmax_pos)."""
    return [
        float(e_c @ mean_vec),
        float(sims[best]),
        float(sims[top].mean()),
        float(sims[0]),
        float(sims.min()),
        float(sims.std()),
        best / max(1, len(sims) - 1),
    ]


# TF-IDF cosines catch the rare names an embedding blurs (tfidf_body .. tfidf_best).
_TFIDF: Final = [SCALAR_NAMES.index(n) for n in ("tfidf_body", "tfidf_lead", "tfidf_best")]


def _overlap_feats(c_tok: list[str], body: dict[str, Any], best: int) -> list[float]:
    """Shared content words and bigrams: literal restatement of the claim, which a
    paraphrase-tolerant cosine cannot tell from topic overlap (overlap_body .. bigram_hits_lead)."""
    c_content = set(_content(c_tok))
    denom = max(1, len(c_content))
    c_bigrams = set(zip(c_tok, c_tok[1:], strict=False))
    return [
        len(c_content & body["body_content"]) / denom,
        len(c_content & body["lead_content"]) / denom,
        len(c_content & body["content"][best]) / denom,
        len(c_bigrams & body["body_bigrams"]) / max(1, len(c_bigrams)),
        len(c_bigrams & body["lead_bigrams"]) / max(1, len(c_bigrams)),
    ]


def _size_feats(claim: str, c_tok: list[str], body: dict[str, Any], body_text: str) -> list[float]:
    """Lengths and punctuation: a question or exclamation near the top frames a body as
    speculative or sensational whatever its words say (claim_len .. body_excl)."""
    return [
        math.log1p(len(c_tok)),
        math.log1p(len(body["all"])),
        math.log1p(len(body["sents"])),
        float("?" in claim),
        float("?" in body_text[:300]),
        float("!" in body_text[:300]),
    ]


def _lexicon_feats(c_tok: list[str], top_tok: list[str], body: dict[str, Any]) -> list[float]:
    """Stance words by place: refutation near where the body restates the claim says more
    than refutation anywhere (claim_refute .. refute_top_minus_body)."""
    all_counts = body["all_counts"]
    n_words = max(1, len(body["all"]))
    feats: list[float] = [float(_count(c_tok, lex)) for lex in LEXICONS]
    feats.extend(body["lead_counts"])
    feats.extend(float(_count(top_tok, lex)) for lex in LEXICONS)
    feats.extend(float(n) for n in all_counts)
    feats.extend(100.0 * n / n_words for n in all_counts)
    top_neg = _count(top_tok, NEGATION) > 0
    feats.append(float(top_neg != (_count(c_tok, NEGATION) > 0)))
    top_ref = _count(top_tok, REFUTE) / max(1, len(top_tok))
    feats.append(100.0 * (top_ref - all_counts[0] / n_words))
    return feats


# --- headline-only features (the short-body head) ------------------------------------
# A headline's stance shows in its framing more than in its similarity to the claim:
# attribution and hedging verbs ("X says", "reportedly"), a trailing question mark, a
# "Report:" / "Video:" kicker. Claim words are masked in the n-gram text so patterns such
# as "CLAIMW hoax" generalise across claims instead of memorising one story's vocabulary.
_HL_WORD_RE: Final = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HL_STOP: Final = _FEATURE_WORDS.words("headline_stop")
SAYING: Final = _FEATURE_WORDS.words("headline_saying")
HL_HEDGE: Final = _FEATURE_WORDS.words("headline_hedge")
_KICKER_RE: Final = re.compile(r"^[A-Za-z ]{2,20}:\s")
_NEWS_KICKER_RE: Final = re.compile(
    r"\b(?:report|video|watch|photos?|rumou?r|update|breaking|exclusive)\s*:"
)
CLAIM_MASK: Final = "CLAIMW"
N_HEADLINE_LEXICAL: Final = 8


def masked_headline(claim: str, body: str) -> str:
    """``body`` lower-cased and tokenised, with the claim's content words replaced by a mask."""
    claim_words = {w for w in _HL_WORD_RE.findall(claim.lower()) if w not in _HL_STOP}
    return " ".join(
        CLAIM_MASK if w in claim_words else w for w in _HL_WORD_RE.findall(body.lower())
    )


def headline_lexical(body: str) -> list[float]:
    """Framing cues of a headline-like body (``N_HEADLINE_LEXICAL`` numbers)."""
    text = body.strip()
    low = text.lower()
    toks = _HL_WORD_RE.findall(low)
    return [
        float(text.endswith("?")),
        float("?" in text),
        float(bool(_KICKER_RE.match(text))),
        float(bool(_NEWS_KICKER_RE.search(low))),
        float(sum(t in SAYING for t in toks)),
        float(sum(t in HL_HEDGE for t in toks)),
        float('"' in text or "“" in text or text.startswith("'")),
        float(len(toks)),
    ]
