using Supple.Core.Safety;

namespace Supple.Core.Planning;

/// <summary>
/// A warning sign, or a recent injury: no routine is offered. The person is told to see a doctor first and why.
/// </summary>
/// <param name="RedFlags">The warning signs answered yes, most urgent first.</param>
/// <param name="RecentInjury">True when a recent injury or fall was reported.</param>
/// <param name="Urgency">The most urgent level among them (<see cref="RedFlagUrgency.SameDay"/> for an injury alone).</param>
/// <param name="Message">What to do, in calm, clear words.</param>
/// <param name="Reasons">One line per reason (each warning sign's explanation, and the article's advice on injuries).</param>
public sealed record SeeDoctorFirst(
    IReadOnlyList<RedFlagInfo> RedFlags,
    bool RecentInjury,
    RedFlagUrgency Urgency,
    string Message,
    IReadOnlyList<string> Reasons) : AssessmentOutcome;
