using System.Globalization;

namespace Supple.Core.Content;

/// <summary>
/// A programme as its file writes it: the texts keep their placeholders (<c>{hold}</c>, <c>{reps}</c>, <c>{sets}</c>,
/// <c>{seconds}</c>) and remember their lines. Translations are checked against it and rendered from it;
/// <see cref="English"/> is the programme the doors show when no translation applies.
/// </summary>
public sealed class ProgrammeTemplate
{
    /// <summary>How English writes a range in running text.</summary>
    public const string EnglishRangePattern = "{min} to {max}";

    private readonly Dictionary<string, ProgrammeText> _byKey;

    internal ProgrammeTemplate(string fileName, Programme source, IReadOnlyDictionary<string, (int Line, int Column)> locations)
    {
        FileName = fileName;
        Source = source;
        Locations = locations;
        var texts = new List<ProgrammeText>();
        ProgrammeTexts.Visit(source, (slot, text) =>
        {
            // Texts the file leaves to a default (a stretch's hold or release prompt) are not the file's own.
            if (locations.TryGetValue(slot.Path, out var at))
            {
                texts.Add(new ProgrammeText(slot.Key, text, at.Line, at.Column));
            }
        });
        Texts = texts.AsReadOnly();
        _byKey = texts.ToDictionary(t => t.Key, StringComparer.Ordinal);
        English = Render(source, (_, text) => text, EnglishRangePattern, CultureInfo.InvariantCulture);
    }

    /// <summary>The file's name as given (or <c>built-in</c>), for messages.</summary>
    public string FileName { get; }

    /// <summary>Every text the file gives, in the order a translation lists them, with its key and line.</summary>
    public IReadOnlyList<ProgrammeText> Texts { get; }

    /// <summary>The programme in English, placeholders filled in: what <see cref="ProgrammeLoader.Parse"/> returns.</summary>
    public Programme English { get; }

    /// <summary>The programme with placeholders unfilled.</summary>
    internal Programme Source { get; }

    /// <summary>Where each of the file's own texts is (line, column), by its path.</summary>
    internal IReadOnlyDictionary<string, (int Line, int Column)> Locations { get; }

    /// <summary>The text the file gives under <paramref name="key"/>, or <c>null</c> (unknown key, or left to a default).</summary>
    public ProgrammeText? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// A copy of <paramref name="source"/> with each text replaced by <paramref name="text"/>'s answer and its
    /// placeholders filled in from the dosage, numbers formatted for <paramref name="culture"/>.
    /// </summary>
    internal static Programme Render(Programme source, Func<ProgrammeTextSlot, string, string> text, string rangePattern, CultureInfo culture) =>
        ProgrammeTexts.Map(source, (slot, original) => Placeholders.Render(text(slot, original), slot, rangePattern, culture));
}
