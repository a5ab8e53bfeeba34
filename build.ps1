#!/usr/bin/env -S dotnet pwsh
# Runs the build program (build/Build) with every argument passed through, e.g. ./build.ps1 --target test.
# PowerShell comes from the local tool manifest: `dotnet tool restore`, then `dotnet pwsh ./build.ps1 ...`.
# Like build.sh, it compiles the program only when its sources changed, then runs its DLL directly.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location -LiteralPath $PSScriptRoot

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

$programDir = Join-Path 'build' 'Build' 'bin' 'Debug' 'net10.0'
$program = Join-Path $programDir 'Build.dll'
$stamp = Join-Path $programDir '.built-from-sources'

function Test-SourcesChanged {
    if (-not (Test-Path $stamp) -or -not (Test-Path $program)) { return $true }
    $builtAt = (Get-Item -Force $stamp).LastWriteTimeUtc
    $inputs = @('build', 'src') | ForEach-Object {
        Get-ChildItem -Force -LiteralPath $_ -Recurse -File | Where-Object { $_.FullName -notmatch '[\\/](bin|obj|node_modules)[\\/]' }
    }
    $inputs += @('Directory.Build.props', 'Directory.Packages.props', 'global.json') | ForEach-Object { Get-Item $_ }
    return [bool]($inputs | Where-Object { $_.LastWriteTimeUtc -gt $builtAt } | Select-Object -First 1)
}

if (Test-SourcesChanged) {
    $log = & dotnet build (Join-Path 'build' 'Build' 'Build.csproj') --configuration Debug --nologo --verbosity quiet 2>&1
    if ($LASTEXITCODE -ne 0) {
        $log | Write-Host
        Write-Error 'Error: the build program or a src/ project it uses did not compile; the compiler errors are above.' -ErrorAction Continue
        exit 1
    }
    New-Item -ItemType File -Force -Path $stamp | Out-Null
}

& dotnet $program @args
exit $LASTEXITCODE
