namespace Supple.Core.Content;

/// <summary>Finds the known name a mistyped one was probably meant to be ("stepps" → "steps").</summary>
internal static class NameSuggester
{
    /// <summary>The closest candidate, or <c>null</c> when none is close enough to be a likely typo.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var normalised = typed.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == normalised)
            {
                return candidate;
            }

            var distance = Distance(normalised, candidate);
            if (normalised.Length >= 3 && (candidate.StartsWith(normalised, StringComparison.Ordinal)
                || normalised.StartsWith(candidate, StringComparison.Ordinal)))
            {
                // "stand" for "standing", "stretch" for "stretches": a prefix is as good as one typo.
                distance = Math.Min(distance, 1);
            }
            else if (normalised.Length >= 3 && candidate.Split('-').Contains(normalised))
            {
                // "towel" for "rolled-towel", "chair" for "chair-edge": one word of a longer name.
                distance = Math.Min(distance, 2);
            }

            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, normalised.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions and substitutions each cost 1).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
