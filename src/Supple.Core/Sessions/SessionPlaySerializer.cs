using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supple.Core.Sessions;

/// <summary>
/// The stored form of a <see cref="SessionPlay"/> (the <c>play</c> of a session): compact, versioned JSON.
/// <c>{"v":1,"programme":"built-in","routine":[["cat-camel","gentle"],…],"steps":[[0,"played",10000,1764000000000],…]}</c>
/// — each step is its index, how it ended (the kebab-case names of <see cref="StepEnd"/>), the milliseconds worked and
/// when it ended (Unix milliseconds).
/// </summary>
public static class SessionPlaySerializer
{
    private const int Version = 1;

    /// <summary>The kebab-case spelling of a step end, as stored and as the API takes it.</summary>
    public static string Name(StepEnd end) => end switch
    {
        StepEnd.Played => "played",
        StepEnd.Skipped => "skipped",
        StepEnd.SkippedStretch => "skipped-stretch",
        StepEnd.Hurt => "hurt",
        StepEnd.Stopped => "stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(end), end, null),
    };

    /// <summary>Reads a step end's spelling; false when unknown.</summary>
    public static bool TryParse(string? name, out StepEnd end)
    {
        foreach (var candidate in Enum.GetValues<StepEnd>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                end = candidate;
                return true;
            }
        }

        end = default;
        return false;
    }

    /// <summary>The play as JSON.</summary>
    public static string Serialize(SessionPlay play)
    {
        ArgumentNullException.ThrowIfNull(play);
        var root = new JsonObject
        {
            ["v"] = Version,
            ["programme"] = play.Programme,
            ["routine"] = new JsonArray([.. play.Routine.Items.Select(Item)]),
            ["steps"] = new JsonArray([.. play.Steps.Select(s => (JsonNode)new JsonArray(
                s.Step, Name(s.End), (long)Math.Round(s.Worked.TotalMilliseconds), s.At.ToUnixTimeMilliseconds()))]),
        };
        return root.ToJsonString();
    }

    /// <summary>Reads a play written by <see cref="Serialize"/>.</summary>
    /// <exception cref="FormatException">The text is not a stored play.</exception>
    public static SessionPlay Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("not an object");
            if (root["v"]?.GetValue<int>() != Version)
            {
                throw new FormatException("an unknown version");
            }

            var programme = root["programme"]?.GetValue<string>() ?? throw new FormatException("no programme");
            var routine = new Routine([.. (root["routine"]?.AsArray() ?? throw new FormatException("no routine")).Select(ReadItem)]);
            var steps = (root["steps"]?.AsArray() ?? throw new FormatException("no steps")).Select(n =>
            {
                var a = n?.AsArray() ?? throw new FormatException("a step is not a list");
                return new StepOutcome(
                    a[0]!.GetValue<int>(),
                    TryParse(a[1]!.GetValue<string>(), out var end) ? end : throw new FormatException($"an unknown step end {a[1]}"),
                    TimeSpan.FromMilliseconds(a[2]!.GetValue<long>()),
                    DateTimeOffset.FromUnixTimeMilliseconds(a[3]!.GetValue<long>()));
            }).ToList();
            return new SessionPlay(programme, routine, steps);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            throw new FormatException($"The session's play could not be read ({ex.Message}).", ex);
        }
    }

    private static JsonNode Item(RoutineItem item)
    {
        var node = new JsonArray(item.StretchId, LevelName(item.Level));
        if (item.Explicit is { } d)
        {
            node.Add((JsonNode?)JsonValue.Create(d.HoldSeconds));
            node.Add((JsonNode?)JsonValue.Create(d.Reps));
            node.Add((JsonNode?)JsonValue.Create(d.Sets));
        }

        return node;
    }

    private static RoutineItem ReadItem(JsonNode? node)
    {
        var a = node?.AsArray() ?? throw new FormatException("a routine item is not a list");
        var level = a[1]!.GetValue<string>() switch
        {
            "gentle" => DosageLevel.Gentle,
            "standard" => DosageLevel.Standard,
            "full" => DosageLevel.Full,
            var other => throw new FormatException($"an unknown level {other}"),
        };
        var explicitDosage = a.Count >= 5 ? new ResolvedDosage(a[2]?.GetValue<int>(), a[3]!.GetValue<int>(), a[4]!.GetValue<int>()) : null;
        return new RoutineItem(a[0]!.GetValue<string>(), level, explicitDosage);
    }

    private static string LevelName(DosageLevel level) => level switch
    {
        DosageLevel.Gentle => "gentle",
        DosageLevel.Standard => "standard",
        DosageLevel.Full => "full",
        _ => string.Create(CultureInfo.InvariantCulture, $"{level}"),
    };
}
