"""Installer files: well-formed, consistent with each other, pointing at files that exist.

The PyInstaller build itself runs only where PyInstaller is installed (not in CI, where it
would cost minutes); `installers/linux/build.sh` runs the same checks on a release build.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
LINUX = INSTALLERS / "linux"
APP_ID = "io.mapstudio.MapStudio"
MIME = "application/x-mapstudio"
sys.path.insert(0, str(INSTALLERS))
import bundle_data  # noqa: E402


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_keys():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Map Studio"
    assert entry["Exec"].split()[0] == "mapstudio" and "%f" in entry["Exec"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert MIME in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";")
    for lang in ("it", "pl", "es", "ru"):
        assert entry[f"Comment[{lang}]"] and entry[f"GenericName[{lang}]"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-utils not installed")
def test_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_mime_type_is_well_formed():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "mapstudio-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.mapstudio"]
    assert mime.find("m:icon", ns).get("name") == "application-x-mapstudio"
    assert mime.find("m:comment", ns).text == "Map Studio project"


def test_appstream_metainfo_is_well_formed():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("provides/mediatype").text == MIME
    version = bundle_data.version()
    assert version in [r.get("version") for r in root.iter("release")]


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_appstreamcli_validate():
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_macos_info_plist_declares_the_document_type():
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == bundle_data.version()
    assert info["NSHighResolutionCapable"] is True
    doc_type = info["CFBundleDocumentTypes"][0]
    exported = info["UTExportedTypeDeclarations"][0]
    assert doc_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["mapstudio"]
    assert tags["public.mime-type"] == [MIME]
    assert set(info["CFBundleLocalizations"]) == {"en", "it", "pl", "es", "ru"}


def test_inno_setup_associates_the_extension_and_uninstalls():
    text = (INSTALLERS / "windows" / "mapstudio.iss").read_text(encoding="utf-8")
    assert re.search(r'Subkey: "Software\\Classes\\\.mapstudio"', text)
    assert "shell\\open\\command" in text and '""%1""' in text
    assert "uninsdeletekey" in text and "{uninstallexe}" in text
    assert "ChangesAssociations=yes" in text
    for relative in re.findall(r'(?:Source|SetupIconFile)[:=] ?"?(\.\.\\[^"*\s]+)', text):
        path = (INSTALLERS / "windows" / relative.replace("\\", "/")).resolve()
        assert path.exists() or "dist" in path.parts, relative


def test_spec_references_existing_paths():
    spec = (INSTALLERS / "mapstudio.spec").read_text(encoding="utf-8")
    ast.parse(spec)  # valid Python
    for relative in re.findall(r'ROOT / "([^"]+)"', spec) + \
            re.findall(r'HERE / "([^"]+)"', spec):
        parts = relative.split('" / "')
        base = ROOT if f'ROOT / "{relative}"' in spec else INSTALLERS
        assert base.joinpath(*parts).exists(), relative
    assert "bundle_data.datas()" in spec
    assert (INSTALLERS / "mapstudio_entry.py").exists()
    for source, _dest in bundle_data.datas():
        assert Path(source).exists(), source


def test_bundle_data_covers_resources():
    """Every resource file lands under mapstudio/resources, where paths.py looks."""
    pairs = bundle_data.datas()
    files = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert files
    for path in files:
        relative = path.relative_to(ROOT / "resources").as_posix()
        assert bundle_data.bundled_path(path, pairs) == f"mapstudio/resources/{relative}"


def test_bundle_data_carries_runtime_package_files():
    pairs = bundle_data.datas()
    migrations = ROOT / "src/mapstudio/store/migrations"
    for path in [*migrations.rglob("*.py"), *(ROOT / "src/mapstudio").rglob("*.json")]:
        expected = path.relative_to(ROOT / "src").as_posix()
        assert bundle_data.bundled_path(path, pairs) == expected


def test_qt_translations_are_trimmed_to_shipped_languages():
    keep = bundle_data.keep_qt_data
    assert keep("PySide6/Qt/translations/qtbase_ru.qm")
    assert not keep("PySide6/Qt/translations/qtbase_ja.qm")
    assert keep("mapstudio/resources/translations/mapstudio_pl.qm")
    assert not keep("PySide6/Qt/translations/qt_help_pl.qm")
    assert keep("PySide6/Qt/translations/qt_it.qm")


def test_icons_exist_at_every_size():
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        assert (icons / f"mapstudio-{size}.png").exists()
    for name in ("mapstudio.ico", "mapstudio.icns", "mapstudio.svg"):
        assert (icons / name).stat().st_size > 0
    ET.parse(icons / "mapstudio.svg")


def test_linux_build_script_produces_the_documented_tarball():
    text = (LINUX / "build.sh").read_text(encoding="utf-8")
    assert "mapstudio-$VERSION-linux-$ARCH" in text and ".tar.gz" in text
    assert "installers/mapstudio.spec" in text and "--version" in text
    for name in ("$APP_ID.desktop", "$APP_ID.metainfo.xml", "mapstudio-mime.xml"):
        assert name in text
    install = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert "update-mime-database" in install and "--uninstall" in install


def _frozen_env(tmp_path: Path) -> dict:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               MAPSTUDIO_DATA_DIR=str(tmp_path / "data"), MAPSTUDIO_LOG_DIR=str(tmp_path / "log"),
               MAPSTUDIO_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MAPSTUDIO_SMOKE_TEST", None)
    return env


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason="PyInstaller not installed (CI keeps it out: the build takes minutes)")
def test_pyinstaller_bundle_works_headless(tmp_path):
    """Build the one-folder app from the spec, then use it as a user would, without a screen."""
    env = _frozen_env(tmp_path)
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "work"), str(INSTALLERS / "mapstudio.spec")],
        capture_output=True, text=True, env=env, timeout=1800)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "mapstudio" / ("mapstudio.exe" if sys.platform == "win32"
                                             else "mapstudio")

    def run(*args, **extra):
        return subprocess.run([str(exe), *args], capture_output=True, text=True,
                              env={**env, **extra}, timeout=300)

    version = run("--version")
    assert version.returncode == 0 and bundle_data.version() in version.stdout
    project = tmp_path / "demo.mapstudio"
    assert run("import", str(ROOT / "resources/demo/mortgage.json"), "-o", str(project)) \
        .returncode == 0
    pdf = run("export", str(project), "-o", str(tmp_path / "x.pdf"), "--paper", "A2")
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    info = run("info", str(project), "--json")
    assert info.returncode == 0 and '"maps"' in info.stdout
    bad = run("check", str(tmp_path / "x.pdf"))
    assert bad.returncode == 3 and bad.stderr.startswith("mapstudio: error:")
    # The GUI starts in Russian, opens the project and its dialogs, and quits cleanly.
    settings = tmp_path / "cfg" / "Map Studio" / "mapstudio.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[ui]\nlanguage=ru\ntheme=dark\n", encoding="utf-8")
    gui = run(str(project), MAPSTUDIO_SMOKE_TEST="1")
    assert gui.returncode == 0, gui.stderr
    assert "smoke test passed" in gui.stderr
    log = (tmp_path / "log" / "mapstudio.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "unexpected error" not in log
    assert "interface language ru (2 catalogues), dark theme" in log
