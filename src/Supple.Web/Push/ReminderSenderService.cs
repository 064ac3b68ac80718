using Microsoft.Extensions.Options;
using Supple.Data;

namespace Supple.Web.Push;

/// <summary>
/// Runs <see cref="ReminderSender"/> every <see cref="PushOptions.PollSeconds"/> while the server runs. A failure (the
/// database restarting, say) is logged and the next round tries again.
/// </summary>
public sealed partial class ReminderSenderService(ReminderSender sender, TimeProvider time, IOptions<PushOptions> options, ILogger<ReminderSenderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.PollSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        do
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (StoreException ex)
            {
                // The database cannot be used (a damaged file, one that is not Supple's, a server that is down): every
                // page, every API answer (503) and /readyz say so; a warning every round would only bury that.
                LogStoreUnusable(log, ex.Message);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogFailed(log, Describe(ex));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // The database's refusal in words (a read-only file is the usual one on a laptop); anything else as it says.
    private static string Describe(Exception ex) => ex.GetBaseException() switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 8 } => "the database is read-only: make the file and its folder writable",
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } => "the database is locked by another program",
        Microsoft.Data.Sqlite.SqliteException sqlite => $"the database refused the change (SQLite code {sqlite.SqliteErrorCode})",
        var inner => inner.Message,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "No reminders sent this round: {Reason}")]
    private static partial void LogStoreUnusable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending reminders failed this round; the next round tries again: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
