using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supple.Core.Reminders;

/// <summary>
/// The stored form of <see cref="ReminderSettings"/> (<c>{"dailyAt":"08:30","breakEvery":"45m"}</c>, either key
/// left out when unset), shared by the terminal and the browser so each reads what the other wrote.
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

            return new ReminderSettings(at, every);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }
}
