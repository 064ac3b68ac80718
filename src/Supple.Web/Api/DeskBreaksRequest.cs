using Supple.Core.Reminders;

namespace Supple.Web.Api;

/// <summary>Working hours for pushed desk breaks: <c>from</c> and <c>to</c> as 24-hour local times, and the days (monday … sunday).</summary>
public sealed record DeskBreaksRequest(string? From, string? To, IReadOnlyList<string?>? Days)
{
    /// <summary>The hours, or <c>null</c> with the reasons in <paramref name="errors"/> (by field). The API and the plan page share it.</summary>
    /// <param name="current">The person's reminder settings (their break spacing decides whether a break fits).</param>
    /// <param name="errors">Field errors, added to.</param>
    public DeskBreakHours? Validate(ReminderSettings current, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        if (!ReminderText.TryParseTimeOfDay(From, out var from))
        {
            errors["from"] = ["Give the start of the working hours as a 24-hour time such as 09:00."];
        }

        if (!ReminderText.TryParseTimeOfDay(To, out var to))
        {
            errors["to"] = ["Give the end of the working hours as a 24-hour time such as 17:00."];
        }
        else if (errors.Count == before && to <= from)
        {
            errors["to"] = ["The end of the working hours must come after their start."];
        }

        var days = new List<DayOfWeek>();
        foreach (var name in Days ?? [])
        {
            if (ReminderSettingsSerializer.TryParseDay(name, out var day))
            {
                days.Add(day);
            }
            else
            {
                errors["days"] = [$"'{RoutineRequest.Shorten(name ?? "")}' is not a day: use monday … sunday."];
            }
        }

        if (days.Count == 0 && !errors.ContainsKey("days"))
        {
            errors["days"] = ["Choose at least one day."];
        }

        if (errors.Count > before)
        {
            return null;
        }

        var hours = new DeskBreakHours(from, to, days);
        if (!DeskBreakTimes.AnyFits(current.DeskBreaks(), hours))
        {
            errors["to"] = [$"The working hours are too short for a break every {ReminderText.Format(current.DeskBreaks().Every)}."];
            return null;
        }

        return hours;
    }
}
