using System.Globalization;
using System.Text;
using Supple.Core.Content;

namespace Supple.Core.Localization;

/// <summary>
/// The pseudo-locale <c>qps-ploc</c>: English made longer (about a third) and accented in every letter, with its
/// placeholders untouched, generated on the fly rather than kept as a file. Text that still shows plain ASCII
/// letters under it was never translated (a hard-coded string); a layout that loses the closing bracket clips.
/// </summary>
public static class PseudoLocale
{
    /// <summary>The pseudo-locale's name, as <c>--lang</c> and the tests give it.</summary>
    public const string Name = "qps-ploc";

    /// <summary>What the pseudo-locale adds to a text's length: about a third, as German or French often do.</summary>
    public const double Lengthening = 0.35;

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "áƀçđéƒĝĥíĵķļṁñöþǫŕšţüṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ";

    /// <summary>True when <paramref name="culture"/> is the pseudo-locale.</summary>
    public static bool Is(CultureInfo? culture) => culture is not null && IsName(culture.Name);

    /// <summary>True when <paramref name="name"/> names the pseudo-locale (any case).</summary>
    public static bool IsName(string? name) => string.Equals(name, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="text"/> pseudo-localised: every ASCII letter accented, placeholders such as <c>{hold}</c> kept
    /// as they are, in brackets and padded to about <see cref="Lengthening"/> more characters.
    /// </summary>
    public static string Transform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length * 3 / 2 + 4);
        builder.Append('[');
        foreach (var part in Placeholders.Parse(text, out _))
        {
            if (part.IsPlaceholder)
            {
                builder.Append('{').Append(part.Text).Append('}');
            }
            else
            {
                AppendAccented(builder, part.Text);
            }
        }

        AppendPadding(builder, text.Length);
        return builder.Append(']').ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with its letters accented and its placeholders kept, but neither bracketed nor padded:
    /// for a piece that goes inside another text, such as the pattern of a range.
    /// </summary>
    public static string Accent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var part in Placeholders.Parse(text, out _))
        {
            if (part.IsPlaceholder)
            {
                builder.Append('{').Append(part.Text).Append('}');
            }
            else
            {
                AppendAccented(builder, part.Text);
            }
        }

        return builder.ToString();
    }

    /// <summary>Accents the letters of <paramref name="text"/> onto <paramref name="builder"/>.</summary>
    internal static void AppendAccented(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            var i = Plain.IndexOf(c, StringComparison.Ordinal);
            builder.Append(i < 0 ? c : Accented[i]);
        }
    }

    /// <summary>Pads a text of <paramref name="length"/> characters by about <see cref="Lengthening"/>, in short words so it still wraps.</summary>
    internal static void AppendPadding(StringBuilder builder, int length)
    {
        // The brackets count towards the extra length.
        var padding = (int)Math.Ceiling(length * Lengthening) - 2;
        while (padding > 1)
        {
            var word = Math.Min(padding - 1, 5);
            builder.Append(' ').Append('·', word);
            padding -= word + 1;
        }
    }

    /// <summary>True when <paramref name="text"/> has no plain ASCII letter outside its placeholders: everything in it went through the pseudo-locale.</summary>
    public static bool IsTransformed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Placeholders.Parse(text, out _).Where(p => !p.IsPlaceholder).All(p => !p.Text.Any(char.IsAsciiLetter));
    }
}
