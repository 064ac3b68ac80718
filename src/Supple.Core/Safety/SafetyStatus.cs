using Supple.Core.Planning;

namespace Supple.Core.Safety;

/// <summary>
/// The safety gate as stored for a person: the last assessment that ended "see a doctor first" (with its time,
/// urgency and the answers that led to it), and the dated acknowledgement that a doctor has cleared them since. While
/// the gate is closed no door offers or starts a routine (<see cref="SafetyGate"/>); logging a session done with a
/// clinician stays possible.
/// </summary>
/// <param name="SeeDoctor">The stored "see a doctor first" outcome, or <c>null</c> when the last assessment offered a plan.</param>
/// <param name="Clearance">The person's record that a doctor has cleared them, or <c>null</c>.</param>
public sealed record SafetyStatus(SeeDoctorOutcome? SeeDoctor, DoctorClearance? Clearance)
{
    /// <summary>No warning sign stored: the gate is open.</summary>
    public static SafetyStatus Open { get; } = new(null, null);

    /// <summary>True while a "see a doctor first" outcome stands and no doctor's clearance was recorded after it.</summary>
    public bool IsClosed => SeeDoctor is { } outcome && (Clearance is not { } cleared || cleared.RecordedAt < outcome.At);
}

/// <summary>An assessment that ended "see a doctor first", as stored.</summary>
/// <param name="At">When the assessment was taken.</param>
/// <param name="Urgency">How soon the sources say to get help (for an injury alone, the same day).</param>
/// <param name="RedFlags">The warning signs answered yes.</param>
/// <param name="RecentInjury">True when a recent injury or fall was reported.</param>
/// <param name="Answers">The answers, so a plan can be made from them once a doctor has cleared the person.</param>
public sealed record SeeDoctorOutcome(DateTimeOffset At, RedFlagUrgency Urgency, IReadOnlyList<RedFlag> RedFlags, bool RecentInjury, AssessmentAnswers Answers);

/// <summary>The person's explicit, dated record that a doctor has checked them and agreed they can stretch.</summary>
/// <param name="ClearedOn">The day the doctor cleared them, as they give it.</param>
/// <param name="RecordedAt">When they recorded it.</param>
public sealed record DoctorClearance(DateOnly ClearedOn, DateTimeOffset RecordedAt);
