using System.Globalization;

namespace Supple.Core.Content;

/// <summary>
/// Every piece of text a person reads in a programme, with its key. One walk serves everything that treats the
/// texts alike: rendering placeholders, checking them, translating and pseudo-localising. Reference titles and
/// addresses are not visited: they stay as published.
/// </summary>
internal static class ProgrammeTexts
{
    /// <summary>A copy of <paramref name="programme"/> with every text replaced by <paramref name="map"/>'s answer.</summary>
    public static Programme Map(Programme programme, Func<ProgrammeTextSlot, string, string> map)
    {
        string Top(string key, string text) => text.Length == 0 ? text : map(new ProgrammeTextSlot(key, key, null, null), text);

        return programme with
        {
            Title = Top("title", programme.Title),
            Source = Top("source", programme.Source),
            DailyAdvice = Top("daily-advice", programme.DailyAdvice),
            StopRule = Top("stop-rule", programme.StopRule),
            ClosingAdvice = Top("closing-advice", programme.ClosingAdvice),
            Disclaimer = Top("disclaimer", programme.Disclaimer),
            Causes = [.. programme.Causes.Select((c, i) => c with
            {
                Name = Topic(map, "causes", c.Id, i, "name", c.Name),
                Description = Topic(map, "causes", c.Id, i, "description", c.Description),
            })],
            Benefits = [.. programme.Benefits.Select((b, i) => b with
            {
                Name = Topic(map, "benefits", b.Id, i, "name", b.Name),
                Description = Topic(map, "benefits", b.Id, i, "description", b.Description),
            })],
            Stretches = [.. programme.Stretches.Select((s, i) => MapStretch(s, i, map))],
        };
    }

    /// <summary>Visits every text without changing anything.</summary>
    public static void Visit(Programme programme, Action<ProgrammeTextSlot, string> visit) =>
        Map(programme, (slot, text) =>
        {
            visit(slot, text);
            return text;
        });

    /// <summary>The translation key of a stretch's field, e.g. <c>stretches.cat-camel.name</c>.</summary>
    public static string StretchKey(string id, string field) => $"stretches.{id}.{field}";

    private static string Topic(Func<ProgrammeTextSlot, string, string> map, string list, string id, int index, string field, string text) =>
        map(new ProgrammeTextSlot($"{list}.{id}.{field}", string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}"), null, null), text);

    private static Stretch MapStretch(Stretch stretch, int index, Func<ProgrammeTextSlot, string, string> map)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"stretches[{index}]");
        string Field(string field, string text) =>
            map(new ProgrammeTextSlot(StretchKey(stretch.Id, field), $"{path}.{field}", stretch, null), text);
        IReadOnlyList<string> List(string field, IReadOnlyList<string> texts) =>
            [.. texts.Select((text, i) => Field(string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), text))];
        string? Optional(string field, string? text) => text is null ? null : Field(field, text);

        var dosage = stretch.Dosage;
        if (dosage.Flow is { } flow)
        {
            dosage = dosage with
            {
                Flow = new Flow([.. flow.Phases.Select((phase, i) =>
                {
                    var key = StretchKey(stretch.Id, string.Create(CultureInfo.InvariantCulture, $"flow[{i}]"));
                    var phasePath = string.Create(CultureInfo.InvariantCulture, $"{path}.dosage.flow[{i}]");
                    return phase with
                    {
                        Name = map(new ProgrammeTextSlot($"{key}.name", $"{phasePath}.name", stretch, phase), phase.Name),
                        Instruction = map(new ProgrammeTextSlot($"{key}.instruction", $"{phasePath}.instruction", stretch, phase), phase.Instruction),
                    };
                })]),
            };
        }

        return stretch with
        {
            Name = Field("name", stretch.Name),
            Summary = Field("summary", stretch.Summary),
            Setup = Field("setup", stretch.Setup),
            Steps = List("steps", stretch.Steps),
            Cues = List("cues", stretch.Cues),
            Prompts = new StretchPrompts(
                Field("prompts.hold", stretch.Prompts.Hold),
                Field("prompts.release", stretch.Prompts.Release),
                Optional("prompts.right-side", stretch.Prompts.RightSide),
                Optional("prompts.left-side", stretch.Prompts.LeftSide)),
            Dosage = dosage,
        };
    }
}
