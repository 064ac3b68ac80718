using Microsoft.Extensions.Options;

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
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogFailed(log, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending reminders failed this round; the next round tries again: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
