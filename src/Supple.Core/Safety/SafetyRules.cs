using Supple.Core.History;
using Supple.Core.Localization;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Core.Safety;

/// <summary>
/// Every rule that adapts dosage or warns the person, in one place. Each constant and method is described,
/// with its source, in <c>docs/SAFETY.md</c>; each has tests. The rules only ever move a stretch between the
/// levels of the article's own ranges (<see cref="DosageLevel.Gentle"/> = the low end,
/// <see cref="DosageLevel.Full"/> = the high end), so nothing here can go above the article's range.
/// </summary>
public static class SafetyRules
{
    /// <summary>Sessions in a row with a stretch and no rise in pain before it steps up one level.</summary>
    public const int StepUpAfterCalmSessions = 3;

    /// <summary>A session whose pain rose by this much or more steps every stretch in it down one level.</summary>
    public const int StepDownPainRise = 2;

    /// <summary>How many sessions in which a stretch hurt, within <see cref="HurtWindow"/>, pause it.</summary>
    public const int PauseAfterHurts = 2;

    /// <summary>The window for <see cref="PauseAfterHurts"/>.</summary>
    public static readonly TimeSpan HurtWindow = TimeSpan.FromDays(7);

    /// <summary>Pain before a session at or above this gives a gentle session with advice.</summary>
    public const int HighPainBeforeSession = 7;

    /// <summary>The window over which the pain trend is measured.</summary>
    public static readonly TimeSpan TrendWindow = TimeSpan.FromDays(14);

    /// <summary>Fewest ratings in the window for a trend to count.</summary>
    public const int TrendMinimumReadings = 4;

    /// <summary>Fewest days between the first and last rating in the window for a trend to count.</summary>
    public const double TrendMinimumSpanDays = 7;

    /// <summary>A least-squares rise of at least this many points over the window is a rising trend.</summary>
    public const double TrendMinimumRise = 2.0;

    /// <summary>One level up, never above <see cref="DosageLevel.Full"/> (the top of the article's range).</summary>
    public static DosageLevel StepUp(DosageLevel level) => level switch
    {
        DosageLevel.Gentle => DosageLevel.Standard,
        _ => DosageLevel.Full,
    };

    /// <summary>One level down, never below <see cref="DosageLevel.Gentle"/> (the bottom of the article's range).</summary>
    public static DosageLevel StepDown(DosageLevel level) => level switch
    {
        DosageLevel.Full => DosageLevel.Standard,
        _ => DosageLevel.Gentle,
    };

    /// <summary>
    /// How far back the rules read: <see cref="Progress"/> replays the sessions since the plan was made and the trend
    /// reads the ratings of the last <see cref="TrendWindow"/>, so the history they need is every session and pain
    /// check-in since the earlier of those two instants, plus every older session in which something hurt (pausing looks
    /// at the whole history). A history cut this way gives the same answers as the whole one, so a long history does not
    /// make every session slower to start.
    /// </summary>
    /// <param name="now">The current time.</param>
    /// <param name="planCreatedAt">When the saved plan was made, or <c>null</c> when the session is not from a plan.</param>
    public static DateTimeOffset HistoryNeededSince(DateTimeOffset now, DateTimeOffset? planCreatedAt)
    {
        var trendFrom = now - TrendWindow;
        return planCreatedAt is { } made && made < trendFrom ? made : trendFrom;
    }

    /// <summary>True when pain before a session is high enough to offer only a gentle session.</summary>
    public static bool IsHighPain(PainScore painBefore) => painBefore.Value >= HighPainBeforeSession;

    /// <summary>
    /// Replays the history for each stretch of a plan. Every stretch starts at the low end of its ranges
    /// when the plan is made (<paramref name="planCreatedAt"/>); sessions since then move it:
    /// a session in which it hurt, or whose pain rose by <see cref="StepDownPainRise"/> or more, steps it down;
    /// <see cref="StepUpAfterCalmSessions"/> sessions in a row in which it was done with both pain ratings given
    /// and no rise in pain step it up. A rise of 1 starts the count again; a session without both ratings
    /// neither counts nor resets. Pausing looks at the whole history, not only since the plan was made.
    /// </summary>
    public static IReadOnlyList<DosageProgress> Progress(
        IEnumerable<string> stretchIds, DateTimeOffset planCreatedAt, SafetyHistory history)
    {
        ArgumentNullException.ThrowIfNull(stretchIds);
        ArgumentNullException.ThrowIfNull(history);
        var sessions = history.Sessions.OrderBy(s => s.StartedAt).ToList();
        return [.. stretchIds.Select(id => ProgressOf(id, planCreatedAt, sessions, history.Resumptions))];
    }

    /// <summary>
    /// The pain trend at <paramref name="now"/>: the least-squares slope of every rating in the last
    /// <see cref="TrendWindow"/> (computed by <see cref="PainTrend.Compute"/>). It is rising when there are at
    /// least <see cref="TrendMinimumReadings"/> ratings spread over at least <see cref="TrendMinimumSpanDays"/>
    /// days and the fitted line climbs by <see cref="TrendMinimumRise"/> points or more over the window.
    /// </summary>
    public static RisingTrendCheck Trend(IEnumerable<PainPoint> readings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var from = now - TrendWindow;
        var inWindow = readings.Where(r => r.At >= from && r.At <= now).ToList();
        var trend = PainTrend.Compute(inWindow, now, (int)TrendWindow.TotalDays);
        var span = inWindow.Count == 0 ? 0 : (inWindow.Max(r => r.At) - inWindow.Min(r => r.At)).TotalDays;
        var rising = trend.Readings >= TrendMinimumReadings
            && span >= TrendMinimumSpanDays
            && trend.ChangeOverWindow is { } change && change >= TrendMinimumRise;
        return new RisingTrendCheck(trend, span, rising);
    }

