"""Execute many parameterised notebooks fast: a few long-lived kernels, dependencies respected.

Starting a kernel and importing pandas and the package costs seconds per notebook.
Here each worker keeps one kernel, clears its namespace (``%reset -f``) and changes to the
notebook's folder before every notebook, so only the notebook's own work is paid for. Notebooks
say what they need in their metadata (``{"claimtab": {"needs": ["03_claims"]}}``: they read a
table another notebook writes); a notebook starts only when what it needs is done.

The results are checked where it matters: nbval re-runs every stored notebook in a fresh kernel
and compares, so state carried over between notebooks would fail the test suite.

A notebook that fails stops the run with one line naming the notebook and the cell; the notebook
as far as it ran is saved to the job's ``failed`` path (when it has one), which the line names.
This module executes notebooks and writes them; it knows nothing of books or reports.

The terminal shows one progress bar for the whole run (cells of every notebook, and the
notebooks running now), however many kernels run side by side: one bar per kernel would
redraw over each other's lines. Kernels are reached over IPC (Unix sockets in a private
folder) rather than TCP on localhost, so nothing listens on a port and ipykernel has no reason
to warn that the TCP transport is unencrypted.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .io import atomic_open

KERNEL = "python3"
#: Notebook-level papermill metadata that changes from run to run (times, temp paths).
_VOLATILE_NB_KEYS = (
    "start_time", "end_time", "duration", "exception", "input_path", "output_path",
    "environment_variables",
)


def clean_notebook_dict(text: str) -> str:
    """A notebook's JSON without run-dependent metadata (timings, temp paths), keys sorted."""
    nb: dict[str, Any] = json.loads(text)
    pm = nb.get("metadata", {}).get("papermill", {})
    for key in _VOLATILE_NB_KEYS:
        pm.pop(key, None)
    nb.get("metadata", {}).pop("widgets", None)
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {})
        meta.pop("papermill", None)
        meta.pop("execution", None)
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def clean_notebook(path: str | os.PathLike[str]) -> None:
    """Remove run-dependent metadata from a notebook file, in place."""
    p = Path(path)
    data = clean_notebook_dict(p.read_text(encoding="utf-8"))
    with atomic_open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)


@dataclass
class NotebookJob:
    """One notebook to execute: template, output path, parameters, working folder, needs.

    ``failed`` is where the notebook is saved, as far as it ran, if a cell fails (None: nowhere).
    """

    template: Path
    output: Path
    parameters: dict[str, Any] = field(default_factory=dict)
    cwd: Path | None = None
    failed: Path | None = None

    @property
    def name(self) -> str:
        """The notebook's stem, e.g. ``03_claims``."""
        return self.template.stem

    def needs(self) -> list[str]:
        """Stems of the notebooks whose outputs this one reads."""
        meta = json.loads(self.template.read_text(encoding="utf-8")).get("metadata", {})
        return list(meta.get("claimtab", {}).get("needs", []))


class NotebookFailed(RuntimeError):
    """A notebook raised; the message names the notebook, the cell, the error, the saved copy."""


def _parameterize(job: NotebookJob) -> Any:
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    # papermill's loader gives every cell a tags list, which its parameterizer expects.
    nb = load_notebook_node(str(job.template))
    if not job.parameters:  # as papermill: no parameters, no injected cell
        return nb
    nb = parameterize_notebook(nb, job.parameters, kernel_name=KERNEL, language="python")
    for cell in nb.cells:  # a fixed id instead of a random one, so re-runs give the same file
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
    return nb


def _write(nb: Any, path: Path) -> None:
    """Write an executed notebook atomically, without run-dependent metadata."""
    import nbformat

    data = clean_notebook_dict(nbformat.writes(nb))
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)


def _failure(job: NotebookJob, nb: Any, cell_index: int | None, exc: BaseException) -> str:
    """The one line for a failed notebook; save the partly run copy where the job says."""
    lines = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip().splitlines()  # no colours
    where = f", cell {cell_index + 1}" if cell_index is not None else ""
    message = f"{job.name}{where}: {lines[-1] if lines else type(exc).__name__}"
    if job.failed is not None:
        _coalesce_streams(nb)
        _renumber(nb)
        job.failed.parent.mkdir(parents=True, exist_ok=True)
        _write(nb, job.failed)
        message += f" (partially executed notebook: {job.failed})"
    return message


