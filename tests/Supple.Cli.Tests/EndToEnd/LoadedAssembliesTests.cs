using Supple.Cli.Infrastructure;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// What an everyday command loads is what it pays for at start-up: the real <c>supple</c>, run with
/// <c>SUPPLE_LOADED_ASSEMBLIES</c>, lists the assemblies loaded when it ends, and the web app, FHIR, charts, calendar
/// files, accounts and the PostgreSQL provider stay out of the commands that do not use them.
/// </summary>
public sealed class LoadedAssembliesTests : IDisposable
{
    // Assemblies (or name prefixes) that only serve the web app, draw charts or write FHIR and calendar files.
    // Not yet on the list (docs/PERFORMANCE.md, "What is loaded"): every command that opens the store through EF Core
    // still loads Microsoft.Extensions.Identity.Core/Stores and Microsoft.AspNetCore.DataProtection.EntityFrameworkCore,
    // because the one model holds the account and key tables, and Npgsql.
    private static readonly string[] Heavy =
    [
        "Supple.Web", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Identity",
        "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Http", "Hl7.Fhir", "Fhir.Metrics", "ScottPlot", "SkiaSharp", "HarfBuzzSharp",
        "Ical.Net", "NodaTime", "Microsoft.OpenApi", "Scalar.AspNetCore",
    ];

    // Generous: on a shared machine under heavy load one command has taken over a minute.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-loaded-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string[]> EverydayCommands => new()
    {
        { ["stretches"] },
        { ["show", "seated-twist"] },
        { ["plan"] },
        { ["pain", "3"] },
        { ["log", "--stretch", "chest-opener"] },
        { ["history", "--days", "7"] },
        { ["stats"] },
        { ["export", "--format", "json"] },
        { ["export", "--format", "csv"] },
        { ["start", "--plain", "--accept-disclaimer", "--quiet", "--pain-before", "3", "--pain-after", "2", "--programme", RepoPaths.TestProgramme("tiny.yaml")] },
    };

    [Theory]
    [MemberData(nameof(EverydayCommands))]
    public async Task Everyday_commands_leave_the_heavy_libraries_unloaded(string[] command)
    {
        await SeedAsync();

        var loaded = await LoadedByAsync(command);

        Assert.Contains("Supple.Core", loaded);
        Assert.DoesNotContain(loaded, name => Heavy.Any(heavy => name.StartsWith(heavy, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("pain", "3")]
    [InlineData("log", "--stretch", "chest-opener", "--pain-before", "4", "--note", "with my physio")]
    [InlineData("history", "--days", "7")]
    [InlineData("stats")]
    [InlineData("plan")]
    [InlineData("export", "--format", "json")]
    [InlineData("export", "--format", "csv")]
    public async Task On_a_file_at_this_schema_the_commands_with_a_plain_sql_path_do_not_load_ef_core(params string[] command)
    {
        // The seed (one run of `supple log` on a new file) creates and migrates the file through the store; from then on
        // these commands take the plain-SQL path (docs/PERFORMANCE.md) and EF Core stays unloaded.
        await SeedAsync();

        var loaded = await LoadedByAsync(command);

        Assert.Contains("Microsoft.Data.Sqlite", loaded);
        Assert.DoesNotContain(loaded, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stretches", "--lang", "de")]
    [InlineData("show", "seated-twist", "--lang", "fr")]
    [InlineData("plan", "--lang", "es")]
    public async Task In_another_language_the_programme_is_not_parsed_from_yaml(params string[] command)
    {
        // The built-in translations are compiled in (BuiltInTranslationsData.g.cs), as the English programme is.
        await SeedAsync();

        var loaded = await LoadedByAsync(command);

        Assert.Contains("Supple.Core", loaded);
        Assert.DoesNotContain("YamlDotNet", loaded);
    }

    [Fact]
    public async Task The_list_shows_what_a_command_does_load()
    {
        await SeedAsync();

        // A FHIR export needs the FHIR library: the list is the real one, not an empty file.
        var loaded = await LoadedByAsync(["export", "--format", "fhir"]);

        Assert.Contains("Hl7.Fhir.R4", loaded);
    }

    private async Task SeedAsync()
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["log", "--stretch", "cat-camel", "--pain-before", "5", "--pain-after", "3", "--db", Db], timeout: Patience);
        Assert.True(exit == 0, stderr);
    }

    private async Task<string[]> LoadedByAsync(string[] command)
    {
        var list = Path.Combine(_folder, "loaded.txt");
        var (exit, _, stderr) = await SuppleProcess.RunAsync(
            [.. command, .. command[0] is "stretches" or "show" ? Array.Empty<string>() : ["--db", Db]],
            new Dictionary<string, string?> { [LoadedAssemblies.Variable] = list },
            Patience);
        Assert.True(exit == 0, stderr);
        return await File.ReadAllLinesAsync(list);
    }
}
