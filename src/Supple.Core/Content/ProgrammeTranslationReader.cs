using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Supple.Core.Content;

/// <summary>
/// Reads a translation file against the programme it translates, recording every problem with its line, column and
/// key. A missing entry is recorded apart from the rest: a partial translation can still be used (each missing text
/// shows in English), but nothing else wrong is let through. The format is described in <c>docs/TRANSLATING.md</c>.
/// </summary>
internal sealed partial class ProgrammeTranslationReader
{
    private static readonly string[] RootFields =
        ["language", "range", "title", "source", "daily-advice", "stop-rule", "closing-advice", "disclaimer", "positions", "props", "prompts", "causes", "benefits", "stretches"];
    private static readonly string[] TopFields = ["title", "source", "daily-advice", "stop-rule", "closing-advice", "disclaimer"];
    private static readonly string[] TopicFields = ["name", "description"];
    private static readonly string[] StretchFields = ["name", "summary", "setup", "steps", "cues", "prompts", "flow"];
    private static readonly string[] PromptFields = ["hold", "release", "right-side", "left-side"];
    private static readonly string[] DefaultPromptFields = ["hold", "release"];
    private static readonly string[] PhaseFields = ["name", "instruction"];

    private static readonly System.Buffers.SearchValues<char> HiddenCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
            '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    private readonly string _file;
    private readonly ProgrammeTemplate _english;
    private readonly IReadOnlyDictionary<string, string>? _vocabularyFallback;
    private readonly List<ProgrammeError> _errors = [];
    private readonly List<ProgrammeError> _missing = [];
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>For each key prefix read (a section, a stretch, a list), the node that holds it: where a missing entry is reported.</summary>
    private readonly Dictionary<string, YamlNode> _groups = new(StringComparer.Ordinal);

    public ProgrammeTranslationReader(string file, ProgrammeTemplate english, IReadOnlyDictionary<string, string>? vocabularyFallback)
    {
        _file = file;
        _english = english;
        _vocabularyFallback = vocabularyFallback;
    }

    /// <summary>Problems other than missing entries.</summary>
    public List<ProgrammeError> Errors => _errors;

    /// <summary>Entries the English has and the translation does not.</summary>
    public List<ProgrammeError> Missing => _missing;

    /// <summary>The language the file declares, once read.</summary>
    public string? Language { get; private set; }

    /// <summary>The translated texts by key, including the vocabulary (<see cref="ContentVocabulary"/>).</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    public void Read(YamlNode root, string? expectedLanguage)
    {
        if (root is not YamlMappingNode mapping)
        {
            Error(root, "(root)", $"Expected the translation's fields (language:, title:, stretches: and so on) at the top level, found {Describe(root)}.");
            return;
        }

        _groups[""] = root;
        var fields = Fields(mapping, "", "a translation file", RootFields);
        ReadLanguage(mapping, fields, expectedLanguage);
        foreach (var key in TopFields)
        {
            if (fields.TryGetValue(key, out var node))
            {
                ReadText(node, key);
            }
        }

        if (fields.TryGetValue("range", out var range))
        {
            ReadText(range, ContentVocabulary.RangeKey);
        }

        if (fields.TryGetValue("positions", out var positions))
        {
            ReadNames<Position>(positions, "positions", "position");
        }

        if (fields.TryGetValue("props", out var props))
        {
            ReadNames<Prop>(props, "props", "prop");
        }

        if (fields.TryGetValue("prompts", out var prompts) && Mapping(prompts, "prompts", "the prompts a stretch without its own uses (hold, release)") is { } promptMap)
        {
            foreach (var (name, node) in Fields(promptMap, "prompts", "the default prompts", DefaultPromptFields))
            {
                ReadText(node, $"prompts.{name}");
            }
        }

        ReadTopics(fields, "causes", "cause", _english.Source.Causes.Select(c => c.Id));
        ReadTopics(fields, "benefits", "benefit", _english.Source.Benefits.Select(b => b.Id));
        ReadStretches(fields);
        CheckComplete();
    }

