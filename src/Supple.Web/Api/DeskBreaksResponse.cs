using System.Globalization;
using Supple.Core.Reminders;

namespace Supple.Web.Api;

/// <summary>Pushed desk breaks: the working hours, the days and how often a break comes (e.g. <c>50m</c>).</summary>
public sealed record DeskBreaksResponse(string From, string To, IReadOnlyList<string> Days, string Every)
{
    internal static DeskBreaksResponse? Of(ReminderSettings settings) => settings.BreakHours is { } hours
        ? new DeskBreaksResponse(
            hours.From.ToString("HH:mm", CultureInfo.InvariantCulture),
            hours.To.ToString("HH:mm", CultureInfo.InvariantCulture),
            [.. hours.Days.Select(ReminderSettingsSerializer.DayName)],
            ReminderText.Format(settings.DeskBreaks().Every).Replace(" ", "", StringComparison.Ordinal))
        : null;
}
