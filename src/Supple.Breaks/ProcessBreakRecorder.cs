using System.Diagnostics;
using System.Text.Json;

namespace Supple.Breaks;

/// <summary>
/// Records a break by running <c>supple breaks --record</c> with the break on standard input: the waiting process stays
/// small (no store, no EF Core), and the record goes through the same application layer as every other door.
/// </summary>
internal sealed class ProcessBreakRecorder(BreakRecording recording) : IBreakRecorder
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public async Task RecordAsync(BreakRecord record, CancellationToken ct)
    {
        var info = new ProcessStartInfo(recording.Command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in recording.Command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("breaks");
        info.ArgumentList.Add("--record");
        info.Environment.Remove(BreakHandOff.JobVariable);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("supple could not be started to save the break.");
        var request = new BreakRecordRequest(recording.Db, recording.ProgrammeFile, recording.Routine, record.BreakId, record.StartedAt, (long)record.Elapsed.TotalMilliseconds, record.End);
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(request, BreakJobJsonContext.Default.BreakRecordRequest).AsMemory(), ct);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException("saving the break took too long.");
        }

        if (process.ExitCode != 0)
        {
            var reason = (await stderr).Trim();
            throw new InvalidOperationException(reason.Length > 0 ? reason.ReplaceLineEndings(" ") : $"supple exited with {process.ExitCode}.");
        }
    }
}
