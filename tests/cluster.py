"""Real components for the ``ray`` extra's tests: a moto S3 server and a Ray cluster, on loopback.

Each starts once per test session (they take seconds on a shared machine). Without the extra
the tests skip, unless ``OIMX_REQUIRE_EXTRAS`` is set (CI sets it): then they fail.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
_state: dict[str, object] = {}


def need(module: str) -> ModuleType:
    """Import ``module``, or skip the test (fail when CI requires the extras)."""
    if os.environ.get("OIMX_REQUIRE_EXTRAS"):
        return importlib.import_module(module)
    return pytest.importorskip(module)


def s3_endpoint() -> str:
    """A moto S3 server on 127.0.0.1 (one per session); the AWS settings point at it."""
    if "s3" not in _state:
        need("moto")
        from moto.server import ThreadedMotoServer

        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        os.environ.update(AWS_ENDPOINT_URL=f"http://{host}:{port}", AWS_ACCESS_KEY_ID="oimx-test",
                          AWS_SECRET_ACCESS_KEY="oimx-test", AWS_DEFAULT_REGION="us-east-1",
                          AWS_EC2_METADATA_DISABLED="true")
        _state["s3"] = server
    return os.environ["AWS_ENDPOINT_URL"]


def ray_address() -> str:
    """A local Ray cluster of 2 CPUs on loopback (one per session), this process its first driver."""
    if "ray" not in _state:
        need("ray")
        need("pyarrow")
        if importlib.util.find_spec("moto"):
            s3_endpoint()  # before Ray starts, so that its workers see the S3 settings
        from oimx import ray as cluster

        cluster.connect(None, num_cpus=2)
        import ray

        _state["ray"] = ray.get_runtime_context().gcs_address
    return str(_state["ray"])


def stop() -> None:
    """Stop what this session started."""
    if "ray" in _state:
        import ray

        ray.shutdown()
    if "s3" in _state:
        _state["s3"].stop()  # type: ignore[attr-defined]
    _state.clear()


def oimx(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the oimx command as a user would."""
    return subprocess.run([sys.executable, "-m", "oimx", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=600)


def shard_lines(folder: Path) -> list[str]:
    """Every JSON line of a folder of jsonl shards, sorted."""
    return sorted(line for part in sorted(folder.glob("part-*.jsonl")) for line in part.read_text().splitlines())


def manifest(folder: Path) -> dict:
    return json.loads((folder / "_SUCCESS.json").read_text())
