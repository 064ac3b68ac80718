namespace Supple.Core.Content;

/// <summary>Finds the known name a mistyped one was probably meant to be ("stepps" → "steps").</summary>
public static class NameSuggester
{
    /// <summary>The closest candidate, or <c>null</c> when none is close enough to be a likely typo.</summary>
    /// <param name="typed">The name as given; compared in lower case with '_' and ' ' read as '-'.</param>
    /// <param name="candidates">The names that exist, in lower-case kebab-case.</param>
    /// <returns>One of <paramref name="candidates"/>, or <c>null</c>.</returns>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
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

    /// <summary>
    /// The closest of <paramref name="members"/> (camelCase names, e.g. JSON members) to a mistyped name, ignoring case,
    /// '_' and '-' ("pain_after" → "painAfter", "levle" → "level"), or <c>null</c> when none is close enough.
    /// </summary>
    /// <param name="typed">The name as given.</param>
    /// <param name="members">The names that exist, in their own spelling.</param>
    /// <returns>One of <paramref name="members"/>, as spelled there, or <c>null</c>.</returns>
    public static string? NearestMember(string typed, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(members);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            byKey.TryAdd(MemberKey(member), member);
        }

        return Nearest(MemberKey(typed), byKey.Keys) is { } key ? byKey[key] : null;
    }

    private static string MemberKey(string name) =>
        new([.. name.Where(c => c is not ('_' or '-' or ' ')).Select(char.ToLowerInvariant)]);

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
