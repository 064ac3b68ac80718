using System.Globalization;
using System.Text;

namespace Supple.Core.Content;

/// <summary>
/// Placeholders in programme text: <c>{hold}</c>, <c>{reps}</c> and <c>{sets}</c> stand for the stretch's dosage
/// and <c>{seconds}</c> in a flow phase for the phase's length, so a number is written once (in the dosage) and every
/// language shows the same one. Braces are only for placeholders.
/// </summary>
internal static class Placeholders
{
    public const string Hold = "hold";
    public const string Reps = "reps";
    public const string Sets = "sets";
    public const string Seconds = "seconds";

    /// <summary>The placeholder names Supple knows, whether or not a given text may use them.</summary>
    public static IReadOnlyList<string> Known { get; } = [Hold, Reps, Sets, Seconds];

    /// <summary>One piece of a text: literal text, or a placeholder's name.</summary>
    public readonly record struct Part(string Text, bool IsPlaceholder);

    /// <summary>
    /// Splits <paramref name="text"/> into literal text and placeholders (<c>{name}</c>: lower-case letters and hyphens
    /// in braces). Any other brace is kept as written, but a brace that has lost its partner next to a placeholder's
    /// name (<c>{hold</c>, <c>hold}</c>) is a broken placeholder: <paramref name="problem"/> says so.
    /// </summary>
    public static List<Part> Parse(string text, out string? problem)
    {
        problem = null;
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                var start = i;
                while (start > 0 && IsNameChar(text[start - 1]))
                {
                    start--;
                }

                if (start < i && IsNearlyKnown(text[start..i]))
                {
                    problem ??= $"has a broken placeholder \"{text[start..(i + 1)]}\": its opening brace is missing. Write it as {{{text[start..i]}}}.";
                }

                literal.Append(c);
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsNameChar(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] == '}' && end > i + 1)
            {
                if (literal.Length > 0)
                {
                    parts.Add(new Part(literal.ToString(), false));
                    literal.Clear();
                }

                parts.Add(new Part(text[(i + 1)..end], true));
                i = end;
                continue;
            }

            if (end > i + 1 && IsNearlyKnown(text[(i + 1)..end]))
            {
                problem ??= $"has a broken placeholder \"{text[i..end]}\": its closing brace is missing. Write it as {{{text[(i + 1)..end]}}}.";
            }

            literal.Append(c);
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), false));
        }

        return parts;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterLower(c) || c == '-';

    /// <summary>A known name, one typo away from one, or the start of one ("{hol").</summary>
    private static bool IsNearlyKnown(string name) => Known.Any(known =>
        NameSuggester.Distance(name, known) <= 1
        || (name.Length >= 3 && (known.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(known, StringComparison.Ordinal))));

    /// <summary>The placeholder names in <paramref name="text"/>, in order of first use.</summary>
    public static List<string> Names(string text) =>
        [.. Parse(text, out _).Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct(StringComparer.Ordinal)];

    /// <summary>The placeholders a text of <paramref name="slot"/> may use.</summary>
    public static IReadOnlyList<string> Allowed(ProgrammeTextSlot slot)
    {
        if (slot.Stretch is not { } stretch)
        {
            return [];
        }

        var names = new List<string>(4);
        if (stretch.Dosage.Hold is not null)
        {
            names.Add(Hold);
        }

        names.Add(Reps);
        names.Add(Sets);
        if (slot.Phase is not null)
        {
            names.Add(Seconds);
        }

        return names;
    }

    /// <summary>The text with each placeholder replaced by its value, numbers formatted for <paramref name="culture"/>.</summary>
    public static string Render(string text, ProgrammeTextSlot slot, string rangePattern, CultureInfo culture)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var part in Parse(text, out _))
        {
            if (!part.IsPlaceholder)
            {
                builder.Append(part.Text);
                continue;
            }

            var dosage = slot.Stretch?.Dosage;
            var value = part.Text switch
            {
                Hold when dosage?.Hold is { } hold => Range(hold, rangePattern, culture),
                Reps when dosage is not null => Range(dosage.Reps, rangePattern, culture),
                Sets when dosage is not null => Range(dosage.Sets, rangePattern, culture),
                Seconds when slot.Phase is { } phase => phase.Seconds.ToString(culture),
                _ => null,
            };
            builder.Append(value ?? "{" + part.Text + "}");
        }

        return builder.ToString();
    }

    /// <summary>"20", or a range through the language's pattern: "5 to 10", "5 bis 10".</summary>
    public static string Range(CountRange range, string rangePattern, CultureInfo culture) =>
        range.Min == range.Max
            ? range.Min.ToString(culture)
            : rangePattern
                .Replace("{min}", range.Min.ToString(culture), StringComparison.Ordinal)
                .Replace("{max}", range.Max.ToString(culture), StringComparison.Ordinal);
}
