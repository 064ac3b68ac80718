using System.Globalization;
using Supple.Core.Content;

namespace Supple.Core.Safety;

/// <summary>
/// Nothing goes above the article's range: a programme file (a physiotherapist's, say) may use the article's stretches
/// with lower numbers, never higher ones. Stretches of its own, which the article does not have, keep the file's ranges.
/// </summary>
public static class ArticleRange
{
    /// <summary>
    /// Where <paramref name="programme"/> asks for more than <paramref name="article"/> does for one of the article's
    /// stretches (same id): one line per stretch, e.g. "chest-opener: hold up to 40 s (the article: 15–20 s)". Empty
    /// when nothing is above the article's range.
    /// </summary>
    public static IReadOnlyList<string> Excesses(Programme programme, Programme article)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(article);
        var problems = new List<string>();
        foreach (var stretch in programme.Stretches)
        {
            if (article.FindStretch(stretch.Id) is not { } original)
            {
                continue;
            }

            var parts = new List<string>();
            void Check(string what, string unit, CountRange? given, CountRange? allowed)
            {
                if (given is not null && allowed is not null && given.Max > allowed.Max)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{what} up to {given.Max}{unit} (the article: {allowed}{unit})"));
                }
            }

            Check("hold", " s", stretch.Dosage.Hold, original.Dosage.Hold);
            Check("reps", "", stretch.Dosage.Reps, original.Dosage.Reps);
            Check("sets", "", stretch.Dosage.Sets, original.Dosage.Sets);
            var givenFlow = stretch.Dosage.Flow?.Phases.Sum(p => p.Seconds);
            var articleFlow = original.Dosage.Flow?.Phases.Sum(p => p.Seconds);
            if (givenFlow is { } g && articleFlow is { } a && g > a)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{g} s a repetition (the article's flow: {a} s)"));
            }

            if (parts.Count > 0)
            {
                problems.Add($"{stretch.Id}: {string.Join(", ", parts)}");
            }
        }

        return problems;
    }
}
