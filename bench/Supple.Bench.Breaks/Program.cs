using System.Diagnostics;
using System.Globalization;
using System.Text;
using Supple.Bench.Breaks;

// Idle memory of `supple breaks`, next to an idle .NET process (the runtime's own floor), in the same run.
// Usage: Supple.Bench.Breaks [--supple PATH] [--idle SECONDS] [--markdown FILE]
//        Supple.Bench.Breaks --idle-child   (internal: the baseline process)
if (args.Contains("--idle-child"))
{
    Console.WriteLine("ready");
    Thread.Sleep(Timeout.Infinite);
    return 0;
}

string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var root = FindRoot();
var supple = Arg("--supple", Path.Combine(root, "src", "Supple.Cli", "bin", "Release", "net10.0", "supple"));
var idleSeconds = int.Parse(Arg("--idle", "30"), CultureInfo.InvariantCulture);
var markdownFile = Arg("--markdown", "");
if (!File.Exists(supple))
{
    Console.Error.WriteLine($"{supple} not found: build it first with 'dotnet build src/Supple.Cli -c Release'.");
    return 2;
}

var folder = Directory.CreateTempSubdirectory("supple-bench-breaks-").FullName;
try
{
    var db = Path.Combine(folder, "supple.db");
    var answers = Path.Combine(folder, "answers.json");
    File.WriteAllText(answers, AnswersJson());
    using (var assess = Start(supple, ["assess", "--answers", answers, "--db", db, "--json"]))
    {
        assess.WaitForExit();
        if (assess.ExitCode != 0)
        {
            Console.Error.WriteLine("supple assess failed: " + assess.StandardError.ReadToEnd());
            return 1;
        }
    }

    var self = Environment.ProcessPath!;
    var selfArgs = self.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(MemorySample).Assembly.Location, "--idle-child"] : new[] { "--idle-child" };
    string[] breaksArgs = ["breaks", "--plain", "--every", "50m", "--for", "1h", "--db", db];
    var rows = new List<(string Name, MemorySample Last, MemorySample Max)>
    {
        Measure("Idle .NET process (runtime floor)", self, selfArgs, "ready", idleSeconds),
        Measure("`supple breaks --plain`, loop kept in `supple` (SUPPLE_BREAKS_IN_PROCESS=1; before)", supple, breaksArgs, "next break at", idleSeconds, inProcess: true),
        Measure("`supple breaks --plain`, handed to the native `supple-breaks` (default; after)", supple, breaksArgs, "next break at", idleSeconds),
    };

    var text = new StringBuilder();
    text.AppendLine(CultureInfo.InvariantCulture, $"Idle for {idleSeconds} s after start-up, sampled every second; MB = 1024 KiB; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}.");
    text.AppendLine();
    text.AppendLine("| Process | RSS (last) | RSS peak | PSS (last) | Private (last) | RSS / runtime floor |");
    text.AppendLine("|---|---:|---:|---:|---:|---:|");
    var floor = rows[0].Last.Rss;
    foreach (var (name, last, max) in rows)
    {
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {Mb(last.Rss)} | {Mb(max.PeakRss)} | {Mb(last.Pss)} | {Mb(last.Private)} | {(double)last.Rss / floor:0.00} |");
    }

    text.AppendLine();
    foreach (var (name, breaks) in new[] { ("In-process", rows[1].Last), ("Native hand-over", rows[2].Last) })
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}, target 40 MB: RSS {(breaks.Rss <= 40 * 1024 ? "met" : "not met")} ({Mb(breaks.Rss)} MB), PSS {(breaks.Pss <= 40 * 1024 ? "met" : "not met")} ({Mb(breaks.Pss)} MB), private {(breaks.Private <= 40 * 1024 ? "met" : "not met")} ({Mb(breaks.Private)} MB).");
    }
    Console.Write(text);
    if (markdownFile.Length > 0)
    {
        File.WriteAllText(markdownFile, text.ToString());
    }

    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static (string, MemorySample, MemorySample) Measure(string name, string file, string[] arguments, string readyText, int idleSeconds, bool inProcess = false)
{
    using var process = Start(file, arguments, inProcess);
    try
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && !line.Contains(readyText, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{name} did not start");
            }
        }

        if (line is null)
        {
            throw new InvalidOperationException($"{name} exited early: {process.StandardError.ReadToEnd()}");
        }

        // Keep draining its output so it never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync();
        MemorySample? last = null;
        long maxRss = 0, maxPss = 0, maxPrivate = 0, peak = 0;
        for (var i = 0; i < idleSeconds; i++)
        {
            Thread.Sleep(1000);
            last = MemorySample.Read(process.Id);
            maxRss = Math.Max(maxRss, last.Rss);
            maxPss = Math.Max(maxPss, last.Pss);
            maxPrivate = Math.Max(maxPrivate, last.Private);
            peak = Math.Max(peak, last.PeakRss);
        }

        return (name, last!, new MemorySample(maxRss, maxPss, maxPrivate, peak));
    }
    finally
    {
        process.Kill();
        process.WaitForExit();
    }
}

static Process Start(string file, IEnumerable<string> arguments, bool inProcess = false)
{
    var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
    foreach (var a in arguments)
    {
        info.ArgumentList.Add(a);
    }

    info.Environment["DOTNET_NOLOGO"] = "1";
    info.Environment.Remove("SUPPLE_DB");
    info.Environment.Remove("SUPPLE_BREAKS_IN_PROCESS");
    if (inProcess)
    {
        info.Environment["SUPPLE_BREAKS_IN_PROCESS"] = "1";
    }

    return Process.Start(info)!;
}

static string Mb(long kib) => (kib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

static string FindRoot()
{
    var dir = AppContext.BaseDirectory;
    while (dir is not null && !File.Exists(Path.Combine(dir, "Supple.slnx")))
    {
        dir = Path.GetDirectoryName(dir);
    }

    return dir ?? Directory.GetCurrentDirectory();
}

static string AnswersJson()
{
    string[] flags =
    [
        "significant-trauma", "minor-trauma-with-fragile-bones", "fever", "unexplained-weight-loss", "history-of-cancer",
        "limb-numbness-or-weakness", "bladder-bowel-or-saddle-numbness", "chest-pain-or-breathlessness",
        "night-pain-not-eased-by-rest", "swelling-or-deformity",
    ];
    return "{\"screenHoursPerDay\":9,\"poorPosture\":true,\"stress\":false,\"repetitiveStrain\":false,\"recentInjuryOrFall\":false,"
        + "\"ageRelatedStiffness\":false,\"props\":[\"chair\",\"floor-space\"],\"redFlags\":{"
        + string.Join(",", flags.Select(f => $"\"{f}\":false")) + "}}";
}
