using System.Runtime.InteropServices;
using Supple.Breaks;

// supple-breaks: the waiting loop of `supple breaks`, compiled ahead of time so that the process which waits for
// hours is small. `supple breaks` decides everything (plan, routine, settings) and execs this program with the job
// in SUPPLE_BREAKS_JOB; nothing else should start it.
var json = Environment.GetEnvironmentVariable(BreakHandOff.JobVariable);
if (string.IsNullOrEmpty(json))
{
    Console.Error.WriteLine("supple-breaks: " + StartedByHand.Refusal(Environment.GetEnvironmentVariable));
    return 2;
}

// Not passed on to notify-send or anything else started from here.
Environment.SetEnvironmentVariable(BreakHandOff.JobVariable, null);
BreakJob job;
try
{
    job = BreakJobSerializer.Deserialize(json);
}
catch (InvalidDataException ex)
{
    Console.Error.WriteLine($"supple-breaks: {ex.Message}");
    return 2;
}

using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await BreakLoop.RunJobAsync(job, Console.Out, TimeProvider.System, Environment.GetEnvironmentVariable, stop.Token);
