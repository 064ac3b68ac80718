using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Supple.Application;
using Supple.Core.History;
using Supple.Core.Localization;
using Supple.Core.Sessions;
using Supple.Web.Resources;

namespace Supple.Web.Pages;

/// <summary>History: a calendar of practised days, the pain chart and the list of sessions.</summary>
public sealed class HistoryModel(SuppleApp app, TimeProvider time) : PageModel
{
    public const int CalendarWeeks = 5;
    public const int ChartDays = 30;
    public const double ChartWidth = 600;
    public const double ChartHeight = 220;
    private const double Left = 30;
    private const double Right = 10;
    // Room above and below the plot for the axis labels, which a phone draws at 22 px in this 600-wide picture.
    private const double Top = 20;
    private const double Bottom = 36;

    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<DateOnly> CalendarDays { get; private set; } = [];

    public IReadOnlySet<DateOnly> Practised { get; private set; } = new HashSet<DateOnly>();

    public IReadOnlyList<PracticeSession> Sessions { get; private set; } = [];

    public IReadOnlyList<(DateTimeOffset At, int Score, string Kind)> PainPoints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var history = await app.Journal.HistoryAsync(now - TimeSpan.FromDays(90), ct);
        var zone = LocalDay.ZoneOrDefault(history.TimeZoneId, TimeZoneInfo.Local);
        _zone = zone;
        Today = LocalDay.Of(now, zone);
        var monday = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));
        var first = monday.AddDays(-7 * (CalendarWeeks - 1));
        CalendarDays = [.. Enumerable.Range(0, 7 * CalendarWeeks).Select(first.AddDays)];
        Practised = history.Sessions.Where(s => s.CountsAsPractice).Select(s => s.Day).ToHashSet();
        Sessions = history.Sessions;
        var from = now - TimeSpan.FromDays(ChartDays);
        PainPoints = [.. history.Sessions.Where(s => s.PainBefore is not null && s.StartedAt >= from).Select(s => (s.StartedAt, s.PainBefore!.Value.Value, "before"))
            .Concat(history.Sessions.Where(s => s.PainAfter is not null && (s.EndedAt ?? s.StartedAt) >= from).Select(s => (s.EndedAt ?? s.StartedAt, s.PainAfter!.Value.Value, "after")))
            .Concat(history.PainEntries.Where(p => p.At >= from).Select(p => (p.At, p.Score.Value, "diary")))
            .OrderBy(p => p.Item1)];
        ChartStart = from;
        ChartEnd = now;
    }

    public DateTimeOffset ChartStart { get; private set; }

    public DateTimeOffset ChartEnd { get; private set; }

    public string X(DateTimeOffset at)
    {
        var span = (ChartEnd - ChartStart).TotalSeconds;
        var fraction = span <= 0 ? 1 : (at - ChartStart).TotalSeconds / span;
        return (Left + (fraction * (ChartWidth - Left - Right))).ToString("0.#", CultureInfo.InvariantCulture);
    }

    public static string Y(int score) =>
        (Top + ((10 - score) / 10.0 * (ChartHeight - Top - Bottom))).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// The lines joining one kind of score, one per run of days with readings: a day without a reading breaks the
    /// line, so the chart never draws a change across days it knows nothing about.
    /// </summary>
    public IReadOnlyList<string> Lines(string kind)
    {
        var lines = new List<List<string>>();
        DateOnly? previous = null;
        foreach (var p in PainPoints.Where(p => p.Kind == kind))
        {
            var day = LocalDay.Of(p.At, _zone);
            if (previous is not { } last || day.DayNumber - last.DayNumber > 1)
            {
                lines.Add([]);
            }

            lines[^1].Add($"{X(p.At)},{Y(p.Score)}");
            previous = day;
        }

        return [.. lines.Where(l => l.Count > 1).Select(l => string.Join(" ", l))];
    }

    /// <summary>How many stretches were done, cut short and skipped: a stretch cut short is never counted as done.</summary>
    public static string Stretches(PracticeSession session, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(text);
        int Count(Func<StretchRecord, bool> which) => session.Stretches.Where(which).Select(r => r.StretchId).Distinct().Count();
        var cutShort = Count(r => r.Partial);
        var skipped = Count(r => r.Skipped);
        var result = text.Format(WebText.HistoryDone, ("count", Count(r => r.IsDone)));
        if (cutShort > 0)
        {
            result = text.Format(WebText.HistoryListSeparator, ("first", result), ("second", text.Format(WebText.HistoryCutShort, ("count", cutShort))));
        }

        if (skipped > 0)
        {
            result = text.Format(WebText.HistoryListSeparator, ("first", result), ("second", text.Format(WebText.HistorySkipped, ("count", skipped))));
        }

        return result;
    }

    public static string Outcome(PracticeSession session, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[session switch
        {
            { NeverFinished: true } => WebText.HistoryNotFinished,
            { Outcome: Core.Sessions.SessionOutcome.Completed } => WebText.HistoryCompleted,
            { Outcome: Core.Sessions.SessionOutcome.StoppedForPain } => WebText.HistoryStoppedForPain,
            _ => WebText.HistorySetAside,
        }];
    }

    /// <summary>The calendar's column heads, Monday first, in the request's language.</summary>
    public static IEnumerable<string> WeekdayHeads =>
        Enumerable.Range(0, 7).Select(i => CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)((i + 1) % 7)));
}
