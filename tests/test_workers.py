"""The worker processes: forked from a server started for the run, which is gone when the run's pool closes.
(That the next run starts it again, the flow tests show: each of their runs starts one.)"""

import gc
import multiprocessing.forkserver
import os
import weakref
from pathlib import Path

import pytest

from gongkai.tasks.batch.run import plan_batches
from gongkai.tasks.document.ingest import ALONE_BYTES, SourceFile, ingest_chunks
from gongkai.tasks.runtime import pool
from gongkai.tasks.runtime.collector import collector_paused


def test_the_worker_server_is_gone_and_reaped_once_the_pool_closes():
    pool.start_worker_server()
    server_pid = multiprocessing.forkserver._forkserver._forkserver_pid
    with pool.WorkerPool(1, Path("."), Path("."), "run") as workers:
        assert workers._executor.submit(abs, -3).result() == 3
    with pytest.raises(ProcessLookupError):  # not even a zombie: it was waited for
        os.kill(server_pid, 0)


class Node:
    pass


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_collector_is_paused_then_restored_and_what_was_kept_meanwhile_sits_in_the_oldest_generation(
    enabled_before,
):
    (gc.enable if enabled_before else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
            kept = [Node() for _ in range(1000)]
            cycle = Node()
            cycle.self = cycle
            freed = []
            weakref.finalize(cycle, freed.append, True)
            del cycle
        assert gc.isenabled() is enabled_before
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert all(id(node) in oldest for node in kept)
        gc.collect()
        assert freed == [True]  # not frozen for good: its garbage is still collected
    finally:
        gc.enable()


@pytest.mark.parametrize("count", [0, 1, 7, 300, 1000, 9_999, 100_001])
@pytest.mark.parametrize("workers", [1, 2, 4])
def test_batches_cover_every_path_once_in_order_and_shrink_towards_the_end(count, workers):
    paths = [f"{n // 1000:02d}/{n:07d}.txt" for n in range(count)]
    batches = plan_batches(paths, largest=1000, workers=workers)
    assert [p for batch in batches for p in batch] == paths
    sizes = [len(batch) for batch in batches]
    assert all(0 < size <= 1000 for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    if count >= 10 * 1000 * workers:
        assert sizes[0] == 1000 and sizes[-2] <= 1000 // 4  # most in large batches; the last ones short


def test_a_small_corpus_is_split_so_that_every_worker_has_a_batch():
    paths = [f"{n:04d}.txt" for n in range(1000)]
    assert len(plan_batches(paths, largest=1000, workers=2)) >= 2


def test_chunks_keep_the_order_and_cut_before_the_file_that_passes_the_limit(tmp_path):
    # d alone passes the limit; an empty file ("e") and a missing one ("gone") have no bytes.
    sizes = {"a": 40, "b": 50, "c": 20, "d": 300, "e": 0, "f": 90}
    for name, size in sizes.items():
        (tmp_path / name).write_text("报" * (size // 3) + "x" * (size % 3), encoding="utf-8")
    paths = [str(tmp_path / name) for name in [*sizes, "gone"]]
    files: list[SourceFile] = []
    chunks = [[f.source_path for f in chunk] for chunk in ingest_chunks(paths, tmp_path, 100, 1000, files)]
    assert chunks == [["a", "b"], ["c"], ["d"], ["e", "f", "gone"]]
    assert [f.source_path for f in files] == [*sizes, "gone"]
    assert [f.size_bytes for f in files] == [*sizes.values(), 0]


def test_a_file_of_a_megabyte_or_more_is_a_chunk_of_its_own(tmp_path):
    for name, size in {"a": 10, "big": ALONE_BYTES, "b": 10, "c": 10}.items():
        (tmp_path / name).write_text("x" * size, encoding="utf-8")
    paths = [str(tmp_path / name) for name in ("a", "big", "b", "c")]
    chunks = [[f.source_path for f in chunk] for chunk in ingest_chunks(paths, tmp_path, 8 * 2**20, 1000, [])]
    assert chunks == [["a"], ["big"], ["b", "c"]]


def test_chunks_hold_at_most_the_maximum_records(tmp_path):
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"第{n}号", encoding="utf-8")
    paths = sorted(str(path) for path in tmp_path.iterdir())
    chunks = list(ingest_chunks(paths, tmp_path, 2**20, 2, []))
    assert [len(chunk) for chunk in chunks] == [2, 2, 1]
