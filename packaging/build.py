"""Builds SalesDesk for the OS it runs on (`make package` on Linux).

    python packaging/build.py [--dist DIR] [--work DIR]

1. compiles the translations (.ts -> .qm) so the bundle speaks every language;
2. runs PyInstaller on packaging/salesdesk.spec: a one-folder bundle;
3. per OS: on Linux adds the launcher files and install.sh to the folder and
   packs SalesDesk-<version>-linux-<arch>.tar.gz; on Windows runs Inno Setup's
   ISCC (when installed) for the setup .exe; on macOS leaves SalesDesk.app.

It prints the bundle's size, and where it is. packaging/smoke.py (`make
smoke`) then starts the bundle and runs its self-test."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "com.salesdesk.SalesDesk"

sys.path.insert(0, str(PACKAGING))
import translations  # noqa: E402 - packaging/ is not a package


def bundle_dir(dist: Path) -> Path:
    """The folder that holds the executable (inside the .app on macOS)."""
    if sys.platform == "darwin":
        return dist / "SalesDesk.app" / "Contents" / "MacOS"
    return dist / "SalesDesk"


def executable(dist: Path) -> Path:
    name = {"win32": "salesdesk-cli.exe", "darwin": "SalesDesk"}.get(sys.platform, "salesdesk")
    return bundle_dir(dist) / name


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(PACKAGING / "salesdesk.spec"),
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--noconfirm",
        "--log-level",
        "WARN",
    ]
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def linux_extras(dist: Path) -> Path:
    """The .desktop, AppStream and icon files beside the program, install.sh to
    put them in the menu, and everything packed as one .tar.gz."""
    folder = bundle_dir(dist)
    share = folder / "share"
    share.mkdir(exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share)
    shutil.copy2(ROOT / "resources" / "icons" / "salesdesk.svg", share / f"{APP_ID}.svg")
    shutil.copy2(PACKAGING / "linux" / "install.sh", folder / "install.sh")
    archive = dist / f"SalesDesk-{version('salesdesk')}-linux-{platform.machine()}.tar.gz"
    print(f"packing {archive.name}", flush=True)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname="SalesDesk")
    return archive


def windows_installer(dist: Path) -> Path | None:
    """SalesDesk-<version>-windows-x64-setup.exe, when Inno Setup 6 is installed."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "")) / "Inno Setup 6" / "ISCC.exe"
    if not iscc and default.is_file():
        iscc = str(default)
    if not iscc:
        print("Inno Setup 6 (ISCC.exe) not found: the bundle is built, the installer is not.")
        return None
    ver = version("salesdesk")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={ver}",
            f"/DSourceDir={bundle_dir(dist)}",
            f"/DOutputDir={dist}",
            str(PACKAGING / "windows" / "salesdesk.iss"),
        ],
        check=True,
    )
    return dist / f"SalesDesk-{ver}-windows-x64-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the SalesDesk bundle for this OS.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    built = translations.build()
    print(f"translations: {len(built)} .qm files", flush=True)
    pyinstaller(dist, work)
    artefacts: list[Path] = []
    if sys.platform.startswith("linux"):
        artefacts.append(linux_extras(dist))
    elif sys.platform == "win32":
        setup = windows_installer(dist)
        artefacts += [setup] if setup else []
    folder = dist / "SalesDesk.app" if sys.platform == "darwin" else bundle_dir(dist)
    print(f"bundle: {folder} ({size_of(folder) / 2**20:.0f} MiB)")
    print(f"run it: {executable(dist)}")
    for path in artefacts:
        print(f"built: {path} ({path.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
