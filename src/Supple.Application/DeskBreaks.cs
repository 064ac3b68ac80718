using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Application;

/// <summary>
/// Desk breaks through the same rules as sessions: refused while the safety gate is closed or before the disclaimer
/// is accepted; paused stretches never offered; each break recorded like any other session (its stretches folded by
/// Core, "this hurts" included), so the pause rules see a hurt during a break.
/// </summary>
public sealed class DeskBreaks
{
    private readonly SuppleApp _app;

    internal DeskBreaks(SuppleApp app) => _app = app;

    /// <summary>
    /// The break routine and spacing, with every rule applied. A local SQLite file already at this version's schema is
    /// read with plain SQL, so a process that then waits for hours never loads EF Core (docs/PERFORMANCE.md).
    /// </summary>
    /// <param name="acceptDisclaimer">Accept the disclaimer now (the person passed <c>--accept-disclaimer</c>).</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="RefusedException">The gate is closed, the disclaimer is not accepted, or no stretch can be offered.</exception>
    public async Task<DeskBreakPlan> PrepareAsync(bool acceptDisclaimer, CancellationToken ct = default)
    {
        GuidedSessions.ThrowIfAboveArticleRange(_app.Programme);
        var inputs = _app.Users is LocalUserStore { IsOpen: false } local ? SqliteDeskBreakReader.TryRead(local.Location, local.UserId) : null;
        Plan? plan;
        IReadOnlyList<string> paused;
        TimeSpan? every;
        if (inputs is not null)
        {
            if (SafetyGate.Refusal(PersonalDocuments.ParseSafety(inputs.SafetyJson)) is { } refusal)
            {
                throw new RefusedException(RefusalReason.SeeDoctorFirst, refusal);
            }

            if (inputs.DisclaimerAcceptedAt is null)
            {
                if (!acceptDisclaimer)
                {
                    throw DisclaimerFirst();
                }

                await _app.Disclaimer.AcceptAsync(ct);
            }

            plan = PersonalDocuments.ParsePlan(inputs.PlanJson);
            var resumptions = PersonalDocuments.ParseResumptions(inputs.ResumptionsJson);
            var hurts = inputs.Hurts.Select(h => new StretchHurt(h.StretchId, h.At)).ToList();
            paused = [.. _app.Programme.Stretches.Select(s => s.Id).Where(id => SafetyRules.PausedSince(id, hurts, resumptions) is not null)];
            every = PersonalDocuments.ParseReminders(inputs.RemindersJson).BreakEvery;
        }
        else
        {
            await _app.Assessments.ThrowIfClosedAsync(ct);
            if (await _app.Disclaimer.AcceptedAtAsync(ct) is null)
            {
                if (!acceptDisclaimer)
                {
                    throw DisclaimerFirst();
                }

                await _app.Disclaimer.AcceptAsync(ct);
            }

            plan = await _app.Assessments.PlanAsync(ct);
            // Only pausing is read here, and it keeps every session in which something hurt.
            var history = await _app.Documents.SafetyHistoryAsync(_app.Time.GetUtcNow(), planCreatedAt: null, ct);
            var hurts = SafetyRules.Hurts(history.Sessions).ToList();
            paused = [.. _app.Programme.Stretches.Select(s => s.Id).Where(id => SafetyRules.PausedSince(id, hurts, history.Resumptions) is not null)];
            every = (await _app.Documents.RemindersAsync(ct)).BreakEvery;
        }

        var routine = DeskBreakRoutine.ChooseExcluding(_app.Programme, plan, paused);
        if (routine.Items.Count == 0)
        {
            throw new RefusedException(RefusalReason.NoDeskBreakStretches, AppMessages.TitleNoDeskBreak, SafetyMessages.NoDeskBreakStretches);
        }

        return new DeskBreakPlan(routine, TimelineCompiler.Compile(_app.Programme, routine), every);
    }

    /// <summary>Records one break as a session (source: desk break). Reporting the same break again changes nothing.</summary>
    public Task<SessionState> RecordAsync(BreakReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var timeline = TimelineCompiler.Compile(_app.Programme, report.Routine);
        var steps = report.End == StepEnd.Played
            ? TimedSteps.Until(timeline, report.StartedAt, timeline.TotalDuration, StepEnd.Stopped)
            : TimedSteps.Until(timeline, report.StartedAt, report.Elapsed, report.End);
        return _app.Sessions.SavePlayedAsync(new PlayedSession(report.BreakId, report.Routine, report.StartedAt, null, steps, null, SessionSource.DeskBreak), ct);
    }

    private static RefusedException DisclaimerFirst() =>
        new(RefusalReason.DisclaimerNotAccepted, AppMessages.TitleAcceptDisclaimer, SafetyMessages.DisclaimerFirst, [SafetySources.Article]);
}
