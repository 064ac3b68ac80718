using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Statistics;

namespace Supple.Cli.History;

/// <summary>The labelled lines of <c>supple stats</c> in the run's language, shared by the table and the plain text.</summary>
internal static class StatsLines
{
    private static Microsoft.Extensions.Localization.IStringLocalizer L => CliText.Localizer;

    /// <param name="s">The statistics.</param>
    /// <param name="arrow">"→" on a terminal, "->" in plain text.</param>
    public static IReadOnlyList<(string Label, string Value)> For(PracticeStats s, string arrow) =>
    [
        (L[CliText.StatsCurrentStreak], Days(s.CurrentStreak) + (s.CurrentStreak == 0 && s.Sessions > 0 ? " (" + L[CliText.StatsStartNewStreak] + ")" : "")),
        (L[CliText.StatsLongestStreak], Days(s.LongestStreak)),
        (L.Format(CliText.StatsLastDays, ("days", 7)), L.Format(CliText.StatsDaysPractised, ("done", s.DaysLast7), ("days", 7))),
        (L.Format(CliText.StatsLastDays, ("days", 30)), L.Format(CliText.StatsDaysPractised, ("done", s.DaysLast30), ("days", 30))),
        (L[CliText.StatsSessions], Sessions(s)),
        (L.Format(CliText.StatsPainBeforeAfter, ("arrow", arrow)), s.PainPairs == 0
            ? L[CliText.StatsNoPainPairs]
            : L.Format(CliText.StatsPainAverages, ("before", HistoryFormat.Number(s.AveragePainBefore)), ("arrow", arrow),
                ("after", HistoryFormat.Number(s.AveragePainAfter)), ("change", HistoryFormat.Signed(s.AveragePainChange)), ("pairs", s.PainPairs))),
        (L.Format(CliText.StatsPainTrend, ("days", s.Trend.WindowDays)), TrendWords(s.Trend) + (s.Trend.SlopePerDay is { } slope
            ? " (" + L.Format(CliText.StatsSlope, ("slope", HistoryFormat.Signed(slope * 7)), ("readings", s.Trend.Readings)) + ")"
            : "")),
        (L[CliText.StatsDaysCountedIn], L.Format(CliText.StatsToday, ("zone", s.TimeZoneId), ("today", HistoryFormat.LocalDate(s.Today)))),
    ];

    /// <summary>A number of days: "1 day", "12 days".</summary>
    public static string Days(int n) => L.Format(CliText.StatsDays, ("days", n));

    /// <summary>The pain trend in words, e.g. "improving: down 1.2 points over 12 days".</summary>
    public static string TrendWords(PainTrend trend)
    {
        var span = Math.Max(1, (int)Math.Round(trend.SpanDays));
        return trend.Direction switch
        {
            PainTrendDirection.NotEnoughData => L.Format(CliText.TrendNotEnough, ("readings", PainTrend.MinimumReadings), ("days", 2), ("window", trend.WindowDays)),
            PainTrendDirection.Steady => L.Format(CliText.TrendSteady, ("span", span)),
            PainTrendDirection.Improving => L.Format(CliText.TrendImproving, ("points", HistoryFormat.Number(-trend.ChangeOverSpan)), ("span", span)),
            _ => L.Format(CliText.TrendWorsening, ("points", HistoryFormat.Number(trend.ChangeOverSpan)), ("span", span)),
        };
    }

    /// <summary>The sessions line; with none yet, says so instead of a row of zeros.</summary>
    private static string Sessions(PracticeStats s) => s.Sessions == 0
        ? L[CliText.StatsSessionsNone]
        : L.Format(CliText.StatsSessionsLine, ("sessions", s.Sessions), ("completed", s.Completed), ("stopped", s.StoppedForPain),
            ("abandoned", s.Abandoned), ("rate", HistoryFormat.Percent(s.CompletionRate)));
}
