using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Supple.Application;
using Supple.Cli.Commands;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Content;
using Supple.Core.Safety;
using Supple.Data;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// Issue #12's door × rule matrix for the terminal: every command of <c>supple</c> (enumerated from the code: each
/// <see cref="Command"/> in the Supple.Cli assembly, by the name it answers to) is either a door that can start,
/// record, stop or offer a session, with a cell for every rule, or is named as no door with the reason. A new command
/// fails <see cref="Every_command_is_a_door_with_a_row_or_named_as_no_door"/> until it has a row. Each cell runs the
/// real <c>supple</c> binary over a real SQLite file (state set up once per rule through the application layer), or
/// says why the rule does not apply. The web's doors are <c>Supple.Web.Tests.Safety.DoorRuleMatrixTests</c>.
/// </summary>
public sealed class DoorRuleMatrixTests : IDisposable
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(120);
    private const string Paused = "shoulder-blade-squeeze";
    private const string PausedName = "Shoulder blade squeeze";

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-matrix-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The rules of issue #12 (the columns).</summary>
    public enum Rule
    {
        GateClosed,
        PainSevenPlus,
        PausedNotPlayed,
        WithinArticleRange,
        HurtRecorded,
    }

    private sealed record Cell(Func<Scenario, Task>? Check, string? NotApplicable)
    {
        public static Cell Run(Func<Scenario, Task> check) => new(check, null);

        public static Cell NA(string why) => new(null, why);
    }

    private static readonly Dictionary<string, string> NoDoor = new(StringComparer.Ordinal)
    {
        ["stretches"] = "lists the article's stretches",
        ["show"] = "shows one stretch's content (no timer, nothing started)",
        ["about"] = "the article's causes, benefits, references and the disclaimer",
        ["check"] = "checks a programme or translation file",
        ["pain"] = "a pain diary entry, not a session",
        ["history"] = "reads the history",
        ["stats"] = "reads the statistics",
        ["chart"] = "draws the pain chart",
        ["export"] = "writes the history out (its ics format lists past sessions, not a routine to do)",
        ["assess"] = "the assessment itself: it closes the gate (the GateClosed set-up), or records a doctor's clearance; `plan` shows what it offers",
        ["serve"] = "hosts the web app, whose doors are Supple.Web.Tests.Safety.DoorRuleMatrixTests' rows",
    };

    private static readonly Dictionary<string, Dictionary<Rule, Cell>> Doors = new(StringComparer.Ordinal)
    {
        ["start"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var run = await s.RunAsync("start", "--plain", "--accept-disclaimer", "--quiet", "--level", "full", "--pain-before", "9");
                AssertGateRefusal(run);
                Assert.DoesNotContain("session:", run.Out, StringComparison.Ordinal);
            }),
            [Rule.PainSevenPlus] = Cell.Run(async s =>
            {
                var run = await s.RunAsync("start", "--plain", "--accept-disclaimer", "--quiet", "--programme", Quick, "--level", "full", "--pain-before", "7", "--pain-after", "6");
                Assert.True(run.Exit == 0, run.Out + run.Err);
                Assert.Contains("advice: Your pain is high today.", run.Out, StringComparison.Ordinal);
                Assert.Contains("session: 3 stretches, gentle,", run.Out, StringComparison.Ordinal);
            }),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var alone = await s.RunAsync("start", "--plain", "--accept-disclaimer", "--quiet", "--only", Paused);
                Assert.True(alone.Exit == 3, $"exit {alone.Exit}\n{alone.Out}{alone.Err}");
                Assert.DoesNotContain("session:", alone.Out, StringComparison.Ordinal);
                Assert.Contains("paused", alone.Err, StringComparison.Ordinal);
                var session = await s.FirstLinesOfStartAsync("--only", Paused + ",chest-opener");
                Assert.Contains("session: 1 stretch, standard,", session, StringComparison.Ordinal);
                Assert.DoesNotContain(PausedName + " ·", session, StringComparison.Ordinal);
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s =>
            {
                var run = await s.RunAsync("start", "--plain", "--accept-disclaimer", "--quiet", "--programme", s.AboveRange);
                AssertRangeRefusal(run);
                Assert.DoesNotContain("session:", run.Out, StringComparison.Ordinal);
            }),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                // "h" while getting into position, before a side has started: recorded on that stretch.
                using (var start = SuppleProcess.StartInTerminal(["start", "--only", "upper-trapezius-stretch", "--accept-disclaimer", "--quiet", "--db", s.Db], Utc))
                {
                    await start.WaitForOutputAsync("hurt right now?", Slow);
                    start.Keys("\r");
                    await start.WaitForOutputAsync("GET INTO POSITION", Slow);
                    start.Keys("h");
                    await start.WaitForOutputAsync("after the session", TimeSpan.FromSeconds(30));
                    start.Keys("\r");
                    await start.WaitForExitAsync(Slow);
                }

                AssertHurt(await s.LatestSessionAsync(), "upper-trapezius-stretch", "guided");
            }),
        },
        ["breaks"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var run = await s.RunAsync("breaks", "--plain", "--accept-disclaimer", "--for", "1h");
                AssertGateRefusal(run);
                Assert.Equal("", run.Out);
            }),
            [Rule.PainSevenPlus] = Cell.NA("a desk break asks no pain before it: its routine is always gentle (DeskBreakRoutine), and a hurt during it stops it (HurtRecorded)"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var each = await s.FirstLinesOfBreaksAsync();
                Assert.Contains("each break:", each, StringComparison.Ordinal);
                Assert.DoesNotContain(PausedName, each, StringComparison.Ordinal);
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s => AssertRangeRefusal(await s.RunAsync("breaks", "--plain", "--accept-disclaimer", "--for", "1h", "--programme", s.AboveRange))),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                // The break the native program hands back to record ("breaks --record"), ended by "this hurts".
                var request = $$"""
                    {"db":"{{s.Db}}","programmeFile":null,"routine":[{"stretchId":"chest-opener","level":"gentle"},{"stretchId":"upper-trapezius-stretch","level":"gentle"}],
                     "breakId":"{{Guid.NewGuid()}}","startedAt":"{{DateTimeOffset.UtcNow.AddMinutes(-1):O}}","elapsedMilliseconds":2000,"end":"hurt"}
                    """;
                using (var record = SuppleProcess.Start(["breaks", "--record"], Utc, stdin: request))
                {
                    await record.WaitForExitAsync(Slow);
                    Assert.True(record.ExitCode == 0, record.Stdout + record.Stderr);
                }

                AssertHurt(await s.LatestSessionAsync("desk-break"), "chest-opener", "desk-break");
            }),
        },
        ["calendar"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var ics = Path.Combine(s.Folder, "gate.ics");
                AssertGateRefusal(await s.RunAsync("calendar", "--out", ics));
                Assert.False(File.Exists(ics), "a calendar file was written while the gate is closed");
            }),
            [Rule.PainSevenPlus] = Cell.NA("a daily event asks no pain: the session it leads to (`start`) asks it and applies it"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var ics = Path.Combine(s.Folder, "paused.ics");
                var run = await s.RunAsync("calendar", "--out", ics);
                Assert.True(run.Exit == 0, run.Out + run.Err);
                var text = Unfold(await File.ReadAllTextAsync(ics));
                Assert.Contains("Chest opener", text, StringComparison.Ordinal);
                Assert.DoesNotContain(PausedName, text, StringComparison.Ordinal);
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s => AssertRangeRefusal(await s.RunAsync("calendar", "--out", Path.Combine(s.Folder, "range.ics"), "--programme", s.AboveRange))),
            [Rule.HurtRecorded] = Cell.NA("writes a file: nothing is played through it"),
        },
        ["plan"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s => AssertGateRefusal(await s.RunAsync("plan"))),
            [Rule.PainSevenPlus] = Cell.NA("a plan or preview asks no pain: `start` asks it and applies it (its row)"),
            [Rule.PausedNotPlayed] = Cell.Run(async s =>
            {
                var run = await s.RunAsync("plan", "--only", Paused + ",chest-opener", "--json");
                Assert.True(run.Exit == 0, run.Out + run.Err);
                var ids = JsonNode.Parse(run.Out)!["stretches"]!.AsArray().Select(x => (string?)x!["id"]).ToList();
                Assert.Equal(["chest-opener"], ids);
            }),
            [Rule.WithinArticleRange] = Cell.Run(async s => AssertRangeRefusal(await s.RunAsync("plan", "--programme", s.AboveRange))),
            [Rule.HurtRecorded] = Cell.NA("a preview: nothing is played through it"),
        },
        ["remind"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                var run = await s.RunAsync("remind", "--at", "18:15");
                Assert.True(run.Exit == 0, run.Out + run.Err); // kept for when the gate opens, but held back
                Assert.Contains(SafetyMessages.HowTheGateOpens, Flat(run.Out + run.Err), StringComparison.Ordinal);
            }),
            [Rule.PainSevenPlus] = Cell.NA("a time of day; the session it leads to (`start`) asks the pain"),
            [Rule.PausedNotPlayed] = Cell.NA("a time of day and a spacing: what is offered then is `calendar`'s and `breaks`' rows"),
            [Rule.WithinArticleRange] = Cell.NA("a time of day: it plays nothing"),
            [Rule.HurtRecorded] = Cell.NA("nothing is played through it"),
        },
        ["log"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                // Logging a session done with a clinician stays possible.
                var run = await s.RunAsync("log", "--stretch", "cat-camel", "--note", "with my physiotherapist");
                Assert.True(run.Exit == 0, run.Out + run.Err);
                Assert.Equal("logged", (string?)(await s.LatestSessionAsync())["source"]);
            }),
            [Rule.PainSevenPlus] = Cell.NA("records a session already done: its level was what it was"),
            [Rule.PausedNotPlayed] = Cell.NA("records a session already done (with a clinician, say): nothing is played"),
            [Rule.WithinArticleRange] = Cell.NA("records a session already done: nothing is played"),
            [Rule.HurtRecorded] = Cell.NA("`log` has no hurt to give: a hurt is recorded by the players (`start`, `breaks`) and by `import`"),
        },
        ["import"] = new()
        {
            [Rule.GateClosed] = Cell.Run(async s =>
            {
                // What happened is history: it is added while the gate is closed (nothing is offered).
                var run = await s.RunAsync("import", s.Export!);
                Assert.True(run.Exit == 0, run.Out + run.Err);
            }),
            [Rule.PainSevenPlus] = Cell.NA("adds past sessions: nothing is played"),
            [Rule.PausedNotPlayed] = Cell.NA("adds past sessions: nothing is played; the hurts it adds count (HurtRecorded)"),
            [Rule.WithinArticleRange] = Cell.NA("adds past sessions: nothing is played"),
            [Rule.HurtRecorded] = Cell.Run(async s =>
            {
                // Two sessions that hurt, imported into a fresh file: the hurts are there and the pause rule sees them.
                var db = Path.Combine(s.Folder, "imported.db");
                var run = await SuppleProcess.RunAsync(["import", s.Export!, "--db", db], Utc, Slow);
                Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
                var history = await SuppleProcess.RunAsync(["history", "--json", "--db", db], Utc, Slow);
                var hurt = JsonNode.Parse(history.Stdout)!["sessions"]!.AsArray().Count(x => (string?)x!["hurt"]?["stretch"] == Paused);
                Assert.Equal(SafetyRules.PauseAfterHurts, hurt);
                var start = await SuppleProcess.RunAsync(["start", "--plain", "--accept-disclaimer", "--quiet", "--only", Paused, "--db", db], Utc, Slow);
                Assert.True(start.ExitCode == 3, start.Stdout + start.Stderr);
                Assert.Contains("paused", start.Stderr, StringComparison.Ordinal);
            }),
        },
    };

    private static readonly Dictionary<string, string?> Utc = new() { ["TZ"] = "Etc/UTC" };

    private static string Quick => Path.Combine(RepoPaths.Root, "tests", "Supple.Cli.Tests", "Faults", "quick.yaml");

    [Fact]
    public void Every_command_is_a_door_with_a_row_or_named_as_no_door()
    {
        var commands = CommandNames();
        Assert.Contains("start", commands);
        var missing = commands.Where(c => !Doors.ContainsKey(c) && !NoDoor.ContainsKey(c)).ToList();
        Assert.True(missing.Count == 0, "Commands with no rule coverage: add a row to DoorRuleMatrixTests.Doors, or the reason to NoDoor:\n" + string.Join("\n", missing));
        var gone = Doors.Keys.Concat(NoDoor.Keys).Where(k => !commands.Contains(k)).ToList();
        Assert.True(gone.Count == 0, "Rows for commands that no longer exist:\n" + string.Join("\n", gone));
        Assert.Empty(Doors.Keys.Intersect(NoDoor.Keys));
        foreach (var (door, cells) in Doors)
        {
            Assert.True(cells.Keys.ToHashSet().SetEquals(Enum.GetValues<Rule>()), $"{door}: a cell for every rule");
            Assert.All(cells.Values, c => Assert.True(c.Check is not null ^ !string.IsNullOrWhiteSpace(c.NotApplicable), $"{door}: a check or a reason"));
        }
    }

    [Fact]
    public Task Gate_closed_every_command_refuses_with_why_and_what_to_do_and_logging_stays_possible() => RunColumnAsync(Rule.GateClosed, async s =>
    {
        s.Export = await s.ExportWithHurtsAsync();
        var assess = await s.RunAsync("assess", "--answers", s.AnswersFile("fever"));
        Assert.True(assess.Exit == 0, assess.Err);
    });

    [Fact]
    public Task Pain_of_7_or_more_makes_the_session_gentle() => RunColumnAsync(Rule.PainSevenPlus, _ => Task.CompletedTask);

    [Fact]
    public Task A_paused_stretch_is_neither_played_nor_offered() => RunColumnAsync(Rule.PausedNotPlayed, async s =>
    {
        await using var app = s.App();
        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var prepared = await app.Value.Sessions.PrepareAsync(new SessionRequest(Only: [Paused]));
            var session = await app.Value.Sessions.StartAsync(prepared, painBefore: 3);
            await app.Value.Sessions.StopForPainAsync(session.Id);
            app.Time.Advance(TimeSpan.FromHours(2));
        }
    });

    [Fact]
    public Task A_programme_above_the_articles_range_is_refused() => RunColumnAsync(Rule.WithinArticleRange, async s =>
        await File.WriteAllTextAsync(s.AboveRange, ProgrammeWriter.Write(AboveRange())));

    [Fact]
    public Task This_hurts_is_recorded_at_every_command_that_plays_or_records() => RunColumnAsync(Rule.HurtRecorded, async s =>
        s.Export = await s.ExportWithHurtsAsync());

    private async Task RunColumnAsync(Rule rule, Func<Scenario, Task> setUp)
    {
        var scenario = new Scenario(Directory.CreateDirectory(Path.Combine(_folder, rule.ToString())).FullName);
        await setUp(scenario);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var failures = new List<string>();
        var ran = 0;
        foreach (var (door, cells) in Doors)
        {
            if (cells[rule].Check is not { } check)
            {
                continue;
            }

            try
            {
                await check(scenario);
                ran++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add($"supple {door} × {rule}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(ran > 0, $"no cell of {rule} ran");
    }

    /// <summary>The name of every command the Supple.Cli assembly defines (and their subcommands).</summary>
    private static SortedSet<string> CommandNames()
    {
        using var cli = new TestCli();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var types = typeof(StartCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract && t != typeof(RootCommand));
        foreach (var type in types)
        {
            var constructor = type.GetConstructors().Single();
            var args = constructor.GetParameters().Select(p => p.ParameterType == typeof(Infrastructure.CliConsole) ? cli.Console : p.HasDefaultValue ? p.DefaultValue : null).ToArray();
            Add((Command)constructor.Invoke(args), "");
        }

        return names;

        void Add(Command command, string prefix)
        {
            var name = prefix + command.Name;
            names.Add(name);
            foreach (var sub in command.Subcommands)
            {
                Add(sub, name + " ");
            }
        }
    }

    /// <summary>The built-in programme with the first stretch asking for one set more than the article's range.</summary>
    private static Programme AboveRange()
    {
        var builtIn = BuiltInProgramme.Instance;
        var first = builtIn.Stretches[0];
        var more = first with { Dosage = first.Dosage with { Sets = new CountRange(first.Dosage.Sets.Min, first.Dosage.Sets.Max + 1) } };
        return builtIn with { Stretches = [more, .. builtIn.Stretches.Skip(1)] };
    }

    private static void AssertGateRefusal((int Exit, string Out, string Err) run)
    {
        Assert.True(run.Exit == 3, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Contains(SafetyMessages.SeeDoctorToday, Flat(run.Err), StringComparison.Ordinal);
        Assert.Contains(SafetyMessages.HowTheGateOpens, Flat(run.Err), StringComparison.Ordinal);
    }

    private static void AssertRangeRefusal((int Exit, string Out, string Err) run)
    {
        Assert.True(run.Exit == 3, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Contains("article", run.Err, StringComparison.Ordinal);
    }

    private static void AssertHurt(JsonNode session, string stretchId, string source)
    {
        Assert.Equal(source, (string?)session["source"]);
        Assert.Equal("stopped-for-pain", (string?)session["outcome"]);
        Assert.Equal(stretchId, (string?)session["hurt"]!["stretch"]);
    }

    /// <summary>Text as one line: a terminal's wrapping and a panel's borders taken out.</summary>
    private static string Flat(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("│", " ", StringComparison.Ordinal), @"\s+", " ");

    /// <summary>An .ics file with its folded lines joined.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);

    /// <summary>One rule's data file and what its set-up made.</summary>
    private sealed class Scenario(string folder)
    {
        public string Folder { get; } = folder;

        public string Db => Path.Combine(Folder, "supple.db");

        public string AboveRange => Path.Combine(Folder, "above-range.yaml");

        /// <summary>An export (json) with two sessions in which the paused stretch hurt.</summary>
        public string? Export { get; set; }

        public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
        {
            var (exit, stdout, stderr) = await SuppleProcess.RunAsync([.. args, "--db", Db], Utc, Slow);
            return (exit, stdout, stderr);
        }

        /// <summary>The application layer over this scenario's file, on a clock two days back (so hurts fall within the pause window).</summary>
        public OpenApp App()
        {
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
            var users = new LocalUserStore(StoreLocation.ForFile(Db), time);
            return new OpenApp(new SuppleApp(users, BuiltInProgramme.Instance, time), users, time);
        }

        public async Task<string> ExportWithHurtsAsync()
        {
            var source = new Scenario(Directory.CreateDirectory(Path.Combine(Folder, "source")).FullName);
            await using (var app = source.App())
            {
                for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
                {
                    var prepared = await app.Value.Sessions.PrepareAsync(new SessionRequest(Only: [Paused]));
                    var session = await app.Value.Sessions.StartAsync(prepared, painBefore: 3);
                    await app.Value.Sessions.StopForPainAsync(session.Id);
                    app.Time.Advance(TimeSpan.FromHours(2));
                }
            }

            var path = Path.Combine(Folder, "export.json");
            var run = await source.RunAsync("export", "--format", "json", "--out", path);
            Assert.True(run.Exit == 0, run.Out + run.Err);
            return path;
        }

        public string AnswersFile(string? redFlag) => TestSupport.AnswersFile.Write(Folder, redFlag);

        /// <summary>The newest session in the history (of this source, when given).</summary>
        public async Task<JsonNode> LatestSessionAsync(string? source = null)
        {
            var (exit, stdout, stderr) = await RunAsync("history", "--json", "--days", "3650");
            Assert.True(exit == 0, stderr);
            return JsonNode.Parse(stdout)!["sessions"]!.AsArray().First(x => source is null || (string?)x!["source"] == source)!;
        }

        /// <summary>Starts a plain session, reads it up to its first step, and stops it there.</summary>
        public async Task<string> FirstLinesOfStartAsync(params string[] options)
        {
            using var start = SuppleProcess.Start(["start", "--plain", "--accept-disclaimer", "--quiet", .. options, "--db", Db], Utc);
            await start.WaitForOutputAsync("] session: ", Slow);
            await start.WaitForOutputAsync(" · get into position", Slow);
            start.Kill();
            await start.WaitForExitAsync(TimeSpan.FromSeconds(15));
            return start.Stdout;
        }

        /// <summary>Starts plain desk breaks, reads them up to the first "next break at", and stops them there.</summary>
        public async Task<string> FirstLinesOfBreaksAsync()
        {
            using var breaks = SuppleProcess.Start(["breaks", "--plain", "--accept-disclaimer", "--for", "1h", "--db", Db], Utc);
            await breaks.WaitForOutputAsync("next break at", Slow);
            breaks.Kill();
            await breaks.WaitForExitAsync(TimeSpan.FromSeconds(15));
            return breaks.Stdout;
        }
    }

    /// <summary>The application layer over a file, and its store to close.</summary>
    private sealed class OpenApp(SuppleApp app, LocalUserStore users, FakeTimeProvider time) : IAsyncDisposable
    {
        public SuppleApp Value { get; } = app;

        public FakeTimeProvider Time { get; } = time;

        public ValueTask DisposeAsync() => users.DisposeAsync();
    }
}
