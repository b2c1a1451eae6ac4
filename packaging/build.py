"""Builds SalesDesk for the OS it runs on (`make package` on Linux).

    python packaging/build.py [--dist DIR] [--work DIR]

1. checks that the installed metadata has pyproject.toml's version (the
   bundle's --version and file names come from it);
2. compiles the translations that changed (.ts -> .qm);
3. runs PyInstaller on packaging/salesdesk.spec: a one-folder bundle;
4. per OS: on Linux adds the launcher files and install.sh to the folder and
   packs SalesDesk-<version>-linux-<arch>.tar.gz; on Windows zips the folder
   for portable use and runs Inno Setup's ISCC (6.3 or later, when installed;
   --require-installer makes its absence an error) for the setup .exe; on
   macOS zips SalesDesk.app with ditto, which keeps the bundle's links.

It prints the bundle's size, and where it is. `make smoke` then starts the
bundle (tests/smoke/test_bundle.py)."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "com.salesdesk.SalesDesk"

if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
import translations  # noqa: E402 - packaging/ is not a package


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def check_version() -> str:
    """The installed metadata's version, refused when pyproject.toml has moved on
    (the metadata is what --version reads, in the bundle too)."""
    declared, installed = project_version(), version("salesdesk")
    if declared != installed:
        raise SystemExit(
            f"pyproject.toml says {declared} but the installed metadata says {installed}: "
            "run `pip install -e .` (or `make package`, which does) first"
        )
    return installed


def stale_translations() -> tuple[str, ...]:
    """Languages whose .qm is missing or older than its .ts."""
    return tuple(
        language
        for language in translations.LANGUAGES
        if not (qm := translations.ts_path(language).with_suffix(".qm")).exists()
        or qm.stat().st_mtime < translations.ts_path(language).stat().st_mtime
    )


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


def find_iscc() -> str | None:
    """Inno Setup's compiler: on the PATH, or where its installer puts it (for
    all users, or for one)."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    places = [
        Path(os.environ.get("PROGRAMFILES(X86)", "")) / "Inno Setup 6" / "ISCC.exe",
        Path(os.environ.get("PROGRAMFILES", "")) / "Inno Setup 6" / "ISCC.exe",
        Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe",
    ]
    return found or next((str(p) for p in places if p.is_file()), None)


def windows_portable_zip(dist: Path) -> Path:
    """The folder as a .zip: a rep unzips it (onto a USB stick, say) and adds `portable`."""
    base = dist / f"SalesDesk-{version('salesdesk')}-windows-x64-portable"
    return Path(shutil.make_archive(str(base), "zip", dist, "SalesDesk"))


def macos_zip(dist: Path) -> Path:
    """SalesDesk.app zipped by ditto: it keeps the symlinks inside the bundle,
    which a plain zip would turn into copies or lose."""
    archive = dist / f"SalesDesk-{version('salesdesk')}-macos.zip"
    subprocess.run(
        ["ditto", "-c", "-k", "--keepParent", str(dist / "SalesDesk.app"), str(archive)],
        check=True,
    )
    return archive


def windows_installer(dist: Path, required: bool) -> Path | None:
    """SalesDesk-<version>-windows-x64-setup.exe, when Inno Setup 6.3+ is installed."""
    iscc = find_iscc()
    if not iscc:
        message = "Inno Setup 6.3+ (ISCC.exe) not found: the bundle is built, the installer is not."
        if required:
            raise SystemExit(message)
        print(message)
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
    parser.add_argument(
        "--require-installer",
        action="store_true",
        help="on Windows, fail when Inno Setup is missing instead of skipping the installer",
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    print(f"SalesDesk {check_version()}", flush=True)
    stale = stale_translations()
    if stale:
        translations.build(languages=stale)
    print(f"translations: {len(stale)} rebuilt, {len(translations.LANGUAGES)} in all", flush=True)
    pyinstaller(dist, work)
    artefacts: list[Path] = []
    if sys.platform.startswith("linux"):
        artefacts.append(linux_extras(dist))
    elif sys.platform == "win32":
        artefacts.append(windows_portable_zip(dist))
        setup = windows_installer(dist, args.require_installer)
        artefacts += [setup] if setup else []
    elif sys.platform == "darwin":
        artefacts.append(macos_zip(dist))
    folder = dist / "SalesDesk.app" if sys.platform == "darwin" else bundle_dir(dist)
    print(f"bundle: {folder} ({size_of(folder) / 2**20:.0f} MiB)")
    print(f"run it: {executable(dist)}")
    for path in artefacts:
        print(f"built: {path} ({path.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
