using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Supple.Core.Localization;

/// <summary>Formatting interface strings by name: <c>localizer.Format("Stats.Sessions", ("count", 3))</c>.</summary>
public static class StringLocalizerExtensions
{
    /// <summary>
    /// The string <paramref name="name"/> with its named arguments filled in (<see cref="MessageFormat"/>: plurals by
    /// CLDR category, numbers and dates for the culture). Numbers and dates take the current culture; a
    /// <see cref="SuppleStringLocalizer"/> made for one culture takes that one.
    /// </summary>
    public static string Format(this IStringLocalizer localizer, string name, params IReadOnlyList<(string Name, object? Value)> arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var pattern = localizer[name];
        var culture = localizer is SuppleStringLocalizer supple ? supple.FormattingCulture : CultureInfo.CurrentCulture;
        return pattern.ResourceNotFound ? pattern.Value : MessageFormat.Format(pattern.Value, culture, arguments);
    }
}
