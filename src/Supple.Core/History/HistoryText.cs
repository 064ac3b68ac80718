using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.History;

/// <summary>
/// What the history's own checks say (<c>HistoryText.resx</c>, English, and <c>HistoryText.LANG.resx</c> beside it),
/// by key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: why a typed pain score is not one.
/// </summary>
internal static class HistoryText
{
    public const string PainScoreNeeded = "History.PainScoreNeeded";
    public const string NotAPainScore = "History.NotAPainScore";
    public const string PainScoreOutOfRange = "History.PainScoreOutOfRange";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.History.HistoryText", typeof(HistoryText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
