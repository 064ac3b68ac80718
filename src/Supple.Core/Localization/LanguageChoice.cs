using System.Globalization;
using System.Text.RegularExpressions;

namespace Supple.Core.Localization;

/// <summary>
/// Which language a person gets, by the same rules in every door. A language Supple speaks is kept with its region
/// (<c>fr-CH</c> formats numbers as in Switzerland and reads the French texts); one it does not speak gives English.
/// Texts a translation lacks show in English, string by string.
/// </summary>
public static partial class LanguageChoice
{
    /// <summary>The culture everyone gets when nothing else applies.</summary>
    public static CultureInfo English => SuppleCultures.Get(SuppleCultures.English);

    /// <summary>
    /// The terminal's language: <c>--lang</c> when given, else the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and
    /// <c>LANG</c> that is set and not empty (POSIX precedence; <c>C</c> and <c>POSIX</c> mean English). The first one
    /// that applies decides: an unsupported language there gives English, not the next variable.
    /// </summary>
    /// <param name="option">The <c>--lang</c> value, or <c>null</c>.</param>
    /// <param name="environment">Reads an environment variable.</param>
    public static TerminalLanguage ForTerminal(string? option, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (option is not null)
        {
            return Resolve(option, "--lang");
        }

        foreach (var variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                return Resolve(FromPosixLocale(value) ?? value, variable);
            }
        }

        return new TerminalLanguage(English, null, null);
    }

    /// <summary>
    /// The browser's language: the person's stored choice (the first that Supple speaks), else the first language of
    /// the <c>Accept-Language</c> header, by q-value, that Supple speaks, else English.
    /// </summary>
    /// <param name="storedChoices">Stored choices, strongest first (e.g. the account's, then the cookie's); <c>null</c>s are skipped.</param>
    /// <param name="acceptLanguage">The request's <c>Accept-Language</c> header, or <c>null</c>.</param>
    public static CultureInfo ForBrowser(IEnumerable<string?> storedChoices, string? acceptLanguage)
    {
        ArgumentNullException.ThrowIfNull(storedChoices);
        foreach (var choice in storedChoices)
        {
            if (Match(choice) is { } culture)
            {
                return culture;
            }
        }

        foreach (var tag in ParseAcceptLanguage(acceptLanguage))
        {
            if (Match(tag) is { } culture)
            {
                return culture;
            }
        }

        return English;
    }

    /// <summary>
    /// The culture for a language tag when Supple speaks its language (<c>de-AT</c> → de-AT), else <c>null</c>; tags are
    /// matched without regard to case, with <c>_</c> taken for <c>-</c>.
    /// </summary>
    public static CultureInfo? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var normalised = tag.Trim().Replace('_', '-');
        if (!Tag().IsMatch(normalised) || !SuppleCultures.Speaks(normalised))
        {
            return null;
        }

        try
        {
            return SuppleCultures.Get(Canonical(normalised));
        }
        catch (CultureNotFoundException)
        {
            // A well-formed tag with a region the platform rejects: the language alone will do.
            return SuppleCultures.Get(normalised.Split('-', 2)[0].ToLowerInvariant());
        }
    }

    /// <summary>True when <paramref name="tag"/> is shaped like a language tag (<c>de</c>, <c>pt-BR</c>, <c>qps-ploc</c>).</summary>
    public static bool IsLanguageTag(string? tag) => tag is not null && Tag().IsMatch(tag.Trim().Replace('_', '-'));

    /// <summary>
    /// A POSIX locale as a language tag: <c>es_ES.UTF-8</c> → <c>es-ES</c>, <c>de_DE@euro</c> → <c>de-DE</c>,
    /// <c>C</c>, <c>C.UTF-8</c> and <c>POSIX</c> → <c>en</c>; <c>null</c> when it is not a locale name.
    /// </summary>
    public static string? FromPosixLocale(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = value.Trim();
        var cut = name.IndexOfAny(['.', '@']);
        if (cut >= 0)
        {
            name = name[..cut];
        }

        if (name is "C" or "POSIX" or "")
        {
            return SuppleCultures.English;
        }

        name = name.Replace('_', '-');
        return Tag().IsMatch(name) ? name : null;
    }

    /// <summary>The languages of an <c>Accept-Language</c> header, highest q-value first (ties in header order); q=0 and <c>*</c> left out.</summary>
    public static IReadOnlyList<string> ParseAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return [];
        }

        var entries = new List<(string Tag, decimal Quality, int Order)>();
        var order = 0;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var tag = pieces[0];
            var quality = 1m;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && !decimal.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality))
                {
                    quality = 0;
                }
            }

            if (tag != "*" && quality is > 0 and <= 1 && Tag().IsMatch(tag))
            {
                entries.Add((tag, quality, order++));
            }
        }

        return [.. entries.OrderByDescending(e => e.Quality).ThenBy(e => e.Order).Select(e => e.Tag)];
    }

    private static TerminalLanguage Resolve(string tag, string source)
    {
        if (!IsLanguageTag(tag))
        {
            return new TerminalLanguage(English, source, tag) { IsMalformed = true };
        }

        return Match(tag) is { } culture
            ? new TerminalLanguage(culture, source, null)
            : new TerminalLanguage(English, source, tag);
    }

    /// <summary>Language lower case, region upper case, script title case: what culture names look like.</summary>
    private static string Canonical(string tag)
    {
        var parts = tag.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToLowerInvariant();
        }

        return string.Join('-', parts);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
