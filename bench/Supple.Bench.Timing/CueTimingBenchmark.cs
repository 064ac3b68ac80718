using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Supple.Cli.Sessions;
using Supple.Core.Sessions;

namespace Supple.Bench.Timing;

/// <summary>
/// Plays a real-time timeline with <see cref="TimeProvider.System"/> and measures each cue's lateness with
/// <see cref="Stopwatch"/> against its ideal time. Three players take turns over the same timeline, each alone in
/// the process: the runner in its terminal host as shipped (<see cref="SessionLoop"/>: the provider's timer, then a
/// high-resolution sleep and a 1 ms spin before each deadline), the same host on timers only
/// (<c>PrecisionWindow = 0</c>), and a naive loop of <c>await Task.Delay(1000)</c> counting seconds.
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
        var started = DateTimeOffset.UtcNow;
        Func<Task<LatenessStats>>[] players =
        [
            () => PlayRunnerAsync("SessionRunner, default (timer, then precise sleep + 1 ms spin)", timeline, precisionWindow: null),
            () => PlayRunnerAsync("SessionRunner, timer only (PrecisionWindow = 0)", timeline, precisionWindow: TimeSpan.Zero),
            () => NaiveLoopAsync(seconds),
        ];
        var results = new List<(LatenessStats Stats, string Load)>();
        foreach (var play in players)
        {
            // One after the other, each alone in the process as in a real player, so they cannot disturb each other.
            await log.WriteLineAsync($"Playing {seconds} s ({timeline.Steps.Count} steps) in real time…");
            var stats = await play();
            results.Add((stats, LoadAverage()));
            await log.WriteLineAsync($"  {stats.Name}: p99 {stats.P99:0.000} ms, max {stats.Max:0.000} ms, end drift {stats.EndDrift:0.000} ms");
        }

        return Report(results, timeline, started);
    }

    /// <summary>Plays the timeline; every event's lateness is the Stopwatch time it was raised minus its ideal offset.</summary>
    private static async Task<LatenessStats> PlayRunnerAsync(string name, Timeline timeline, TimeSpan? precisionWindow)
    {
        var runner = precisionWindow is { } window
            ? new SessionLoop(new SessionRunner(timeline), TimeProvider.System) { PrecisionWindow = window }
            : new SessionLoop(new SessionRunner(timeline), TimeProvider.System);
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

    private static string Report(List<(LatenessStats Stats, string Load)> results, Timeline timeline, DateTimeOffset started)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"Run {started:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}.");
        md.AppendLine(inv, $"Timeline: {timeline.TotalDuration.TotalSeconds:0} s, {timeline.Steps.Count} steps, played by each player in turn; lateness in ms of each cue against its ideal time (Stopwatch).");
        md.AppendLine();
        md.AppendLine("| Player | Cues | Median | p90 | p99 | Max | Min | Cues > 5 ms | End drift | Load avg |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (r, load) in results)
        {
            md.AppendLine(inv, $"| {r.Name} | {r.Cues} | {r.Median:0.000} | {r.P90:0.000} | {r.P99:0.000} | {r.Max:0.000} | {r.Min:0.000} | {r.Over5Ms} | {r.EndDrift:0.000} | {load} |");
        }

        var shipped = results[0].Stats;
        var meets = shipped.Max <= 5 && shipped.P99 <= 2 && Math.Abs(shipped.EndDrift) <= 5 && shipped.Min >= 0;
        md.AppendLine();
        md.AppendLine(inv, $"Target (every cue within 5 ms, p99 ≤ 2 ms, end drift ≤ 5 ms, never early): {(meets ? "met" : "MISSED")} by the default runner.");
        return md.ToString();
    }
}
