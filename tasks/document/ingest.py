"""Ingest: walk the input, read bytes, detect format and encoding, split container files into records.

Every file becomes exactly one `SourceFile` (the future `sources` ledger row). A file that cannot be read
as a document is rejected here with a reason a person can act on; nothing raises out of `ingest_file`.

Decisions:
- The format comes from the extension, confirmed by sniffing: a `.txt` that is really an HTML page is `html`,
  a file with no extension is sniffed. Office, image, archive and PDF files are rejected as unsupported.
- JSON/JSONL files hold crawler records (title/content/url/date fields); each record is one document
  candidate. A malformed JSONL line rejects that record only; the file is loaded if any record is.
- A JSONL file larger than `STREAM_BYTES` is streamed, never read whole: the flow cuts it at line ends into
  slices of about that size (`plan_slices`; one pass that also hashes it), each slice a batch of its own, and
  a worker reads its slice line by line and hands the records on in chunks like ordinary files
  (`ingest_chunks`). The maximum file size does not apply to such a file; each line is held to it as the
  largest record, and to the maximum depth; a record whose line number is past the maximum records per file
  is rejected unparsed. Lines end at "\n" only (a JSON string may hold U+2028 raw). The records' ledger rows
  travel back folded into their `RecordOutcome`s (no `RawRecord` per record: at 1M records the flow process
  holds ~200 bytes per record), and `merge_slices` joins a file's slices into its one ledger row. A JSON file
  (one value) is still parsed whole, so it stays under the maximum file size: convert a large one to JSONL.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from gongkai.tasks.document.decode import DecodeError, decode_bytes
from gongkai.tasks.runtime.limits import current as current_limits
from gongkai.tasks.runtime.limits import depth_reason, nesting_depth, size_reason

TEXT_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".htm": "html",
    ".html": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
UNSUPPORTED_FORMATS = {
    ".pdf",
    ".doc",
    ".docx",
    ".wps",
    ".xls",
    ".xlsx",
    ".et",
    ".ppt",
    ".pptx",
    ".odt",
    ".rtf",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".bmp",
    ".tif",
    ".tiff",
    ".webp",
    ".zip",
    ".rar",
    ".7z",
    ".gz",
    ".tar",
    ".exe",
    ".dll",
    ".so",
    ".bin",
}
CONTENT_KEYS = ("content", "text", "body", "fulltext", "article", "html", "正文", "内容")
TITLE_KEYS = ("title", "标题", "name", "名称")
DATE_KEYS = ("publish_date", "pubdate", "date", "published", "publish_time", "发布日期", "发布时间")
URL_KEYS = ("url", "link", "source_url", "href")
PUBLISHER_KEYS = ("agency", "publisher", "发布机构", "来源", "source")
RECORD_LIST_KEYS = ("records", "data", "items", "results", "docs", "documents")


@dataclass
class RawRecord:
    """One document candidate: decoded but not yet normalised text."""

    source_path: str
    record_no: int | None
    text: str
    text_format: str  # txt / html / md: how to read `text`
    meta: dict = field(default_factory=dict)


@dataclass(slots=True)
class RecordOutcome:
    """What happened to one record of a container (json/jsonl) file. Slotted: a streamed JSONL file has one
    per line in the flow's process."""

    source_path: str
    record_no: int  # the line number in a jsonl file, the position (from 1) in a json list
    status: str
    reason: str | None = None
    doc_id: str | None = None


@dataclass
class SourceFile:
    source_path: str
    source_sha256: str
    size_bytes: int
    source_format: str
    encoding: str | None
    status: str | None = None  # decided after dedupe: loaded / duplicate / rejected
    doc_id: str | None = None
    reason: str | None = None
    records: list[RawRecord] = field(default_factory=list)
    record_outcomes: list[RecordOutcome] = field(default_factory=list)
    stream: Slice | None = None  # lines still to be read (`ingest_chunks`); None once read
    streamed: bool = False  # its records' keys are in `record_outcomes` (doc_id, rejection), not in `records`

    def reject(self, reason: str) -> SourceFile:
        self.status, self.reason, self.records = "rejected", reason, []
        return self


