using System.Runtime.InteropServices;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM end the running command through its cancellation token, and the command finishes its
/// work (a session closes its record: the stretch in progress kept as partial) however long the store takes. A second
/// signal ends the process at once.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration? _interrupt;
    private readonly PosixSignalRegistration? _terminate;
    private int _signal;

    public TerminationSignals()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        }
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code shells expect after the signal received (130 after SIGINT, 143 after SIGTERM), or <c>null</c>.</summary>
    public int? ExitCode => Volatile.Read(ref _signal) switch
    {
        2 => ExitCodes.Interrupted,
        15 => ExitCodes.Terminated,
        _ => null,
    };

    public void Dispose()
    {
        _interrupt?.Dispose();
        _terminate?.Dispose();
        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The second signal is not cancelled: the runtime's default ends the process.
        if (Interlocked.CompareExchange(ref _signal, context.Signal == PosixSignal.SIGTERM ? 15 : 2, 0) != 0)
        {
            return;
        }

        context.Cancel = true;
        _cancel.Cancel();
    }
}
