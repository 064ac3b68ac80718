using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Supple.Core.Content;

/// <summary>
/// Writes a <see cref="Programme"/> as a programme file that <see cref="ProgrammeLoader"/> reads back to the
/// same programme, e.g. to start a custom file from the built-in one.
/// </summary>
public static class ProgrammeWriter
{
    /// <summary>The programme as YAML text in the programme file format.</summary>
    public static string Write(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var root = new YamlMappingNode
        {
            { "title", Text(programme.Title) },
            { "source", Text(programme.Source) },
        };
        AddText(root, "daily-advice", programme.DailyAdvice);
        root.Add("stop-rule", Text(programme.StopRule));
        AddText(root, "closing-advice", programme.ClosingAdvice);
        root.Add("disclaimer", Text(programme.Disclaimer));
        root.Add("transitions", new YamlMappingNode
        {
            { "get-into-position", Number(programme.Transitions.GetIntoPositionSeconds) },
            { "release", Number(programme.Transitions.ReleaseSeconds) },
            { "switch-side", Number(programme.Transitions.SwitchSideSeconds) },
            { "rest-between-sets", Number(programme.Transitions.RestBetweenSetsSeconds) },
        });
        if (programme.Causes.Count > 0)
        {
            root.Add("causes", new YamlSequenceNode(programme.Causes.Select(c => Topic(c.Id, c.Name, c.Description, c.ReferenceNumbers))));
        }

        if (programme.Benefits.Count > 0)
        {
            root.Add("benefits", new YamlSequenceNode(programme.Benefits.Select(b => Topic(b.Id, b.Name, b.Description, b.ReferenceNumbers))));
        }

        root.Add("stretches", new YamlSequenceNode(programme.Stretches.Select(StretchNode)));
        if (programme.References.Count > 0)
        {
            root.Add("references", new YamlSequenceNode(programme.References.Select(r => (YamlNode)new YamlMappingNode
            {
                { "number", Number(r.Number) },
                { "title", Text(r.Title) },
                { "url", Text(r.Url.OriginalString) },
            })));
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();

        // Save ends the document with "..."; a programme file is a single document, so leave the marker out.
        var end = text.LastIndexOf("...", StringComparison.Ordinal);
        return (end >= 0 && text[end..].Trim() == "..." ? text[..end] : text).TrimEnd() + "\n";
    }

    private static YamlMappingNode StretchNode(Stretch stretch)
    {
        var node = new YamlMappingNode
        {
            { "id", Text(stretch.Id) },
            { "name", Text(stretch.Name) },
            { "summary", Text(stretch.Summary) },
            { "positions", Flow(stretch.Positions.Select(p => new YamlScalarNode(EnumNames<Position>.Name(p)))) },
        };
        if (stretch.Props.Count > 0)
        {
            node.Add("props", Flow(stretch.Props.Select(p => p.AnyOf.Count == 1
                ? (YamlNode)new YamlScalarNode(EnumNames<Prop>.Name(p.AnyOf[0]))
                : Flow(p.AnyOf.Select(a => new YamlScalarNode(EnumNames<Prop>.Name(a)))))));
        }

        node.Add("setup", Text(stretch.Setup));
        node.Add("steps", new YamlSequenceNode(stretch.Steps.Select(Text)));
        if (stretch.Cues.Count > 0)
        {
            node.Add("cues", new YamlSequenceNode(stretch.Cues.Select(Text)));
        }

        var prompts = new YamlMappingNode { { "hold", Text(stretch.Prompts.Hold) }, { "release", Text(stretch.Prompts.Release) } };
        AddText(prompts, "right-side", stretch.Prompts.RightSide);
        AddText(prompts, "left-side", stretch.Prompts.LeftSide);
        node.Add("prompts", prompts);
        node.Add("dosage", DosageNode(stretch.Dosage));
        if (stretch.ReferenceNumbers.Count > 0)
        {
            node.Add("references", Flow(stretch.ReferenceNumbers.Select(Number)));
        }

        return node;
    }

    private static YamlMappingNode DosageNode(Dosage dosage)
    {
        var node = new YamlMappingNode();
        if (dosage.Hold is not null)
        {
            node.Add("hold", Range(dosage.Hold));
        }

        node.Add("reps", Range(dosage.Reps));
        node.Add("sets", Range(dosage.Sets));
        if (dosage.Sides != SideOrder.None)
        {
            node.Add("sides", EnumNames<SideOrder>.Name(dosage.Sides));
        }

        if (dosage.Flow is not null)
        {
            node.Add("flow", new YamlSequenceNode(dosage.Flow.Phases.Select(p => (YamlNode)new YamlMappingNode
            {
                { "name", Text(p.Name) },
                { "instruction", Text(p.Instruction) },
                { "seconds", Number(p.Seconds) },
            })));
        }

        return node;
    }

    private static YamlMappingNode Topic(string id, string name, string description, IReadOnlyList<int> references)
    {
        var node = new YamlMappingNode { { "id", Text(id) }, { "name", Text(name) }, { "description", Text(description) } };
        if (references.Count > 0)
        {
            node.Add("references", Flow(references.Select(Number)));
        }

        return node;
    }

    private static YamlNode Range(CountRange range) =>
        range.Min == range.Max
            ? Number(range.Min)
            : new YamlMappingNode { { "min", Number(range.Min) }, { "max", Number(range.Max) } }.WithStyle(YamlDotNet.Core.Events.MappingStyle.Flow);

    private static YamlScalarNode Number(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static YamlSequenceNode Flow(IEnumerable<YamlNode> items) =>
        new(items) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };

    private static void AddText(YamlMappingNode node, string key, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            node.Add(key, Text(text));
        }
    }

    /// <summary>A text value; quoted when the loader would otherwise read it as "nothing" (<c>~</c>, <c>null</c>).</summary>
    private static YamlScalarNode Text(string text) =>
        text is "~" or "null" or "Null" or "NULL"
            ? new YamlScalarNode(text) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }
            : new YamlScalarNode(text);

    private static YamlMappingNode WithStyle(this YamlMappingNode node, YamlDotNet.Core.Events.MappingStyle style)
    {
        node.Style = style;
        return node;
    }
}
