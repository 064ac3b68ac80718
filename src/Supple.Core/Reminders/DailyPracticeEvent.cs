using System.Text;
using Supple.Core.Safety;

namespace Supple.Core.Reminders;

/// <summary>
/// What a daily calendar event for the planned routine says, in the current UI culture (front ends turn it into RFC
/// 5545).
/// </summary>
/// <param name="Summary">The event's title.</param>
/// <param name="Description">The stretches in order and the stop rule.</param>
/// <param name="At">Local start time, every day.</param>
/// <param name="Duration">How long the routine takes.</param>
/// <param name="AlarmBefore">How long before the start the alarm rings (zero: at the start).</param>
public sealed record DailyPracticeEvent(string Summary, string Description, TimeOnly At, TimeSpan Duration, TimeSpan AlarmBefore)
{
    /// <summary>The event for today's stretches, named in the order they are played (paused ones already left out).</summary>
    /// <param name="stretchNames">Today's stretches, by name, in order.</param>
    /// <param name="fromPlan">True when they come from the person's plan.</param>
    /// <param name="at">Local start time.</param>
    /// <param name="duration">How long the routine takes (from its compiled timeline), at least a minute.</param>
    public static DailyPracticeEvent For(IReadOnlyList<string> stretchNames, bool fromPlan, TimeOnly at, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(stretchNames);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.FromMinutes(1));
        var text = new StringBuilder();
        var words = CalendarText.Localizer;
        text.Append(words[fromPlan ? CalendarText.FromPlan : CalendarText.Today]).Append('\n');
        for (var i = 0; i < stretchNames.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(stretchNames[i]).Append('\n');
        }

        text.Append('\n').Append(words[CalendarText.StartInSupple]).Append(' ').Append(SafetyMessages.StopRule);
        return new DailyPracticeEvent(words[CalendarText.Summary], text.ToString(), at, duration, TimeSpan.Zero);
    }
}
