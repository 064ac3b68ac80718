using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Sessions;

/// <summary>
/// What choosing stretches by id says (<c>RoutineText.resx</c>, English, and <c>RoutineText.LANG.resx</c> beside it),
/// by key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>, so every door that passes ids gets it
/// in the person's language.
/// </summary>
internal static class RoutineText
{
    public const string UnknownIds = "Routine.UnknownIds";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.Sessions.RoutineText", typeof(RoutineText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
