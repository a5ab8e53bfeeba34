#!/usr/bin/env bash
# Runs the build program (build/Build) with every argument passed through, e.g. ./build.sh --target test.
# The program is compiled only when something it is built from has changed since the last compile, then its DLL
# is run directly: a warm start costs a fraction of `dotnet run`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

program_dir="build/Build/bin/Debug/net10.0"
program="$program_dir/Build.dll"
stamp="$program_dir/.built-from-sources"

# Anything the build program is compiled from: its own sources, the src/ projects it references, shared MSBuild
# settings and the SDK pin.
sources_changed() {
  [[ -f "$stamp" && -f "$program" ]] || return 0
  [[ -n "$(find build src Directory.Build.props Directory.Packages.props global.json \
      \( -name bin -o -name obj -o -name node_modules \) -prune -o -type f -newer "$stamp" -print -quit)" ]]
}

if sources_changed; then
  # Compile in Debug: the `build`/`test` tasks compile the solution in Release, so the running program's own
  # files are never overwritten underneath it.
  if ! build_log="$(dotnet build build/Build/Build.csproj --configuration Debug --nologo --verbosity quiet 2>&1)"; then
    printf '%s\n' "$build_log" >&2
    echo "Error: the build program or a src/ project it uses did not compile; the compiler errors are above." >&2
    exit 1
  fi
  touch "$stamp"
fi

exec dotnet "$program" "$@"
