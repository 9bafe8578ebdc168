# Build the one-folder desktop bundle on Windows, then (if Inno Setup is
# installed) the per-user installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#   $env:REUSE_VENV = "1"   keep packaging\build\venv from a previous run
#
# Result: packaging\dist\fieldnotes\ (fieldnotes.exe, fieldnotes-cli.exe) and,
# with Inno Setup 6, packaging\dist\fieldnotes-setup.exe.
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$root = Split-Path -Parent $here
$build = Join-Path $here "build"
$dist = Join-Path $here "dist"
$python = if ($env:PYTHON) { $env:PYTHON } else { "py" }
$started = Get-Date

$venv = Join-Path $build "venv"
$venvPy = Join-Path $venv "Scripts\python.exe"
if ($env:REUSE_VENV -ne "1" -or -not (Test-Path $venvPy)) {
    if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
    New-Item -ItemType Directory -Force -Path $build | Out-Null
    if ($python -eq "py") { & py -3.11 -m venv $venv } else { & $python -m venv $venv }
    if ($LASTEXITCODE -ne 0) { throw "could not make the virtual environment" }
}
& $venvPy -m pip install --quiet --upgrade pip
& $venvPy -m pip install --quiet $root "pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2024.8"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$out = Join-Path $dist "fieldnotes"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
& $venvPy -m PyInstaller --noconfirm --clean --log-level WARN --distpath $dist --workpath (Join-Path $build "work") (Join-Path $here "napsurvey.spec")
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& (Join-Path $out "fieldnotes-cli.exe") --version
if ($LASTEXITCODE -ne 0) { throw "the bundle does not start" }

$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if ($iscc) {
    $version = (& $venvPy -c "import napsurvey; print(napsurvey.__version__)").Trim()
    & $iscc "/DAppVersion=$version" "/DBundleDir=$out" "/O$dist" (Join-Path $here "windows\napsurvey.iss")
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Host "Inno Setup 6 not found: bundle only (install it from jrsoftware.org to get the installer)."
}

$bytes = (Get-ChildItem -Recurse -File $out | Measure-Object -Property Length -Sum).Sum
$files = (Get-ChildItem -Recurse -File $out).Count
$seconds = [int]((Get-Date) - $started).TotalSeconds
"bundle: $out  size {0:N0} MB  files $files  build $seconds s" -f ($bytes / 1MB)
