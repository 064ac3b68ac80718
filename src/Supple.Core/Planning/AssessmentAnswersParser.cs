using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Safety;

namespace Supple.Core.Planning;

/// <summary>
/// Reads assessment answers from JSON (the <c>--answers</c> file and the web API body). Every question must be
/// answered, every warning sign explicitly yes or no, and nothing unknown may appear; all problems are reported
/// together.
/// </summary>
public static class AssessmentAnswersParser
{
    private static readonly string[] BoolKeys =
    [
        AssessmentQuestions.Posture.Key,
        AssessmentQuestions.Stress.Key,
        AssessmentQuestions.RepetitiveStrain.Key,
        AssessmentQuestions.RecentInjury.Key,
        AssessmentQuestions.AgeRelatedStiffness.Key,
    ];

    /// <summary>Parses <paramref name="json"/>.</summary>
    /// <exception cref="InvalidAnswersException">The JSON is malformed or an answer is missing, unknown or out of range.</exception>
    public static AssessmentAnswers Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidAnswersException([$"Not valid JSON (line {ex.LineNumber + 1}): {ex.Message}"]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads answers from an already parsed JSON element.</summary>
    /// <exception cref="InvalidAnswersException">An answer is missing, unknown or out of range.</exception>
    public static AssessmentAnswers Read(JsonElement root)
    {
        var errors = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidAnswersException(["The answers must be a JSON object."]);
        }

        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            AssessmentQuestions.ScreenHours.Key, AssessmentQuestions.Props.Key, AssessmentQuestions.RedFlags.Key,
        };
        known.UnionWith(BoolKeys);
        errors.AddRange(root.EnumerateObject()
            .Where(p => !known.Contains(p.Name))
            .Select(p => $"'{p.Name}' is not a question. Known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))}."));

        var hours = 0;
        if (!root.TryGetProperty(AssessmentQuestions.ScreenHours.Key, out var hoursElement))
        {
            errors.Add($"'{AssessmentQuestions.ScreenHours.Key}' is missing: {AssessmentQuestions.ScreenHours.Text}");
        }
        else if (hoursElement.ValueKind != JsonValueKind.Number || !hoursElement.TryGetInt32(out hours) || hours is < 0 or > 24)
        {
            errors.Add($"'{AssessmentQuestions.ScreenHours.Key}' must be a whole number from 0 to 24 (got {hoursElement.GetRawText()}).");
        }

        var bools = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var key in BoolKeys)
        {
            if (!root.TryGetProperty(key, out var element))
            {
                errors.Add($"'{key}' is missing: answer true or false.");
            }
            else if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                bools[key] = element.GetBoolean();
            }
            else
            {
                errors.Add($"'{key}' must be true or false (got {element.GetRawText()}).");
            }
        }

        var props = ReadProps(root, errors);
        var flags = ReadRedFlags(root, errors);
        if (errors.Count > 0)
        {
            throw new InvalidAnswersException(errors);
        }

        return new AssessmentAnswers(
            hours,
            bools[AssessmentQuestions.Posture.Key],
            bools[AssessmentQuestions.Stress.Key],
            bools[AssessmentQuestions.RepetitiveStrain.Key],
            bools[AssessmentQuestions.RecentInjury.Key],
            bools[AssessmentQuestions.AgeRelatedStiffness.Key],
            props,
            flags);
    }

    /// <summary>Writes <paramref name="answers"/> in the answers-file format <see cref="Parse"/> reads (kept with a stored outcome).</summary>
    public static string Write(AssessmentAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber(AssessmentQuestions.ScreenHours.Key, answers.ScreenHoursPerDay);
            w.WriteBoolean(AssessmentQuestions.Posture.Key, answers.PoorPosture);
            w.WriteBoolean(AssessmentQuestions.Stress.Key, answers.Stress);
            w.WriteBoolean(AssessmentQuestions.RepetitiveStrain.Key, answers.RepetitiveStrain);
            w.WriteBoolean(AssessmentQuestions.RecentInjury.Key, answers.RecentInjuryOrFall);
            w.WriteBoolean(AssessmentQuestions.AgeRelatedStiffness.Key, answers.AgeRelatedStiffness);
            w.WriteStartArray(AssessmentQuestions.Props.Key);
            foreach (var prop in answers.Props)
            {
                w.WriteStringValue(AssessmentQuestions.PropId(prop));
            }

            w.WriteEndArray();
            w.WriteStartObject(AssessmentQuestions.RedFlags.Key);
            foreach (var info in RedFlags.All)
            {
                w.WriteBoolean(info.Id, answers.RedFlags.Contains(info.Flag));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<Prop> ReadProps(JsonElement root, List<string> errors)
    {
        var key = AssessmentQuestions.Props.Key;
        var props = new List<Prop>();
        if (!root.TryGetProperty(key, out var element))
        {
            errors.Add($"'{key}' is missing: a list (possibly empty) of chair, foam-roller, rolled-towel, floor-space.");
            return props;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"'{key}' must be a list (got {element.GetRawText()}).");
            return props;
        }

        foreach (var item in element.EnumerateArray())
        {
            var prop = item.ValueKind == JsonValueKind.String ? AssessmentQuestions.FindProp(item.GetString()!) : null;
            if (prop is null)
            {
                errors.Add($"'{key}' has {item.GetRawText()}, which is not one of chair, foam-roller, rolled-towel, floor-space.");
            }
            else if (!props.Contains(prop.Value))
            {
                props.Add(prop.Value);
            }
        }

        return props;
    }

    private static List<RedFlag> ReadRedFlags(JsonElement root, List<string> errors)
    {
        var key = AssessmentQuestions.RedFlags.Key;
        var flags = new List<RedFlag>();
        if (!root.TryGetProperty(key, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"'{key}' must be an object answering every warning sign true or false: "
                + string.Join(", ", RedFlags.All.Select(f => f.Id)) + ".");
            return flags;
        }

        foreach (var property in element.EnumerateObject().Where(p => RedFlags.Find(p.Name) is null))
        {
            errors.Add($"'{key}.{property.Name}' is not a warning sign. Known: {string.Join(", ", RedFlags.All.Select(f => f.Id))}.");
        }

        foreach (var info in RedFlags.All)
        {
            if (!element.TryGetProperty(info.Id, out var answer))
            {
                errors.Add($"'{key}.{info.Id}' is missing: {info.Question} Answer true or false.");
            }
            else if (answer.ValueKind == JsonValueKind.True)
            {
                flags.Add(info.Flag);
            }
            else if (answer.ValueKind != JsonValueKind.False)
            {
                errors.Add($"'{key}.{info.Id}' must be true or false (got {answer.GetRawText()}).");
            }
        }

        return flags;
    }
}
