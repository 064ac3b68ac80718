using System.Globalization;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.History;

/// <summary>Words and numbers shown by the history commands.</summary>
internal static class HistoryFormat
{
    public static string LocalTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Outcome(SessionOutcome outcome, bool neverFinished) => outcome switch
    {
        SessionOutcome.Completed => "completed",
        SessionOutcome.StoppedForPain => "stopped: it hurt",
        _ when neverFinished => "abandoned (never finished)",
        _ => "abandoned",
    };

    public static string Side(Side side) => side switch
    {
        Core.Content.Side.Left => " (left)",
        Core.Content.Side.Right => " (right)",
        _ => "",
    };

    public static string Number(double? value, string format = "0.0") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Signed(double? value) =>
        value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "–";

    public static string Days(int n) => Count(n, "day", "days");

    /// <summary>The sessions line of <c>supple stats</c>; with none yet, says so instead of a row of zeros.</summary>
    public static string Sessions(Core.Statistics.PracticeStats s) => s.Sessions == 0
        ? "none yet"
        : $"{s.Sessions}: {s.Completed} completed, {s.StoppedForPain} stopped because it hurt, {s.Abandoned} abandoned (completion {Percent(s.CompletionRate)})";

    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
