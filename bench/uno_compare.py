"""Does a LibreOffice kept running (its UNO listener) beat one `--convert-to` over all files?

    /usr/bin/python3 bench/uno_compare.py DOCX… [--runs N]

Needs the system Python with LibreOffice's UNO bridge (Debian: python3-uno); it is a
measurement, not part of reportgen. Within one command both ways start LibreOffice
once; this times, for the same .docx files and a warm profile each:

- convert-to: `soffice --headless --convert-to pdf --outdir … a.docx b.docx …`;
- listener: start `soffice --accept=pipe…`, connect (retrying until it answers), load
  each document hidden, store it as PDF, close it, terminate LibreOffice — what a
  client such as unoserver does, without its own process and XML-RPC hop on top.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def convert_to(soffice: str, profile: Path, files: list[Path], out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    elapsed = time.perf_counter() - start
    assert all((out / f"{f.stem}.pdf").is_file() for f in files)
    return elapsed


def listener(soffice: str, profile: Path, files: list[Path], out: Path) -> float:
    pipe = f"reportgen_bench_{os.getpid()}"
    start = time.perf_counter()
    process = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--invisible",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            time.sleep(0.02)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    for f in files:
        document = desktop.loadComponentFromURL(
            f.resolve().as_uri(), "_blank", 0, (prop("Hidden", True),)
        )
        document.storeToURL(
            (out / f"{f.stem}.pdf").resolve().as_uri(), (prop("FilterName", "writer_pdf_Export"),)
        )
        document.close(True)
    with contextlib.suppress(Exception):  # the bridge drops as LibreOffice exits
        desktop.terminate()
    process.wait()
    elapsed = time.perf_counter() - start
    assert all((out / f"{f.stem}.pdf").is_file() for f in files)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or sys.exit("soffice not found")
    work = Path(tempfile.mkdtemp(prefix="reportgen-uno-"))
    profile = work / "profile"
    times: dict[str, list[float]] = {"convert-to": [], "listener": []}
    convert_to(soffice, profile, args.files, work / "warm")  # make the profile
    for run in range(args.runs):
        for name, way in (("convert-to", convert_to), ("listener", listener)):
            out = work / f"{name}-{run}"
            out.mkdir()
            times[name].append(way(soffice, profile, args.files, out))
    for name, values in times.items():
        print(
            f"{name:<12}{len(args.files):>3} files  median {statistics.median(values):.2f} s"
            f"  (runs: {', '.join(f'{v:.2f}' for v in values)})"
        )
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