# A JSONL file larger than this is streamed, in slices of about this size (the module's docstring).
STREAM_BYTES = 16 * 2**20
STREAMED_SUFFIXES = (".jsonl", ".ndjson")
# A file this large is a chunk of its own: what the chain builds for a long report (sections, facts, their
# tables) is several times its text, and four 2 MB reports in one 8 MB chunk took a worker to ~530 MB.
ALONE_BYTES = 2**20
# How much of a slice's head decides its encoding (each line is decoded with it, or else on its own).
ENCODING_SAMPLE = 64 * 2**10


@dataclass(frozen=True)
class Slice:
    """Lines of a streamed JSONL file: bytes `start` to `end` (cut after a "\n"), `lines` of them, the first
    numbered `first_line`; `sha256` and `size` are the whole file's."""

    path: str
    start: int
    end: int
    first_line: int
    lines: int
    sha256: str
    size: int


Item = str | Slice  # what a batch holds: a path, or a slice of a streamed file


def item_path(item: Item) -> str:
    return item.path if isinstance(item, Slice) else item


def streamable(name: str) -> bool:
    return name.lower().endswith(STREAMED_SUFFIXES)


def cut_into_slices(fd: int, path: str, cut: int) -> list[Slice]:
    """One pass over an open file (read from where it stands, its start): its SHA-256, and its lines cut into
    slices of at least `cut` bytes each, the last perhaps shorter; a line is never cut."""
    digest, bounds = hashlib.sha256(), []  # (start, end, first_line, lines)
    start, position, newlines, newlines_before_start, tail = 0, 0, 0, 0, b""
    while block := os.read(fd, 2**20):
        digest.update(block)
        at = 0
        while (want := start + cut - 1 - position) < len(block):
            end = block.find(b"\n", max(at, want))
            if end < 0:
                break
            newlines += block.count(b"\n", at, end + 1)
            bounds.append((start, position + end + 1, newlines_before_start + 1, newlines - newlines_before_start))
            start, newlines_before_start, at = position + end + 1, newlines, end + 1
        newlines += block.count(b"\n", at)
        position, tail = position + len(block), block[-1:]
    if position > start:
        lines = newlines - newlines_before_start + (tail != b"\n")
        bounds.append((start, position, newlines_before_start + 1, lines))
    sha256 = digest.hexdigest()
    return [Slice(path, a, b, first, lines, sha256, position) for a, b, first, lines in bounds]


def plan_slices(paths: list[str]) -> tuple[list[str], list[Slice]]:
    """The flow's part: `paths` without the JSONL files larger than `STREAM_BYTES`, and those files cut into
    slices (each becomes a batch, so that the workers share a large file). Only a regular file that is no
    symlink is cut here: anything else is left to `read_source`, which says what it is."""
    kept, slices = [], []
    for path in paths:
        if streamable(path):
            try:
                fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
            except OSError:
                kept.append(path)
                continue
            try:
                info = os.fstat(fd)
                if stat.S_ISREG(info.st_mode) and info.st_size > STREAM_BYTES:
                    slices += cut_into_slices(fd, path, STREAM_BYTES)
                    continue
            finally:
                os.close(fd)
        kept.append(path)
    return kept, slices


_walked: dict[Path, tuple[list[str], str]] = {}


@contextmanager
def walked(input_path: Path, files: list[str], fingerprint: str) -> Iterator[None]:
    """While inside, `discover(input_path)` in this process returns `files` and `handed_fingerprint` their
    fingerprint: the CLI walks the input to fingerprint it before Prefect starts, and hands both to the flow
    this way rather than as flow parameters (Prefect would send 100k paths to its API, and a deployment
    would offer them to people) or by walking again (~1 s at 100k files). Should the input change in
    between, the warehouse records the older fingerprint and the next run rebuilds: a stale one can only
    cost a rebuild, never a wrong reuse."""
    _walked[input_path] = (files, fingerprint)
    try:
        yield
    finally:
        _walked.pop(input_path, None)


def handed_fingerprint(input_path: Path) -> str | None:
    return _walked[input_path][1] if input_path in _walked else None


