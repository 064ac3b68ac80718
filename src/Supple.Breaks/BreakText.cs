using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Breaks;

/// <summary>What the desk-break loop says, formatted from the job's <see cref="BreakWords"/> for their culture.</summary>
internal sealed class BreakText(BreakWords words)
{
    private readonly CultureInfo _culture = words.FormatCulture();

    /// <summary>The words themselves (for the texts that take no arguments).</summary>
    public BreakWords Words => words;

    /// <summary>The culture the texts are formatted for (day names of a pause).</summary>
    public CultureInfo Culture => _culture;

    public string Format(string pattern, params IReadOnlyList<(string Name, object? Value)> arguments) =>
        MessageFormat.Format(pattern, _culture, arguments);

    public string Saved(BreakRecord record) => Format(record.End switch
    {
        BreakRecord.Hurt => words.SavedHurt,
        BreakRecord.Played => words.SavedPlayed,
        _ => words.SavedStopped,
    });

    public string NotSavedYet(string reason) => Format(words.NotSavedYet, ("reason", reason));

    public string CouldNotSave(int count, string reason) => Format(words.CouldNotSave, ("count", count), ("reason", reason));
}
