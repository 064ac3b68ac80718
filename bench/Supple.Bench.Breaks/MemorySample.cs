using System.Globalization;

namespace Supple.Bench.Breaks;

/// <summary>One reading of a process's memory from /proc, in KiB.</summary>
/// <param name="Rss">Resident set size: every page in memory, shared ones included (VmRSS).</param>
/// <param name="Pss">Proportional set size: shared pages divided among the processes that map them.</param>
/// <param name="Private">Pages only this process uses (Private_Clean + Private_Dirty, the "USS").</param>
/// <param name="PeakRss">The highest RSS so far (VmHWM).</param>
internal sealed record MemorySample(long Rss, long Pss, long Private, long PeakRss)
{
    public static MemorySample Read(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        var rollup = File.ReadAllLines($"/proc/{pid}/smaps_rollup");
        return new MemorySample(
            Field(status, "VmRSS:"),
            Field(rollup, "Pss:"),
            Field(rollup, "Private_Clean:") + Field(rollup, "Private_Dirty:"),
            Field(status, "VmHWM:"));
    }

    private static long Field(string[] lines, string name)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{name} not found in /proc");
        return long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
