using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Supple.Core.Sessions;

namespace Supple.Bench.Timing;

/// <summary>
/// Plays a real-time timeline with <see cref="TimeProvider.System"/> and measures each cue's lateness with
/// <see cref="Stopwatch"/> against its ideal time. Three players run side by side in one process, over the same
/// minutes, so they see the same machine load: the runner as shipped (sleep, then spin the last 2 ms), the runner
/// sleeping only (precision window 0), and a naive loop of <c>await Task.Delay(1000)</c> counting seconds.
/// </summary>
public static class CueTimingBenchmark
{
    public static async Task<string> RunAsync(BenchOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);

        // Warm up: JIT every path of the runner and the timers before measuring.
        var warmUp = SyntheticProgramme.WarmUp();
        await log.WriteLineAsync($"Warming up ({warmUp.TotalDuration.TotalSeconds:0} s)…");
        await Task.WhenAll(
            PlayRunnerAsync("warm-up", warmUp, precisionWindow: null),
            PlayRunnerAsync("warm-up", warmUp, precisionWindow: TimeSpan.Zero),
            NaiveLoopAsync((int)warmUp.TotalDuration.TotalSeconds));

        var timeline = SyntheticProgramme.TimelineOfAtLeast(options.Seconds);
        var seconds = (int)timeline.TotalDuration.TotalSeconds;
        await log.WriteLineAsync(
            $"Playing a {seconds} s timeline ({timeline.Steps.Count} steps) three ways at once, in real time…");
        var started = DateTimeOffset.UtcNow;
        var loadBefore = LoadAverage();
        var results = await Task.WhenAll(
            PlayRunnerAsync("SessionRunner (sleep + 2 ms spin, default)", timeline, precisionWindow: null),
            PlayRunnerAsync("SessionRunner (sleep only)", timeline, precisionWindow: TimeSpan.Zero),
            NaiveLoopAsync(seconds));

        return Report(results, timeline, started, loadBefore, LoadAverage());
    }

    /// <summary>Plays the timeline; every event's lateness is the Stopwatch time it was raised minus its ideal offset.</summary>
    private static async Task<LatenessStats> PlayRunnerAsync(string name, Timeline timeline, TimeSpan? precisionWindow)
    {
        var runner = precisionWindow is { } window
            ? new SessionRunner(timeline, TimeProvider.System) { PrecisionWindow = window }
            : new SessionRunner(timeline, TimeProvider.System);
        var seen = new List<(long Timestamp, RunnerEvent Event)>(capacity: 8 * (int)timeline.TotalDuration.TotalSeconds);
        var origin = Stopwatch.GetTimestamp();
        var result = await runner.RunAsync(e => seen.Add((Stopwatch.GetTimestamp(), e)));

        var lateness = seen
            .Select(s => (Stopwatch.GetElapsedTime(origin, s.Timestamp) - (s.Event.At - result.StartedAt)).TotalMilliseconds)
            .ToList();
        return LatenessStats.From(name, lateness);
    }

    /// <summary>The naive way: sleep one second, count it, repeat. Each cue is late by its own delay plus all before.</summary>
    private static async Task<LatenessStats> NaiveLoopAsync(int seconds)
    {
        var lateness = new List<double>(seconds);
        var origin = Stopwatch.GetTimestamp();
        for (var i = 1; i <= seconds; i++)
        {
            await Task.Delay(1000);
            lateness.Add((Stopwatch.GetElapsedTime(origin) - TimeSpan.FromSeconds(i)).TotalMilliseconds);
        }

        return LatenessStats.From("Naive loop of await Task.Delay(1000)", lateness);
    }

    /// <summary>The 1-minute load average (Linux), to say how busy the machine was.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Report(LatenessStats[] results, Timeline timeline, DateTimeOffset started, string loadBefore, string loadAfter)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"Run {started:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}; load average {loadBefore} before, {loadAfter} after.");
        md.AppendLine(inv, $"Timeline: {timeline.TotalDuration.TotalSeconds:0} s, {timeline.Steps.Count} steps; lateness in ms of each cue against its ideal time (Stopwatch).");
        md.AppendLine();
        md.AppendLine("| Player | Cues | Median | p99 | Max | Min | End drift |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            md.AppendLine(inv, $"| {r.Name} | {r.Cues} | {r.Median:0.000} | {r.P99:0.000} | {r.Max:0.000} | {r.Min:0.000} | {r.EndDrift:0.000} |");
        }

        var shipped = results[0];
        var meets = shipped.Max <= 5 && shipped.P99 <= 2 && Math.Abs(shipped.EndDrift) <= 5 && shipped.Min >= 0;
        md.AppendLine();
        md.AppendLine(inv, $"Target (every cue within 5 ms, p99 ≤ 2 ms, end drift ≤ 5 ms, never early): {(meets ? "met" : "MISSED")} by the shipped runner.");
        return md.ToString();
    }
}
