using System.Globalization;

namespace Supple.Core.Localization;

/// <summary>
/// The operands CLDR plural rules test: n (absolute value), i (integer digits), v (number of visible fraction
/// digits), w (the same without trailing zeros), f (visible fraction digits as a number), t (f without trailing
/// zeros), e (compact exponent; always 0 here, Supple never shows "1.2M").
/// </summary>
internal readonly record struct PluralOperands(decimal N, long I, int V, int W, long F, long T, int E)
{
    public PluralOperands(long count)
        : this(Math.Abs((decimal)count), Math.Abs(count), 0, 0, 0, 0, 0)
    {
    }

    /// <summary>The operands of <paramref name="value"/> shown with <paramref name="fractionDigits"/> digits after the point.</summary>
    public static PluralOperands Of(decimal value, int fractionDigits)
    {
        var shown = Math.Round(Math.Abs(value), fractionDigits, MidpointRounding.AwayFromZero);
        var text = shown.ToString("F" + fractionDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = long.Parse(point < 0 ? text : text[..point], CultureInfo.InvariantCulture);
        var fraction = point < 0 ? "" : text[(point + 1)..];
        var trimmed = fraction.TrimEnd('0');
        return new PluralOperands(
            shown,
            integer,
            fraction.Length,
            trimmed.Length,
            fraction.Length == 0 ? 0 : long.Parse(fraction, CultureInfo.InvariantCulture),
            trimmed.Length == 0 ? 0 : long.Parse(trimmed, CultureInfo.InvariantCulture),
            0);
    }

    public decimal Get(char operand) => operand switch
    {
        'n' => N,
        'i' => I,
        'v' => V,
        'w' => W,
        'f' => F,
        't' => T,
        'e' or 'c' => E,
        _ => throw new FormatException($"Unknown plural operand '{operand}'."),
    };
}
