using System.Globalization;
using System.Resources;
using Supple.Core.Localization;

namespace Supple.Application;

/// <summary>
/// The application layer's own wording (the safety wording is Core's <c>SafetyMessages</c>), in one place, in
/// <see cref="CultureInfo.CurrentUICulture"/>: each message is a pattern with <c>{0}</c>, <c>{1}</c> for <see cref="Format"/>.
/// </summary>
public static class AppMessages
{
    /// <summary>The resources (<c>AppText.resx</c>, English, and <c>AppText.LANG.resx</c> beside it), read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Application.AppText", typeof(AppMessages).Assembly);

    /// <summary>The messages in the current UI culture (each door sets it for the person).</summary>
    private static SuppleStringLocalizer Text { get; } = new(Resources);

    public static string DamagedPlan => Text["App.DamagedPlan"];
    public static string DamagedReminders => Text["App.DamagedReminders"];
    public static string DamagedResumptions => Text["App.DamagedResumptions"];
    public static string DamagedSafety => Text["App.DamagedSafety"];
    public static string DamagedPlay => Text["App.DamagedPlay"];
    public static string NoPlan => Text["App.NoPlan"];
    public static string NotInPlan => Text["App.NotInPlan"];
    public static string NotPaused => Text["App.NotPaused"];
    public static string Resumed => Text["App.Resumed"];
    public static string NoSuchSession => Text["App.NoSuchSession"];
    public static string SessionEnded => Text["App.SessionEnded"];
    public static string NotStepReported => Text["App.NotStepReported"];
    public static string CannotReplay => Text["App.CannotReplay"];
    public static string StepAlreadyDifferent => Text["App.StepAlreadyDifferent"];
    public static string StepAfterEnd => Text["App.StepAfterEnd"];
    public static string StepBeforeStart => Text["App.StepBeforeStart"];
    public static string AboveArticleRange => Text["App.AboveArticleRange"];
    public static string AllPaused => Text["App.AllPaused"];
    public static string NothingDone => Text["App.NothingDone"];

    /// <summary>Refusal titles.</summary>
    public static string TitleNothingToClear => Text["App.Title.NothingToClear"];
    public static string TitleNoPlan => Text["App.Title.NoPlan"];
    public static string TitleNotInPlan => Text["App.Title.NotInPlan"];
    public static string TitleNotPaused => Text["App.Title.NotPaused"];
    public static string TitleAboveArticleRange => Text["App.Title.AboveArticleRange"];
    public static string TitleNoSuchSession => Text["App.Title.NoSuchSession"];
    public static string TitleSessionEnded => Text["App.Title.SessionEnded"];
    public static string TitleNotStepReported => Text["App.Title.NotStepReported"];
    public static string TitleAnotherProgramme => Text["App.Title.AnotherProgramme"];
    public static string TitleNoDeskBreak => Text["App.Title.NoDeskBreak"];
    public static string TitleAcceptDisclaimer => Text["App.Title.AcceptDisclaimer"];

    /// <summary>"one stretch", "3 stretches".</summary>
    public static string StretchCount(int count) => Text["App.StretchCount", count];

    /// <summary>Formats one of the messages above with the invariant culture.</summary>
    public static string Format(string message, params object?[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