    private void ReadLanguage(YamlMappingNode root, Dictionary<string, YamlNode> fields, string? expected)
    {
        if (!fields.TryGetValue("language", out var node))
        {
            Error(root, "language", "The required field 'language' is missing. Expected the language this file translates into, as a language tag such as de, es, fr or pt-BR.");
            return;
        }

        if (node is not YamlScalarNode { Value: { } tag } || !LanguageTag().IsMatch(tag.Trim()))
        {
            Error(node, "language", $"Expected a language tag such as de, es, fr or pt-BR, found {Describe(node)}.");
            return;
        }

        tag = tag.Trim();
        if (expected is not null && !string.Equals(tag, expected, StringComparison.OrdinalIgnoreCase))
        {
            Error(node, "language", $"The file says language: {tag}, but its name says {expected}. Make them agree (a German translation of my-routine.yaml is my-routine.de.yaml with language: de).");
        }

        Language = tag;
    }

    private void ReadNames<T>(YamlNode node, string section, string what)
        where T : struct, Enum
    {
        if (Mapping(node, section, $"the {section}' names, one '{EnumNames<T>.All[0]}: …' line each") is not { } mapping)
        {
            return;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!EnumNames<T>.TryParse(name, out _))
            {
                var hint = NameSuggester.Nearest(name, EnumNames<T>.All) is { } near ? $" Did you mean '{near}'?" : "";
                Error(keyNode, $"{section}.{name}", $"Unknown {what} '{Shorten(name)}'.{hint} Known: {string.Join(", ", EnumNames<T>.All)}.");
                continue;
            }

            ReadText(value, $"{section}.{name}");
        }
    }

    private void ReadTopics(Dictionary<string, YamlNode> fields, string section, string what, IEnumerable<string> ids)
    {
        if (!fields.TryGetValue(section, out var node) || Mapping(node, section, $"the {section}, by id") is not { } mapping)
        {
            return;
        }

        var known = ids.ToList();
        foreach (var (idNode, value) in mapping.Children)
        {
            var id = (idNode as YamlScalarNode)?.Value ?? "";
            var key = $"{section}.{id}";
            if (!known.Contains(id, StringComparer.Ordinal))
            {
                Unknown(idNode, key, what, id, known);
                continue;
            }

            if (Mapping(value, key, $"the {what}'s name and description") is { } topic)
            {
                foreach (var (name, text) in Fields(topic, key, $"a {what}", TopicFields))
                {
                    ReadText(text, $"{key}.{name}");
                }
            }
        }
    }

    private void ReadStretches(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("stretches", out var node) || Mapping(node, "stretches", "the stretches, by id") is not { } mapping)
        {
            return;
        }

        var known = _english.Source.Stretches.Select(s => s.Id).ToList();
        foreach (var (idNode, value) in mapping.Children)
        {
            var id = (idNode as YamlScalarNode)?.Value ?? "";
            var key = $"stretches.{id}";
            if (_english.Source.FindStretch(id) is not { } stretch)
            {
                Unknown(idNode, key, "stretch", id, known);
                continue;
            }

            if (Mapping(value, key, "the stretch's texts (name, summary, setup, steps and so on)") is not { } texts)
            {
                continue;
            }

            foreach (var (name, field) in Fields(texts, key, "a stretch", StretchFields))
            {
                var fieldKey = $"{key}.{name}";
                switch (name)
                {
                    case "steps":
                        ReadList(field, fieldKey, stretch.Steps.Count, "steps");
                        break;
                    case "cues":
                        ReadList(field, fieldKey, stretch.Cues.Count, "cues");
                        break;
                    case "prompts":
                        if (Mapping(field, fieldKey, "the stretch's prompts (hold, release, right-side, left-side)") is { } prompts)
                        {
                            foreach (var (prompt, text) in Fields(prompts, fieldKey, "the prompts", PromptFields))
                            {
                                ReadText(text, $"{fieldKey}.{prompt}");
                            }
                        }

                        break;
                    case "flow":
                        ReadFlow(field, fieldKey, stretch.Dosage.Flow?.Phases.Count ?? 0);
                        break;
                    default:
                        ReadText(field, fieldKey);
                        break;
                }
            }
        }
    }

    private void ReadList(YamlNode node, string key, int englishCount, string what)
    {
        if (node is not YamlSequenceNode list)
        {
            Error(node, key, $"Expected the {what} as a list (one '- ' line each, as in the English), found {Describe(node)}.");
            return;
        }

        _groups[key] = node;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemKey = string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]");
            if (i >= englishCount)
            {
                Error(list.Children[i], itemKey,
                    $"The English has {englishCount} {what} here and this is number {i + 1}. Translate each English line as one line, in the same order; remove this one or merge it into the one before.");
                continue;
            }

            ReadText(list.Children[i], itemKey);
        }
    }

    private void ReadFlow(YamlNode node, string key, int englishCount)
    {
        if (englishCount == 0)
        {
            Error(node, key, "This stretch is held, not flowing, so it has no flow phases to translate. Remove 'flow'.");
            return;
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, key, $"Expected the flow phases as a list (one '- name: …' entry per phase, in the English order), found {Describe(node)}.");
            return;
        }

        _groups[key] = node;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var phaseKey = string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]");
            if (i >= englishCount)
            {
                Error(list.Children[i], phaseKey, $"The English flow has {englishCount} phases and this is number {i + 1}. Remove it.");
                continue;
            }

            if (Mapping(list.Children[i], phaseKey, "a phase's name and instruction") is { } phase)
            {
                foreach (var (name, text) in Fields(phase, phaseKey, "a flow phase", PhaseFields))
                {
                    ReadText(text, $"{phaseKey}.{name}");
                }
            }
        }
    }

    /// <summary>Reads one text and checks it against the English text it translates.</summary>
    private void ReadText(YamlNode node, string key)
    {
        var english = EnglishText(key);
        if (english is null)
        {
            Error(node, key, $"The English gives no text here ({key}), so there is nothing to translate. Remove it.");
            return;
        }

        if (node is not YamlScalarNode { Value: { } raw } || IsNull(node))
        {
            Error(node, key, IsNull(node)
                ? "This is empty. Write the translation, or leave the line out to show the English."
                : $"Expected the translation as text, found {Describe(node)}.");
            return;
        }

        var text = Whitespace().Replace(raw.Trim(), " ");
        if (text.Length == 0)
        {
            Error(node, key, "This is empty. Write the translation, or leave the line out to show the English.");
            return;
        }

        var hidden = text.AsSpan().IndexOfAny(HiddenCharacters);
        if (hidden >= 0)
        {
            Error(node, key, $"The text contains an invisible control character (U+{(int)text[hidden]:X4}). Remove it; text may contain only visible characters and spaces.");
            return;
        }

        var before = _errors.Count;
        CheckPlaceholders(node, key, text, english);
        CheckNumbers(node, key, text, english);
        if (_errors.Count == before)
        {
            _texts[key] = text;
        }
    }

    private void CheckPlaceholders(YamlNode node, string key, string text, string english)
    {
        var parts = Placeholders.Parse(text, out var problem);
        if (problem is not null)
        {
            Error(node, key, "The text " + problem);
            return;
        }

        var mine = parts.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        var theirs = RangePlaceholders(key) ?? Placeholders.Names(english);
        foreach (var name in theirs.Except(mine, StringComparer.Ordinal))
        {
            Error(node, key,
                $"The placeholder {{{name}}} is missing. The English (\"{Shorten(english, 60)}\") shows {Meaning(name)} there; keep {{{name}}} where the number goes.");
        }

        foreach (var name in mine.Except(theirs, StringComparer.Ordinal))
        {
            var allowed = theirs.Count == 0 ? "The English text has none." : $"The English has {string.Join(", ", theirs.Select(t => "{" + t + "}"))}.";
            Error(node, key, $"The placeholder {{{name}}} is not in the English text, so it has no value here. {allowed}");
        }
    }

    /// <summary>Numbers come from the programme, never from a translation: no digits or number words the English does not have.</summary>
    private void CheckNumbers(YamlNode node, string key, string text, string english)
    {
        var englishNumbers = Digits().Matches(english).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var number in Digits().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            if (!englishNumbers.Contains(number))
            {
                Error(node, key, $"The text writes the number {number}, which the English does not have. {NumberAdvice(key, number, english)}");
                return;
            }
        }

        // Words are checked where the English has a dosage placeholder, which is where a number would be spelt out;
        // elsewhere a number word is usually an idiom ("a cuatro patas", "à quatre pattes": on hands and knees).
        if (Language is null || !NumberWords.Knows(Language) || Placeholders.Names(english).Count == 0)
        {
            return;
        }

        var words = NumberWords.Find(text, Language);
        if (words.Count > NumberWords.Find(english, "en").Count)
        {
            Error(node, key, $"The text writes a number as a word (\"{words[0]}\"), which the English does not. {NumberAdvice(key, null, english)}");
        }
    }

    private string NumberAdvice(string key, string? number, string english)
    {
        var placeholders = Placeholders.Names(english);
        if (placeholders.Count == 0)
        {
            return "Dosage numbers come from the programme, not from its text; write what the English says.";
        }

        var match = number is not null && StretchOf(key) is { } stretch
            ? placeholders.FirstOrDefault(p => ValuesOf(stretch, p).Contains(number))
            : null;
        return match is not null
            ? $"It is the stretch's {Meaning(match)}: write {{{match}}} as the English does, so the number comes from the dosage."
            : $"Where the English has {string.Join(", ", placeholders.Select(p => "{" + p + "}"))}, keep the placeholder: the number comes from the dosage.";
    }

    private static IEnumerable<string> ValuesOf(Stretch stretch, string placeholder)
    {
        var range = placeholder switch
        {
            Placeholders.Hold => stretch.Dosage.Hold,
            Placeholders.Reps => stretch.Dosage.Reps,
            Placeholders.Sets => stretch.Dosage.Sets,
            _ => null,
        };
        return range is null ? [] : [range.Min.ToString(CultureInfo.InvariantCulture), range.Max.ToString(CultureInfo.InvariantCulture)];
    }

    private static string Meaning(string placeholder) => placeholder switch
    {
        Placeholders.Hold => "hold time",
        Placeholders.Reps => "number of repetitions",
        Placeholders.Sets => "number of sets",
        Placeholders.Seconds => "phase's length in seconds",
        "min" => "low end of a range",
        "max" => "high end of a range",
        _ => $"value of {{{placeholder}}}",
    };

    /// <summary>The range pattern's placeholders are {min} and {max}; other keys take the English text's.</summary>
    private static List<string>? RangePlaceholders(string key) =>
        key == ContentVocabulary.RangeKey ? ["min", "max"] : null;

    /// <summary>The English text a key translates, or <c>null</c> when the English has none there.</summary>
    private string? EnglishText(string key) =>
        _english.Find(key)?.Text ?? ContentVocabulary.English.GetValueOrDefault(key);

    private Stretch? StretchOf(string key) =>
        key.StartsWith("stretches.", StringComparison.Ordinal) && key.Split('.', 3) is [_, var id, ..] ? _english.Source.FindStretch(id) : null;

    /// <summary>Reports each English text, and each word of the vocabulary the programme needs, that the file does not give.</summary>
    private void CheckComplete()
    {
        foreach (var text in _english.Texts)
        {
            if (!_texts.ContainsKey(text.Key) && !HasError(text.Key))
            {
                Missed(text.Key, $"The translation of {text.Key} is missing (English, {_english.FileName}:{text.Line}: \"{Shorten(text.Text, 60)}\"). Until it is given, the English shows.");
            }
        }

        foreach (var key in VocabularyNeeded())
        {
            if (!_texts.ContainsKey(key) && _vocabularyFallback?.ContainsKey(key) != true && !HasError(key))
            {
                Missed(key, $"The translation of {key} is missing (English: \"{ContentVocabulary.English[key]}\"). Until it is given, the English shows.");
            }
        }
    }

    /// <summary>The vocabulary the programme uses: its positions and props, a range pattern, and the default prompts when a stretch leaves one out.</summary>
    private IEnumerable<string> VocabularyNeeded()
    {
        var programme = _english.Source;
        var keys = new List<string> { ContentVocabulary.RangeKey };
        keys.AddRange(programme.Stretches.SelectMany(s => s.Positions).Distinct().Order().Select(ContentVocabulary.PositionKey));
        keys.AddRange(programme.Stretches.SelectMany(s => s.Props).SelectMany(p => p.AnyOf).Distinct().Order().Select(ContentVocabulary.PropKey));
        foreach (var stretch in programme.Stretches)
        {
            if (_english.Find(ProgrammeTexts.StretchKey(stretch.Id, "prompts.hold")) is null)
            {
                keys.Add(ContentVocabulary.HoldPromptKey);
            }

            if (_english.Find(ProgrammeTexts.StretchKey(stretch.Id, "prompts.release")) is null)
            {
                keys.Add(ContentVocabulary.ReleasePromptKey);
            }
        }

        return keys.Distinct(StringComparer.Ordinal);
    }

    private bool HasError(string key) => _errors.Any(e => e.Field == key);

    private void Missed(string key, string message)
    {
        // Reported where it belongs: the stretch or section that should hold it when the file has one, else the top.
        var node = _groups[""];
        for (var prefix = key; prefix.Length > 0; prefix = Parent(prefix))
        {
            if (_groups.TryGetValue(prefix, out var group))
            {
                node = group;
                break;
            }
        }

        _missing.Add(new ProgrammeError(_file, YamlPreflight.ToInt(node.Start.Line), YamlPreflight.ToInt(node.Start.Column), key, message));
    }

    private static string Parent(string key)
    {
        var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
        return cut < 0 ? "" : key[..cut];
    }

    private void Unknown(YamlNode idNode, string key, string what, string id, List<string> known)
    {
        var hint = NameSuggester.Nearest(id, known) is { } near ? $" Did you mean '{near}'?" : "";
        Error(idNode, key, $"The programme has no {what} '{Shorten(id)}' ({_english.FileName}).{hint} Translations are keyed by the programme's ids: {string.Join(", ", known)}.");
    }

    // ---- structure --------------------------------------------------------------------------------------

    private YamlMappingNode? Mapping(YamlNode node, string key, string expected)
    {
        if (node is YamlMappingNode mapping)
        {
            _groups[key] = node;
            return mapping;
        }

        Error(node, key, $"Expected {expected}, as 'name: text' lines indented under it, found {Describe(node)}.");
        return null;
    }

    /// <summary>The fields of <paramref name="mapping"/> that are known; unknown ones are reported.</summary>
    private Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string key, string what, string[] known)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var fieldKey = key.Length == 0 ? name : $"{key}.{name}";
            if (Array.IndexOf(known, name) < 0)
            {
                var hint = NameSuggester.Nearest(name, known) is { } near ? $" Did you mean '{near}'?" : "";
                Error(keyNode, fieldKey, $"Unknown field '{Shorten(name)}' in {what}.{hint} Known fields: {string.Join(", ", known)}.");
                continue;
            }

            if (IsNull(value))
            {
                continue;
            }

            fields[name] = value;
        }

        return fields;
    }

    private void Error(YamlNode node, string key, string message) =>
        _errors.Add(new ProgrammeError(_file, YamlPreflight.ToInt(node.Start.Line), YamlPreflight.ToInt(node.Start.Column), key, message));

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a group of fields (name: value)",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"\"{Shorten(scalar.Value ?? "")}\"",
        _ => "something else",
    };

    private static string Shorten(string text, int max = 40)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 3)] + "...";
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
