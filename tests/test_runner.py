"""The notebook runner: dependencies, a clean namespace per notebook, one-line failures."""

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from claimtab.runner import NotebookFailed, NotebookJob, run_notebooks


def write(path, sources, needs=(), params=None):
    nb = new_notebook()
    if params is not None:
        cell = new_code_cell(params)
        cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nb.cells += [new_code_cell(s) for s in sources]
    for i, c in enumerate(nb.cells):
        c["id"] = f"c{i}"
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    if needs:
        nb.metadata["claimtab"] = {"needs": list(needs)}
    nbformat.write(nb, path)
    return path


def outputs(path):
    nb = json.loads(path.read_text())
    return ["".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", [])]


def test_needs_run_first_and_namespaces_do_not_leak(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    first = ["import time; time.sleep(1.5)", "open('table.txt', 'w').write('42'); secret = 1"]
    write(src / "01_write.ipynb", first)
    write(src / "02_read.ipynb", ["print(open('table.txt').read())",
                                  "print('secret' in dir())"], needs=["01_write"])
    write(src / "03_alone.ipynb", ["print(value)"], params="value = 1")
    jobs = [NotebookJob(p, out / p.name, {"value": 5} if "alone" in p.name else {}, out)
            for p in sorted(src.glob("*.ipynb"))]
    run_notebooks(jobs, workers=2, progress=False)
    assert outputs(out / "02_read.ipynb") == ["42\n", "False\n"]
    assert outputs(out / "03_alone.ipynb") == ["5\n"]
    nb = json.loads((out / "02_read.ipynb").read_text())
    assert [c["execution_count"] for c in nb["cells"]] == [1, 2]


def test_a_failing_notebook_is_named_and_leaves_no_output(tmp_path):
    bad = write(tmp_path / "05_bad.ipynb", ["1 / 0"])
    job = NotebookJob(bad, tmp_path / "out" / "05_bad.ipynb", {}, tmp_path)
    (tmp_path / "out").mkdir()
    with pytest.raises(NotebookFailed, match="^05_bad, cell 1: ZeroDivisionError"):
        run_notebooks([job], workers=1, progress=False)
    assert not job.output.exists()


def test_a_failing_notebook_is_saved_as_far_as_it_ran_where_the_error_says(tmp_path):
    bad = write(tmp_path / "06_half.ipynb", ["print('first cell ran')", "x = 1", "{}['missing']",
                                             "print('never')"], params="n = 1")
    failed = tmp_path / "failed" / "06_half.ipynb"
    failed.parent.mkdir()
    failed.write_text("a copy from an earlier failure")
    job = NotebookJob(bad, tmp_path / "out" / "06_half.ipynb", {"n": 2}, tmp_path, failed=failed)
    with pytest.raises(NotebookFailed) as exc:
        run_notebooks([job], workers=1, progress=False)
    # cells: parameters, injected parameters, then the four above: the fifth failed
    assert str(exc.value) == (
        f"06_half, cell 5: KeyError: 'missing' (partially executed notebook: {failed})"
    )
    assert not job.output.exists()
    nb = json.loads(failed.read_text())
    texts = outputs(failed)
    assert texts[0] == "first cell ran\n" and "never\n" not in texts
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert [e["ename"] for e in errors] == ["KeyError"]
    assert nb["cells"][4]["outputs"][0]["output_type"] == "error"
    assert nb["cells"][5]["execution_count"] is None  # never ran


def test_a_fixed_notebook_removes_its_old_failed_copy(tmp_path):
    good = write(tmp_path / "07_ok.ipynb", ["print(1)"])
    failed = tmp_path / "failed" / "07_ok.ipynb"
    failed.parent.mkdir()
    failed.write_text("from an earlier failure")
    job = NotebookJob(good, tmp_path / "out" / "07_ok.ipynb", {}, tmp_path, failed=failed)
    run_notebooks([job], workers=1, progress=False)
    assert job.output.exists() and not failed.exists()


def test_run_notebook_command_creates_folders_and_reports_failure_in_one_line(tmp_path, capsys):
    from claimtab.cli import main

    good = write(tmp_path / "01_ok.ipynb", ["print(value * 2)"], params="value = 1")
    out = tmp_path / "new" / "folder" / "01_ok.ipynb"
    assert main(["run-notebook", str(good), str(out), "-p", "value=21", "-q"]) == 0
    assert outputs(out) == ["2121\n"]  # -p passes text, as papermill's -p does
    bad = write(tmp_path / "02_bad.ipynb", ["open('missing.csv')"])
    assert main(["run-notebook", str(bad), str(tmp_path / "x" / "02_bad.ipynb"), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    saved = tmp_path / "x" / "02_bad.failed.ipynb"
    assert err[-1].startswith("error: 02_bad, cell 1: FileNotFoundError")
    assert err[-1].endswith(f"(partially executed notebook: {saved})")
    assert saved.exists() and not (tmp_path / "x" / "02_bad.ipynb").exists()


def test_text_printed_in_pieces_is_one_output():
    from nbformat.v4 import new_output

    from claimtab.runner import _coalesce_streams

    nb = new_notebook(cells=[new_code_cell("print(x)")])
    nb.cells[0].outputs = [
        new_output("stream", name="stdout", text="Ayon kay Shoigu."),
        new_output("stream", name="stdout", text="\n"),  # the same print, in a second message
        new_output("stream", name="stderr", text="warning\n"),
        new_output("stream", name="stdout", text="after\n"),
        new_output("execute_result", data={"text/plain": "1"}, execution_count=1),
    ]
    _coalesce_streams(nb)
    outs = nb.cells[0].outputs
    assert [(o.output_type, o.get("name"), o.get("text")) for o in outs] == [
        ("stream", "stdout", "Ayon kay Shoigu.\n"),
        ("stream", "stderr", "warning\n"),
        ("stream", "stdout", "after\n"),
        ("execute_result", None, None),
    ]


def test_a_kernel_that_cannot_start_fails_the_run_instead_of_hanging(tmp_path, monkeypatch):
    import threading

    from claimtab import runner

    def no_kernel(*args, **kwargs):
        raise RuntimeError("no kernel")

    monkeypatch.setattr(runner, "_Worker", no_kernel)
    write(tmp_path / "01_a.ipynb", ["x = 1"])
    job = NotebookJob(tmp_path / "01_a.ipynb", tmp_path / "out" / "01_a.ipynb", {}, tmp_path)
    raised: list[BaseException] = []

    def run():
        try:
            run_notebooks([job], workers=2, progress=False)
        except BaseException as exc:  # noqa: BLE001
            raised.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=30)
    assert not t.is_alive(), "run_notebooks hung on a kernel that could not start"
    assert raised and "no kernel" in str(raised[0])


def test_two_notebooks_side_by_side_share_one_progress_bar(tmp_path, capsys):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    for name in ("01_a", "02_b"):
        write(src / f"{name}.ipynb", ["import time; time.sleep(0.5)", "x = 1", "y = 2"])
    jobs = [NotebookJob(p, out / p.name, {}, out) for p in sorted(src.glob("*.ipynb"))]
    run_notebooks(jobs, workers=2, progress=True)
    err = capsys.readouterr().err
    # One bar: no cursor moves between bar lines (tqdm's "\x1b[A" for a second position), every
    # redraw is the same bar, and it ends with every cell of both notebooks.
    assert "\x1b[A" not in err
    draws = [d for d in err.replace("\n", "\r").split("\r") if d.strip()]
    assert all(" notebooks" in d and "cell" in d for d in draws), draws
    assert draws[-1].startswith("2/2 notebooks") and "6/6" in draws[-1]


def test_kernels_talk_over_ipc_and_leave_no_socket_behind(tmp_path, monkeypatch):
    import tempfile

    from claimtab import runner

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    seen = []
    real = runner._Worker.__init__

    def spy(self, *a, **kw):
        real(self, *a, **kw)
        seen.append((self.km.transport, self.km.ip))

    monkeypatch.setattr(runner._Worker, "__init__", spy)
    nb = write(tmp_path / "01_a.ipynb", ["print(1)"])
    run_notebooks([NotebookJob(nb, tmp_path / "out" / "01_a.ipynb", {}, tmp_path)],
                  workers=1, progress=False)
    assert seen and seen[0][0] == "ipc" and seen[0][1].startswith(str(tmp_path / "tmp"))
    assert list((tmp_path / "tmp").iterdir()) == []


def test_no_kernel_transport_warning_reaches_the_terminal(tmp_path):
    import subprocess
    import sys

    nb = write(tmp_path / "01_a.ipynb", ["print(1)"])
    run = subprocess.run(
        [sys.executable, "-m", "claimtab", "run-notebook", str(nb), str(tmp_path / "o.ipynb"),
         "-q"], capture_output=True, text=True, check=True,
    )
    assert "without encryption" not in run.stderr and "TCP" not in run.stderr, run.stderr
