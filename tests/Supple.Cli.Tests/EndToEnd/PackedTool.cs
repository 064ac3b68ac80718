using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// Packs the <c>supple</c> tool once, the way the README does (<c>dotnet pack src/Supple.Cli -c Release</c>), into a
/// temporary folder, and installs packages from it into temporary tool paths. Builds go to a temporary artifacts path,
/// so the tree's own bin/ and obj/ (which the other tests run from) are never touched, and installs restore into a
/// NuGet folder of their own, so a package of the same version cached by an earlier pack is never picked up instead.
/// </summary>
public sealed partial class PackedTool : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-pack-").FullName;

    /// <summary>Where <c>dotnet pack</c> wrote the packages.</summary>
    public string Packages => Path.Combine(_folder, "packages");

    /// <summary>The version in the pointer package's name.</summary>
    public string Version { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (exit, output) = await RunAsync(
            "dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", "Supple.Cli"), "-c", "Release", "-o", Packages, "--artifacts-path", Path.Combine(_folder, "build"), "--disable-build-servers", "-nodeReuse:false"],
            TimeSpan.FromMinutes(30));
        Assert.True(exit == 0, "dotnet pack failed:\n" + Tail(output));
        var pointer = Directory.GetFiles(Packages, "Supple.*.nupkg").Select(Path.GetFileName).Select(name => PointerName().Match(name!)).Single(m => m.Success);
        Version = pointer.Groups["version"].Value;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The package file for <paramref name="id"/> (<c>Supple</c>, <c>Supple.linux-x64</c>, …).</summary>
    public string Package(string id) => Path.Combine(Packages, $"{id}.{Version}.nupkg");

    /// <summary>
    /// <c>dotnet tool install --tool-path</c> of <paramref name="packageId"/> from the package folder only; returns the
    /// tool path, where the <c>supple</c> command is.
    /// </summary>
    public async Task<string> InstallAsync(string packageId)
    {
        var toolPath = Path.Combine(_folder, "tools-" + packageId);
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_folder, "nuget") };
        var (exit, output) = await RunAsync("dotnet", ["tool", "install", "--tool-path", toolPath, "--source", Packages, packageId], TimeSpan.FromMinutes(5), environment);
        Assert.True(exit == 0, $"dotnet tool install {packageId} failed:\n" + Tail(output));
        return toolPath;
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string program, string[] args, TimeSpan timeout, Dictionary<string, string?>? environment = null) =>
        ExternalProcess.RunAsync(program, args, timeout, new Dictionary<string, string?>(environment ?? []) { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));

    [GeneratedRegex(@"^Supple\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PointerName();
}
