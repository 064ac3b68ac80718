using System.Text;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Core.Reminders;

/// <summary>What a daily calendar event for the planned routine says (front ends turn it into RFC 5545).</summary>
/// <param name="Summary">The event's title.</param>
/// <param name="Description">The stretches in order and the stop rule.</param>
/// <param name="At">Local start time, every day.</param>
/// <param name="Duration">How long the routine takes.</param>
/// <param name="AlarmBefore">How long before the start the alarm rings (zero: at the start).</param>
public sealed record DailyPracticeEvent(string Summary, string Description, TimeOnly At, TimeSpan Duration, TimeSpan AlarmBefore)
{
    /// <summary>The event for <paramref name="plan"/> (or the whole programme when there is no plan).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="plan">The saved plan, or <c>null</c>.</param>
    /// <param name="at">Local start time.</param>
    /// <param name="duration">How long the routine takes (from its compiled timeline), at least a minute.</param>
    public static DailyPracticeEvent For(Programme programme, Plan? plan, TimeOnly at, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.FromMinutes(1));
        var names = plan is null
            ? programme.Stretches.Select(s => s.Name).ToList()
            : plan.Stretches.Select(s => programme.FindStretch(s.StretchId)?.Name ?? s.StretchId).ToList();
        var text = new StringBuilder();
        text.Append(plan is null ? "Today's stretches:" : "Today's stretches from your plan:").Append('\n');
        for (var i = 0; i < names.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(names[i]).Append('\n');
        }

        text.Append('\n').Append("Start them in Supple. ").Append(SafetyMessages.StopRule);
        return new DailyPracticeEvent("Supple: today's stretches", text.ToString(), at, duration, TimeSpan.Zero);
    }
}
