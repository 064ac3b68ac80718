using System.Globalization;

namespace Supple.Core.Content;

/// <summary>
/// A programme in one language: every text translated where the translation gives it and in English where it does
/// not, string by string (never an id), with the dosage numbers filled in and formatted for the culture. Ids,
/// dosage, references and everything else are the programme's own, so sessions, plans and history work the same
/// in every language.
/// </summary>
public sealed class LocalizedProgramme
{
    private readonly IReadOnlyDictionary<string, string> _vocabulary;

    internal LocalizedProgramme(Programme programme, Programme original, CultureInfo culture, string language, IReadOnlyDictionary<string, string> vocabulary)
    {
        Programme = programme;
        Original = original;
        Culture = culture;
        Language = language;
        _vocabulary = vocabulary;
    }

    /// <summary>The programme with its texts in <see cref="Language"/> (English where the translation has none).</summary>
    public Programme Programme { get; }

    /// <summary>
    /// The programme untranslated, in its file's own language (English for the built-in one): what records and stored
    /// names refer to, so that history does not depend on the language it was written in.
    /// </summary>
    public Programme Original { get; }

    /// <summary>The culture asked for; it formats the numbers.</summary>
    public CultureInfo Culture { get; }

    /// <summary>
    /// The language of the translation that was used (<c>de</c> for a culture <c>de-AT</c>), <c>qps-ploc</c> for the
    /// pseudo-locale, or <c>en</c> when no translation applied.
    /// </summary>
    public string Language { get; }

    /// <summary>How a position reads: "on hands and knees", "im Vierfüßlerstand".</summary>
    public string PositionName(Position position) => Word(ContentVocabulary.PositionKey(position));

    /// <summary>How a prop reads: "a foam roller", "eine Schaumstoffrolle".</summary>
    public string PropName(Prop prop) => Word(ContentVocabulary.PropKey(prop));

    /// <summary>A range as it reads in running text: "5 to 10", "5 bis 10"; a single value alone: "20".</summary>
    public string Range(CountRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Placeholders.Range(range, Word(ContentVocabulary.RangeKey), Culture);
    }

    private string Word(string key) => _vocabulary.TryGetValue(key, out var text) ? text : ContentVocabulary.English[key];
}
