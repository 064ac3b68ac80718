#!/usr/bin/env bash
# Publishes the .NET "hello world" that the start-up benchmarks compare with (framework-dependent, as `dotnet publish`
# makes it by default) into DIR; the program is DIR/hello. Its project is written to DIR-src.
# Usage: bench/hello/publish.sh DIR [LOG]
set -euo pipefail
out="$1" log="${2:-/dev/null}"
src="$out-src"
mkdir -p "$src"
cat >"$src/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("Hello, world");' >"$src/Program.cs"
dotnet publish "$src/hello.csproj" -c Release -o "$out" >>"$log" 2>&1 || { tail -30 "$log" >&2; exit 1; }
