using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Cli.Resources;

/// <summary>
/// The <c>supple</c> command's interface strings (<c>CliText.resx</c>, English, and <c>CliText.LANG.resx</c> beside
/// it), by key. Every key used in code is a constant here; a test checks each against the resources.
/// </summary>
internal static class CliText
{
    public const string AboutSource = "About.Source";
    public const string AboutCauses = "About.Causes";
    public const string AboutBenefits = "About.Benefits";
    public const string AboutHowOften = "About.HowOften";
    public const string AboutWhenToStop = "About.WhenToStop";
    public const string AboutReferences = "About.References";
    public const string AboutDisclaimer = "About.Disclaimer";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Cli.Resources.CliText", typeof(CliText).Assembly);

    /// <summary>The strings in the run's language (<c>--lang</c>, LC_ALL, LC_MESSAGES, LANG).</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
