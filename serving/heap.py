"""Keep the garbage collector's full passes off the loaded model.

Once a model is loaded the worker holds a few hundred thousand long-lived objects (scikit-learn
heads, the TF-IDF vocabulary, ONNX Runtime wrappers, MLflow, BentoML). Every full (generation 2)
collection walks all of them: ~250 ms in the worker, measured with `gc.callbacks`, a pause that
stalled ~10 consecutive requests every few thousand and made the p99 at concurrency 32
370-420 ms while the p95 stayed at 160-190 ms. `gc.freeze()` after loading moves everything
alive into a permanent generation that collections skip: full passes then took 10-40 ms and
the p99 at concurrency 32 fell to 178-200 ms (benchmarks/serve_load.py, 3 x 1000 requests each).
"""

from __future__ import annotations

import gc


def freeze_loaded_heap() -> None:
    """Collect, then keep every object alive now out of future collections (after each load).

    Unfreezing first lets the cycles of a model swapped out by a reload be collected. A frozen
    object is still freed by reference counting when it is dropped; only reference cycles that
    were alive at a freeze and die later are never reclaimed, so each reload can strand at most
    what the previous model held in cycles.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
