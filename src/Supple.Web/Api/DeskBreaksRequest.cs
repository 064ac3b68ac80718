using Supple.Core.Reminders;
using Supple.Web.Resources;

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
            errors["from"] = [ApiText.Get(ApiText.FieldHoursFrom)];
        }

        if (!ReminderText.TryParseTimeOfDay(To, out var to))
        {
            errors["to"] = [ApiText.Get(ApiText.FieldHoursTo)];
        }
        else if (errors.Count == before && to <= from)
        {
            errors["to"] = [ApiText.Get(ApiText.FieldHoursOrder)];
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
                errors["days"] = [ApiText.Format(ApiText.FieldNotADay, ("day", RoutineRequest.Shorten(name ?? "")))];
            }
        }

        if (days.Count == 0 && !errors.ContainsKey("days"))
        {
            errors["days"] = [ApiText.Get(ApiText.FieldChooseADay)];
        }

        if (errors.Count > before)
        {
            return null;
        }

        var hours = new DeskBreakHours(from, to, days);
        if (!DeskBreakTimes.AnyFits(current.DeskBreaks(), hours))
        {
            errors["to"] = [ApiText.Format(ApiText.FieldHoursTooShort, ("every", ReminderText.Format(current.DeskBreaks().Every)))];
            return null;
        }

        return hours;
    }
}
