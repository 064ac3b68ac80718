using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Supple.Core.Content;

/// <summary>
/// Turns the YAML tree of a programme file into a <see cref="Programme"/>, recording every problem with its
/// line, column and field path instead of stopping at the first. <see cref="ProgrammeLoader"/> throws when
/// any were found; this class never returns a half-read programme to anyone else.
/// </summary>
internal sealed partial class ProgrammeFileReader
{
    /// <summary>The field path used for the top level of the file.</summary>
    public const string RootPath = "(root)";

    private static readonly string[] RootFields =
        ["title", "source", "daily-advice", "stop-rule", "closing-advice", "disclaimer", "transitions", "causes", "benefits", "stretches", "references"];
    private static readonly string[] StretchFields =
        ["id", "name", "summary", "positions", "props", "setup", "steps", "cues", "prompts", "dosage", "references"];
    private static readonly string[] DosageFields = ["hold", "reps", "sets", "sides", "flow"];
    private static readonly string[] RangeFields = ["min", "max"];
    private static readonly string[] PromptFields = ["hold", "release", "right-side", "left-side"];
    private static readonly string[] PhaseFields = ["name", "instruction", "seconds"];
    private static readonly string[] TopicFields = ["id", "name", "description", "references"];
    private static readonly string[] ReferenceFields = ["number", "title", "url"];
    private static readonly string[] TransitionFields = ["get-into-position", "release", "switch-side", "rest-between-sets"];

    private static readonly Quantity HoldSeconds = new("the hold time", "seconds", 1, 600);
    private static readonly Quantity Reps = new("the number of repetitions", "repetitions", 1, 100);
    private static readonly Quantity Sets = new("the number of sets", "sets", 1, 20);
    private static readonly Quantity PhaseSeconds = new("a flow phase", "seconds", 1, 600);
    private static readonly Quantity PauseSeconds = new("this pause", "seconds", 0, 600);
    private static readonly Quantity ReferenceNumber = new("a reference number", "", 1, 9999);

    /// <summary>The pacing used when a programme file has no <c>transitions</c> section (or leaves a field out).</summary>
    internal static readonly Transitions DefaultTransitions = new(10, 5, 5, 10);

    /// <summary>Prompt lines used when a stretch gives none.</summary>
    internal const string DefaultHoldPrompt = "Hold the stretch.";

    /// <summary>Prompt line used when a stretch gives no release line.</summary>
    internal const string DefaultReleasePrompt = "Slowly release the stretch.";

    /// <summary>Control characters and the bidirectional overrides, none of which belongs in text people read.</summary>
    private static readonly System.Buffers.SearchValues<char> HiddenCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
            '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    private readonly string _file;
    private readonly List<ProgrammeError> _errors = [];
    private readonly List<Citation> _citations = [];
    private readonly Dictionary<string, (int Line, int Column)> _textLocations = new(StringComparer.Ordinal);

    /// <summary>The reference numbers the file defines; <c>null</c> when the references section could not be read as a list.</summary>
    private HashSet<int>? _definedReferences;

    public ProgrammeFileReader(string file) => _file = file;

    /// <summary>Every problem found so far.</summary>
    public List<ProgrammeError> Errors => _errors;

    /// <summary>Where each text the file gives was read, by field path (texts left to a default have none).</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> TextLocations => _textLocations;

