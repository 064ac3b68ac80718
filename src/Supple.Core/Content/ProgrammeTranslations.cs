using System.Collections.Concurrent;
using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Core.Content;

/// <summary>
/// The translations of one programme, found by language and read only when a language is first asked for (the
/// English programme needs none, a German one only <c>programme.de.yaml</c>), then kept. <see cref="For"/> gives
/// the programme in a culture with English for every text its translation lacks.
/// </summary>
public sealed class ProgrammeTranslations
{
    /// <summary>A translation file found for a language: its text and the name to use in messages.</summary>
    /// <param name="Text">The file's text.</param>
    /// <param name="FileName">Its name, for messages.</param>
    public sealed record File(string Text, string FileName);

    // The built-in translations are compiled in (BuiltInTranslationsData.g.cs): reading them from YAML cost every command
    // in another language 30–40 ms of CPU (docs/PERFORMANCE.md). The embedded files stay the source.
    private static readonly Lazy<ProgrammeTranslations> BuiltInTranslations = new(() => new ProgrammeTranslations(
        BuiltInProgramme.Template,
        language => BuiltInProgramme.ReadResource($"Supple.Core.Content.programme.{language}.yaml") is { } text
            ? new File(text, $"programme.{language}.yaml")
            : null)
    {
        Compiled = BuiltInTranslationsData.Find,
    });

    private readonly Func<string, File?> _find;
    private readonly ProgrammeTranslations? _shared;
    private readonly ConcurrentDictionary<string, ProgrammeTranslation?> _translations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, LocalizedProgramme> _localized = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Translations compiled in, tried before <c>find</c>'s files (the built-in ones only); set once, at construction.</summary>
    private Func<string, ProgrammeTranslation?>? Compiled { get; init; }

    /// <summary>Translations of <paramref name="template"/>, found by <paramref name="find"/>.</summary>
    /// <param name="template">The programme, as its file writes it.</param>
    /// <param name="find">The translation file for a language tag (exactly as given, e.g. <c>de</c> or <c>pt-BR</c>), or <c>null</c> when there is none.</param>
    /// <param name="shared">Translations whose shared words (positions, props, default prompts, ranges) stand in for those a translation here lacks: the built-in programme's, for a custom programme.</param>
    public ProgrammeTranslations(ProgrammeTemplate template, Func<string, File?> find, ProgrammeTranslations? shared = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(find);
        Template = template;
        _find = find;
        _shared = shared;
    }

    /// <summary>The built-in programme's translations (embedded <c>programme.LANG.yaml</c> resources).</summary>
    public static ProgrammeTranslations BuiltIn => BuiltInTranslations.Value;

    /// <summary>The programme translated.</summary>
    public ProgrammeTemplate Template { get; }

    /// <summary>
    /// The programme in <paramref name="culture"/>: the translation of the culture or of its nearest parent
    /// (<c>de-AT</c>, then <c>de</c>), English for every text it does not give; the invariant culture and a culture
    /// without a translation give English. Built once per culture.
    /// </summary>
    /// <exception cref="ProgrammeValidationException">The translation file found is broken (not merely partial).</exception>
    public LocalizedProgramme For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return _localized.GetOrAdd(culture.Name, _ => Build(culture));
    }

    /// <summary>The translation into exactly <paramref name="language"/>, or <c>null</c> when there is none (no parent is tried).</summary>
    /// <exception cref="ProgrammeValidationException">The file is broken.</exception>
    public ProgrammeTranslation? Find(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _translations.GetOrAdd(language, Load);
    }

    private ProgrammeTranslation? Load(string language)
    {
        if (Compiled?.Invoke(language) is { } compiled)
        {
            return compiled;
        }

        if (_find(language) is not { } file)
        {
            return null;
        }

        return ProgrammeTranslation.Parse(Template, file.Text, file.FileName, language, _shared?.FindNearest(language));
    }

    /// <summary>The translation of <paramref name="language"/> or of its nearest parent language.</summary>
    private ProgrammeTranslation? FindNearest(string language)
    {
        for (var tag = language; tag.Length > 0; tag = ParentTag(tag))
        {
            if (Find(tag) is { } translation)
            {
                return translation;
            }
        }

        return null;
    }

    private LocalizedProgramme Build(CultureInfo culture)
    {
        if (PseudoLocale.Is(culture))
        {
            return Pseudo(culture);
        }

        var translation = culture.Name.Length == 0 ? null : FindNearest(culture.Name);
        if (translation is null)
        {
            return new LocalizedProgramme(Template.English, Template.English, culture, "en", ContentVocabulary.English);
        }

        // Shared words: this translation's, else the shared (built-in) translation's into the same language, else English.
        var shared = _shared?.FindNearest(translation.Language)?.Texts;
        var vocabulary = new Dictionary<string, string>(ContentVocabulary.English, StringComparer.Ordinal);
        foreach (var key in ContentVocabulary.English.Keys)
        {
            if (translation.Texts.TryGetValue(key, out var own))
            {
                vocabulary[key] = own;
            }
            else if (shared is not null && shared.TryGetValue(key, out var borrowed))
            {
                vocabulary[key] = borrowed;
            }
        }

        var programme = ProgrammeTemplate.Render(Template.Source, (slot, english) => Text(translation, vocabulary, slot, english),
            vocabulary[ContentVocabulary.RangeKey], culture);
        return new LocalizedProgramme(programme, Template.English, culture, translation.Language, vocabulary);
    }

    /// <summary>The translated text of a slot; a stretch's default prompt takes the language's default prompt.</summary>
    private string Text(ProgrammeTranslation translation, Dictionary<string, string> vocabulary, ProgrammeTextSlot slot, string english)
    {
        if (translation.Texts.TryGetValue(slot.Key, out var text))
        {
            return text;
        }

        if (Template.Find(slot.Key) is null && slot.Stretch is not null)
        {
            if (slot.Key.EndsWith(".prompts.hold", StringComparison.Ordinal))
            {
                return vocabulary[ContentVocabulary.HoldPromptKey];
            }

            if (slot.Key.EndsWith(".prompts.release", StringComparison.Ordinal))
            {
                return vocabulary[ContentVocabulary.ReleasePromptKey];
            }
        }

        return english;
    }

    /// <summary>The pseudo-locale, generated from the English: every text and shared word transformed, placeholders kept.</summary>
    private LocalizedProgramme Pseudo(CultureInfo culture)
    {
        var vocabulary = ContentVocabulary.English.ToDictionary(p => p.Key, p => PseudoLocale.Transform(p.Value), StringComparer.Ordinal);
        vocabulary[ContentVocabulary.RangeKey] = PseudoLocale.Accent(ContentVocabulary.English[ContentVocabulary.RangeKey]);
        var programme = ProgrammeTemplate.Render(Template.Source, (_, english) => PseudoLocale.Transform(english),
            vocabulary[ContentVocabulary.RangeKey], culture);
        return new LocalizedProgramme(programme, Template.English, culture, PseudoLocale.Name, vocabulary);
    }

    private static string ParentTag(string tag)
    {
        var cut = tag.LastIndexOf('-');
        return cut < 0 ? "" : tag[..cut];
    }
}
