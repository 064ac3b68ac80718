using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Supple.Tests.Faults;

/// <summary>What a damage does to a text.</summary>
public enum DamageKind
{
    Delete,
    Insert,
    ReplaceValue,
    DuplicateLine,
    SwapLines,
    Indent,
    Truncate,
}

/// <summary>
/// One change to a valid file, described by where (a fraction of the text) rather than by the text itself, so a
/// failing case prints in one short line and replays on the same base file.
/// </summary>
/// <param name="Kind">What the change does.</param>
/// <param name="Where">Where in the text, 0–1.</param>
/// <param name="Length">How many characters (or lines) it spans.</param>
/// <param name="Token">The text it inserts or puts in place of a value.</param>
public sealed record Damage(DamageKind Kind, double Where, int Length, string Token)
{
    /// <summary>Applies every damage in turn.</summary>
    public static string ApplyAll(string text, IEnumerable<Damage> damages) => damages.Aggregate(text, (t, d) => d.ApplyTo(t));

    /// <summary>A generator of 1–5 damages, with tokens from <paramref name="tokens"/> or random characters.</summary>
    public static Gen<Damage[]> Generator(IReadOnlyList<string> tokens)
    {
        var randomText = Gen.Choose(1, 12)
            .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), n))
            .Select(chars => new string(chars));
        var huge = Gen.Elements('x', '9', ' ', '[', '{', '-', '"', ',').SelectMany(c => Gen.Choose(1_000, 200_000).Select(n => new string(c, n)));
        var token = Gen.Frequency(
            (12, Gen.Elements(tokens.ToArray())),
            (4, randomText),
            (1, huge));
        var damage =
            from kind in Gen.Elements(Enum.GetValues<DamageKind>())
            from position in Gen.Choose(0, 10_000)
            from length in Gen.Choose(1, 200)
            from t in token
            select new Damage(kind, position / 10_000.0, length, t);
        return Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(damage, n));
    }

    public string ApplyTo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = (int)Math.Clamp(Where * text.Length, 0, text.Length);
        switch (Kind)
        {
            case DamageKind.Delete:
                return text.Remove(at, Math.Min(Length, text.Length - at));
            case DamageKind.Insert:
                return text.Insert(at, Token);
            case DamageKind.Truncate:
                return text[..at];
            default:
                break;
        }

        var lines = text.Split('\n').ToList();
        var line = Math.Min((int)(Where * lines.Count), lines.Count - 1);
        switch (Kind)
        {
            case DamageKind.ReplaceValue:
                var colon = Math.Max(lines[line].IndexOf(": ", StringComparison.Ordinal), lines[line].IndexOf(',', StringComparison.Ordinal));
                lines[line] = colon < 0 ? Token : lines[line][..(colon + 1)] + " " + Token;
                break;
            case DamageKind.DuplicateLine:
                lines.InsertRange(line, Enumerable.Repeat(lines[line], 1 + (Length % 3)));
                break;
            case DamageKind.SwapLines:
                var other = (line + 1 + Length) % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case DamageKind.Indent:
                lines[line] = Length % 2 == 0 ? new string(' ', Length % 9) + lines[line] : lines[line].TrimStart();
                break;
            default:
                throw new InvalidOperationException(Kind.ToString());
        }

        return string.Join('\n', lines);
    }

    public override string ToString()
    {
        var shown = Token.Length > 40 ? $"{Escape(Token[..20])}… ({Token.Length} chars)" : Escape(Token);
        return string.Create(CultureInfo.InvariantCulture, $"{Kind} at {Where:F4} length {Length} \"{shown}\"");
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}