def discover(input_path: Path) -> list[str]:
    """Every path under `input_path` (or the file itself), in a stable order. Hidden files included:
    the ledger must account for everything a person put in the folder. Besides files, the list holds what
    the walk could not or would not enter, so that each gets its ledger row (`read_source` says why): a
    folder it could not read, a symlink to a folder (never followed), and a gongkai warehouse or staging
    folder inside the input (a run's own output is not its input). Paths are strings: at 100k files, `Path`
    objects cost ~0.4 s to build before any work can start, and ~4 ms per 1,000 to send to a worker."""
    if input_path in _walked:
        return _walked[input_path][0]
    if not input_path.is_dir():
        return [str(input_path)]
    found = []

    def unreadable(error: OSError) -> None:
        found.append(error.filename)

    for dirpath, dirnames, filenames in os.walk(str(input_path), onerror=unreadable):
        entered = []
        for name in sorted(dirnames):
            path = os.path.join(dirpath, name)
            if os.path.islink(path) or is_warehouse(path):
                found.append(path)  # a row of its own, not entered
            else:
                entered.append(name)
        dirnames[:] = entered
        found.extend(os.path.join(dirpath, name) for name in sorted(filenames))
    return found


# A warehouse holds one of these; a run's staging folder sits beside it as `.<warehouse>.staging-<run>`.
WAREHOUSE_MARKERS = ("gongkai.duckdb", os.path.join("datasets", "manifest.json"), ".gongkai-warehouse")
STAGING_NAME = re.compile(r"^\..+\.staging-")


def is_warehouse(path: str) -> bool:
    return bool(STAGING_NAME.match(os.path.basename(path))) or any(
        os.path.lexists(os.path.join(path, marker)) for marker in WAREHOUSE_MARKERS
    )


