using Supple.Core.Content;
using Supple.Core.Planning;

namespace Supple.Core.Safety;

/// <summary>
/// The safety gate's rules. A warning sign (or a recent injury) in the assessment closes it; it opens again when the
/// person takes the assessment again without one, or records that a doctor has cleared them. Sources and wording:
/// <see cref="RedFlags"/>, <see cref="Assessment"/>, <see cref="SafetyMessages"/>; docs/SAFETY.md, section 1.
/// </summary>
public static class SafetyGate
{
    /// <summary>The status after an assessment taken at <paramref name="at"/> gave <paramref name="outcome"/>.</summary>
    public static SafetyStatus After(AssessmentOutcome outcome, AssessmentAnswers answers, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(answers);
        return outcome is SeeDoctorFirst doctor
            ? new SafetyStatus(new SeeDoctorOutcome(at, doctor.Urgency, [.. doctor.RedFlags.Select(f => f.Flag)], doctor.RecentInjury, answers), null)
            : SafetyStatus.Open;
    }

    /// <summary>
    /// Records that a doctor cleared the person on <paramref name="clearedOn"/>, at <paramref name="at"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gate is not closed: there is nothing to clear.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clearedOn"/> is after <paramref name="today"/>.</exception>
    public static SafetyStatus Clear(SafetyStatus status, DateOnly clearedOn, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (!status.IsClosed)
        {
            throw new InvalidOperationException(SafetyMessages.NothingToClear);
        }

        if (clearedOn > today)
        {
            throw new ArgumentOutOfRangeException(nameof(clearedOn), clearedOn, SafetyMessages.ClearanceInTheFuture);
        }

        return status with { Clearance = new DoctorClearance(clearedOn, at) };
    }

    /// <summary>The plan made from the stored answers once a doctor has cleared the person (their warning signs set aside).</summary>
    public static Plan PlanAfterClearance(Programme programme, SeeDoctorOutcome outcome, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Assessment.BuildPlan(programme, outcome.Answers with { RedFlags = [] }, at);
    }

    /// <summary>Why no routine is offered and what to do, or <c>null</c> while the gate is open.</summary>
    public static SafetyAdvice? Refusal(SafetyStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.IsClosed ? SafetyMessages.SeeDoctorFirst(status.SeeDoctor!) : null;
    }
}
