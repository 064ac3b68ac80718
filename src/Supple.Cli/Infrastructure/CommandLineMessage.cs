using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Recognises System.CommandLine's own parse messages by their wording, in English and in the run's language (it
/// ships German, Spanish and French resources and uses them once the language is chosen), so that
/// <see cref="ArgumentErrors"/> can say them in Supple's words. The patterns are built from System.CommandLine's own
/// resource strings, not copied, so they follow its wording.
/// </summary>
internal static class CommandLineMessage
{
    private static readonly ResourceManager Resources = new("System.CommandLine.Properties.Resources", typeof(Option).Assembly);
    private static readonly ConcurrentDictionary<(string Name, string Culture), Regex?> Patterns = new();

    /// <summary>A value that did not convert: the value, the option (or command) and the .NET type it should have been.</summary>
    public sealed record Conversion(string Value, string Option, string Type);

    public static bool IsConversion(string message) =>
        Match(message, "ArgumentConversionCannotParseForOption") is not null
        || Match(message, "ArgumentConversionCannotParseForCommand") is not null
        || Match(message, "ArgumentConversionCannotParse") is not null;

    public static Conversion? MatchConversion(string message) =>
        (Match(message, "ArgumentConversionCannotParseForOption") ?? Match(message, "ArgumentConversionCannotParseForCommand")) is [var value, var option, var type, ..]
            ? new Conversion(value, option, type)
            : null;

    /// <summary>The arguments ({0}, {1}, …) of <paramref name="message"/> if it starts as the resource's text does, else <c>null</c>.</summary>
    public static string[]? Match(string message, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var culture in new[] { CultureInfo.CurrentUICulture, CultureInfo.InvariantCulture })
        {
            var pattern = Patterns.GetOrAdd((resourceName, culture.Name), key => Build(key.Name, culture));
            if (pattern?.Match(message) is { Success: true } m)
            {
                return [.. m.Groups.Cast<Group>().Skip(1).OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => g.Value)];
            }
        }

        return null;
    }

    private static Regex? Build(string resourceName, CultureInfo culture)
    {
        string? format;
        try
        {
            format = Resources.GetString(resourceName, culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(format))
        {
            return null;
        }

        // Only the text up to the last placeholder of the first sentence matters ("… Did you mean …{3}" may follow).
        var pattern = Regex.Escape(format);
        pattern = Regex.Replace(pattern, @"\\\{(\d)}", m => $"(?<a{m.Groups[1].Value}>.*?)");
        return new Regex("^" + pattern.TrimEnd('.', '\\'), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));
    }
}
