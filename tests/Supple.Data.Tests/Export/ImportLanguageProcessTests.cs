using System.Diagnostics;
using System.Text.RegularExpressions;
using Supple.Core.Localization;

namespace Supple.Data.Tests.Export;

/// <summary>
/// The real <c>supple import</c>, run as a person runs it, refuses a bad file in the run's language: the reason comes
/// from Data's resources (its satellite assemblies are next to the built <c>supple</c>), with the line and field as the
/// file has them. English is as before; under the pseudo-locale no plain English word is left but the file's own.
/// </summary>
public sealed partial class ImportLanguageProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("en", "line 3, field score: 'ten' is not a whole number. Nothing was imported.")]
    [InlineData("de", "Zeile 3, Feld score: 'ten' ist keine ganze Zahl. Es wurde nichts importiert.")]
    [InlineData("es", "línea 3, campo score: 'ten' no es un número entero. No se importó nada.")]
    [InlineData("fr", "ligne 3, champ score : 'ten' n'est pas un nombre entier. Rien n'a été importé.")]
    public async Task A_bad_csv_file_is_refused_in_the_runs_language_naming_its_line_and_field(string language, string reason)
    {
        var file = await BadCsvAsync();

        var (exitCode, stderr) = await RunAsync("--lang", language, "import", file);

        Assert.Equal(2, exitCode);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_a_refusal_of_a_bad_json_file_has_no_plain_English_word_but_the_files_own()
    {
        var file = _folder.File("history.json");
        await File.WriteAllTextAsync(file, "{\"format\":\"supple-history\",\"version\":1,\"sesions\":[]}");

        var (exitCode, stderr) = await RunAsync("--lang", PseudoLocale.Name, "import", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("'sesions'", stderr, StringComparison.Ordinal);
        var own = FilesOwnWords().Replace(stderr.Replace(file, "", StringComparison.Ordinal).Replace("supple:", "", StringComparison.Ordinal), "");
        Assert.True(PseudoLocale.IsTransformed(own), stderr);
    }

    private async Task<string> BadCsvAsync()
    {
        var file = _folder.File("history.csv");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "record,id,at,time_zone,score",
            "export,supple-history/1,2026-03-05T08:00:00Z,Europe/Berlin,",
            "pain,6f9619ff-8b86-d011-b42d-00c04fc964ff,2026-03-05T08:00:00Z,,ten",
            ""));
        return file;
    }

    private async Task<(int ExitCode, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SuppleDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SUPPLE_DB"] = _folder.File("supple.db");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "300";
        start.Environment.Remove("LANG");
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LANGUAGE");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        return (process.ExitCode, string.Join(' ', (await stderr).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)));
    }

    /// <summary>src/Supple.Cli/bin/&lt;the tests' configuration&gt;/net10.0/supple.dll, built before these tests.</summary>
    private static string SuppleDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Supple.slnx")))
                {
                    var path = Path.Combine(dir.FullName, "src", "Supple.Cli", "bin", configuration, "net10.0", "supple.dll");
                    return File.Exists(path) ? path : throw new FileNotFoundException($"The built supple was not found at {path}.", path);
                }
            }

            throw new InvalidOperationException("Supple.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The file's own words: field names (before a colon) and quoted values.</summary>
    [GeneratedRegex(@"'[^']*'|[\w\[\].]+(?=\s?:)")]
    private static partial Regex FilesOwnWords();
}
