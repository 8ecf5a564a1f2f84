# Builds the Windows installer of Telisik under target\installer\ (run in PowerShell on Windows 10/11 with
# JDK 17 and Maven on PATH; the .msi needs the WiX Toolset 3.x on PATH, else use -Type exe or app-image).
# Usage: powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1 [-Type msi|exe|app-image]
param([string]$Type = "msi")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = ([xml](Get-Content pom.xml)).project.version
$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null

if (-not (Test-Path target\telisik.jar)) { mvn -q -B -ntp -DskipTests package; if ($LASTEXITCODE) { exit 1 } }
Copy-Item target\telisik.jar "$out\input\"

$found = (jdeps --multi-release 17 --ignore-missing-deps --print-module-deps target\telisik.jar).Trim()
$modules = "$found,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.unsupported,jdk.crypto.ec,java.naming,java.management,jdk.jfr"
jlink --add-modules $modules --include-locales=en,id --strip-debug --no-header-files --no-man-pages `
      --compress=2 --output "$out\runtime"
if ($LASTEXITCODE) { exit 1 }

$args = @("--type", $Type, "--dest", $out, "--input", "$out\input", "--main-jar", "telisik.jar",
          "--main-class", "org.telisik.Main", "--runtime-image", "$out\runtime", "--name", "Telisik",
          "--app-version", $version, "--vendor", "Telisik", "--icon", "assets\icons\app\telisik.ico",
          "--java-options", "-Xmx2g", "--java-options", "-Dfile.encoding=UTF-8")
if ($Type -ne "app-image") { $args += @("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install") }
jpackage @args
if ($LASTEXITCODE) { exit 1 }
# A console launcher for the command line: Telisik-cli.exe analyze ...
jpackage --type app-image --dest "$out\cli" --input "$out\input" --main-jar telisik.jar `
         --main-class org.telisik.Main --runtime-image "$out\runtime" --name Telisik-cli --win-console `
         --app-version $version
Get-ChildItem $out
