using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Supple.Tests.Faults;
using Xunit.Abstractions;

namespace Supple.Data.Tests.Faults;

/// <summary>
/// Property-based fuzzing of the import path (<see cref="ExportFile.Parse"/>, which <c>supple import</c> calls, then
/// <see cref="SuppleStore.ImportAsync"/>): real exports in both formats, damaged at random, are either read or refused
/// with an <see cref="ImportFormatException"/>; whatever is read imports into a real SQLite file without any other
/// exception, and a refused import leaves every table as it was. See docs/RELIABILITY.md for the long run.
/// </summary>
public sealed class ImportParserFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static readonly ExportDocument Sample = new(
        ExportDocument.FormatName,
        ExportDocument.CurrentVersion,
        T0.AddDays(3),
        "Europe/Paris",
        [
            new ExportedSession(Guid.Parse("3746bb20-e715-43f7-b2d7-d388ffc2801d"), T0, T0.AddMinutes(12), new DateOnly(2026, 11, 20), "Europe/Paris",
                "built-in", "standard", "guided", "completed", 5, 3, null, null, null, "felt good, \"really\"",
                [
                    new ExportedStretch("shoulder-blade-squeeze", "none", 10, 2, 100, false, false, T0.AddMinutes(3)),
                    new ExportedStretch("upper-trapezius-stretch", "right", 3, 1, 90, false, false, T0.AddMinutes(6)),
                    new ExportedStretch("upper-trapezius-stretch", "left", 3, 1, 90, true, false, T0.AddMinutes(9)),
                ]),
            new ExportedSession(Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), T0.AddDays(1), T0.AddDays(1).AddMinutes(4), new DateOnly(2026, 11, 21), "Europe/Paris",
                "built-in", "gentle", "guided", "stopped-for-pain", 6, 7, "cat-camel", "none", T0.AddDays(1).AddMinutes(4), null,
                [new ExportedStretch("cat-camel", "none", 2, 1, 20, false, true, T0.AddDays(1).AddMinutes(4))]),
            new ExportedSession(Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), T0.AddDays(2), null, new DateOnly(2026, 11, 22), "Europe/Paris",
                "built-in", "full", "logged", "completed", null, null, null, null, null, "at the office, a,b", []),
        ],
        [
            new ExportedPainEntry(Guid.Parse("2a3d6e84-a147-4271-9184-454bd03006d6"), T0.AddHours(3), 4, "upper-back", "after work"),
            new ExportedPainEntry(Guid.Parse("11111111-2222-3333-4444-555555555555"), T0.AddDays(2), 0, null, null),
        ]);

    /// <summary>JSON and CSV pieces that readers trip on: wrong types, huge and negative numbers, odd dates, ids, quotes.</summary>
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\"\"", "\\", "\\u0000", "\\ud800", "null", "true", "false", "0", "-1", "11", "1.5", "1e400", "-1e400",
        "2147483647", "2147483648", "-2147483649", "99999999999999999999", "NaN", "\"NaN\"", "\"\"", "\"x\"", "[]", "{}", "[[[[[[[[[[[[", "{\"a\":",
        "\"0001-01-01T00:00:00-14:00\"", "\"9999-12-31T23:59:59+14:00\"", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00Z", "2026-02-30",
        "\"2026-13-01\"", "2026-11-20T08:00:00", "\"00000000-0000-0000-0000-000000000000\"", "3746bb20-e715-43f7-b2d7-d388ffc2801d",
        "not-a-guid", "\"Mars/Olympus\"", "Mars/Olympus", "\"\"", "\"abandoned\"", "\"stopped-for-pain\"", "\"logged\"", "\"left\"", "\"none\"",
        "session", "stretch", "pain", "export", "supple-history/2", "supple-history/1", "\"format\":\"x\"", "\"version\":0", "\"version\":2",
        "\n", "\r\n", "\r", ",,,,,,,,", "\"a\"\"b\"", "\"open", "\t", " ", "\ufeff", "\u202e", "😀", "\ud800", "\u0000",
        "\"stretches\":null", "\"sessions\":null", "\"painEntries\":null", "\"stretches\":[null]", "\"sessions\":[{}]", "x" + new string('y', 5000),
    ];

    private static readonly string[] Bases = [ExportJson.Write(Sample), ExportCsv.Write(Sample)];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_sample_exports_read_back_whole()
    {
        foreach (var text in Bases)
        {
            var document = ExportFile.Parse(text);
            Assert.Equal(3, document.Sessions.Count);
            Assert.Equal(2, document.PainEntries.Count);
        }
    }

    [Fact]
    public async Task Damaged_export_files_are_read_or_refused_and_never_half_imported()
    {
        var cases = FuzzSettings.Cases(15_000);
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(_folder.File("import.db")), TimeProvider.System);
        var input =
            from baseIndex in Gen.Elements(0, 1)
            from damages in Damage.Generator(Tokens)
            select (Base: baseIndex, Damages: damages);
        int read = 0, refused = 0, imported = 0;
        var property = Prop.ForAll(input.ToArbitrary(), c =>
        {
            var text = Damage.ApplyAll(Bases[c.Base], c.Damages);
            ExportDocument document;
            try
            {
                document = ExportFile.Parse(text);
            }
            catch (ImportFormatException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                refused++;
                return;
            }

            read++;
            var before = CountRows(store.Location);
            try
            {
                var result = store.ImportAsync(document, ImportRules.ForProgrammes(Core.Content.BuiltInProgramme.Instance)).GetAwaiter().GetResult();
                imported += result.SessionsAdded + result.PainEntriesAdded;
            }
            catch (ImportFormatException)
            {
                Assert.Equal(before, CountRows(store.Location));
            }
        });

        var started = DateTime.UtcNow;
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true), property))
            .WaitAsync(FuzzSettings.TimeLimit(cases));
        output.WriteLine($"{cases} cases in {(DateTime.UtcNow - started).TotalSeconds:F1} s: {read} read ({imported} sessions and pain entries added), {refused} refused");
        Assert.True(refused > cases / 2, "most damaged files should be refused; the damage is not reaching the reader");
        Assert.True(read > 0, "no damaged file was read at all; the import step was never exercised");
    }

    private static string CountRows(StoreLocation location)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = location.FilePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM sessions) || '/' || (SELECT count(*) FROM stretch_records) || '/' || (SELECT count(*) FROM pain_entries) || '/' || (SELECT coalesce(sum(sessions), 0) FROM day_summaries)";
        return (string)command.ExecuteScalar()!;
    }
}
