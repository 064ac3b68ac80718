using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Data;

namespace Supple.Web.Pages;

/// <summary>Today: streak, days practised this week, the last pain score and the way into today's session.</summary>
public sealed class IndexModel(UserStore users, SessionReader reader, TimeProvider time, Programme programme) : PageModel
{
    public Programme Programme { get; } = programme;

    public int CurrentStreak { get; private set; }

    public int DaysThisWeek { get; private set; }

    public bool PractisedToday { get; private set; }

    public LastPain? LastPain { get; private set; }

    public SessionView? OpenSession { get; private set; }

    public DosageLevel DefaultLevel { get; private set; }

    public bool DisclaimerAccepted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var store = await users.GetAsync(ct);
        var settings = await store.GetSettingsAsync(ct);
        DefaultLevel = settings.DefaultLevel;
        DisclaimerAccepted = settings.DisclaimerAcceptedAt is not null;
        var stats = await store.GetStatsAsync(ct);
        CurrentStreak = stats.CurrentStreak;

        var now = time.GetUtcNow();
        var history = await store.GetHistoryAsync(now - TimeSpan.FromDays(400), ct);
        var today = stats.Today;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var practised = history.Sessions.Where(s => s.CountsAsPractice).Select(s => s.Day).ToHashSet();
        DaysThisWeek = practised.Count(d => d >= monday && d <= today);
        PractisedToday = practised.Contains(today);
        LastPain = Pages.LastPain.From(history);
        OpenSession = await reader.FindOpenAsync(users.UserId, ct);
    }
}
