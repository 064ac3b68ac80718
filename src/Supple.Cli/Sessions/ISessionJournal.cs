using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// Where <c>supple start</c> keeps what happens: the disclaimer acceptance, the session and each stretch as it
/// completes. One instance records one session. The store-backed implementation is <see cref="StoreSessionJournal"/>.
/// </summary>
internal interface ISessionJournal : IAsyncDisposable
{
    /// <summary>True when the disclaimer was accepted before.</summary>
    Task<bool> IsDisclaimerAcceptedAsync(CancellationToken cancellationToken);

    /// <summary>Stores that the disclaimer was accepted at <paramref name="at"/>.</summary>
    Task AcceptDisclaimerAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Starts the session record, before the first step.</summary>
    Task StartSessionAsync(SessionStart start, CancellationToken cancellationToken);

    /// <summary>Stores one finished stretch (one side), in its own transaction.</summary>
    Task RecordStretchAsync(StretchRecord record, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Closes the session record with how it ended and the pain after.</summary>
    Task FinishSessionAsync(SessionResult result, int? painAfter, CancellationToken cancellationToken);

    /// <summary>Streak and pain trend after the session, or <c>null</c> when not available.</summary>
    Task<JournalStats?> GetStatsAsync(CancellationToken cancellationToken);
}