class _Progress:
    """The run's one progress bar: code cells of all the notebooks, and which are running."""

    def __init__(self, jobs: list[NotebookJob]) -> None:
        from tqdm import tqdm

        cells = sum(_code_cells(j.template) for j in jobs)
        self.total, self.done = len(jobs), 0
        self.running: list[str] = []
        self.lock = threading.Lock()
        self.bar = tqdm(total=cells, unit="cell", file=sys.stderr, desc=self._desc())

    def _desc(self) -> str:
        running = f" ({', '.join(sorted(self.running))})" if self.running else ""
        return f"{self.done}/{self.total} notebooks{running}"

    def start(self, job: NotebookJob) -> None:
        """A notebook starts on a kernel."""
        with self.lock:
            self.running.append(job.name)
            self.bar.set_description_str(self._desc())

    def cell(self) -> None:
        """A code cell has run."""
        with self.lock:
            self.bar.update(1)

    def finish(self, job: NotebookJob) -> None:
        """A notebook has finished (or failed)."""
        with self.lock:
            self.running.remove(job.name)
            self.done += 1
            self.bar.set_description_str(self._desc())

    def close(self) -> None:
        """Draw the bar a last time and leave it on the screen."""
        with self.lock:
            self.bar.close()


def _code_cells(template: Path) -> int:
    """The number of code cells of a notebook file."""
    cells = json.loads(template.read_text(encoding="utf-8")).get("cells", [])
    return sum(1 for c in cells if c.get("cell_type") == "code")


class _Worker:
    """A kernel that executes one notebook after another."""

    def __init__(self, progress: _Progress | None = None) -> None:
        from jupyter_client.manager import KernelManager

        self.progress = progress
        # IPC sockets in a folder only this user can open (mkdtemp: mode 0700), not TCP ports.
        self.ipc_dir = tempfile.mkdtemp(prefix="claimtab-kernel-")
        transport = {"transport": "ipc", "ip": os.path.join(self.ipc_dir, "kernel")} \
            if os.name == "posix" else {}
        self.km = KernelManager(kernel_name=KERNEL, **transport)
        try:
            self.km.start_kernel()
        except BaseException:
            shutil.rmtree(self.ipc_dir, ignore_errors=True)
            raise

    def run(self, job: NotebookJob) -> None:
        """Execute one job's notebook on this kernel and write it to the job's output."""
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

        if job.failed is not None and job.failed.exists():
            job.failed.unlink()  # a copy from an earlier failure would mislead
        nb = _parameterize(job)
        cwd = Path(job.cwd or job.output.parent).resolve()
        cwd.mkdir(parents=True, exist_ok=True)
        job.output.parent.mkdir(parents=True, exist_ok=True)
        self._reset(job, cwd)
        current: dict[str, int] = {}
        progress = self.progress
        client = NotebookClient(
            nb, km=self.km, kernel_name=KERNEL, timeout=1800, record_timing=False,
            resources={"metadata": {"path": str(cwd)}},
            on_cell_start=lambda cell_index, **_: current.update(index=cell_index),
            on_cell_executed=(lambda **_: progress.cell()) if progress is not None else None,
        )
        if progress is not None:
            progress.start(job)
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
            raise NotebookFailed(_failure(job, nb, current.get("index"), exc)) from exc
        finally:
            if progress is not None:
                progress.finish(job)
        _coalesce_streams(nb)
        _renumber(nb)
        _write(nb, job.output)

    def _reset(self, job: NotebookJob, cwd: Path) -> None:
        """Clear the kernel's namespace and change to ``cwd``, as a fresh kernel would have."""
        kc = self.km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=120)
            # A clean namespace and the notebook's own folder, as a fresh kernel would have.
            reset = (
                "get_ipython().run_line_magic('reset', '-f')\n"
                f"import os as _o; _o.chdir({str(cwd)!r}); del _o"
            )
            reply = kc.execute_interactive(reset, store_history=False, timeout=60)
            if reply["content"]["status"] != "ok":
                raise NotebookFailed(f"{job.name}: could not reset the kernel")
        finally:
            kc.stop_channels()

    def close(self) -> None:
        """Shut the kernel down and remove its socket folder."""
        try:
            self.km.shutdown_kernel(now=True)
        finally:
            shutil.rmtree(self.ipc_dir, ignore_errors=True)


