using System.Globalization;

namespace Supple.Core.Localization;

/// <summary>The terminal's language, and where it came from.</summary>
/// <param name="Culture">The culture to use.</param>
/// <param name="Source">What decided it: <c>--lang</c>, <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>, or <c>null</c> when nothing was set.</param>
/// <param name="Unsupported">The language asked for when Supple does not speak it (English is used instead), else <c>null</c>.</param>
public sealed record TerminalLanguage(CultureInfo Culture, string? Source, string? Unsupported)
{
    /// <summary>True when the value was not a language tag at all (e.g. <c>--lang 12</c>).</summary>
    public bool IsMalformed { get; init; }
}
