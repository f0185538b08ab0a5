"""Where pages come from and shards go: local paths and object-store URIs (s3://, gs://, file://…).

URIs are opened through Arrow's file systems (S3 and GCS built in; their usual environment:
``AWS_ACCESS_KEY_ID``, ``AWS_ENDPOINT_URL``…), other schemes through fsspec. Local paths go
through :mod:`oimx.sources` unchanged, so a folder is walked exactly as on one machine.
An output folder holds shards written atomically (a temporary name, then a rename; an object
store's single upload is atomic already), a plan that lets a rerun resume, and a manifest.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
import uuid
from functools import cache
from typing import Any

from oimx.sources import InputError, Source, expand


class StorageError(Exception):
    """A URI that cannot be used; the message is the reason shown as ``oimx: URI: reason``."""

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(f"{uri}: {reason}")
        self.uri, self.reason = uri, reason


def is_uri(path: str) -> bool:
    """A URI (``scheme://…``) rather than a local path."""
    return "://" in path


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text.split(" (Request ID")[0].split(". Detail:")[0]


@cache
def _filesystem(scheme: str, authority: str) -> Any:
    """A file system for a URI's scheme and bucket (kept per process)."""
    import pyarrow.fs as pafs

    try:
        return pafs.FileSystem.from_uri(f"{scheme}://{authority}")[0]
    except Exception as error:
        if "Unrecognized filesystem type" not in str(error):
            raise
    import fsspec
    from pyarrow.fs import FSSpecHandler, PyFileSystem

    return PyFileSystem(FSSpecHandler(fsspec.filesystem(scheme)))


def locate(uri: str) -> tuple[Any, str]:
    """The Arrow file system of ``uri`` and the path inside it; local paths get the local one."""
    import pyarrow.fs as pafs

    if not is_uri(uri):
        return pafs.LocalFileSystem(), os.path.abspath(uri)
    scheme, rest = uri.split("://", 1)
    if scheme == "file":
        return pafs.LocalFileSystem(), rest
    authority = rest.split("/", 1)[0]
    try:
        return _filesystem(scheme.lower(), authority), rest.rstrip("/")
    except ImportError as error:
        raise StorageError(uri, f"no file system for {scheme}:// ({error.name} is not installed)") from None
    except Exception as error:
        raise StorageError(uri, _one_line(error)) from None


def _uri(scheme: str, path: str) -> str:
    return f"{scheme}://{path}"


def expand_all(paths: list[str], glob: str) -> list[Source]:
    """Every page that ``paths`` name: local ones as :func:`oimx.sources.expand` walks them, URIs listed."""
    found: list[Source] = []
    for path in paths:
        if not is_uri(path):
            if path != "-" and not os.path.lexists(path):
                raise StorageError(path, "no such file or directory")
            found.extend(expand([path], glob))
            continue
        found.extend(_list_uri(path, glob))
    return found


def _list_uri(uri: str, glob: str) -> list[Source]:
    import pyarrow.fs as pafs

    fs, path = locate(uri)
    scheme = uri.split("://", 1)[0]
    try:
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.File:
            return [Source(uri)]
        listing = fs.get_file_info(pafs.FileSelector(path, recursive=True, allow_not_found=False))
    except FileNotFoundError:
        raise StorageError(uri, "no such file or folder") from None
    except Exception as error:
        raise StorageError(uri, _one_line(error)) from None
    names = sorted(item.path for item in listing
                   if item.type == pafs.FileType.File and fnmatch.fnmatch(posixpath.basename(item.path), glob))
    return [Source(_uri(scheme, name) if scheme != "file" else f"file://{name}", explicit=False) for name in names]


def read_bytes(source: Source, max_bytes: int) -> bytes:
    """The bytes of a page, local or behind a URI; :class:`InputError` with the reason."""
    from oimx import sources

    if not is_uri(source.path) or source.problem:
        return sources.read_bytes(source, max_bytes)
    try:
        fs, path = locate(source.path)
        with fs.open_input_stream(path) as stream:
            data = stream.read(max_bytes + 1)
    except StorageError as error:
        raise InputError(error.reason) from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except Exception as error:
        raise InputError(_one_line(error)) from None
    if len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


class Folder:
    """An output folder, local or in an object store, written one whole file at a time."""

    def __init__(self, uri: str) -> None:
        import pyarrow.fs as pafs

        self.uri = uri.rstrip("/")
        self.fs, self.path = locate(self.uri)
        self.local = isinstance(self.fs, pafs.LocalFileSystem)

    def prepare(self) -> None:
        """Create the folder (and its parents) if needed."""
        import pyarrow.fs as pafs

        try:
            info = self.fs.get_file_info(self.path)
            if info.type == pafs.FileType.File:
                raise StorageError(self.uri, "is a file; -o names a folder with --engine ray")
            self.fs.create_dir(self.path, recursive=True)
        except StorageError:
            raise
        except Exception as error:
            raise StorageError(self.uri, _one_line(error)) from None

    def _full(self, name: str) -> str:
        return f"{self.path}/{name}"

    def exists(self, name: str) -> bool:
        import pyarrow.fs as pafs

        return self.fs.get_file_info(self._full(name)).type == pafs.FileType.File

    def read(self, name: str) -> bytes:
        with self.fs.open_input_stream(self._full(name)) as stream:
            return stream.read()

    def write(self, name: str, data: bytes) -> None:
        """Write ``name`` whole or not at all."""
        target = self._full(name)
        if not self.local:  # one upload: the object appears complete or not at all
            with self.fs.open_output_stream(target) as stream:
                stream.write(data)
            return
        temp = self._full(f".{name}.{uuid.uuid4().hex}.tmp")
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)

    def names(self, prefix: str = "") -> list[str]:
        """Files directly in the folder whose name starts with ``prefix``."""
        import pyarrow.fs as pafs

        listing = self.fs.get_file_info(pafs.FileSelector(self.path, allow_not_found=True))
        return sorted(name for item in listing if item.type == pafs.FileType.File
                      and (name := posixpath.basename(item.path)).startswith(prefix))