def _coalesce_streams(nb: Any) -> None:
    """One output per run of printed text: a kernel may send one print in two messages."""
    for cell in nb.cells:
        merged: list[Any] = []
        for out in cell.get("outputs", []):
            last = merged[-1] if merged else {}
            if out.get("output_type") == "stream" == last.get("output_type") and (
                last["name"] == out["name"]
            ):
                last["text"] = "".join(last["text"]) + "".join(out["text"])
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged


def _renumber(nb: Any) -> None:
    """Execution counts from 1 in each notebook, as a fresh kernel gives them."""
    n = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if cell.get("execution_count") is not None:
            n += 1
            cell.execution_count = n
            for out in cell.get("outputs", []):
                if "execution_count" in out:
                    out["execution_count"] = n


def run_notebooks(jobs: list[NotebookJob], workers: int = 2, progress: bool = True) -> None:
    """Execute the jobs on up to ``workers`` kernels, each after the notebooks it needs."""
    if not jobs:
        return
    schedule = _Schedule(jobs, _Progress(jobs) if progress else None)
    n = max(1, min(workers, len(jobs)))
    threads = [threading.Thread(target=schedule.work, daemon=True) for _ in range(n)]
    with schedule.lock:
        schedule.release()
    for t in threads:
        t.start()
    try:
        schedule.wait()
        for _ in threads:
            schedule.ready.put(None)
        for t in threads:
            t.join()
    finally:
        if schedule.progress is not None:
            schedule.progress.close()
    if schedule.failures:
        raise schedule.failures[0]


class _Schedule:
    """One run's jobs: those waiting for their needs, those done, the failures, the ready queue."""

    def __init__(self, jobs: list[NotebookJob], progress: _Progress | None) -> None:
        names = {j.name for j in jobs}
        self.total, self.progress = len(jobs), progress
        self.pending = {j.name: j for j in jobs}
        self.needs = {j.name: [n for n in j.needs() if n in names] for j in jobs}
        self.done: set[str] = set()
        self.failures: list[BaseException] = []
        self.lock = threading.Condition()
        self.ready: queue.Queue[NotebookJob | None] = queue.Queue()

    def release(self) -> None:
        """Queue every waiting job whose needs are all done (call with the lock held)."""
        for name in sorted(list(self.pending)):
            if all(n in self.done for n in self.needs[name]):
                self.ready.put(self.pending.pop(name))

    def work(self) -> None:
        """One thread: run ready jobs on one kernel (started at its first job) until stopped."""
        worker: _Worker | None = None
        try:
            while True:
                job = self.ready.get()
                if job is None:
                    return
                if worker is None:
                    worker = self._start()
                if worker is None or not self._run_one(worker, job):
                    return
        finally:
            if worker is not None:
                worker.close()

    def _start(self) -> _Worker | None:
        """A kernel for this thread; None, with the failure recorded, when it cannot start."""
        try:
            return _Worker(self.progress)
        except BaseException as exc:  # noqa: BLE001 - raised by run_notebooks
            with self.lock:
                self.failures.append(exc)
                self.lock.notify_all()
            return None

    def _run_one(self, worker: _Worker, job: NotebookJob) -> bool:
        """Run one job; record it done (queueing what it unblocks) or failed; False if failed."""
        try:
            worker.run(job)
        except BaseException as exc:  # noqa: BLE001 - raised by run_notebooks
            with self.lock:
                self.failures.append(exc)
                self.lock.notify_all()
            return False
        with self.lock:
            self.done.add(job.name)
            self.release()
            self.lock.notify_all()
        return True

    def wait(self) -> None:
        """Block until every job is done or one has failed."""
        with self.lock:
            while len(self.done) < self.total and not self.failures:
                self.lock.wait(timeout=1.0)
