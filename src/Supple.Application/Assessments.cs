using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Application;

/// <summary>
/// The assessment and what it leads to: a plan, or the stored "see a doctor first" outcome that closes the safety gate
/// until the person takes the assessment again without a warning sign or records that a doctor has cleared them.
/// </summary>
public sealed class Assessments
{
    private readonly SuppleApp _app;

    internal Assessments(SuppleApp app) => _app = app;

    /// <summary>
    /// Evaluates the answers and stores the outcome: the plan (which opens the gate), or "see a doctor first" with its
    /// time and urgency (which closes it and removes any plan made before, so it is not offered as today's stretches).
    /// </summary>
    public async Task<AssessmentOutcome> AssessAsync(AssessmentAnswers answers, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var now = _app.Time.GetUtcNow();
        var outcome = Assessment.Evaluate(_app.Programme, answers, now);
        var documents = _app.Documents;
        if (outcome is PlanOffered offered)
        {
            await documents.SavePlanAsync(offered.Plan, ct);
        }
        else
        {
            await documents.DeletePlanAsync(ct);
        }

        await documents.SaveSafetyAsync(SafetyGate.After(outcome, answers, now), ct);
        return outcome;
    }

    /// <summary>The safety gate as stored.</summary>
    public Task<SafetyStatus> GateAsync(CancellationToken ct = default) => _app.Documents.SafetyAsync(ct);

    /// <summary>Why no routine is offered, or <c>null</c> while the gate is open.</summary>
    public async Task<SafetyAdvice?> RefusalAsync(CancellationToken ct = default) => SafetyGate.Refusal(await GateAsync(ct));

    /// <summary>Refuses (see a doctor first) while the gate is closed.</summary>
    /// <exception cref="RefusedException">The gate is closed.</exception>
    public async Task ThrowIfClosedAsync(CancellationToken ct = default)
    {
        if (await RefusalAsync(ct) is { } refusal)
        {
            throw new RefusedException(RefusalReason.SeeDoctorFirst, refusal);
        }
    }

    /// <summary>
    /// Records that a doctor cleared the person on <paramref name="clearedOn"/> (an explicit, dated acknowledgement):
    /// the gate opens, and the plan is made from the answers that closed it.
    /// </summary>
    /// <exception cref="RefusedException">No "see a doctor first" outcome stands.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is after today.</exception>
    public async Task<Plan> ClearByDoctorAsync(DateOnly clearedOn, CancellationToken ct = default)
    {
        var status = await GateAsync(ct);
        if (!status.IsClosed)
        {
            throw new RefusedException(RefusalReason.NothingToDo, AppMessages.TitleNothingToClear, SafetyMessages.NothingToClear);
        }

        var now = _app.Time.GetUtcNow();
        var today = LocalDay.Of(now, await ZoneAsync(ct));
        var cleared = SafetyGate.Clear(status, clearedOn, today, now);
        var plan = SafetyGate.PlanAfterClearance(_app.Programme, cleared.SeeDoctor!, now);
        await _app.Documents.SaveSafetyAsync(cleared, ct);
        await _app.Documents.SavePlanAsync(plan, ct);
        return plan;
    }

    /// <summary>
    /// The saved plan, or <c>null</c> when there is none, with its reasons and notes in the current UI culture (a plan
    /// is saved with the words of the language it was made in; <see cref="Assessment.InCurrentLanguage"/>), so every
    /// door shows it in its reader's language.
    /// </summary>
    /// <exception cref="DamagedDocumentException">The saved plan cannot be read.</exception>
    public async Task<Plan?> PlanAsync(CancellationToken ct = default) =>
        await _app.Documents.PlanAsync(ct) is { } plan ? Assessment.InCurrentLanguage(_app.Programme, plan) : null;

    /// <summary>
    /// Today's session from the saved plan (levels, paused stretches, advice; pain of 7 or more before makes it
    /// gentle), or <c>null</c> when there is no plan.
    /// </summary>
    /// <exception cref="DamagedDocumentException">The plan or the resumed stretches cannot be used.</exception>
    public async Task<TodaysSession?> TodayAsync(int? painBefore = null, CancellationToken ct = default)
    {
        if (await PlanAsync(ct) is not { } plan)
        {
            return null;
        }

        return await TodayAsync(plan, painBefore, ct);
    }

    /// <summary>Today's session from <paramref name="plan"/>.</summary>
    /// <exception cref="DamagedDocumentException">The plan names stretches the programme does not have, or the resumed stretches cannot be read.</exception>
    public async Task<TodaysSession> TodayAsync(Plan plan, int? painBefore, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = _app.Time.GetUtcNow();
        var history = await _app.Documents.SafetyHistoryAsync(now, plan.CreatedAt, ct);
        try
        {
            return TodaysSessionPlanner.Build(_app.Programme, plan, history, painBefore is { } p ? new PainScore(p) : null, now);
        }
        catch (InvalidOperationException ex)
        {
            throw new DamagedDocumentException(ex.Message, ex);
        }
    }

    /// <summary>
    /// Resumes a paused stretch (to be done only once a doctor or physiotherapist agrees): only hurts after now count
    /// again, and it comes back at the low end of its range. Returns what to tell the person.
    /// </summary>
    /// <exception cref="RefusedException">There is no plan, the stretch is not in it, or it is not paused.</exception>
    public async Task<string> ResumeAsync(string stretchId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stretchId);
        var plan = await PlanAsync(ct) ?? throw new RefusedException(RefusalReason.NothingToDo, AppMessages.TitleNoPlan, AppMessages.NoPlan);
        var today = await TodayAsync(plan, null, ct);
        var progress = today.Progress.FirstOrDefault(p => p.StretchId == stretchId)
            ?? throw new RefusedException(RefusalReason.NothingToDo, AppMessages.TitleNotInPlan,
                AppMessages.Format(AppMessages.NotInPlan, stretchId, string.Join(", ", plan.Stretches.Select(s => s.StretchId))));
        var name = _app.Programme.FindStretch(stretchId)?.Name ?? stretchId;
        if (!progress.IsPaused)
        {
            throw new RefusedException(RefusalReason.NothingToDo, AppMessages.TitleNotPaused, AppMessages.Format(AppMessages.NotPaused, name));
        }

        await _app.Documents.AddResumptionAsync(new StretchResumption(stretchId, _app.Time.GetUtcNow()), ct);
        return AppMessages.Format(AppMessages.Resumed, name) + " " + SafetyMessages.StopRule;
    }

    private Task<TimeZoneInfo> ZoneAsync(CancellationToken ct) => _app.Journal.TimeZoneAsync(ct);
}
