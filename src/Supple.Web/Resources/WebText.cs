namespace Supple.Web.Resources;

/// <summary>
/// The web app's interface strings (<c>WebText.resx</c>, English, and <c>WebText.LANG.resx</c> beside it), by key;
/// pages take them as <c>IStringLocalizer&lt;WebText&gt;</c>. Every key used in code is a constant here; a test checks
/// each against the resources.
/// </summary>
public sealed class WebText
{
    public const string AboutTitle = "About.Title";
    public const string AboutHeading = "About.Heading";
    public const string AboutEveryDay = "About.EveryDay";
    public const string AboutStopRule = "About.StopRule";
    public const string AboutCauses = "About.Causes";
    public const string AboutBenefits = "About.Benefits";
    public const string AboutReferences = "About.References";
    public const string AboutSource = "About.Source";
    public const string AboutReferenceLabel = "About.ReferenceLabel";
    public const string AboutDisclaimer = "About.Disclaimer";
    public const string LanguageTitle = "Language.Title";
    public const string LanguageIntro = "Language.Intro";
    public const string LanguageAutomatic = "Language.Automatic";
    public const string LanguageSave = "Language.Save";
    public const string LanguageCurrent = "Language.Current";

    private WebText()
    {
    }
}
