"""The worker processes: forked from a server started for the run, which is gone when the run's pool closes.
(That the next run starts it again, the flow tests show: each of their runs starts one.)"""

import multiprocessing.forkserver
import os

import pytest

from tasks import process


def test_the_worker_server_is_gone_and_reaped_once_the_pool_closes():
    process.start_worker_server()
    server_pid = multiprocessing.forkserver._forkserver._forkserver_pid
    with process.worker_pool(1):
        assert process._pool.submit(abs, -3).result() == 3
    with pytest.raises(ProcessLookupError):  # not even a zombie: it was waited for
        os.kill(server_pid, 0)
