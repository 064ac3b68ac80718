using System.Globalization;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Safety;

namespace Supple.Core.Planning;

/// <summary>
/// Reads assessment answers from JSON (the <c>--answers</c> file and the web API body). Every question must be
/// answered, every warning sign explicitly yes or no, and nothing unknown may appear; all problems are reported
/// together, in <see cref="CultureInfo.CurrentUICulture"/> (<c>PlanText</c>), with the file's keys and values as typed.
/// </summary>
public static class AssessmentAnswersParser
{
    private const string PropIds = "chair, foam-roller, rolled-towel, floor-space";
    private const int MaxHours = 24;
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
            var line = (ex.LineNumber + 1)?.ToString(CultureInfo.InvariantCulture) ?? "";
            throw new InvalidAnswersException([PlanText.Localizer.Format(PlanText.AnswersNotJson, ("line", line), ("message", ex.Message))]);
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
            throw new InvalidAnswersException([PlanText.Localizer[PlanText.AnswersNotObject]]);
        }

        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            AssessmentQuestions.ScreenHours.Key, AssessmentQuestions.Props.Key, AssessmentQuestions.RedFlags.Key,
        };
        known.UnionWith(BoolKeys);
        errors.AddRange(root.EnumerateObject()
            .Where(p => !known.Contains(p.Name))
            .Select(p => PlanText.Localizer.Format(PlanText.AnswersUnknownKey, ("key", p.Name), ("known", string.Join(", ", known.Order(StringComparer.Ordinal))))));

        var hours = 0;
        if (!root.TryGetProperty(AssessmentQuestions.ScreenHours.Key, out var hoursElement))
        {
            errors.Add(PlanText.Localizer.Format(PlanText.AnswersMissingQuestion, ("key", AssessmentQuestions.ScreenHours.Key), ("question", AssessmentQuestions.ScreenHours.Text)));
        }
        else if (hoursElement.ValueKind != JsonValueKind.Number || !hoursElement.TryGetInt32(out hours) || hours is < 0 or > MaxHours)
        {
            errors.Add(PlanText.Localizer.Format(
                PlanText.AnswersHoursRange, ("key", AssessmentQuestions.ScreenHours.Key), ("min", 0), ("max", MaxHours), ("value", hoursElement.GetRawText())));
        }

        var bools = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var key in BoolKeys)
        {
            if (!root.TryGetProperty(key, out var element))
            {
                errors.Add(TrueOrFalse(PlanText.AnswersMissingTrueFalse, key));
            }
            else if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                bools[key] = element.GetBoolean();
            }
            else
            {
                errors.Add(TrueOrFalse(PlanText.AnswersNotTrueFalse, key, ("value", element.GetRawText())));
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
            errors.Add(PlanText.Localizer.Format(PlanText.AnswersMissingProps, ("key", key), ("props", PropIds)));
            return props;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(PlanText.Localizer.Format(PlanText.AnswersPropsNotList, ("key", key), ("value", element.GetRawText())));
            return props;
        }

        foreach (var item in element.EnumerateArray())
        {
            var prop = item.ValueKind == JsonValueKind.String ? AssessmentQuestions.FindProp(item.GetString()!) : null;
            if (prop is null)
            {
                errors.Add(PlanText.Localizer.Format(PlanText.AnswersUnknownProp, ("key", key), ("value", item.GetRawText()), ("props", PropIds)));
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
            errors.Add(TrueOrFalse(PlanText.AnswersRedFlagsNotObject, key, ("flags", string.Join(", ", RedFlags.All.Select(f => f.Id)))));
            return flags;
        }

        foreach (var property in element.EnumerateObject().Where(p => RedFlags.Find(p.Name) is null))
        {
            errors.Add(PlanText.Localizer.Format(PlanText.AnswersUnknownRedFlag, ("key", $"{key}.{property.Name}"), ("flags", string.Join(", ", RedFlags.All.Select(f => f.Id)))));
        }

        foreach (var info in RedFlags.All)
        {
            if (!element.TryGetProperty(info.Id, out var answer))
            {
                errors.Add(TrueOrFalse(PlanText.AnswersMissingRedFlag, $"{key}.{info.Id}", ("question", info.Question)));
            }
            else if (answer.ValueKind == JsonValueKind.True)
            {
                flags.Add(info.Flag);
            }
            else if (answer.ValueKind != JsonValueKind.False)
            {
                errors.Add(TrueOrFalse(PlanText.AnswersNotTrueFalse, $"{key}.{info.Id}", ("value", answer.GetRawText())));
            }
        }

        return flags;
    }

    /// <summary>A message about <paramref name="key"/> that names JSON's <c>true</c> and <c>false</c>, which stay as typed in every language.</summary>
    private static string TrueOrFalse(string message, string key, params IReadOnlyList<(string Name, object? Value)> more) =>
        PlanText.Localizer.Format(message, [("key", key), ("true", "true"), ("false", "false"), .. more]);
}
