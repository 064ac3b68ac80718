using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supple.Core.Planning;

namespace Supple.Core.Safety;

/// <summary>
/// The stored form of the safety gate (the user document <c>safety</c>), shared by every door:
/// <c>{"version":1,"seeDoctor":{"at","urgency","redFlags":[…],"recentInjury","answers":{…}},"clearance":{"clearedOn","recordedAt"}}</c>.
/// </summary>
public static class SafetyStatusSerializer
{
    private const int Version = 1;

    /// <summary>The status as JSON.</summary>
    public static string Serialize(SafetyStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var root = new JsonObject { ["version"] = Version };
        if (status.SeeDoctor is { } s)
        {
            root["seeDoctor"] = new JsonObject
            {
                ["at"] = s.At.ToString("O", CultureInfo.InvariantCulture),
                ["urgency"] = UrgencyId(s.Urgency),
                ["redFlags"] = new JsonArray([.. s.RedFlags.Select(f => (JsonNode)RedFlags.Get(f).Id)]),
                ["recentInjury"] = s.RecentInjury,
                ["answers"] = JsonNode.Parse(AssessmentAnswersParser.Write(s.Answers)),
            };
        }

        if (status.Clearance is { } c)
        {
            root["clearance"] = new JsonObject
            {
                ["clearedOn"] = c.ClearedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["recordedAt"] = c.RecordedAt.ToString("O", CultureInfo.InvariantCulture),
            };
        }

        return root.ToJsonString();
    }

    /// <summary>Reads a status written by <see cref="Serialize"/>; <see cref="SafetyStatus.Open"/> for <c>null</c>.</summary>
    /// <exception cref="FormatException">The text is not a stored safety status.</exception>
    public static SafetyStatus Deserialize(string? json)
    {
        if (json is null)
        {
            return SafetyStatus.Open;
        }

        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("not an object");
            if (root["version"]?.GetValue<int>() != Version)
            {
                throw new FormatException("an unknown version");
            }

            SeeDoctorOutcome? seeDoctor = null;
            if (root["seeDoctor"] is JsonObject s)
            {
                seeDoctor = new SeeDoctorOutcome(
                    DateTimeOffset.Parse(Text(s, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    Text(s, "urgency") switch
                    {
                        "emergency" => RedFlagUrgency.Emergency,
                        "same-day" => RedFlagUrgency.SameDay,
                        "soon" => RedFlagUrgency.Soon,
                        var other => throw new FormatException($"an unknown urgency '{other}'"),
                    },
                    [.. (s["redFlags"]?.AsArray() ?? throw new FormatException("no warning signs"))
                        .Select(n => RedFlags.Find(n?.GetValue<string>() ?? "")?.Flag ?? throw new FormatException($"an unknown warning sign {n}"))],
                    s["recentInjury"]?.GetValue<bool>() ?? throw new FormatException("no injury answer"),
                    AssessmentAnswersParser.Parse(WithLaterSigns(s["answers"] as JsonObject ?? throw new FormatException("no answers")).ToJsonString()));
            }

            DoctorClearance? clearance = null;
            if (root["clearance"] is JsonObject c)
            {
                clearance = new DoctorClearance(
                    DateOnly.ParseExact(Text(c, "clearedOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTimeOffset.Parse(Text(c, "recordedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
            }

            return new SafetyStatus(seeDoctor, clearance);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or InvalidAnswersException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    /// <summary>The kebab-case spelling of an urgency, as every JSON the project writes spells it.</summary>
    public static string UrgencyId(RedFlagUrgency urgency) => urgency switch
    {
        RedFlagUrgency.Emergency => "emergency",
        RedFlagUrgency.SameDay => "same-day",
        RedFlagUrgency.Soon => "soon",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, null),
    };

    /// <summary>
    /// Answers stored before a warning sign was added to the assessment never asked about it: they read as "no" to it
    /// (the person answered every sign that was asked), so a stored outcome stays readable when the list grows.
    /// </summary>
    private static JsonObject WithLaterSigns(JsonObject answers)
    {
        if (answers[AssessmentQuestions.RedFlags.Key] is JsonObject given)
        {
            foreach (var info in RedFlags.All.Where(i => !given.ContainsKey(i.Id)))
            {
                given[info.Id] = false;
            }
        }

        return answers;
    }

    private static string Text(JsonObject node, string name) =>
        node[name]?.GetValue<string>() ?? throw new FormatException($"no '{name}'");
}
