using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Content;

/// <summary>
/// The programme validator's messages (<c>ProgrammeCheckText.resx</c>, English, and <c>ProgrammeCheckText.LANG.resx</c>
/// beside it), by key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: what <c>supple check</c>
/// and <c>--programme</c> say after a problem's <c>file:line:column:</c>. Ids, keys and values are passed in as
/// typed. Embedded in this assembly and its satellites (no I/O of Core's own).
/// </summary>
internal static class ProgrammeCheckText
{
    // i18n-last: YamlPreflight
    public const string MoreThanOneDocument = "ProgrammeCheck.MoreThanOneDocument";
    public const string Alias = "ProgrammeCheck.Alias";
    public const string Anchor = "ProgrammeCheck.Anchor";
    public const string FieldTwice = "ProgrammeCheck.FieldTwice";
    public const string TooDeep = "ProgrammeCheck.TooDeep";
    public const string NotYaml = "ProgrammeCheck.NotYaml";
    public const string NotClosed = "ProgrammeCheck.NotClosed";
    public const string NoTags = "ProgrammeCheck.NoTags";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.Content.ProgrammeCheckText", typeof(ProgrammeCheckText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);

    /// <summary>The message of <paramref name="key"/> with its arguments, in the current UI culture.</summary>
    public static string Format(string key, params (string Name, object? Value)[] arguments) => Localizer.Format(key, arguments);
}
