using System.Text;

namespace Supple.Core.Content;

/// <summary>
/// The kebab-case spelling programme files use for an enum (<c>HandsAndKnees</c> ↔ <c>hands-and-knees</c>).
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly Dictionary<T, string> NameOf = Values.ToDictionary(v => v, v => Kebab(v.ToString()));
    private static readonly Dictionary<string, T> ValueOf = Values.ToDictionary(v => NameOf[v], v => v, StringComparer.Ordinal);

    /// <summary>Every spelling, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Values.Select(v => NameOf[v])];

    /// <summary>The file spelling of <paramref name="value"/>.</summary>
    public static string Name(T value) => NameOf[value];

    /// <summary>Reads a file spelling (exact, case-sensitive).</summary>
    public static bool TryParse(string text, out T value) => ValueOf.TryGetValue(text, out value);

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
