"""--engine ray reading from and writing to S3: a real moto server on 127.0.0.1, the real S3 client stack."""

from __future__ import annotations

import json

import pytest

from tests import cluster
from tests.cluster import need, oimx
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


@pytest.fixture(scope="module")
def bucket(address) -> str:
    """A bucket holding the fixture pages under pages/, and an empty one for output."""
    cluster.s3_endpoint()
    boto3 = need("boto3")
    s3 = boto3.client("s3")
    for name in ("oimx-in", "oimx-out"):
        s3.create_bucket(Bucket=name)
    for page in PAGES:
        s3.put_object(Bucket="oimx-in", Key=f"pages/{page.name}", Body=page.read_bytes())
    return "oimx-in"


def test_pages_in_s3_become_shards_in_s3(address, bucket):
    import boto3

    done = oimx("extract", f"s3://{bucket}/pages", "--engine", "ray", "--address", address,
                "-o", "s3://oimx-out/job", "-q")
    assert done.returncode == 0, done.stderr
    s3 = boto3.client("s3")
    keys = sorted(item["Key"] for item in s3.list_objects_v2(Bucket="oimx-out", Prefix="job/")["Contents"])
    assert "job/_SUCCESS.json" in keys
    lines = sorted(line for key in keys if key.startswith("job/part-")
                   for line in s3.get_object(Bucket="oimx-out", Key=key)["Body"].read().decode().splitlines())
    local = oimx("extract", *map(str, PAGES), "-q").stdout.splitlines()
    expected = [json.loads(line) for line in local]
    for rec in expected:  # the same pages, named by their URI
        rec["source"] = f"s3://{bucket}/pages/{rec['source'].rsplit('/', 1)[1]}"
    assert [json.loads(line) for line in lines] == sorted(expected, key=lambda rec: rec["source"])


@pytest.mark.parametrize(("uri", "reason"), [
    ("s3://oimx-no-such-bucket/pages", "bucket does not exist"),
    ("s3://oimx-in/nothing-here", "no such file or folder"),
    ("nosuchscheme://x/y", "nosuchscheme"),
])
def test_an_unusable_uri_is_one_line(address, bucket, uri, reason):
    done = oimx("extract", uri, "--engine", "ray", "--address", address, "-o", "s3://oimx-out/never")
    assert done.returncode == 2
    assert done.stderr.startswith(f"oimx: {uri}: ") and reason in done.stderr.lower()
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
