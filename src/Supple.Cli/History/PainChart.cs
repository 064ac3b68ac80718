using System.Globalization;
using ScottPlot;
using SkiaSharp;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Cli.History;

/// <summary>
/// The picture of <c>supple chart</c>: pain over time (diary entries, and pain before → after each session) with
/// every session marked along the bottom by outcome, above the number of sessions per week.
/// </summary>
internal static class PainChart
{
    private static readonly Color Diary = Color.FromHex("#1f77b4");
    private static readonly Color Before = Color.FromHex("#e07b00");
    private static readonly Color After = Color.FromHex("#2ca02c");
    private static readonly Color Completed = Color.FromHex("#2ca02c");
    private static readonly Color Stopped = Color.FromHex("#d62728");
    private static readonly Color Abandoned = Color.FromHex("#8c8c8c");

    public const int Width = 1200;
    public const int Height = 800;

    /// <summary>Writes the chart as PNG or SVG (by the file's extension).</summary>
    public static void Save(Data.History history, TimeZoneInfo zone, DateTimeOffset now, int days, string path)
    {
        var (pain, weekly) = Build(history, zone, now, days);
        var painHeight = (int)(Height * 0.62);
        var painRect = new PixelRect(new Pixel(0, 0), new PixelSize(Width, painHeight));
        var weeklyRect = new PixelRect(new Pixel(0, painHeight), new PixelSize(Width, Height - painHeight));
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new SKFileWStream(path);
            using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream);
            canvas.Clear(SKColors.White);
            RenderClipped(pain, canvas, painRect);
            RenderClipped(weekly, canvas, weeklyRect);
        }
        else
        {
            using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
            surface.Canvas.Clear(SKColors.White);
            RenderClipped(pain, surface.Canvas, painRect);
            RenderClipped(weekly, surface.Canvas, weeklyRect);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(path);
            data.SaveTo(file);
        }
    }

    // A plot clears its whole canvas before drawing; clipping keeps it to its own rectangle.
    private static void RenderClipped(Plot plot, SKCanvas canvas, PixelRect rect)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
        plot.Render(canvas, rect);
        canvas.Restore();
    }

    private static Microsoft.Extensions.Localization.IStringLocalizer L => CliText.Localizer;

    public static (Plot Pain, Plot Weekly) Build(Data.History history, TimeZoneInfo zone, DateTimeOffset now, int days)
    {
        var pain = new Plot();
        var weekly = new Plot();
        var localNow = Local(now, zone);
        var start = localNow.Date.AddDays(-days + 1);
        var end = localNow.Date.AddDays(1);

        pain.Title(L.Format(CliText.ChartPainTitle, ("days", days)));
        pain.Axes.Left.Label.Text = L.Format(CliText.ChartPainAxis, ("lowest", 0), ("highest", 10));
        DateAxis(pain);
        pain.Axes.SetLimits(start.ToOADate(), end.ToOADate(), -1.2, 10.5);
        var painTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var score = 0; score <= 10; score += 2)
        {
            painTicks.AddMajor(score, score.ToString(CultureInfo.InvariantCulture));
        }

        painTicks.AddMajor(-0.6, L[CliText.ChartSessionsTick]);
        pain.Axes.Left.TickGenerator = painTicks;
        pain.Add.HorizontalLine(0, 1, Colors.Black.WithAlpha(0.25));

        // Sessions with pain before and after: a short line from before to after.
        foreach (var s in history.Sessions.Where(s => s.PainBefore is not null && s.PainAfter is not null))
        {
            var x1 = Local(s.StartedAt, zone).ToOADate();
            var x2 = Local(s.EndedAt ?? s.StartedAt, zone).ToOADate();
            var line = pain.Add.Line(x1, s.PainBefore!.Value.Value, x2 + 0.15, s.PainAfter!.Value.Value);
            line.LineColor = Colors.Gray.WithAlpha(0.6);
            line.LineWidth = 1.5f;
        }

        AddPoints(pain, history.Sessions.Where(s => s.PainBefore is not null).Select(s => (Local(s.StartedAt, zone), (double)s.PainBefore!.Value.Value)), Before, MarkerShape.FilledTriangleUp, L[CliText.ChartPainBefore]);
        AddPoints(pain, history.Sessions.Where(s => s.PainAfter is not null).Select(s => (Local(s.EndedAt ?? s.StartedAt, zone).AddHours(3.6), (double)s.PainAfter!.Value.Value)), After, MarkerShape.FilledTriangleDown, L[CliText.ChartPainAfter]);
        AddPoints(pain, history.PainEntries.Select(p => (Local(p.At, zone), (double)p.Score.Value)), Diary, MarkerShape.FilledCircle, L[CliText.ChartPainDiary]);

        // Every session, marked along the bottom by how it ended.
        AddPoints(pain, Marks(history, zone, SessionOutcome.Completed), Completed, MarkerShape.FilledSquare, L[CliText.ChartSessionCompleted], size: 6);
        AddPoints(pain, Marks(history, zone, SessionOutcome.StoppedForPain), Stopped, MarkerShape.FilledDiamond, L[CliText.ChartSessionStopped], size: 9);
        AddPoints(pain, Marks(history, zone, SessionOutcome.Abandoned), Abandoned, MarkerShape.OpenSquare, L[CliText.ChartSessionAbandoned], size: 6);
        foreach (var s in history.Sessions.Where(s => s.Outcome == SessionOutcome.StoppedForPain))
        {
            var v = pain.Add.VerticalLine(Local(s.StartedAt, zone).ToOADate(), 1, Stopped.WithAlpha(0.35));
            v.LinePattern = LinePattern.Dashed;
        }

        AddTrend(pain, history, zone, now);
        if (history.Sessions.Count == 0 && history.PainEntries.Count == 0)
        {
            var empty = pain.Add.Annotation(L.Format(CliText.ChartEmpty, ("days", days), ("start", "'supple start'"), ("pain", "'supple pain 3'")), Alignment.MiddleCenter);
            empty.LabelFontSize = 15;
            empty.LabelBackgroundColor = Colors.White;
            empty.LabelShadowColor = Colors.Transparent;
        }
        pain.ShowLegend(Alignment.UpperRight);
        pain.Legend.FontSize = 11;

        // Sessions per week (weeks start on Monday, in the person's time zone).
        var weekStart = start.AddDays(-(((int)start.DayOfWeek + 6) % 7));
        var counts = new Dictionary<DateTime, int>();
        for (var w = weekStart; w < end; w = w.AddDays(7))
        {
            counts[w] = 0;
        }

        foreach (var s in history.Sessions)
        {
            var day = Local(s.StartedAt, zone).Date;
            var week = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            if (counts.TryGetValue(week, out var count))
            {
                counts[week] = count + 1;
            }
        }

        // Weeks cut by the window's edges (including the current week) are drawn lighter: they are not complete.
        var bars = counts.Select(c => new Bar
        {
            Position = c.Key.AddDays(3.5).ToOADate(),
            Value = c.Value,
            Size = 5.5,
            FillColor = c.Key < start || c.Key.AddDays(7) > end ? Abandoned.WithAlpha(0.45) : c.Value >= 7 ? Completed : Diary.WithAlpha(0.8),
            LineWidth = 0,
        }).ToList();
        weekly.Add.Bars(bars);
        if (bars.Any(b => b.FillColor == Abandoned.WithAlpha(0.45)))
        {
            weekly.Legend.ManualItems.Add(new LegendItem { LabelText = L[CliText.ChartPartOfAWeek], FillColor = Abandoned.WithAlpha(0.45) });
        }
        var goal = weekly.Add.HorizontalLine(7, 1, Completed.WithAlpha(0.7));
        goal.LinePattern = LinePattern.Dashed;
        goal.LegendText = L.Format(CliText.ChartDailyGoal, ("sessions", 7));
        weekly.Title(L[CliText.ChartWeeklyTitle]);
        weekly.Axes.Left.Label.Text = L[CliText.StatsSessions];
        DateAxis(weekly);
        var most = Math.Max(8, counts.Count == 0 ? 0 : counts.Values.Max() + 1);
        weekly.Axes.SetLimits(start.ToOADate(), end.ToOADate(), 0, most);
        weekly.ShowLegend(Alignment.UpperRight);
        weekly.Legend.FontSize = 11;
        // The same left-axis width on both plots keeps their dates lined up.
        pain.Axes.Left.MinimumSize = 90;
        weekly.Axes.Left.MinimumSize = 90;
        pain.Axes.Right.MinimumSize = 20;
        weekly.Axes.Right.MinimumSize = 20;
        return (pain, weekly);
    }

    private static void DateAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = at => HistoryFormat.DayMonthYear(at);
        }
    }

    // The trend line of supple stats, fitted to the upper-back readings of the last 30 days and drawn only from the
    // first of them to the last: no line over days without readings.
    private static void AddTrend(Plot plot, Data.History history, TimeZoneInfo zone, DateTimeOffset now)
    {
        var from = now - TimeSpan.FromDays(PainTrend.DefaultWindowDays);
        var points = new Core.Safety.SafetyHistory(history.Sessions, history.PainEntries, []).PainReadings()
            .Where(p => p.At >= from && p.At <= now).ToList();
        var trend = PainTrend.Compute(points, now);
        if (trend.SlopePerDay is not { } slope)
        {
            return;
        }

        var meanX = points.Average(p => (p.At - from).TotalDays);
        var meanY = points.Average(p => p.Score);
        var first = points.Min(p => p.At);
        var last = points.Max(p => p.At);
        double Y(DateTimeOffset at) => meanY + (slope * ((at - from).TotalDays - meanX));
        var line = plot.Add.Line(Local(first, zone).ToOADate(), Y(first), Local(last, zone).ToOADate(), Y(last));
        line.LineColor = Colors.Black.WithAlpha(0.7);
        line.LineWidth = 2.5f;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = L.Format(CliText.ChartTrend, ("trend", StatsLines.TrendWords(trend)));
    }

    private static IEnumerable<(DateTime, double)> Marks(Data.History history, TimeZoneInfo zone, SessionOutcome outcome) =>
        history.Sessions.Where(s => s.Outcome == outcome).Select(s => (Local(s.StartedAt, zone), -0.6));

    private static void AddPoints(Plot plot, IEnumerable<(DateTime At, double Y)> points, Color color, MarkerShape shape, string legend, float size = 8)
    {
        var list = points.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.ScatterPoints(list.Select(p => p.At.ToOADate()).ToArray(), list.Select(p => p.Y).ToArray(), color);
        scatter.MarkerShape = shape;
        scatter.MarkerSize = size;
        scatter.LegendText = legend;
    }

    private static DateTime Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).DateTime;
}
