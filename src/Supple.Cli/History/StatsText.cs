using Supple.Core.Statistics;

namespace Supple.Cli.History;

/// <summary>
/// <c>supple stats</c> as plain aligned lines, used when standard output is not a terminal (a pipe, a file, a
/// script): no box drawing to strip, and none of the table layout work, which is most of the command's start-up cost.
/// </summary>
internal static class StatsText
{
    public static void Write(TextWriter output, PracticeStats s)
    {
        Line(output, "Current streak", HistoryFormat.Days(s.CurrentStreak));
        Line(output, "Longest streak", HistoryFormat.Days(s.LongestStreak));
        Line(output, "Last 7 days", $"{s.DaysLast7} of 7 days practised");
        Line(output, "Last 30 days", $"{s.DaysLast30} of 30 days practised");
        Line(output, "Sessions", HistoryFormat.Sessions(s));
        Line(output, "Pain before -> after", s.PainPairs == 0
            ? "no sessions with pain given before and after yet"
            : $"{HistoryFormat.Number(s.AveragePainBefore)} -> {HistoryFormat.Number(s.AveragePainAfter)} on average (change {HistoryFormat.Signed(s.AveragePainChange)}, {HistoryFormat.Count(s.PainPairs, "session", "sessions")})");
        Line(output, "Pain trend, 30 days", s.Trend.Words + (s.Trend.SlopePerDay is { } slope ? $" (slope {HistoryFormat.Signed(slope * 7)} per week, {s.Trend.Readings} readings)" : ""));
        Line(output, "Days counted in", $"{s.TimeZoneId}, today {s.Today:yyyy-MM-dd}");
        if (s.Stretches.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var width = Math.Max("Stretch".Length, s.Stretches.Max(t => t.StretchId.Length));
        output.WriteLine($"{"Stretch".PadRight(width)}  {"Done",6}  {"Skipped",7}  {"Hurt",5}");
        foreach (var t in s.Stretches)
        {
            output.WriteLine($"{t.StretchId.PadRight(width)}  {t.TimesDone,6}  {t.TimesSkipped,7}  {t.TimesHurt,5}");
        }
    }

    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"{label,-21}{value}");
}
