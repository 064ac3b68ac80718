using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Reminders;

/// <summary>
/// The daily calendar event's wording (<c>CalendarText.resx</c>, English, and <c>CalendarText.LANG.resx</c> beside it),
/// by key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: the event a person imports reads in
/// the language of the run that wrote it.
/// </summary>
internal static class CalendarText
{
    public const string Summary = "Calendar.Summary";
    public const string FromPlan = "Calendar.FromPlan";
    public const string Today = "Calendar.Today";
    public const string StartInSupple = "Calendar.StartInSupple";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.Reminders.CalendarText", typeof(CalendarText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
