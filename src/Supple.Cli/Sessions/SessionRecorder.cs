using System.Threading.Channels;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// Writes to the journal in order, off the runner's loop, so a slow disk never delays the timer. Each stretch
/// is its own write (its own transaction in the store): killing the process loses at most the stretch in
/// progress.
/// </summary>
internal sealed class SessionRecorder
{
    private readonly ISessionJournal _journal;
    private readonly Action<StretchRecord>? _onSaved;
    private readonly Channel<(StretchRecord Record, DateTimeOffset At)> _queue =
        Channel.CreateUnbounded<(StretchRecord, DateTimeOffset)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public SessionRecorder(ISessionJournal journal, Action<StretchRecord>? onSaved)
    {
        _journal = journal;
        _onSaved = onSaved;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>The first write error, if any (the session carries on; the end screen reports it).</summary>
    public Exception? Error { get; private set; }

    public void Enqueue(StretchCompleted completed)
    {
        foreach (var record in completed.Records)
        {
            _queue.Writer.TryWrite((record, completed.At));
        }
    }

    /// <summary>Waits until every queued stretch is written.</summary>
    public async Task FlushAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAllAsync()
    {
        await foreach (var (record, at) in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (Error is not null)
            {
                continue;
            }

            try
            {
                // Not cancelled by Ctrl+C: a finished stretch is still worth keeping.
                await _journal.RecordStretchAsync(record, at, CancellationToken.None);
                _onSaved?.Invoke(record);
            }
            catch (Exception ex)
            {
                Error = ex;
            }
        }
    }
}
