using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Core.History;

/// <summary>A pain rating on the usual 0–10 scale (0 = no pain, 10 = the worst imaginable).</summary>
public readonly record struct PainScore : IComparable<PainScore>
{
    /// <summary>The lowest rating: no pain.</summary>
    public const int Min = 0;

    /// <summary>The highest rating.</summary>
    public const int Max = 10;

    /// <summary>Creates a rating.</summary>
    /// <param name="value">A whole number from 0 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is outside 0–10.</exception>
    public PainScore(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Max);
        Value = value;
    }

    /// <summary>The rating, 0–10.</summary>
    public int Value { get; }

    /// <summary>Parses user input such as <c>"7"</c>; the error says what was wrong.</summary>
    /// <param name="text">The text typed by the person.</param>
    /// <param name="score">The rating when the text is valid.</param>
    /// <param name="error">Why the text is not a rating, when it is not.</param>
    /// <returns>True when <paramref name="text"/> is a whole number from 0 to 10.</returns>
    public static bool TryParse(string? text, out PainScore score, out string? error)
    {
        score = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = HistoryText.Localizer.Format(HistoryText.PainScoreNeeded, ("min", Min), ("max", Max));
            return false;
        }

        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            error = HistoryText.Localizer.Format(HistoryText.NotAPainScore, ("text", trimmed), ("min", Min), ("max", Max));
            return false;
        }

        if (value is < Min or > Max)
        {
            error = HistoryText.Localizer.Format(HistoryText.PainScoreOutOfRange, ("value", value.ToString(CultureInfo.InvariantCulture)), ("min", Min), ("max", Max));
            return false;
        }

        score = new PainScore(value);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PainScore other) => Value.CompareTo(other.Value);

    /// <summary>True when the left rating is lower.</summary>
    public static bool operator <(PainScore left, PainScore right) => left.Value < right.Value;

    /// <summary>True when the left rating is higher.</summary>
    public static bool operator >(PainScore left, PainScore right) => left.Value > right.Value;

    /// <summary>True when the left rating is lower or equal.</summary>
    public static bool operator <=(PainScore left, PainScore right) => left.Value <= right.Value;

    /// <summary>True when the left rating is higher or equal.</summary>
    public static bool operator >=(PainScore left, PainScore right) => left.Value >= right.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
