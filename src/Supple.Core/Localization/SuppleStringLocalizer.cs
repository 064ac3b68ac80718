using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Supple.Core.Localization;

/// <summary>
/// Interface strings from .resx resources, by the usual <see cref="IStringLocalizer"/> contract, with Supple's rules:
/// a string the culture's resources lack comes from its parent culture and then from English, string by string (the
/// neutral resources are English and have every key); the pseudo-locale is generated from the English; and the
/// patterns are <see cref="MessageFormat"/> messages, so the indexer with arguments takes them as <c>{0}</c>, <c>{1}</c>
/// (plural-aware), and <see cref="StringLocalizerExtensions.Format"/> by name.
/// </summary>
public sealed class SuppleStringLocalizer : IStringLocalizer
{
    private readonly ResourceManager _resources;
    private readonly CultureInfo? _culture;

    /// <summary>Strings from <paramref name="resources"/> in the current UI culture (or in <paramref name="culture"/>, when given).</summary>
    public SuppleStringLocalizer(ResourceManager resources, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
        _culture = culture;
    }

    /// <summary>The culture strings are looked up in: the fixed one, else <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public CultureInfo Culture => _culture ?? CultureInfo.CurrentUICulture;

    /// <inheritdoc />
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var value = Lookup(name, Culture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(arguments);
            var pattern = this[name];
            if (pattern.ResourceNotFound)
            {
                return pattern;
            }

            var named = arguments.Select((value, i) => (i.ToString(CultureInfo.InvariantCulture), (object?)value)).ToList();
            return new LocalizedString(name, MessageFormat.Format(pattern.Value, FormattingCulture, named), resourceNotFound: false);
        }
    }

    /// <summary>The culture numbers and dates are formatted in: the fixed one, else <see cref="CultureInfo.CurrentCulture"/>.</summary>
    internal CultureInfo FormattingCulture => _culture ?? CultureInfo.CurrentCulture;

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var culture in Chain(Culture, includeParentCultures))
        {
            if (_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set)
            {
                foreach (DictionaryEntry entry in set)
                {
                    names.Add((string)entry.Key);
                }
            }
        }

        return names.Select(name => this[name]);
    }

    private string? Lookup(string name, CultureInfo culture)
    {
        if (PseudoLocale.Is(culture))
        {
            return _resources.GetString(name, CultureInfo.InvariantCulture) is { } english ? MessageFormat.Pseudo(english) : null;
        }

        foreach (var candidate in Chain(culture, parents: true))
        {
            if (_resources.GetResourceSet(candidate, createIfNotExists: true, tryParents: false)?.GetString(name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The culture, its parents by name (<c>de-AT</c>, <c>de</c>) and the neutral (English) resources. By name, because
    /// without ICU a culture does not know its parent.
    /// </summary>
    private static IEnumerable<CultureInfo> Chain(CultureInfo culture, bool parents)
    {
        if (!PseudoLocale.Is(culture))
        {
            for (var name = culture.Name; name.Length > 0; name = name.LastIndexOf('-') is var cut and > 0 ? name[..cut] : "")
            {
                var candidate = name == culture.Name ? culture : TryGet(name);
                if (candidate is not null)
                {
                    yield return candidate;
                }

                if (!parents)
                {
                    yield break;
                }
            }
        }

        yield return CultureInfo.InvariantCulture;
    }

    private static CultureInfo? TryGet(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
