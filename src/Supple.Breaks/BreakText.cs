using System.Globalization;
using Supple.Core.Safety;

namespace Supple.Breaks;

/// <summary>What the desk-break loop says about recording breaks and about pain, in one place (the safety wording is Core's).</summary>
internal static class BreakText
{
    public const string HurtKeyOnlyDuringBreak = "h is for a stretch that hurts during a break: nothing is playing now";

    public static string Saved(BreakRecord record) => record.End switch
    {
        BreakRecord.Hurt => "saved: the break, and that a stretch hurt",
        BreakRecord.Played => "saved: the break is in your history",
        _ => "saved: the break is in your history, the stretch in progress as cut short",
    };

    public static string NotSavedYet(string reason) => $"not saved yet ({reason}); Supple keeps trying";

    public static string CouldNotSave(int count, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"could not save {count} break{(count == 1 ? "" : "s")}: {reason}");

    public static string StoppedForPain => "stopped: you said it hurts. " + SafetyMessages.DeskBreaksStoppedForPain;
}
