using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Application;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Web.Pages;

/// <summary>
/// Today: streak, days practised this week, the last pain score and the way into today's session, through the
/// application layer (no way in while a "see a doctor first" outcome stands).
/// </summary>
public sealed class IndexModel(SuppleApp app, TimeProvider time, LocalizedProgramme localized) : PageModel
{
    /// <summary>The programme in the request's language (what the page shows).</summary>
    public Programme Programme => localized.Programme;

    public int CurrentStreak { get; private set; }

    public int DaysThisWeek { get; private set; }

    public bool PractisedToday { get; private set; }

    public LastPain? LastPain { get; private set; }

    public SessionState? OpenSession { get; private set; }

    public DosageLevel DefaultLevel { get; private set; } = DosageLevel.Standard;

    public bool DisclaimerAccepted { get; private set; }

    /// <summary>Why no routine is offered, while the safety gate is closed.</summary>
    public SafetyAdvice? Refusal { get; private set; }

    /// <summary>Today's session from the saved plan, when there is one (and it can be read).</summary>
    public TodaysSession? PlanToday { get; private set; }

    /// <summary>
    /// Without a plan: the stretches a session started now plays (paused ones left out, by the application layer's
    /// rules), empty when every one is paused; <c>null</c> with a plan or a refusal.
    /// </summary>
    public IReadOnlyList<string>? Playing { get; private set; }

    /// <summary>Without a plan: the stretches left out because they are paused.</summary>
    public IReadOnlyList<string> Paused { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisclaimerAccepted = await app.Disclaimer.AcceptedAtAsync(ct) is not null;
        var stats = await app.Journal.StatsAsync(ct);
        CurrentStreak = stats.CurrentStreak;

        var now = time.GetUtcNow();
        var history = await app.Journal.HistoryAsync(now - TimeSpan.FromDays(400), ct);
        var today = stats.Today;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var practised = history.Sessions.Where(s => s.CountsAsPractice).Select(s => s.Day).ToHashSet();
        DaysThisWeek = practised.Count(d => d >= monday && d <= today);
        PractisedToday = practised.Contains(today);
        LastPain = Pages.LastPain.From(history);
        OpenSession = await app.Sessions.GetOpenAsync(ct);
        Refusal = await app.Assessments.RefusalAsync(ct);
        if (Refusal is null)
        {
            try
            {
                PlanToday = await app.Assessments.TodayAsync(null, ct);
            }
            catch (DamagedDocumentException)
            {
                PlanToday = null; // the plan page explains what is wrong
            }

            if (PlanToday is null)
            {
                // What "start" would play, so the page never says "all seven" while some are paused.
                try
                {
                    var prepared = await app.Sessions.PrepareAsync(new SessionRequest(DefaultLevel), ct);
                    Playing = [.. prepared.Routine.Items.Select(i => i.StretchId)];
                }
                catch (RefusedException ex) when (ex.Reason == RefusalReason.AllPaused)
                {
                    Playing = [];
                }

                Paused = [.. Programme.Stretches.Select(s => s.Id).Where(id => !Playing.Contains(id, StringComparer.Ordinal))];
            }
        }
    }
}
