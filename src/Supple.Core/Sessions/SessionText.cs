using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Sessions;

/// <summary>
/// The session engine's own cues (<c>SessionText.resx</c>, English, and <c>SessionText.LANG.resx</c> beside it), by
/// key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: the words <see cref="TimelineCompiler"/>
/// puts between the programme's prompts (rest before a set, switch sides, which side, the end). The timeline is built
/// in the reader's language, so every door shows and speaks the same words. Embedded in this assembly and its
/// satellites (no I/O of Core's own).
/// </summary>
internal static class SessionText
{
    public const string Done = "Session.Done";
    public const string RestBeforeSet = "Session.RestBeforeSet";
    public const string SwitchToLeft = "Session.SwitchToLeft";
    public const string SwitchToRight = "Session.SwitchToRight";
    public const string LeftSide = "Session.LeftSide";
    public const string RightSide = "Session.RightSide";

    // i18n-last: the session engine's refusal of a reported step
    public const string AlreadyEnded = "Session.AlreadyEnded";
    public const string StepOutOfOrder = "Session.StepOutOfOrder";
    public const string UnknownStepEnd = "Session.UnknownStepEnd";
    public const string DoneOnlyPlayed = "Session.DoneOnlyPlayed";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.Sessions.SessionText", typeof(SessionText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
