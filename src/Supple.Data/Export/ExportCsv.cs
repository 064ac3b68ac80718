using System.Globalization;
using System.Text;

namespace Supple.Data;

/// <summary>
/// The CSV form of an <see cref="ExportDocument"/> (RFC 4180): one header, then one row per session, stretch record
/// and pain entry, told apart by the <c>record</c> column; a stretch row names its session in <c>session</c> and
/// follows it. Readable in a spreadsheet, and read back by <c>supple import</c>.
/// <para>
/// Safe to open in a spreadsheet (OWASP, CSV injection): a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so a note such as <c>=HYPERLINK(…)</c> is shown as
/// text and never run as a formula. A cell that itself starts with <c>'</c> gets one more, so reading removes exactly
/// one and the export stays lossless.
/// </para>
/// </summary>
public static class ExportCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "record", "id", "session", "started_at", "ended_at", "day", "time_zone", "programme", "level", "source", "outcome",
        "pain_before", "pain_after", "hurt_stretch", "hurt_side", "hurt_at", "note",
        "stretch", "side", "reps_done", "sets_done", "seconds_held", "skipped", "hurt", "partial", "at", "score", "area",
    ];

    /// <summary>The document as CSV text.</summary>
    public static string Write(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        Row(text, Columns);
        Row(text, Fields(("record", "export"), ("id", $"{document.Format}/{document.Version}"), ("at", Instant(document.ExportedAt)), ("time_zone", document.TimeZone)));
        foreach (var s in document.Sessions)
        {
            Row(text, Fields(
                ("record", "session"), ("id", s.Id.ToString()), ("started_at", Instant(s.StartedAt)), ("ended_at", Instant(s.EndedAt)),
                ("day", s.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("time_zone", s.TimeZone), ("programme", s.Programme),
                ("level", s.Level), ("source", s.Source), ("outcome", s.Outcome), ("pain_before", Number(s.PainBefore)), ("pain_after", Number(s.PainAfter)),
                ("hurt_stretch", s.HurtStretch), ("hurt_side", s.HurtSide), ("hurt_at", Instant(s.HurtAt)), ("note", s.Note)));
            foreach (var r in s.Stretches)
            {
                Row(text, Fields(
                    ("record", "stretch"), ("session", s.Id.ToString()), ("stretch", r.Stretch), ("side", r.Side),
                    ("reps_done", Number(r.RepsDone)), ("sets_done", Number(r.SetsDone)), ("seconds_held", Number(r.SecondsHeld)),
                    ("skipped", r.Skipped ? "true" : "false"), ("hurt", r.Hurt ? "true" : "false"), ("at", Instant(r.RecordedAt)),
                    ("partial", r.Partial is { } partial ? (partial ? "true" : "false") : null)));
            }
        }

        foreach (var p in document.PainEntries)
        {
            Row(text, Fields(("record", "pain"), ("id", p.Id.ToString()), ("at", Instant(p.At)), ("score", Number(p.Score)), ("area", p.Area), ("note", p.Note)));
        }

        return text.ToString();
    }

    /// <summary>Reads a document; a malformed one throws <see cref="ImportFormatException"/> naming the line and field.</summary>
    public static ExportDocument Read(string csv)
    {
        var document = ReadRows(csv);
        ExportValidator.ThrowIfInvalid(document);
        return document;
    }

    /// <summary>Reads the rows into a document, checking their form but not yet the fields' values.</summary>
    internal static ExportDocument ReadRows(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = Parse(csv);
        if (rows.Count == 0)
        {
            throw new ImportFormatException(ImportText.Format(ImportText.FileEmpty));
        }

        var header = rows[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            index[header[i].Trim()] = i;
        }

        foreach (var column in new[] { "record", "id" })
        {
            if (!index.ContainsKey(column))
            {
                throw new ImportFormatException(ImportText.Format(ImportText.CsvNoColumn, ("column", column)));
            }
        }

        var format = ExportDocument.FormatName;
        var version = ExportDocument.CurrentVersion;
        DateTimeOffset exportedAt = default;
        string? zone = null;
        var sessions = new List<(ExportedSession Session, List<ExportedStretch> Stretches)>();
        var byId = new Dictionary<Guid, int>();
        var pain = new List<ExportedPainEntry>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new ImportFormatException(AtLine(line, ImportText.Format(ImportText.CsvFieldCount, ("fields", fields.Count), ("header", header.Count))));
            }

            var row = new RowReader(line, fields, index);
            switch (row.Text("record"))
            {
                case "export":
                    var tag = row.Text("id");
                    var slash = tag.LastIndexOf('/');
                    format = slash < 0 ? tag : tag[..slash];
                    version = slash < 0 ? 0 : row.Int(tag[(slash + 1)..], "id");
                    exportedAt = row.Instant("at");
                    zone = row.Optional("time_zone");
                    break;
                case "session":
                    var id = row.Guid("id");
                    var stretches = new List<ExportedStretch>();
                    var session = new ExportedSession(
                        id, row.Instant("started_at"), row.OptionalInstant("ended_at"), row.Day("day"), row.Text("time_zone"), row.Text("programme"),
                        row.Text("level"), row.Text("source"), row.Text("outcome"), row.OptionalInt("pain_before"), row.OptionalInt("pain_after"),
                        row.Optional("hurt_stretch"), row.Optional("hurt_side"), row.OptionalInstant("hurt_at"), row.Optional("note"), stretches);
                    if (!byId.TryAdd(id, sessions.Count))
                    {
                        throw new ImportFormatException(AtLineField(line, "id", ImportText.Format(ImportText.CsvSessionTwice, ("id", id.ToString()))));
                    }

                    sessions.Add((session, stretches));
                    break;
                case "stretch":
                    var owner = row.Guid("session");
                    if (!byId.TryGetValue(owner, out var at))
                    {
                        throw new ImportFormatException(AtLineField(line, "session", ImportText.Format(ImportText.CsvNoSessionAbove, ("id", owner.ToString()))));
                    }

                    sessions[at].Stretches.Add(new ExportedStretch(
                        row.Text("stretch"), row.Text("side"), row.Int("reps_done"), row.Int("sets_done"), row.Int("seconds_held"),
                        row.Bool("skipped"), row.Bool("hurt"), row.Instant("at"),
                        // Files written before Supple kept partial stretches have no such column.
                        row.Optional("partial") is null ? null : row.Bool("partial")));
                    break;
                case "pain":
                    pain.Add(new ExportedPainEntry(row.Guid("id"), row.Instant("at"), row.Int("score"), row.Optional("area"), row.Optional("note")));
                    break;
                case var other:
                    throw new ImportFormatException(AtLineField(line, "record", ImportText.Format(ImportText.CsvUnknownRecord, ("value", other))));
            }
        }

        return new ExportDocument(format, version, exportedAt, zone, [.. sessions.Select(s => s.Session)], pain);
    }

    /// <summary>
    /// The line of the row a document field belongs to: <c>sessions[2]…</c> the third session row,
    /// <c>sessions[2].stretches[1]…</c> the second stretch row of that session, <c>painEntries[0]…</c> the first pain
    /// row, anything else the export row; null when there is no such row.
    /// </summary>
    internal static int? LineOf(string csv, string field)
    {
        List<(int Line, List<string> Fields)> rows;
        try
        {
            rows = Parse(csv);
        }
        catch (ImportFormatException)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var index = rows[0].Fields.Select((name, i) => (name.Trim(), i)).GroupBy(c => c.Item1).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        string? Cell(List<string> fields, string column) => index.TryGetValue(column, out var i) && i < fields.Count ? fields[i] : null;
        var records = rows.Skip(1).ToList();
        var numbers = System.Text.RegularExpressions.Regex.Matches(field, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        if (field.StartsWith("sessions[", StringComparison.Ordinal) && numbers.Count > 0)
        {
            var session = records.Where(r => Cell(r.Fields, "record") == "session").ElementAtOrDefault(numbers[0]);
            if (session.Fields is null)
            {
                return null;
            }

            if (field.Contains(".stretches[", StringComparison.Ordinal) && numbers.Count > 1)
            {
                var id = Cell(session.Fields, "id");
                var stretch = records.Where(r => Cell(r.Fields, "record") == "stretch" && Cell(r.Fields, "session") == id).ElementAtOrDefault(numbers[1]);
                return stretch.Fields is null ? session.Line : stretch.Line;
            }

            return session.Line;
        }

        if (field.StartsWith("painEntries[", StringComparison.Ordinal) && numbers.Count > 0)
        {
            var pain = records.Where(r => Cell(r.Fields, "record") == "pain").ElementAtOrDefault(numbers[0]);
            return pain.Fields is null ? null : pain.Line;
        }

        var export = records.FirstOrDefault(r => Cell(r.Fields, "record") == "export");
        return export.Fields is null ? null : export.Line;
    }

    private static IEnumerable<string?> Fields(params (string Column, string? Value)[] values)
    {
        var map = values.ToDictionary(v => v.Column, v => v.Value, StringComparer.Ordinal);
        return Columns.Select(c => map.GetValueOrDefault(c));
    }

    private static void Row(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            if (value is null)
            {
                continue;
            }

            var field = FormulaSafe(value);
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.StartsWith(' ') || field.EndsWith(' '))
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }

    /// <summary>The characters that make a spreadsheet treat a cell as a formula (OWASP), and the escape itself.</summary>
    private const string FormulaStarts = "=+-@\t\r'";

    /// <summary>The cell as written: a leading <c>'</c> in front of anything a spreadsheet would run.</summary>
    internal static string FormulaSafe(string cell) =>
        cell.Length > 0 && FormulaStarts.Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;

    /// <summary>The cell as it was before <see cref="FormulaSafe"/>.</summary>
    internal static string FromFormulaSafe(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    private static string? Instant(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 records with the (1-based) line each starts on.</summary>
    private static List<(int Line, List<string> Fields)> Parse(string csv)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var i = 0;
        if (csv.Length > 0 && csv[0] == '\uFEFF')
        {
            i = 1;
        }

        for (; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case '"':
                    throw new ImportFormatException(AtLine(line, ImportText.Format(ImportText.CsvStrayQuote)));
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add((rowLine, fields));
                    fields = [];
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new ImportFormatException(AtLine(rowLine, ImportText.Format(ImportText.CsvUnclosedQuote)));
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }

        return rows;
    }

    /// <summary>A problem of a line, in the current UI culture; the line number as the file counts it, never grouped.</summary>
    private static string AtLine(int line, string problem) =>
        ImportText.Format(ImportText.AtLine, ("line", line.ToString(CultureInfo.InvariantCulture)), ("problem", problem));

    /// <summary>A problem of one field of a line; the column's name as the file has it.</summary>
    private static string AtLineField(int line, string column, string problem) =>
        ImportText.Format(ImportText.AtLineField, ("line", line.ToString(CultureInfo.InvariantCulture)), ("field", column), ("problem", problem));

    private readonly struct RowReader(int line, List<string> fields, Dictionary<string, int> index)
    {
        public string? Optional(string column)
        {
            if (!index.TryGetValue(column, out var at))
            {
                return null;
            }

            var value = FromFormulaSafe(fields[at]);
            return value.Length == 0 ? null : value;
        }

        public string Text(string column) =>
            Optional(column) ?? throw new ImportFormatException(AtLineField(line, column, ImportText.Format(ImportText.CheckMissing)));

        public int Int(string column) => Int(Text(column), column);

        public int Int(string text, string column) =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ImportFormatException(AtLineField(line, column, ImportText.Format(ImportText.CsvNotWholeNumber, ("value", text))));

        public int? OptionalInt(string column) => Optional(column) is { } text ? Int(text, column) : null;

        public bool Bool(string column) => Text(column) switch
        {
            "true" or "TRUE" or "True" or "1" => true,
            "false" or "FALSE" or "False" or "0" => false,
            var other => throw new ImportFormatException(AtLineField(line, column, ImportText.Format(ImportText.CsvNotBoolean, ("value", other)))),
        };

        public Guid Guid(string column) =>
            System.Guid.TryParse(Text(column), out var value)
                ? value
                : throw new ImportFormatException(AtLineField(line, column, ImportText.Format(ImportText.CsvNotId, ("value", Text(column)))));

        public DateTimeOffset Instant(string column) => ParseInstant(Text(column), column);

        public DateTimeOffset? OptionalInstant(string column) => Optional(column) is { } text ? ParseInstant(text, column) : null;

        public DateOnly Day(string column) =>
            DateOnly.TryParseExact(Text(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
                ? value
                : throw new ImportFormatException(AtLineField(line, column, ImportText.Format(ImportText.CsvNotDate, ("value", Text(column)))));

        private DateTimeOffset ParseInstant(string text, string column) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
                ? value
                : throw new ImportFormatException(AtLineField(line, column, ImportText.Format(ImportText.CsvNotInstant, ("value", text))));
    }
}