    /// <summary>
    /// The advice to show before a session at <paramref name="now"/>: high pain today, a rising trend,
    /// and each paused stretch. Empty when nothing applies.
    /// </summary>
    /// <param name="painBefore">Pain rated now, before the session, or <c>null</c> when not rated.</param>
    /// <param name="progress">The plan's stretches as returned by <see cref="Progress"/>.</param>
    /// <param name="history">The history (its pain ratings give the trend).</param>
    /// <param name="now">The current time.</param>
    /// <param name="stretchName">Turns a stretch id into its display name.</param>
    public static IReadOnlyList<SafetyAdvice> AdviceBeforeSession(
        PainScore? painBefore,
        IReadOnlyList<DosageProgress> progress,
        SafetyHistory history,
        DateTimeOffset now,
        Func<string, string> stretchName)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(stretchName);
        var advice = new List<SafetyAdvice>();
        if (painBefore is { } pain && IsHighPain(pain))
        {
            advice.Add(SafetyMessages.HighPain(pain.Value));
        }

        var readings = painBefore is { } p ? history.PainReadings().Append(new PainPoint(now, p.Value)) : history.PainReadings();
        if (Trend(readings, now).IsRising)
        {
            advice.Add(SafetyMessages.RisingTrend);
        }

        advice.AddRange(progress.Where(s => s.IsPaused).Select(s => SafetyMessages.Paused(s.StretchId, stretchName(s.StretchId))));
        return advice;
    }

    private static DosageProgress ProgressOf(
        string id, DateTimeOffset planCreatedAt, List<PracticeSession> sessions, IReadOnlyList<StretchResumption> resumptions)
    {
        var level = DosageLevel.Gentle;
        var calm = 0;
        string? lastChange = null;
        foreach (var session in sessions.Where(s => s.StartedAt >= planCreatedAt))
        {
            var records = session.Stretches.Where(r => r.StretchId == id).ToList();
            if (records.Count == 0 && !HurtIn(session, id))
            {
                continue;
            }

            var hurt = HurtIn(session, id);
            var done = records.Any(r => !r.Skipped);
            var rise = PainRise(session);
            if (hurt || rise >= StepDownPainRise)
            {
                var lower = StepDown(level);
                if (lower != level)
                {
                    lastChange = hurt
                        ? SafetyText.Localizer.Format(SafetyText.LevelChangeHurtStepDown, ("date", IsoDate(session.StartedAt)))
                        : SafetyText.Localizer.Format(SafetyText.LevelChangePainStepDown, ("date", IsoDate(session.StartedAt)), ("rise", rise));
                }

                level = lower;
                calm = 0;
            }
            else if (rise > 0)
            {
                calm = 0;
            }
            else if (rise is not null && done)
            {
                calm++;
                if (calm >= StepUpAfterCalmSessions)
                {
                    var higher = StepUp(level);
                    if (higher != level)
                    {
                        lastChange = SafetyText.Localizer.Format(
                            SafetyText.LevelChangeCalmStepUp, ("date", IsoDate(session.StartedAt)), ("sessions", StepUpAfterCalmSessions));
                    }

                    level = higher;
                    calm = 0;
                }
            }
        }

        return new DosageProgress(id, level, calm, PausedSince(id, Hurts(sessions), resumptions), lastChange);
    }

    // The day of a level change, written the same way in every language (yyyy-MM-dd reads unambiguously everywhere).
    private static string IsoDate(DateTimeOffset at) => at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How much pain rose from before to after a session, or <c>null</c> when either rating is missing.</summary>
    public static int? PainRise(PracticeSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.PainBefore is { } before && session.PainAfter is { } after ? after.Value - before.Value : null;
    }

    /// <summary>True when the person reported that <paramref name="stretchId"/> hurt during <paramref name="session"/>.</summary>
    public static bool HurtIn(PracticeSession session, string stretchId)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Hurt?.StretchId == stretchId || session.Stretches.Any(r => r.StretchId == stretchId && r.Hurt);
    }

    /// <summary>Every session in which each stretch hurt (once per stretch and session).</summary>
    public static IEnumerable<StretchHurt> Hurts(IEnumerable<PracticeSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.SelectMany(s => s.Stretches.Where(r => r.Hurt).Select(r => r.StretchId)
                .Concat(s.Hurt is { } h ? [h.StretchId] : [])
                .Distinct(StringComparer.Ordinal)
                .Select(id => new StretchHurt(id, s.StartedAt)));
    }

    /// <summary>
    /// When <paramref name="stretchId"/> was paused: the time of the hurt that made it hurt
    /// <see cref="PauseAfterHurts"/> times within <see cref="HurtWindow"/>, counting only hurts after the person
    /// last resumed it; <c>null</c> when it is not paused.
    /// </summary>
    public static DateTimeOffset? PausedSince(string stretchId, IEnumerable<StretchHurt> hurts, IEnumerable<StretchResumption> resumptions)
    {
        ArgumentNullException.ThrowIfNull(hurts);
        ArgumentNullException.ThrowIfNull(resumptions);
        var resumedAt = resumptions.Where(r => r.StretchId == stretchId).Select(r => (DateTimeOffset?)r.At).Max();
        var times = hurts
            .Where(h => h.StretchId == stretchId && (resumedAt is null || h.At > resumedAt))
            .Select(h => h.At)
            .Distinct()
            .Order()
            .ToList();
        for (var i = PauseAfterHurts - 1; i < times.Count; i++)
        {
            if (times[i] - times[i - (PauseAfterHurts - 1)] <= HurtWindow)
            {
                return times[i];
            }
        }

        return null;
    }
}