    /// <summary>Reads the whole programme; <c>null</c> when any error was found.</summary>
    public Programme? ReadProgramme(YamlNode root)
    {
        var fields = ReadFields(root, RootPath, "the programme file", RootFields,
            "the programme's fields (title:, source:, stretches: and so on) at the top level");
        if (fields is null)
        {
            return null;
        }

        var title = RequiredText(fields, "title", "the programme's title");
        var source = RequiredText(fields, "source", "where the programme comes from (an article, or who prescribed it)");
        var dailyAdvice = OptionalText(fields, "daily-advice") ?? "";
        var stopRule = RequiredText(fields, "stop-rule", "when to stop a stretch at once and see a doctor");
        var closingAdvice = OptionalText(fields, "closing-advice") ?? "";
        var disclaimer = RequiredText(fields, "disclaimer", "the medical disclaimer shown before the first session");
        var transitions = ReadTransitions(fields);
        var causes = ReadTopics(fields, "causes", "cause")
            ?.Select(t => new Cause(t.Id, t.Name, t.Description, t.References)).ToList().AsReadOnly();
        var benefits = ReadTopics(fields, "benefits", "benefit")
            ?.Select(t => new Benefit(t.Id, t.Name, t.Description, t.References)).ToList().AsReadOnly();
        var stretches = ReadStretches(fields);
        var references = ReadReferences(fields);

        if (_definedReferences is not null)
        {
            CheckCitations(_definedReferences);
        }

        if (_errors.Count > 0)
        {
            return null;
        }

        var programme = new Programme(title!, source!, stretches!, causes!, benefits!, dailyAdvice, stopRule!, closingAdvice,
            references!, disclaimer!, transitions!);
        CheckPlaceholders(programme);
        return _errors.Count > 0 ? null : programme;
    }

    /// <summary>Every brace in a text must be a placeholder the text's place allows ({hold} only in a held stretch, and so on).</summary>
    private void CheckPlaceholders(Programme programme) =>
        ProgrammeTexts.Visit(programme, (slot, text) =>
        {
            if (!_textLocations.TryGetValue(slot.Path, out var at) || !text.AsSpan().ContainsAny('{', '}'))
            {
                return;
            }

            var parts = Placeholders.Parse(text, out var problem);
            if (problem is not null)
            {
                _errors.Add(new ProgrammeError(_file, at.Line, at.Column, slot.Path, "The text " + problem));
                return;
            }

            var allowed = Placeholders.Allowed(slot);
            foreach (var name in parts.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct(StringComparer.Ordinal))
            {
                if (!allowed.Contains(name))
                {
                    var hint = allowed.Count == 0
                        ? "Text outside a stretch has no placeholders; write it out in full"
                        : NameSuggester.Nearest(name, [.. allowed]) is { } near
                            ? $"Did you mean {{{near}}}? Allowed here: {string.Join(", ", allowed.Select(a => "{" + a + "}"))}"
                            : $"Allowed here: {string.Join(", ", allowed.Select(a => "{" + a + "}"))}";
                    _errors.Add(new ProgrammeError(_file, at.Line, at.Column, slot.Path,
                        $"Unknown placeholder {{{name}}}. {hint}. Placeholders stand for the dosage: {{hold}} the hold time, {{reps}} the repetitions, {{sets}} the sets (and {{seconds}} a flow phase's length)."));
                }
            }
        });

    // ---- sections ---------------------------------------------------------------------------------------

    private Transitions? ReadTransitions(Fields root)
    {
        var node = Optional(root, "transitions");
        if (node is null)
        {
            return DefaultTransitions;
        }

        var path = Join(root.Path, "transitions");
        var fields = ReadFields(node, path, "transitions", TransitionFields, "the pauses between holds, in seconds");
        if (fields is null)
        {
            return null;
        }

        int? Pause(string key, int fallback)
        {
            var value = Optional(fields, key);
            return value is null ? fallback : Whole(value, Join(path, key), PauseSeconds);
        }

        var getIntoPosition = Pause("get-into-position", DefaultTransitions.GetIntoPositionSeconds);
        var release = Pause("release", DefaultTransitions.ReleaseSeconds);
        var switchSide = Pause("switch-side", DefaultTransitions.SwitchSideSeconds);
        var rest = Pause("rest-between-sets", DefaultTransitions.RestBetweenSetsSeconds);
        return getIntoPosition is null || release is null || switchSide is null || rest is null
            ? null
            : new Transitions(getIntoPosition.Value, release.Value, switchSide.Value, rest.Value);
    }

