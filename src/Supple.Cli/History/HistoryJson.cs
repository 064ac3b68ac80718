using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Supple.Core.History;
using Supple.Core.Statistics;
using Supple.Data;

namespace Supple.Cli.History;

/// <summary>
/// The JSON of <c>supple history --json</c> and <c>supple stats --json</c>, written with <see cref="Utf8JsonWriter"/>
/// (no reflection, so <c>stats --json</c> starts as fast as the table).
/// </summary>
internal static class HistoryJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Stats(PracticeStats stats) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("today", stats.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("timeZone", stats.TimeZoneId);
        w.WriteNumber("currentStreak", stats.CurrentStreak);
        w.WriteNumber("longestStreak", stats.LongestStreak);
        w.WriteNumber("daysLast7", stats.DaysLast7);
        w.WriteNumber("daysLast30", stats.DaysLast30);
        w.WriteNumber("sessions", stats.Sessions);
        w.WriteNumber("completed", stats.Completed);
        w.WriteNumber("stoppedForPain", stats.StoppedForPain);
        w.WriteNumber("abandoned", stats.Abandoned);
        Number(w, "completionRate", stats.CompletionRate);
        w.WriteStartObject("pain");
        w.WriteNumber("sessionsWithBeforeAndAfter", stats.PainPairs);
        Number(w, "averageBefore", stats.AveragePainBefore);
        Number(w, "averageAfter", stats.AveragePainAfter);
        Number(w, "averageChange", stats.AveragePainChange);
        w.WriteEndObject();
        w.WriteStartObject("trend");
        w.WriteNumber("windowDays", stats.Trend.WindowDays);
        w.WriteNumber("readings", stats.Trend.Readings);
        Number(w, "slopePerDay", stats.Trend.SlopePerDay);
        Number(w, "changeOverWindow", stats.Trend.ChangeOverWindow);
        Number(w, "spanDays", stats.Trend.SlopePerDay is null ? null : Math.Round(stats.Trend.SpanDays, 2));
        Number(w, "changeOverSpan", stats.Trend.ChangeOverSpan);
        w.WriteString("direction", Kebab(stats.Trend.Direction.ToString()));
        w.WriteString("words", stats.Trend.Words);
        w.WriteEndObject();
        w.WriteStartArray("stretches");
        foreach (var t in stats.Stretches)
        {
            w.WriteStartObject();
            w.WriteString("stretch", t.StretchId);
            w.WriteNumber("timesDone", t.TimesDone);
            w.WriteNumber("timesSkipped", t.TimesSkipped);
            w.WriteNumber("timesHurt", t.TimesHurt);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string History(Data.History history, TimeZoneInfo zone) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("timeZone", zone.Id);
        w.WriteStartArray("sessions");
        foreach (var s in history.Sessions)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("startedAt", Local(s.StartedAt, zone));
            if (s.EndedAt is { } ended)
            {
                w.WriteString("endedAt", Local(ended, zone));
            }
            else
            {
                w.WriteNull("endedAt");
            }

            w.WriteString("day", s.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("programme", s.ProgrammeName);
            w.WriteString("level", StoredNames.Of(s.Level));
            w.WriteString("source", StoredNames.Of(s.Source));
            w.WriteString("outcome", StoredNames.Of(s.Outcome));
            w.WriteBoolean("neverFinished", s.NeverFinished);
            Number(w, "painBefore", s.PainBefore?.Value);
            Number(w, "painAfter", s.PainAfter?.Value);
            if (s.Hurt is { } hurt)
            {
                w.WriteStartObject("hurt");
                w.WriteString("stretch", hurt.StretchId);
                w.WriteString("side", StoredNames.Of(hurt.Side));
                w.WriteString("at", Local(hurt.At, zone));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("hurt");
            }

            Text(w, "note", s.Note);
            w.WriteStartArray("stretches");
            foreach (var r in s.Stretches)
            {
                w.WriteStartObject();
                w.WriteString("stretch", r.StretchId);
                w.WriteString("side", StoredNames.Of(r.Side));
                w.WriteNumber("repsDone", r.RepsDone);
                w.WriteNumber("setsDone", r.SetsDone);
                w.WriteNumber("secondsHeld", r.SecondsHeld);
                w.WriteBoolean("skipped", r.Skipped);
                w.WriteBoolean("partial", r.Partial);
                w.WriteBoolean("hurt", r.Hurt);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("painEntries");
        foreach (var p in history.PainEntries)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("at", Local(p.At, zone));
            w.WriteNumber("score", p.Score.Value);
            Text(w, "area", p.Area?.ToName());
            Text(w, "note", p.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
