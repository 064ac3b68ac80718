using System.Text.Json.Nodes;
using Supple.Core.Content;

namespace Supple.Data.Tests.Export;

/// <summary>
/// An import refuses, whole, what cannot be true, naming the line and the field: a time in the future beyond the
/// clock skew, an unknown time zone, a day that is not the one its session started on, an unknown stretch (unless the
/// rules were given the programme that has it). Messages never show .NET type names. Reproductions of issue #13.
/// </summary>
public sealed class ImportPlausibilityTests : IDisposable
{
    private static readonly DateTimeOffset Now = ExportHistoryFixture.Start.AddDays(10);

    private static readonly ImportRules BuiltIn = ImportRules.ForProgrammes(BuiltInProgramme.Instance);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<JsonObject> ExportAsync() =>
        JsonNode.Parse(ExportJson.Write(await ExportHistoryFixture.CreateAsync(_folder)))!.AsObject();

    private async Task<ImportFormatException> RefusedAsync(string text, ImportRules? rules = null, string name = "history.json")
    {
        var path = _folder.File(name);
        await File.WriteAllTextAsync(path, text);
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ExportFile.ReadAsync(path, rules ?? BuiltIn, Now));
        Assert.DoesNotContain("Supple.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        return error;
    }

    private static JsonObject Session(JsonObject export, int index) => export["sessions"]![index]!.AsObject();

    [Fact]
    public async Task A_session_in_2099_is_refused_naming_its_line_and_field()
    {
        var export = await ExportAsync();
        Session(export, 1)["startedAt"] = "2099-01-01T10:00:00+00:00";
        Session(export, 1)["day"] = "2099-01-01";
        var text = export.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var error = await RefusedAsync(text);

        var line = 1 + text[..text.IndexOf("2099-01-01T10:00:00", StringComparison.Ordinal)].Count(c => c == '\n');
        Assert.Contains($"line {line}, sessions[1].startedAt: 2099-01-01T10:00:00+00:00 is in the future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_a_little_ahead_of_this_clock_is_within_the_skew()
    {
        var export = await ExportAsync();
        export["painEntries"]![0]!["at"] = Now.AddMinutes(3).ToString("O");
        var path = _folder.File("skew.json");
        await File.WriteAllTextAsync(path, export.ToJsonString());

        var document = await ExportFile.ReadAsync(path, BuiltIn, Now);

        Assert.Equal(2, document.PainEntries.Count);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused()
    {
        var export = await ExportAsync();
        Session(export, 0)["timeZone"] = "Mars/Olympus";

        var error = await RefusedAsync(export.ToJsonString());

        Assert.Contains("sessions[0].timeZone: unknown time zone 'Mars/Olympus'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_that_contradicts_the_start_time_is_refused()
    {
        var export = await ExportAsync();
        Session(export, 0)["day"] = "2026-11-05";

        var error = await RefusedAsync(export.ToJsonString());

        Assert.Contains("sessions[0].day: 2026-11-05 is not the day the session started (2026-11-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_stretch_is_refused_unless_the_rules_know_it()
    {
        var export = await ExportAsync();
        Session(export, 0)["stretches"]![0]!["stretch"] = "neck-roll";
        var text = export.ToJsonString();

        var error = await RefusedAsync(text);
        Assert.Contains("sessions[0].stretches[0].stretch: unknown stretch 'neck-roll'", error.Message, StringComparison.Ordinal);

        var path = _folder.File("own-programme.json");
        await File.WriteAllTextAsync(path, text);
        var document = await ExportFile.ReadAsync(path, ImportRules.ForStretches([.. BuiltIn.StretchIds, "neck-roll"]), Now);
        Assert.Equal("neck-roll", document.Sessions[0].Stretches[0].Stretch);
    }

    [Fact]
    public async Task A_csv_row_in_the_future_is_named_by_its_line()
    {
        var document = await ExportHistoryFixture.CreateAsync(_folder);
        var future = document with { PainEntries = [.. document.PainEntries.Take(1), document.PainEntries[1] with { At = new DateTimeOffset(2099, 5, 1, 8, 0, 0, TimeSpan.Zero) }] };
        var csv = ExportCsv.Write(future);

        var error = await RefusedAsync(csv, name: "history.csv");

        var lines = csv.Split('\n');
        var line = 1 + Array.FindIndex(lines, l => l.Contains("2099-05-01", StringComparison.Ordinal));
        Assert.Contains($"line {line}, painEntries[1].at: 2099-05-01T08:00:00+00:00 is in the future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_a_file_with_one_impossible_session_is_imported()
    {
        var document = await ExportHistoryFixture.CreateAsync(_folder);
        var bad = document with { Sessions = [.. document.Sessions, document.Sessions[0] with { Id = Guid.NewGuid(), TimeZone = "Mars/Olympus" }] };
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(_folder.File("target.db")), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => store.ImportAsync(bad, BuiltIn));

        Assert.Contains("sessions[3].timeZone", error.Message, StringComparison.Ordinal);
        var history = await store.GetHistoryAsync(null);
        Assert.Empty(history.Sessions);
        Assert.Empty(history.PainEntries);
    }

    [Theory]
    [InlineData("{\"format\":\"supple-history\",\"version\":1,\"exportedAt\":\"2026-11-01T00:00:00Z\",\"timeZone\":null,\"sessions\":{},\"painEntries\":[]}", "sessions: This must be an array of objects.")]
    [InlineData("{\"format\":\"supple-history\"}", "is required")]
    [InlineData("{\"format\":\"supple-history\",\"version\":\"1\",\"exportedAt\":\"2026-11-01T00:00:00Z\",\"timeZone\":null,\"sessions\":[],\"painEntries\":[]}", "version: This must be a whole number.")]
    [InlineData("{\"format\":\"supple-history\",\"version\":1,\"exportedAt\":\"2026-11-01T00:00:00\",\"timeZone\":null,\"sessions\":[],\"painEntries\":[]}", "exportedAt: This must be a date and time with its offset")]
    [InlineData("{\"format\":\"supple-history\",\"version\":1,\"exportedAt\":\"2026-11-01T00:00:00Z\",\"timeZone\":null,\"sessions\":[],\"painEntries\":[],\"extra\":1}", "Unknown member 'extra'")]
    [InlineData("{\"format\":\"supple-history\",\"version\":1,\"exportedAt\":\"2026-11-01T00:00:00Z\",\"timeZone\":null,\"sessions\":null,\"painEntries\":[]}", "sessions: This member cannot be null.")]
    public async Task A_malformed_file_is_explained_without_dotnet_type_names(string text, string expected)
    {
        var error = await RefusedAsync(text);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
