using System.Globalization;
using Supple.Core.Content;

namespace Supple.Cli.History;

/// <summary>
/// Stretch names for the history and statistics tables. History keeps stretch ids; the built-in programme names
/// them, in the run's language. An id it does not know (a stretch from another programme file) is shown as it is.
/// </summary>
internal static class StretchNames
{
    public static string FromBuiltIn(string id) =>
        ProgrammeTranslations.BuiltIn.For(CultureInfo.CurrentUICulture).Programme.FindStretch(id)?.Name ?? id;
}
