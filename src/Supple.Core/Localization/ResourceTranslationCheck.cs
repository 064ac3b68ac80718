using System.Collections;
using System.Globalization;
using System.Resources;

namespace Supple.Core.Localization;

/// <summary>
/// Checks the translations of a set of interface strings (a .resx file and its <c>.LANG.resx</c> siblings, as
/// compiled into a <see cref="ResourceManager"/>) against the English: every message well formed, no key the English
/// lacks, the same arguments, plural branches the language has. A key a translation lacks is reported apart: the
/// English shows for it, so it is a gap to fill, not a fault.
/// </summary>
public static class ResourceTranslationCheck
{
    /// <summary>The problems of <paramref name="language"/>'s translation (and of the English itself), one line each.</summary>
    /// <param name="resources">The resources.</param>
    /// <param name="language">The language to check, e.g. <c>de</c>.</param>
    /// <param name="missing">Receives the keys the translation does not give.</param>
    public static IReadOnlyList<string> Check(ResourceManager resources, string language, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(language);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var translated = Entries(resources, CultureInfo.GetCultureInfo(language));
        var problems = new List<string>();
        var plurals = PluralRules.For(language).Categories.Select(c => c.ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, pattern) in english)
        {
            Valid(problems, "en", key, pattern);
        }

        foreach (var (key, pattern) in translated)
        {
            if (!english.TryGetValue(key, out var source))
            {
                problems.Add($"{language}: {key}: the English has no such key; remove it or correct its name.");
                continue;
            }

            if (!Valid(problems, language, key, pattern))
            {
                continue;
            }

            var theirs = MessageFormat.ArgumentNames(source).Order(StringComparer.Ordinal);
            var mine = MessageFormat.ArgumentNames(pattern).Order(StringComparer.Ordinal);
            if (!theirs.SequenceEqual(mine, StringComparer.Ordinal))
            {
                problems.Add($"{language}: {key}: the arguments are {{{string.Join("}, {", mine)}}}; the English has {{{string.Join("}, {", theirs)}}}.");
            }

            foreach (var category in MessageFormat.PluralKeys(pattern).Where(k => !k.StartsWith('=') && !plurals.Contains(k)))
            {
                problems.Add($"{language}: {key}: '{category}' is not a plural category of {language} ({string.Join(", ", plurals.Order(StringComparer.Ordinal))}); it would never be chosen.");
            }
        }

        missing = [.. english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal)];
        return problems;
    }

    private static bool Valid(List<string> problems, string language, string key, string pattern)
    {
        try
        {
            MessageFormat.Validate(pattern);
            return true;
        }
        catch (FormatException ex)
        {
            problems.Add($"{language}: {key}: {ex.Message}");
            return false;
        }
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set)
        {
            foreach (DictionaryEntry entry in set)
            {
                if (entry.Value is string value)
                {
                    entries[(string)entry.Key] = value;
                }
            }
        }

        return entries;
    }
}
