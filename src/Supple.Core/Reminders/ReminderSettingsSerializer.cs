using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supple.Core.Reminders;

/// <summary>
/// The stored form of <see cref="ReminderSettings"/>
/// (<c>{"dailyAt":"08:30","breakEvery":"45m","breakHours":{"from":"09:00","to":"17:00","days":["monday",…]}}</c>, each
/// key left out when unset), shared by the terminal and the browser so each reads what the other wrote.
/// </summary>
public static class ReminderSettingsSerializer
{
    /// <summary>The settings as JSON.</summary>
    public static string Serialize(ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var node = new JsonObject();
        if (settings.DailyAt is { } at)
        {
            node["dailyAt"] = at.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        if (settings.BreakEvery is { } every)
        {
            node["breakEvery"] = ReminderText.Format(every).Replace(" ", "", StringComparison.Ordinal);
        }

        if (settings.BreakHours is { } hours)
        {
            node["breakHours"] = new JsonObject
            {
                ["from"] = hours.From.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["to"] = hours.To.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["days"] = new JsonArray([.. hours.Days.Select(d => JsonValue.Create(DayName(d)))]),
            };
        }

        return node.ToJsonString();
    }

    /// <summary>Reads settings written by <see cref="Serialize"/>; <see cref="ReminderSettings.None"/> for <c>null</c>.</summary>
    /// <exception cref="FormatException">The text is not reminder settings.</exception>
    public static ReminderSettings Deserialize(string? json)
    {
        if (json is null)
        {
            return ReminderSettings.None;
        }

        try
        {
            var node = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("not an object");
            TimeOnly? at = null;
            TimeSpan? every = null;
            if (node["dailyAt"] is JsonValue atValue)
            {
                at = ReminderText.TryParseTimeOfDay(atValue.GetValue<string>(), out var parsed) ? parsed : throw new FormatException("bad dailyAt");
            }

            if (node["breakEvery"] is JsonValue everyValue)
            {
                every = ReminderText.TryParseDuration(everyValue.GetValue<string>(), out var parsed) ? parsed : throw new FormatException("bad breakEvery");
            }

            DeskBreakHours? hours = null;
            if (node["breakHours"] is JsonObject breakHours)
            {
                hours = ReadHours(breakHours);
            }

            return new ReminderSettings(at, every) { BreakHours = hours };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    /// <summary>The stored name of a day of the week (<c>monday</c> … <c>sunday</c>).</summary>
    public static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>Reads a stored day name; false when it is not one.</summary>
    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        day = default;
        return text is { Length: > 0 } && !char.IsDigit(text[0]) && Enum.TryParse(text, ignoreCase: true, out day) && Enum.IsDefined(day);
    }

    private static DeskBreakHours ReadHours(JsonObject node)
    {
        if (!ReminderText.TryParseTimeOfDay(node["from"]?.GetValue<string>(), out var from)
            || !ReminderText.TryParseTimeOfDay(node["to"]?.GetValue<string>(), out var to))
        {
            throw new FormatException("bad breakHours from/to");
        }

        var days = new List<DayOfWeek>();
        foreach (var item in node["days"]?.AsArray() ?? [])
        {
            days.Add(TryParseDay(item?.GetValue<string>(), out var day) ? day : throw new FormatException("bad breakHours day"));
        }

        return new DeskBreakHours(from, to, days);
    }
}
