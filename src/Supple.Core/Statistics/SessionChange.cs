using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Core.Statistics;

/// <summary>
/// One write to a person's history, as the summary rule (<see cref="SummaryRule"/>) sees it: a session started, a
/// stretch of it recorded, the session ended, or a whole session (logged, saved at once, imported) in one go.
/// </summary>
/// <param name="Day">The day the session counts for, in the person's time zone.</param>
/// <param name="Source">How the session got into the history.</param>
/// <param name="NewSession">True when this write adds the session (its start, or the whole of it).</param>
/// <param name="AlreadyPractised">True when an earlier write already made this session count as practice.</param>
/// <param name="Records">The stretch records this write adds (empty when none).</param>
/// <param name="Outcome">The outcome the session ends with in this write, or <c>null</c> when it is still open.</param>
/// <param name="PainBefore">The session's pain before (0–10), when given.</param>
/// <param name="PainAfter">The session's pain after (0–10), when given in this write.</param>
/// <param name="AlreadyEnded">True when the session had ended before this write (it only adds the pain after).</param>
public sealed record SessionChange(
    DateOnly Day,
    SessionSource Source,
    bool NewSession,
    bool AlreadyPractised,
    IReadOnlyList<StretchRecord> Records,
    SessionOutcome? Outcome,
    int? PainBefore,
    int? PainAfter,
    bool AlreadyEnded = false)
{
    /// <summary>A guided session starts (nothing done yet).</summary>
    public static SessionChange Started(DateOnly day, SessionSource source = SessionSource.Guided) =>
        new(day, source, NewSession: true, AlreadyPractised: false, [], null, null, null);

    /// <summary>Stretch records of an open session are written.</summary>
    public static SessionChange Recorded(DateOnly day, SessionSource source, bool alreadyPractised, IReadOnlyList<StretchRecord> records) =>
        new(day, source, NewSession: false, alreadyPractised, records, null, null, null);

    /// <summary>An open session ends.</summary>
    public static SessionChange Ended(DateOnly day, SessionSource source, bool alreadyPractised, SessionOutcome outcome, int? painBefore, int? painAfter) =>
        new(day, source, NewSession: false, alreadyPractised, [], outcome, painBefore, painAfter);

    /// <summary>The pain after is given for a session that has already ended (it stopped, then the person was asked).</summary>
    public static SessionChange PainAfterAdded(DateOnly day, SessionSource source, SessionOutcome outcome, int? painBefore, int painAfter) =>
        new(day, source, NewSession: false, AlreadyPractised: true, [], outcome, painBefore, painAfter, AlreadyEnded: true);

    /// <summary>A whole session in one write (logged, saved at once, imported); <paramref name="outcome"/> null when it never finished.</summary>
    public static SessionChange Whole(DateOnly day, SessionSource source, IReadOnlyList<StretchRecord> records, SessionOutcome? outcome, int? painBefore, int? painAfter) =>
        new(day, source, NewSession: true, AlreadyPractised: false, records, outcome, painBefore, painAfter);
}
