using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Core.Statistics;

/// <summary>
/// The summary rule: what a write to the history adds to the summary rows (running totals, days practised, the
/// streak, per-stretch tallies). Every store writer — the incremental path of a guided session, a session saved whole,
/// a batch of sessions saved in one transaction, an import — persists what this returns, so the figures of
/// <c>supple stats</c> and <c>GET /api/v1/stats</c> mean the same whatever wrote them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A session counts as practice when it was logged (done without the timer), or when at least one of its stretch
/// records was done: neither skipped nor cut short (<see cref="StretchRecord.IsDone"/>). A stretch cut short by quit,
/// Ctrl+C or a kill is partial and makes no practised day.</item>
/// <item>A day is practised when at least one session that day counts as practice; the streak is the run of
/// consecutive practised days (<see cref="StreakCalculator"/>).</item>
/// <item>Every session started or logged counts; one that ends completed or stopped for pain counts as such.</item>
/// <item>Pain before and after count as a pair only when both were given and the session ended (the pain after may
/// come in a later write, once: a session that stopped, then asked how it hurts).</item>
/// <item>Each stretch record adds to its stretch's tally: done, or skipped (a partial record is neither), and hurt.</item>
/// </list>
/// </remarks>
public static class SummaryRule
{
    /// <summary>True when a session with these records counts as practice for its day.</summary>
    /// <param name="source">How the session got into the history.</param>
    /// <param name="records">All its stretch records.</param>
    public static bool CountsAsPractice(SessionSource source, IEnumerable<StretchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return source == SessionSource.Logged || records.Any(r => r.IsDone);
    }

    /// <summary>What <paramref name="change"/> adds to the summary rows.</summary>
    /// <param name="change">The write.</param>
    public static SummaryChange Of(SessionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(change.Records);
        var ended = change.Outcome is not null;
        var endsNow = ended && !change.AlreadyEnded;
        var paired = ended && change.PainBefore is not null && change.PainAfter is not null;
        var totals = new PracticeTotals(
            SessionsStarted: change.NewSession ? 1 : 0,
            Completed: endsNow && change.Outcome == SessionOutcome.Completed ? 1 : 0,
            StoppedForPain: endsNow && change.Outcome == SessionOutcome.StoppedForPain ? 1 : 0,
            PainPairs: paired ? 1 : 0,
            PainBeforeSum: paired ? change.PainBefore!.Value : 0,
            PainAfterSum: paired ? change.PainAfter!.Value : 0);
        var practises = (change.NewSession && change.Source == SessionSource.Logged) || change.Records.Any(r => r.IsDone);
        return new SummaryChange(totals, change.NewSession ? 1 : 0, practises && !change.AlreadyPractised, Tallies(change.Records));
    }

    /// <summary>
    /// The streak once <paramref name="day"/> gains a practising session. Unchanged when the day was practised
    /// already (<paramref name="practisedSessionsBefore"/> &gt; 0); otherwise the day joins the runs. Returns <c>null</c>
    /// when the day lies before the latest run in a way that may join older runs (a back-dated log, an import): then
    /// the writer reads every practised day and calls <see cref="StreakCalculator.FromDays"/>.
    /// </summary>
    /// <param name="state">The streak before.</param>
    /// <param name="day">The day that gains a practising session.</param>
    /// <param name="practisedSessionsBefore">How many practising sessions that day had before.</param>
    public static StreakState? StreakAfter(StreakState state, DateOnly day, int practisedSessionsBefore)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(practisedSessionsBefore);
        return practisedSessionsBefore > 0 ? state : StreakCalculator.Advance(state, day);
    }

    /// <summary>Adds two sets of increments (a writer that saves several writes at once sums them).</summary>
    public static PracticeTotals Add(PracticeTotals a, PracticeTotals b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new PracticeTotals(
            a.SessionsStarted + b.SessionsStarted,
            a.Completed + b.Completed,
            a.StoppedForPain + b.StoppedForPain,
            a.PainPairs + b.PainPairs,
            a.PainBeforeSum + b.PainBeforeSum,
            a.PainAfterSum + b.PainAfterSum);
    }

    private static List<StretchTally> Tallies(IReadOnlyList<StretchRecord> records)
    {
        var tallies = new List<StretchTally>(records.Count);
        foreach (var record in records)
        {
            var done = record.IsDone ? 1 : 0;
            var skipped = record.Skipped ? 1 : 0;
            var hurt = record.Hurt ? 1 : 0;
            var index = tallies.FindIndex(t => t.StretchId == record.StretchId);
            if (index < 0)
            {
                tallies.Add(new StretchTally(record.StretchId, done, skipped, hurt));
            }
            else
            {
                var t = tallies[index];
                tallies[index] = t with { TimesDone = t.TimesDone + done, TimesSkipped = t.TimesSkipped + skipped, TimesHurt = t.TimesHurt + hurt };
            }
        }

        return tallies;
    }
}
