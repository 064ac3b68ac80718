using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// The install path of the README: <c>dotnet pack</c> makes a pointer package and one package per runtime
/// (ReadyToRun for linux-x64 and linux-arm64, the framework-dependent build for any other platform), and
/// <c>dotnet tool install</c> from that folder gives this machine the precompiled build, which runs.
/// See docs/PERFORMANCE.md ("The build people install").
/// </summary>
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>, IDisposable
{
    // A ReadyToRun image built for Linux marks its machine as the processor's value XOR 0x7B79 (the Linux "OS machine").
    private const ushort LinuxX64ReadyToRun = 0x8664 ^ 0x7B79;
    private const ushort LinuxArm64ReadyToRun = 0xAA64 ^ 0x7B79;

    // Generous: on a shared machine under heavy load one command has taken over a minute.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly string _data = Directory.CreateTempSubdirectory("supple-tool-data-").FullName;

    private static string ThisRuntime => RuntimeInformation.RuntimeIdentifier;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Pack_makes_a_pointer_package_that_names_one_package_per_runtime()
    {
        using var pointer = ZipFile.OpenRead(tool.Package("Supple"));
        var settings = XDocument.Load(pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        var packages = settings.Descendants("RuntimeIdentifierPackage").ToDictionary(e => (string)e.Attribute("RuntimeIdentifier")!, e => (string)e.Attribute("Id")!);

        Assert.Equal(
            new Dictionary<string, string> { ["linux-x64"] = "Supple.linux-x64", ["linux-arm64"] = "Supple.linux-arm64", ["any"] = "Supple.any" },
            packages);
        Assert.Equal("supple", (string)settings.Descendants("Command").Single().Attribute("Name")!);

        // The pointer carries no program of its own; each named package exists beside it.
        Assert.DoesNotContain(pointer.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        foreach (var id in packages.Values)
        {
            Assert.True(File.Exists(tool.Package(id)), $"{id} was not packed");
        }
    }

    [Theory]
    [InlineData("linux-x64", LinuxX64ReadyToRun)]
    [InlineData("linux-arm64", LinuxArm64ReadyToRun)]
    public void Each_runtime_package_is_precompiled_for_its_processor(string runtime, ushort machine)
    {
        using var package = ZipFile.OpenRead(tool.Package("Supple." + runtime));
        foreach (var assembly in new[] { "supple.dll", "Supple.Core.dll", "Supple.Data.dll", "Microsoft.EntityFrameworkCore.dll" })
        {
            var (readyToRun, coffMachine) = ReadHeaders(package, $"tools/net10.0/{runtime}/{assembly}");
            Assert.True(readyToRun, $"{assembly} in Supple.{runtime} is not ReadyToRun");
            Assert.Equal(machine, coffMachine);
        }

        // Run by its own launcher, so the tool starts without `dotnet` looking the program up.
        var settings = XDocument.Load(package.GetEntry($"tools/net10.0/{runtime}/DotnetToolSettings.xml")!.Open());
        Assert.Equal("executable", (string)settings.Descendants("Command").Single().Attribute("Runner")!);
    }

    [Fact]
    public void The_framework_dependent_fallback_is_plain_IL_for_any_platform()
    {
        using var package = ZipFile.OpenRead(tool.Package("Supple.any"));
        var (readyToRun, _) = ReadHeaders(package, "tools/net10.0/any/supple.dll");
        Assert.False(readyToRun);
        var settings = XDocument.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Equal("dotnet", (string)settings.Descendants("Command").Single().Attribute("Runner")!);

        // No native desk-break program: it could not run everywhere this package goes.
        Assert.DoesNotContain(package.Entries, e => e.Name == "supple-breaks");
    }

    [Fact]
    public void The_native_desk_break_program_ships_for_linux_x64_and_is_left_out_where_it_cannot_be_built()
    {
        using var x64 = ZipFile.OpenRead(tool.Package("Supple.linux-x64"));
        var breaks = x64.GetEntry("tools/net10.0/linux-x64/supple-breaks");
        Assert.NotNull(breaks);
        Assert.Equal(62, ElfMachine(breaks)); // EM_X86_64

        // Native AOT cannot cross-compile to arm64 without a cross toolchain: that package runs the loop in-process.
        using var arm64 = ZipFile.OpenRead(tool.Package("Supple.linux-arm64"));
        Assert.DoesNotContain(arm64.Entries, e => e.Name == "supple-breaks");
        Assert.Contains(arm64.Entries, e => e.Name == "supple-breaks.dll");
    }

    [Fact]
    public async Task The_tool_installed_from_the_package_folder_is_the_precompiled_build_for_this_machine_and_runs()
    {
        var toolPath = await tool.InstallAsync("Supple");
        var supple = Path.Combine(toolPath, "supple");

        // dotnet tool install chose this machine's package (the store folder is named after it), and it is ReadyToRun.
        var installed = Path.Combine(toolPath, ".store", "supple", tool.Version, "supple." + ThisRuntime, tool.Version, "tools", "net10.0", ThisRuntime);
        Assert.True(File.Exists(Path.Combine(installed, "supple.dll")), $"not installed from Supple.{ThisRuntime}: {installed} is missing");
        using (var stream = File.OpenRead(Path.Combine(installed, "supple.dll")))
        using (var pe = new PEReader(stream))
        {
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the installed supple.dll is not ReadyToRun");
        }

        var stretches = await SuppleProcess.RunProgramAsync(supple, ["stretches"], timeout: Patience);
        Assert.True(stretches.ExitCode == 0, stretches.Stderr);
        Assert.Contains("Seated twist", stretches.Stdout, StringComparison.Ordinal);

        var db = Path.Combine(_data, "supple.db");
        var pain = await SuppleProcess.RunProgramAsync(supple, ["pain", "3", "--db", db], timeout: Patience);
        Assert.True(pain.ExitCode == 0, pain.Stderr);
        var log = await SuppleProcess.RunProgramAsync(supple, ["log", "--stretch", "chest-opener", "--pain-before", "4", "--pain-after", "2", "--db", db], timeout: Patience);
        Assert.True(log.ExitCode == 0, log.Stderr);
        var stats = await SuppleProcess.RunProgramAsync(supple, ["stats", "--json", "--db", db], timeout: Patience);
        Assert.True(stats.ExitCode == 0, stats.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stats.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("currentStreak").GetInt32());

        if (ThisRuntime == "linux-x64")
        {
            // The installed supple hands desk breaks to the native supple-breaks installed beside it.
            await AssertBreaksRunAsAsync(supple, db, "supple-breaks");
        }
    }

    [Fact]
    public async Task The_framework_dependent_fallback_installs_runs_and_keeps_desk_breaks_in_process()
    {
        var toolPath = await tool.InstallAsync("Supple.any");
        var supple = Path.Combine(toolPath, "supple");

        var stretches = await SuppleProcess.RunProgramAsync(supple, ["stretches"], timeout: Patience);
        Assert.True(stretches.ExitCode == 0, stretches.Stderr);
        Assert.Contains("Seated twist", stretches.Stdout, StringComparison.Ordinal);

        // No supple-breaks beside it (as on linux-arm64): the same loop runs in supple's own process.
        await AssertBreaksRunAsAsync(supple, Path.Combine(_data, "any.db"), "supple");
    }

    private static async Task AssertBreaksRunAsAsync(string supple, string db, string expectedExecutable)
    {
        using var breaks = SuppleProcess.StartProgram(supple, ["breaks", "--plain", "--every", "50m", "--for", "1h", "--accept-disclaimer", "--db", db]);
        await breaks.WaitForOutputAsync("next break at", Patience);
        Assert.Equal(expectedExecutable, Path.GetFileName(new FileInfo($"/proc/{breaks.Id}/exe").LinkTarget));
        Assert.Contains("each break: Shoulder blade squeeze, Chest opener stretch", breaks.Stdout, StringComparison.Ordinal);
    }

    private static (bool ReadyToRun, ushort Machine) ReadHeaders(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package");
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new PEReader(copy);
        return (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, (ushort)pe.PEHeaders.CoffHeader.Machine);
    }

    private static int ElfMachine(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[20];
        stream.ReadExactly(header);
        Assert.Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], header[..4]);
        return BitConverter.ToUInt16(header, 18);
    }
}