    /// <summary>Reads <c>causes</c> or <c>benefits</c>; both have the same shape.</summary>
    private List<Topic>? ReadTopics(Fields root, string key, string what)
    {
        var node = Optional(root, key);
        var path = Join(root.Path, key);
        if (node is null)
        {
            return [];
        }

        var items = Items(node, path, $"a list of {key}", allowSingle: false);
        if (items is null)
        {
            return null;
        }

        var before = _errors.Count;
        var result = new List<Topic>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var fields = ReadFields(items[i], itemPath, $"a {what}", TopicFields, $"a {what} with id, name and description");
            if (fields is null)
            {
                continue;
            }

            var id = ReadId(fields, $"the {what}'s id", ids);
            var name = RequiredText(fields, "name", $"the {what}'s name");
            var description = RequiredText(fields, "description", $"what the {what} is");
            var refs = ReadCitations(fields);
            if (id is not null && name is not null && description is not null && refs is not null)
            {
                result.Add(new Topic(id, name, description, refs));
            }
        }

        return _errors.Count == before ? result : null;
    }

    private ReadOnlyCollection<Stretch>? ReadStretches(Fields root)
    {
        var node = Required(root, "stretches", "the list of stretches");
        if (node is null)
        {
            return null;
        }

        var path = Join(root.Path, "stretches");
        var items = Items(node, path, "the list of stretches", allowSingle: false);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            Error(node, path, "The programme has no stretches. Add at least one stretch under 'stretches:'.");
            return null;
        }

        var before = _errors.Count;
        var stretches = new List<Stretch>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var stretch = ReadStretch(items[i], $"{path}[{i}]", ids);
            if (stretch is not null)
            {
                stretches.Add(stretch);
            }
        }

        return _errors.Count == before ? stretches.AsReadOnly() : null;
    }

    private Stretch? ReadStretch(YamlNode node, string path, Dictionary<string, YamlNode> ids)
    {
        var fields = ReadFields(node, path, "a stretch", StretchFields, "a stretch with id, name, summary, positions, setup, steps and dosage");
        if (fields is null)
        {
            return null;
        }

        var before = _errors.Count;
        var id = ReadId(fields, "the stretch's id", ids);
        var name = RequiredText(fields, "name", "the stretch's display name");
        var summary = RequiredText(fields, "summary", "what the stretch does and why it helps");
        var positions = ReadPositions(fields);
        var props = ReadProps(fields);
        var setup = RequiredText(fields, "setup", "one line on getting into the starting position");
        var steps = ReadTextList(fields, "steps", "the steps of the stretch, in order", required: true);
        var cues = ReadTextList(fields, "cues", "breathing and form cues", required: false);
        var dosage = ReadDosage(fields);
        var prompts = ReadPrompts(fields, dosage?.Sides);
        var refs = ReadCitations(fields);

        return _errors.Count == before
            ? new Stretch(id!, name!, summary!, positions!, props!, setup!, steps!, cues!, prompts!, dosage!, refs!)
            : null;
    }

    private ReadOnlyCollection<Position>? ReadPositions(Fields stretch)
    {
        var node = Required(stretch, "positions", $"the positions the stretch is done in ({Allowed<Position>()})");
        if (node is null)
        {
            return null;
        }

        var path = Join(stretch.Path, "positions");
        var items = Items(node, path, "a list of positions", allowSingle: true);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            Error(node, path, $"The list of positions is empty. Give at least one of: {Allowed<Position>()}.");
            return null;
        }

        var positions = new List<Position>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Name<Position>(items[i], $"{path}[{i}]", "position") is { } position)
            {
                if (positions.Contains(position))
                {
                    Error(items[i], $"{path}[{i}]", $"The position '{EnumNames<Position>.Name(position)}' is listed twice. List each position once.");
                    continue;
                }

                positions.Add(position);
            }
        }

        return positions.Count == items.Count ? positions.AsReadOnly() : null;
    }

    private ReadOnlyCollection<PropRequirement>? ReadProps(Fields stretch)
    {
        var node = Optional(stretch, "props");
        if (node is null)
        {
            return ReadOnlyCollection<PropRequirement>.Empty;
        }

        var path = Join(stretch.Path, "props");
        var items = Items(node, path, "a list of props", allowSingle: true);
        if (items is null)
        {
            return null;
        }

        var before = _errors.Count;
        var props = new List<PropRequirement>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (items[i] is YamlSequenceNode alternatives)
            {
                if (alternatives.Children.Count == 0)
                {
                    Error(alternatives, itemPath,
                        $"This list of alternative props is empty. Give one or more of: {Allowed<Prop>()}, e.g. [foam-roller, rolled-towel].");
                    continue;
                }

                var anyOf = new List<Prop>();
                for (var j = 0; j < alternatives.Children.Count; j++)
                {
                    if (Name<Prop>(alternatives.Children[j], $"{itemPath}[{j}]", "prop") is { } prop)
                    {
                        anyOf.Add(prop);
                    }
                }

                props.Add(new PropRequirement(anyOf.AsReadOnly()));
            }
            else if (Name<Prop>(items[i], itemPath, "prop") is { } prop)
            {
                props.Add(new PropRequirement([prop]));
            }
        }

        return _errors.Count == before ? props.AsReadOnly() : null;
    }

    private Dosage? ReadDosage(Fields stretch)
    {
        var node = Required(stretch, "dosage", "how much to do: hold (or flow), reps and sets");
        if (node is null)
        {
            return null;
        }

        var path = Join(stretch.Path, "dosage");
        var fields = ReadFields(node, path, "the dosage", DosageFields, "hold (or flow), reps, sets and optionally sides");
        if (fields is null)
        {
            return null;
        }

        var before = _errors.Count;
        var holdNode = Optional(fields, "hold");
        var flowNode = Optional(fields, "flow");
        if (holdNode is not null && flowNode is not null)
        {
            Error(flowNode, Join(path, "flow"),
                "The dosage has both 'hold' and 'flow'. A stretch is either held (hold: seconds per repetition) or flowing (flow: its phases), not both; remove one.");
        }
        else if (holdNode is null && flowNode is null)
        {
            Error(node, path,
                "The dosage needs either 'hold' (seconds to hold each repetition, e.g. hold: { min: 20, max: 30 }) or 'flow' (the phases of a flowing movement).");
        }

        var hold = holdNode is null ? null : Range(holdNode, Join(path, "hold"), HoldSeconds);
        var flow = flowNode is null ? null : ReadFlow(flowNode, Join(path, "flow"));
        var repsNode = Required(fields, "reps", "repetitions per set, e.g. reps: 10 or reps: { min: 10, max: 15 }");
        var reps = repsNode is null ? null : Range(repsNode, Join(path, "reps"), Reps);
        var setsNode = Required(fields, "sets", "the number of sets, e.g. sets: 1 or sets: { min: 2, max: 3 }");
        var sets = setsNode is null ? null : Range(setsNode, Join(path, "sets"), Sets);
        var sidesNode = Optional(fields, "sides");
        var sides = sidesNode is null ? SideOrder.None : Name<SideOrder>(sidesNode, Join(path, "sides"), "side order");

        return _errors.Count == before ? new Dosage(hold, reps!, sets!, sides!.Value, flow) : null;
    }

    private Flow? ReadFlow(YamlNode node, string path)
    {
        var items = Items(node, path, "a list of flow phases", allowSingle: false);
        if (items is null)
        {
            return null;
        }

        if (items.Count < 2)
        {
            Error(node, path,
                $"A flow needs at least 2 phases to move between (e.g. Cat and Camel); this one has {items.Count}. For a single position, use 'hold' instead.");
            return null;
        }

        var before = _errors.Count;
        var phases = new List<FlowPhase>();
        for (var i = 0; i < items.Count; i++)
        {
            var phasePath = $"{path}[{i}]";
            var fields = ReadFields(items[i], phasePath, "a flow phase", PhaseFields, "a phase with name, instruction and seconds");
            if (fields is null)
            {
                continue;
            }

            var name = RequiredText(fields, "name", "the phase's short name, e.g. Cat");
            var instruction = RequiredText(fields, "instruction", "what to do in this phase");
            var secondsNode = Required(fields, "seconds", "how many seconds to stay in this phase");
            var seconds = secondsNode is null ? null : Whole(secondsNode, Join(phasePath, "seconds"), PhaseSeconds);
            if (name is not null && instruction is not null && seconds is not null)
            {
                phases.Add(new FlowPhase(name, instruction, seconds.Value));
            }
        }

        return _errors.Count == before ? new Flow(phases.AsReadOnly()) : null;
    }

    private StretchPrompts? ReadPrompts(Fields stretch, SideOrder? sides)
    {
        var node = Optional(stretch, "prompts");
        var path = Join(stretch.Path, "prompts");
        Fields? fields = null;
        if (node is not null)
        {
            fields = ReadFields(node, path, "the prompts", PromptFields, "hold, release, and for a sided stretch right-side and left-side");
            if (fields is null)
            {
                return null;
            }
        }

        var before = _errors.Count;
        var hold = fields is null ? null : OptionalText(fields, "hold");
        var release = fields is null ? null : OptionalText(fields, "release");
        var right = fields is null ? null : OptionalText(fields, "right-side");
        var left = fields is null ? null : OptionalText(fields, "left-side");

        if (sides is { } order)
        {
            var sided = order != SideOrder.None;
            foreach (var (key, text, side) in new[] { ("right-side", right, "right"), ("left-side", left, "left") })
            {
                if (sided && text is null)
                {
                    Error((YamlNode?)node ?? stretch.Node, Join(path, key),
                        $"This stretch is done on each side (sides: {EnumNames<SideOrder>.Name(order)}), so it needs a '{key}' prompt saying how to do it on the {side} side.");
                }
                else if (!sided && text is not null)
                {
                    Error(fields!.Entries[key].Value, Join(path, key),
                        $"'{key}' is only used when the stretch is done on each side. Remove it, or set dosage.sides to right-then-left or left-then-right.");
                }
            }
        }

        return _errors.Count == before
            ? new StretchPrompts(hold ?? DefaultHoldPrompt, release ?? DefaultReleasePrompt, right, left)
            : null;
    }

    private ReadOnlyCollection<Reference>? ReadReferences(Fields root)
    {
        var node = Optional(root, "references");
        if (node is null)
        {
            _definedReferences = [];
            return ReadOnlyCollection<Reference>.Empty;
        }

        var path = Join(root.Path, "references");
        var items = Items(node, path, "a list of references", allowSingle: false);
        if (items is null)
        {
            return null;
        }

        _definedReferences = [];

        var before = _errors.Count;
        var references = new List<Reference>();
        var numbers = new Dictionary<int, YamlNode>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var fields = ReadFields(items[i], itemPath, "a reference", ReferenceFields, "a reference with number, title and url");
            if (fields is null)
            {
                continue;
            }

            var numberNode = Required(fields, "number", "the number the text cites it by, e.g. 1");
            var number = numberNode is null ? null : Whole(numberNode, Join(itemPath, "number"), ReferenceNumber);
            if (number is { } n && numberNode is not null)
            {
                if (numbers.TryGetValue(n, out var first))
                {
                    Error(numberNode, Join(itemPath, "number"),
                        $"Reference number {n} is already used by the reference on line {first.Start.Line}. Give each reference its own number.");
                }
                else
                {
                    numbers[n] = numberNode;
                    _definedReferences.Add(n);
                }
            }

            var title = RequiredText(fields, "title", "a short description of the source");
            var url = ReadUrl(fields, itemPath);
            if (number is not null && title is not null && url is not null)
            {
                references.Add(new Reference(number.Value, title, url));
            }
        }

        return _errors.Count == before ? references.AsReadOnly() : null;
    }

    private Uri? ReadUrl(Fields reference, string path)
    {
        var text = RequiredText(reference, "url", "the source's web address, starting with https://");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(url.Host))
        {
            return url;
        }

        Error(reference.Entries["url"].Value, Join(path, "url"),
            $"\"{Shorten(text)}\" is not a web address. Expected a full address starting with https:// (or http://), e.g. https://www.example.org/page.");
        return null;
    }

    private void CheckCitations(HashSet<int> defined)
    {
        foreach (var citation in _citations.Where(c => !defined.Contains(c.Number)))
        {
            var known = defined.Count == 0
                ? "The file defines no references yet"
                : $"Defined numbers: {string.Join(", ", defined.Order())}";
            Error(citation.Node, citation.Path,
                $"Reference [{citation.Number}] is cited here but not defined. Add it under 'references:' (number, title, url), or correct the number. {known}.");
        }
    }

    // ---- shared field readers ---------------------------------------------------------------------------

    private string? ReadId(Fields fields, string expected, Dictionary<string, YamlNode> seen)
    {
        var id = RequiredText(fields, "id", expected);
        if (id is null)
        {
            return null;
        }

        var node = fields.Entries["id"].Value;
        var path = Join(fields.Path, "id");
        if (id.Length > 64 || !IdFormat().IsMatch(id))
        {
            Error(node, path,
                $"\"{Shorten(id)}\" is not a valid id. Use lower-case letters, digits and single hyphens (at most 64 characters), e.g. \"{Slug(id)}\".");
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            Error(node, path, $"The id \"{id}\" is already used on line {first.Start.Line}. Each id must be unique.");
            return null;
        }

        seen[id] = node;
        return id;
    }

    private ReadOnlyCollection<int>? ReadCitations(Fields fields)
    {
        var node = Optional(fields, "references");
        if (node is null)
        {
            return ReadOnlyCollection<int>.Empty;
        }

        var path = Join(fields.Path, "references");
        var items = Items(node, path, "a list of reference numbers, e.g. [1, 2]", allowSingle: true);
        if (items is null)
        {
            return null;
        }

        var numbers = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Whole(items[i], itemPath, ReferenceNumber) is { } number)
            {
                numbers.Add(number);
                _citations.Add(new Citation(number, items[i], itemPath));
            }
        }

        return numbers.Count == items.Count ? numbers.AsReadOnly() : null;
    }

    private ReadOnlyCollection<string>? ReadTextList(Fields fields, string key, string expected, bool required)
    {
        var node = required ? Required(fields, key, expected) : Optional(fields, key);
        if (node is null)
        {
            return required ? null : ReadOnlyCollection<string>.Empty;
        }

        var path = Join(fields.Path, key);
        var items = Items(node, path, $"a list of {key}", allowSingle: false);
        if (items is null)
        {
            return null;
        }

        if (required && items.Count == 0)
        {
            Error(node, path, $"The list of {key} is empty. Write {expected}, one '- ' line each.");
            return null;
        }

        var texts = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Text(items[i], $"{path}[{i}]", $"one of the {key}") is { } text)
            {
                texts.Add(text);
            }
        }

        return texts.Count == items.Count ? texts.AsReadOnly() : null;
    }

    private CountRange? Range(YamlNode node, string path, Quantity quantity)
    {
        switch (node)
        {
            case YamlScalarNode:
                return Whole(node, path, quantity) is { } exactly ? CountRange.Exactly(exactly) : null;
            case YamlMappingNode:
                var fields = ReadFields(node, path, "a range", RangeFields, "min and max");
                if (fields is null)
                {
                    return null;
                }

                var minNode = Required(fields, "min", $"the low end of {quantity.Noun}");
                var maxNode = Required(fields, "max", $"the high end of {quantity.Noun}");
                var min = minNode is null ? null : Whole(minNode, Join(path, "min"), quantity);
                var max = maxNode is null ? null : Whole(maxNode, Join(path, "max"), quantity);
                if (min is null || max is null)
                {
                    return null;
                }

                if (min > max)
                {
                    Error(minNode!, Join(path, "min"),
                        $"min ({min}) is greater than max ({max}). Put the smaller number in min, e.g. {{ min: {max}, max: {min} }}.");
                    return null;
                }

                return new CountRange(min.Value, max.Value);
            default:
                Error(node, path,
                    $"Expected {quantity.Noun} as a number (e.g. 10) or a range (e.g. {{ min: 5, max: 10 }}), found {Describe(node)}.");
                return null;
        }
    }

    private int? Whole(YamlNode node, string path, Quantity quantity)
    {
        var unit = quantity.Unit.Length > 0 ? " " + quantity.Unit : "";
        if (node is not YamlScalarNode { Value: { } text } || IsNull(node))
        {
            Error(node, path, $"Expected {quantity.Noun} as a whole number{WithUnit(quantity)}, found {Describe(node)}.");
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, path, $"Expected {quantity.Noun} as a whole number{WithUnit(quantity)}, found \"{Shorten(text)}\".{NumberHint(text.Trim())}");
            return null;
        }

        if (value < quantity.Min || value > quantity.Max)
        {
            var first = char.ToUpperInvariant(quantity.Noun[0]) + quantity.Noun[1..];
            Error(node, path, $"{first} must be from {quantity.Min} to {quantity.Max}{unit}; found {value}.");
            return null;
        }

        return value;
    }

    /// <summary>A hint for the usual ways of writing a number that the file format does not accept.</summary>
    private static string NumberHint(string text)
    {
        if (RangeText().Match(text) is { Success: true } range)
        {
            return $" For a range, write {{ min: {range.Groups[1].Value}, max: {range.Groups[2].Value} }}.";
        }

        if (NumberWithUnit().Match(text) is { Success: true } number)
        {
            return $" Write only the number, {number.Groups[1].Value}: the unit is implied.";
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? " Fractions and exponents are not allowed."
            : "";
    }

    private T? Name<T>(YamlNode node, string path, string what)
        where T : struct, Enum
    {
        if (node is YamlScalarNode { Value: { } text } && !IsNull(node))
        {
            if (EnumNames<T>.TryParse(text.Trim(), out var value))
            {
                return value;
            }

            var hint = text.Contains(',', StringComparison.Ordinal)
                ? $" To give more than one, write a list in square brackets, e.g. [{string.Join(", ", EnumNames<T>.All.Take(2))}]."
                : NameSuggester.Nearest(text, EnumNames<T>.All) is { } near ? $" Did you mean \"{near}\"?" : "";
            Error(node, path, $"Unknown {what} \"{Shorten(text)}\".{hint} Allowed: {Allowed<T>()}.");
            return null;
        }

        Error(node, path, $"Expected a {what} ({Allowed<T>()}), found {Describe(node)}.");
        return null;
    }

    private string? RequiredText(Fields fields, string key, string expected)
    {
        var node = Required(fields, key, expected);
        return node is null ? null : Text(node, Join(fields.Path, key), expected);
    }

    private string? OptionalText(Fields fields, string key)
    {
        var node = Optional(fields, key);
        return node is null ? null : Text(node, Join(fields.Path, key), key);
    }

    private string? Text(YamlNode node, string path, string expected)
    {
        if (node is YamlScalarNode scalar && !IsNull(node))
        {
            var text = Normalise(scalar.Value ?? "");
            if (text.Length == 0)
            {
                Error(node, path, $"This is empty. Expected {expected}.");
                return null;
            }

            // Control and direction-override characters could rewrite a terminal screen or reorder what a
            // reader sees; text is shown to people, so it may not contain them.
            var hidden = text.AsSpan().IndexOfAny(HiddenCharacters);
            if (hidden >= 0)
            {
                Error(node, path,
                    $"The text contains an invisible control character (U+{(int)text[hidden]:X4}). Remove it; text may contain only visible characters and spaces.");
                return null;
            }

            _textLocations[path] = (YamlPreflight.ToInt(node.Start.Line), YamlPreflight.ToInt(node.Start.Column));
            return text;
        }

        Error(node, path, IsNull(node) ? $"This is empty. Expected {expected}." : $"Expected {expected} as text, found {Describe(node)}.");
        return null;
    }

    // ---- structure --------------------------------------------------------------------------------------

    private Fields? ReadFields(YamlNode node, string path, string what, string[] known, string expected)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, path, $"Expected {expected}, found {Describe(node)}.");
            return null;
        }

        var entries = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || string.IsNullOrWhiteSpace(name))
            {
                Error(key, path, $"Field names in {what} must be plain words such as '{known[0]}', found {Describe(key)}.");
                continue;
            }

            if (Array.IndexOf(known, name) < 0)
            {
                var hint = NameSuggester.Nearest(name, known) is { } near ? $" Did you mean '{near}'?" : "";
                Error(key, Join(path, name), $"Unknown field '{Shorten(name)}' in {what}.{hint} Known fields: {string.Join(", ", known)}.");
                continue;
            }

            entries[name] = (key, value);
        }

        return new Fields(mapping, path, entries);
    }

    private YamlNode? Required(Fields fields, string key, string expected)
    {
        if (!fields.Entries.TryGetValue(key, out var entry))
        {
            Error(fields.Node, Join(fields.Path, key), $"The required field '{key}' is missing. Expected {expected}.");
            return null;
        }

        if (IsNull(entry.Value))
        {
            Error(entry.Key, Join(fields.Path, key), $"'{key}' is empty. Expected {expected}.");
            return null;
        }

        return entry.Value;
    }

    private static YamlNode? Optional(Fields fields, string key) =>
        fields.Entries.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;

    private List<YamlNode>? Items(YamlNode node, string path, string expected, bool allowSingle)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            case YamlScalarNode when allowSingle:
                return [node];
            default:
                Error(node, path, $"Expected {expected} (one '- ' line per item, or [a, b]), found {Describe(node)}.");
                return null;
        }
    }

    private void Error(YamlNode node, string path, string message) =>
        _errors.Add(new ProgrammeError(_file, YamlPreflight.ToInt(node.Start.Line), YamlPreflight.ToInt(node.Start.Column), path, message));

    // ---- small helpers ----------------------------------------------------------------------------------

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Join(string path, string key) => YamlPreflight.Join(path, key);

    private static string Allowed<T>()
        where T : struct, Enum => string.Join(", ", EnumNames<T>.All);

    /// <summary>"of seconds" for durations; counts ("a whole number of repetitions") read better without it.</summary>
    private static string WithUnit(Quantity quantity) => quantity.Unit == "seconds" ? $" of {quantity.Unit}" : "";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a group of fields (name: value)",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"\"{Shorten(scalar.Value ?? "")}\"",
        _ => "something else",
    };

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 40 ? oneLine : oneLine[..37] + "...";
    }

    /// <summary>Collapses the line breaks and runs of spaces a block scalar may leave.</summary>
    private static string Normalise(string text) => Whitespace().Replace(text.Trim(), " ");


    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "my-stretch" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdFormat();

    [GeneratedRegex(@"^(\d+)\s*(?:-|–|—|to)\s*(\d+)(?:\s*[a-z]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangeText();

    [GeneratedRegex(@"^(\d+)\s*(?:s|sec|secs|second|seconds|x|times|reps?|repetitions?|sets?)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    private sealed record Fields(YamlMappingNode Node, string Path, Dictionary<string, (YamlNode Key, YamlNode Value)> Entries);

    private sealed record Topic(string Id, string Name, string Description, IReadOnlyList<int> References);

    private sealed record Citation(int Number, YamlNode Node, string Path);

    /// <summary>What a number means, for messages, and the values it may take.</summary>
    private sealed record Quantity(string Noun, string Unit, int Min, int Max);
}