def read_ahead(paths: Sequence[Item]) -> None:
    """Ask the kernel to start reading `paths` into the page cache, and return at once. A corpus is rarely
    in the cache (here it is evicted within a minute): without this, a worker waits for each file's read in
    turn (at 100k files, ~15 s of the workers' time); with it, the reads of the next batches overlap this
    batch's work."""
    for item in paths:
        try:
            fd = os.open(item_path(item), os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)  # a FIFO must not block
        except OSError:
            continue  # ingest_file reports it
        start, length = (item.start, item.end - item.start) if isinstance(item, Slice) else (0, 0)
        try:
            os.posix_fadvise(fd, start, length, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass  # a file system without readahead: the file is read when it is ingested, as before
        finally:
            os.close(fd)


def relative_names(items: Sequence[Item], root: Path) -> list[str]:
    """The ledger's `source_path` of each of `paths` (as `discover(root)` lists them): the path below the
    root, with `/` between folders; a single file given as the input is named by its file name.

    A name that is not UTF-8 (a GBK name unzipped from a Windows archive) arrives with its undecodable
    bytes as lone surrogates, which no Parquet or JSON writer takes. Its non-ASCII bytes are written as
    escapes (`\\xc4\\xea\\xb1\\xa8.txt`), all of them: some runs of GBK bytes happen to be valid UTF-8 and
    would read as unrelated characters."""
    paths = [item_path(item) for item in items]
    if root.is_file():
        names = [os.path.basename(path) for path in paths]
    else:
        prefix = os.path.join(str(root), "")
        names = [path[len(prefix) :] if path.startswith(prefix) else os.path.relpath(path, root) for path in paths]
    if os.sep != "/":
        names = [name.replace(os.sep, "/") for name in names]
    return [_escaped(name) for name in names]


def _escaped(name: str) -> str:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("ascii", "backslashreplace")
    return name


def ingest_files(paths: list[str], root: Path) -> list[SourceFile]:
    return [read_source(path, name, root) for path, name in zip(paths, relative_names(paths, root))]


def ingest_file(path: str | os.PathLike, root: Path) -> SourceFile:
    """Read one file under `root` into a `SourceFile`; never raises."""
    return read_source(path, relative_names([os.fspath(path)], root)[0], root)


SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def read_source(path: str | os.PathLike, name: str, root: Path | None = None) -> SourceFile:
    """Read one file into a `SourceFile` named `name` in the ledger; never raises. Only a regular file is
    read: it is opened without following a symlink and without blocking (a FIFO would wait for a writer
    forever), and checked for what it is before a byte is read. A symlink is read only when its target is
    a regular file inside `root` (anywhere with GONGKAI_FOLLOW_SYMLINKS)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError as exc:
        return _not_opened(path, name, root, exc)
    return _read_fd(fd, name, os.fspath(path))


def _read_fd(fd: int, name: str, path: str) -> SourceFile:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return _unread(name, _not_regular(info.st_mode, path))
    if info.st_size > STREAM_BYTES and streamable(name):
        try:  # hashed now, read later a chunk at a time (`ingest_chunks`)
            (whole,) = cut_into_slices(fd, path, info.st_size + 1)
        except OSError as exc:
            return _unread(name, f"unreadable file: {exc.strerror or exc}")
        finally:
            os.close(fd)
        return streamed_source(name, whole)
    with open(fd, "rb") as file:
        if info.st_size > current_limits().max_file_bytes and not streamable(name):
            return _unread(name, size_reason(info.st_size))
        try:
            data = file.read()
        except OSError as exc:
            return _unread(name, f"unreadable file: {exc.strerror or exc}")
    return ingest_bytes(name, data)


def _unread(name: str, reason: str) -> SourceFile:
    return SourceFile(name, "", 0, "unknown", None).reject(reason)


def _not_regular(mode: int, path: str) -> str:
    if stat.S_ISDIR(mode):
        if is_warehouse(path):
            return "a gongkai warehouse or staging folder inside the input folder: skipped, not input"
        return "unreadable file: it is a folder"
    kind = next((kind for test, kind in SPECIAL_FILES if test(mode)), "not a regular file")
    return f"{kind}, not a regular file: not opened, only regular files are read"


def _not_opened(path: str | os.PathLike, name: str, root: Path | None, exc: OSError) -> SourceFile:
    """The slow path, for what could not be opened as a plain file: a symlink, a folder, a denied file."""
    path = os.fspath(path)
    try:
        info = os.lstat(path)
    except OSError:
        return _unread(name, f"unreadable file: {exc.strerror or exc}")
    if stat.S_ISLNK(info.st_mode):
        return _symlink(path, name, root)
    if stat.S_ISDIR(info.st_mode) and not is_warehouse(path):
        return _unread(name, f"unreadable folder: {exc.strerror or exc}; the files in it are not in the ledger")
    if not stat.S_ISREG(info.st_mode):
        return _unread(name, _not_regular(info.st_mode, path))
    return _unread(name, f"unreadable file: {exc.strerror or exc}")


def _symlink(path: str, name: str, root: Path | None) -> SourceFile:
    target = os.path.realpath(path)
    if os.path.isdir(target):
        return _unread(
            name, f"a symlink to a folder ({_printable(target)}): not followed, folders are read where they are"
        )
    inside = root is not None and os.path.commonpath([target, os.path.realpath(root)]) == os.path.realpath(root)
    if not inside and not current_limits().follow_symlinks:
        return _unread(
            name,
            f"a symlink that leaves the input folder (to {_printable(target)}): not read; "
            "--follow-symlinks (GONGKAI_FOLLOW_SYMLINKS=1) reads such links",
        )
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError as exc:
        if os.path.exists(target) and not stat.S_ISREG(os.stat(target).st_mode):
            return _unread(name, _not_regular(os.stat(target).st_mode, target))
        return _unread(name, f"a symlink whose target cannot be read: {exc.strerror or exc}")
    return _read_fd(fd, name, target)


def _printable(text: str) -> str:
    return _escaped(text).encode("unicode_escape").decode("ascii") if not text.isprintable() else _escaped(text)


def ingest_bytes(rel: str, data: bytes) -> SourceFile:
    suffix = Path(rel).suffix.lower()
    declared = TEXT_FORMATS.get(suffix)
    sf = SourceFile(
        rel, hashlib.sha256(data).hexdigest(), len(data), declared or (suffix.lstrip(".") or "unknown"), None
    )
    if not data:
        return sf.reject("empty file: 0 bytes, there is nothing to read")
    if suffix in UNSUPPORTED_FORMATS:
        return sf.reject(
            f"unsupported format '{suffix}': gongkai reads txt, html, md, json and jsonl; "
            "convert the file to text or HTML first"
        )
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        return sf.reject(str(exc))
    sf.encoding = encoding
    if not text.strip():
        return sf.reject("whitespace only: the file decodes but holds no text")
    fmt = sniff_format(text, declared)
    sf.source_format = fmt
    if fmt in ("json", "jsonl"):
        return _split_records(sf, text, fmt)
    sf.records = [RawRecord(rel, None, text, fmt)]
    return sf


def sniff_format(text: str, declared: str | None) -> str:
    if declared in ("json", "jsonl", "md"):
        return declared
    head = text.lstrip()[:2048]
    if head.startswith("<"):  # lower-cased only when it can be markup: most texts are not
        head = head.lower()
        if head.startswith(("<!doctype html", "<html", "<?xml")) or any(
            tag in head for tag in ("<body", "<div", "<p>", "<p ", "<table", "<head")
        ):
            return "html"
    if declared is None and head[:1] in "{[":
        return "jsonl" if "\n{" in text.strip() else "json"
    return declared or "txt"


def _parsed(text: str, one_line: bool = False) -> tuple[object, str | None]:
    """A JSON value and None, or None and why it could not be taken."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno}, column {exc.colno}"
        return None, f"malformed JSON: {exc.msg} at {where}"
    except RecursionError:
        return None, depth_reason("the JSON")
    if isinstance(obj, (dict, list)) and nesting_depth(obj) > current_limits().max_depth:
        return None, depth_reason("the JSON")
    return obj, None


def _split_records(sf: SourceFile, text: str, fmt: str) -> SourceFile:
    records: list[RawRecord] = []
    max_records, max_bytes = current_limits().max_records, current_limits().max_file_bytes
    if fmt == "jsonl":
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            if len(records) >= max_records:
                sf.record_outcomes.append(RecordOutcome(sf.source_path, line_no, "rejected", records_reason()))
                continue
            if len(line) * 4 > max_bytes and len(line.encode("utf-8", "surrogatepass")) > max_bytes:
                sf.record_outcomes.append(RecordOutcome(sf.source_path, line_no, "rejected", record_size_reason()))
                continue
            obj, problem = _parsed(line, one_line=True)
            if problem:
                sf.record_outcomes.append(
                    RecordOutcome(sf.source_path, line_no, "rejected", f"{problem}; fix or remove that line")
                )
                continue
            _add_record(sf, records, obj, line_no)
    else:
        obj, problem = _parsed(text)
        if problem:
            return sf.reject(problem)
        items = obj
        if isinstance(obj, dict):
            nested = next((obj[k] for k in RECORD_LIST_KEYS if isinstance(obj.get(k), list)), None)
            items = nested if nested is not None and not _content_of(obj) else [obj]
        if not isinstance(items, list):
            return sf.reject("JSON holds no records: expected an object or a list of objects with a content field")
        for i, item in enumerate(items, start=1):
            if len(records) >= max_records:
                sf.record_outcomes.append(RecordOutcome(sf.source_path, i, "rejected", records_reason()))
                continue
            _add_record(sf, records, item, i)
    sf.records = records
    if not records:
        return sf.reject(f"no usable record in the file: {summarize_outcomes(sf.record_outcomes) or 'it is empty'}")
    return sf


def record_size_reason() -> str:
    limit = current_limits().max_file_bytes
    return (
        f"a record larger than the maximum file size ({limit / 2**20:g} MB, GONGKAI_MAX_FILE_MB, which holds "
        "each line of a JSONL file): not parsed; split the record or raise the limit"
    )


def records_reason() -> str:
    return f"past the maximum records per file ({current_limits().max_records}, GONGKAI_MAX_RECORDS): split the file"


def summarize_outcomes(outcomes: list[RecordOutcome]) -> str:
    """Rejected records grouped by reason: 'records 1, 2, 5: no text: …; record 3: malformed JSON …'."""
    by_reason: dict[str, list[int]] = {}
    for outcome in outcomes:
        if outcome.status == "rejected" and outcome.reason:
            by_reason.setdefault(outcome.reason, []).append(outcome.record_no)
    parts = []
    for reason, numbers in by_reason.items():
        shown = ", ".join(map(str, numbers[:10])) + (", …" if len(numbers) > 10 else "")
        parts.append(f"record{'s' if len(numbers) > 1 else ''} {shown}: {reason}")
    return "; ".join(parts)


def _content_of(obj: dict) -> str | None:
    for key in CONTENT_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _first(obj: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


# A broken "\ud800" escape in JSON decodes to a lone surrogate (a valid pair decodes to one character): not a
# character at all, and not writable as UTF-8, so the document could be neither hashed nor written. It is a
# lost character, like U+FFFD: normalisation cuts it as one (〓, listed in the quarantine).
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _characters(value: str | None) -> str | None:
    return LONE_SURROGATE.sub("\ufffd", value) if value else value


def _add_record(sf: SourceFile, records: list[RawRecord], obj, record_no: int) -> None:
    if not isinstance(obj, dict):
        sf.record_outcomes.append(RecordOutcome(sf.source_path, record_no, "rejected", "not a JSON object"))
        return
    content = _characters(_content_of(obj))
    if content is None:
        sf.record_outcomes.append(
            RecordOutcome(
                sf.source_path,
                record_no,
                "rejected",
                f"no text: expected one of the fields {', '.join(CONTENT_KEYS[:4])}",
            )
        )
        return
    title = _characters(_first(obj, TITLE_KEYS))
    meta = {
        "title": title,
        "publish_date": _characters(_first(obj, DATE_KEYS)),
        "url": _characters(_first(obj, URL_KEYS)),
        "publisher": _characters(_first(obj, PUBLISHER_KEYS)),
    }
    text_format = "html" if sniff_format(content, "txt") == "html" or "</p>" in content else "txt"
    # A crawler record's title is part of the document a person reads: put it back on top.
    if title and title not in content[:300]:
        content = (f"<h1>{title}</h1>\n" if text_format == "html" else f"{title}\n") + content
    records.append(RawRecord(sf.source_path, record_no, content, text_format, {k: v for k, v in meta.items() if v}))
    sf.record_outcomes.append(RecordOutcome(sf.source_path, record_no, "pending"))


def streamed_source(name: str, part: Slice) -> SourceFile:
    """The ledger entry of a streamed JSONL file (or of one slice of it), its lines still to be read."""
    return SourceFile(name, part.sha256, part.size, "jsonl", None, stream=part, streamed=True)


def ingest_chunks(
    items: Sequence[Item], root: Path, max_bytes: int, max_records: int, files: list[SourceFile]
) -> Iterator[list[SourceFile]]:
    """`items` read one at a time and handed on in chunks of at most `max_bytes` of input and `max_records`
    records (a larger file, or one of `ALONE_BYTES` or more, is a chunk of its own), so that a worker holds
    one chunk's texts, not its batch's. Every item's `SourceFile` is appended to `files` as it is read. A streamed file's records come
    in chunks of their own, each a `SourceFile` of that chunk's records and pending outcomes (the outcomes
    are the file's: what is learnt of them is learnt for the file)."""
    chunk: list[SourceFile] = []
    size = records = 0
    for item, name in zip(items, relative_names(items, root)):
        source = streamed_source(name, item) if isinstance(item, Slice) else read_source(item, name, root)
        files.append(source)
        if source.stream is not None:
            if chunk:
                yield chunk
                chunk, size, records = [], 0, 0
            yield from _streamed_chunks(source, max_bytes, max_records)
            continue
        weight = max_bytes if source.size_bytes >= ALONE_BYTES else source.size_bytes
        if chunk and (size + weight > max_bytes or records + len(source.records) > max_records):
            yield chunk
            chunk, size, records = [], 0, 0
        chunk.append(source)
        size += weight
        records += len(source.records)
    if chunk:
        yield chunk


def _streamed_chunks(source: SourceFile, max_bytes: int, max_records: int) -> Iterator[list[SourceFile]]:
    part, source.stream = source.stream, None
    assert part is not None
    records: list[RawRecord] = []
    pending: list[RecordOutcome] = []
    size = 0
    for line_no, line in _lines(source, part):
        if isinstance(line, RecordOutcome):
            source.record_outcomes.append(line)
            continue
        _add_record(source, records, line, line_no)
        if source.record_outcomes[-1].status == "pending":
            pending.append(source.record_outcomes[-1])
            size += len(records[-1].text)
        if size >= max_bytes or len(records) >= max_records:
            yield [_chunk_of(source, records, pending)]
            records, pending, size = [], [], 0
    if records:
        yield [_chunk_of(source, records, pending)]


def _chunk_of(source: SourceFile, records: list[RawRecord], pending: list[RecordOutcome]) -> SourceFile:
    chunk = SourceFile(source.source_path, source.source_sha256, source.size_bytes, "jsonl", source.encoding)
    chunk.records, chunk.record_outcomes, chunk.streamed = records, pending, True
    return chunk


def _lines(source: SourceFile, part: Slice) -> Iterator[tuple[int, object]]:
    """(line number, parsed JSON value) for each line of `part` that holds one, (line number, rejected
    `RecordOutcome`) for each that cannot be taken; blank lines are skipped. A line longer than the maximum
    file size is skipped unread past that size."""
    limits = current_limits()
    name = source.source_path
    try:
        fd = os.open(part.path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError as exc:
        yield from _every_line(part, name, f"unreadable file: {exc.strerror or exc}")
        return
    with open(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            yield from _every_line(part, name, "the file changed into something else while the run read it")
            return
        file.seek(part.start)
        codec = _slice_codec(source, file.read(ENCODING_SAMPLE), part.start == 0)
        file.seek(part.start)
        position, line_no = part.start, part.first_line - 1
        while position < part.end:
            line = file.readline(limits.max_file_bytes + 1)
            if not line:
                break
            position += len(line)
            line_no += 1
            if len(line) > limits.max_file_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # the rest of the line, unread
                    line = file.readline(2**20)
                    position += len(line)
                yield line_no, RecordOutcome(name, line_no, "rejected", record_size_reason())
                continue
            if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            if line_no > limits.max_records:
                yield line_no, RecordOutcome(name, line_no, "rejected", records_reason())
                continue
            try:
                text = line.decode(codec) if codec else decode_bytes(line)[0]
            except UnicodeDecodeError:
                try:
                    text = decode_bytes(line)[0]
                except DecodeError as exc:
                    yield line_no, RecordOutcome(name, line_no, "rejected", f"{exc}; fix or remove that line")
                    continue
            except DecodeError as exc:
                yield line_no, RecordOutcome(name, line_no, "rejected", f"{exc}; fix or remove that line")
                continue
            obj, problem = _parsed(text, one_line=True)
            if problem:
                yield line_no, RecordOutcome(name, line_no, "rejected", f"{problem}; fix or remove that line")
            else:
                yield line_no, obj


def _slice_codec(source: SourceFile, head: bytes, at_start: bool) -> str | None:
    """The codec a slice's lines are decoded with, as its head decodes (whole lines only); None: each line on
    its own. The file's encoding in the ledger is that of its first slice."""
    head = head[: head.rfind(b"\n") + 1] or head
    try:
        encoding = decode_bytes(head)[1]
    except DecodeError:
        return None
    if source.encoding is None:
        source.encoding = encoding
    if encoding.startswith(("utf-16", "utf-32")):
        return None  # its "\n" bytes are not line ends alone: each line then fails as it should, with a reason
    return "utf-8" if encoding in ("utf-8", "utf-8-bom", "ascii") else encoding


def _every_line(part: Slice, name: str, reason: str) -> Iterator[tuple[int, RecordOutcome]]:
    for line_no in range(part.first_line, part.first_line + part.lines):
        yield line_no, RecordOutcome(name, line_no, "rejected", reason)


def lost_slice(part: Slice, name: str, reason: str) -> SourceFile:
    """The ledger entry of a slice whose records could not be processed: each of its lines rejected."""
    source = streamed_source(name, part)
    source.stream = None
    source.record_outcomes = [outcome for _, outcome in _every_line(part, name, reason)]
    return source


def merge_slices(files: list[SourceFile]) -> list[SourceFile]:
    """`files` with the entries of a streamed file's slices joined into the file's one entry (in order);
    a streamed file with no record that became a document is rejected, as a whole-read one is."""
    merged: dict[str, SourceFile] = {}
    out = []
    for source in files:
        if not source.streamed:
            out.append(source)
            continue
        whole = merged.get(source.source_path)
        if whole is None:
            merged[source.source_path] = source
            out.append(source)
        else:
            whole.record_outcomes += source.record_outcomes
            whole.encoding = whole.encoding or source.encoding
    for whole in merged.values():
        whole.record_outcomes.sort(key=attrgetter("record_no"))
        if not any(o.status == "pending" for o in whole.record_outcomes):
            reasons = summarize_outcomes(whole.record_outcomes) or "it is empty"
            whole.status, whole.reason = "rejected", f"no usable record in the file: {reasons}"
    return out
