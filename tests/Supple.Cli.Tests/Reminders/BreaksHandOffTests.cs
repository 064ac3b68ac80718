using System.CommandLine;
using Supple.Breaks;
using Supple.Cli.Commands;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Content;
using Supple.Core.Reminders;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Reminders;

/// <summary>
/// <c>supple breaks</c> decides the job and hands it to the native <c>supple-breaks</c>: the job matches the options,
/// the real binary really becomes the small program (same process), and it can still be kept in-process.
/// </summary>
public sealed class BreaksHandOffTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-breaks-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_job_handed_over_is_what_the_options_say()
    {
        using var cli = new TestCli();
        BreakJob? handed = null;
        var root = new RootCommand { new BreaksCommand(cli.Console, job => (handed = job) is not null) };

        var exit = await CommandLineHost.InvokeAsync(
            root,
            ["breaks", "--plain", "--every", "45m", "--for", "2h", "--max-postpones", "1", "--max-skips", "5", "--quiet", "--no-notify", "--accept-disclaimer", "--db", Db],
            cli.Console);

        Assert.True(exit == ExitCodes.Ok, cli.Error.ToString());
        Assert.NotNull(handed);
        Assert.Equal(TimeSpan.FromMinutes(45), handed.Every);
        Assert.Equal(TimeSpan.FromHours(2), handed.RunFor);
        Assert.Equal(BreakSettings.Default.PostponeBy, handed.PostponeBy);
        Assert.Equal(1, handed.MaxPostpones);
        Assert.Equal(5, handed.MaxSkips);
        Assert.False(handed.Live);
        Assert.False(handed.Bell);
        Assert.False(handed.Notify);
        Assert.Equal(handed.Routine.TotalDuration, handed.BreakLength);
        Assert.Equal("Shoulder blade squeeze, Chest opener stretch", handed.Routine.Names);

        // What is handed over is a job the native program accepts.
        Assert.Equal(handed.Routine.Steps, BreakJobSerializer.Deserialize(BreakJobSerializer.Serialize(handed)).Routine.Steps);

        // And one that can record its breaks: this same supple, the same database, the routine as played.
        var recording = BreakJobSerializer.Deserialize(BreakJobSerializer.Serialize(handed)).Recording!;
        Assert.Equal(Db, recording.Db);
        Assert.NotEmpty(recording.Command);
        Assert.Equal(["shoulder-blade-squeeze", "chest-opener"], recording.Routine.Select(i => i.StretchId));
        Assert.Empty(cli.Out.ToString());
    }

    [Fact]
    public void The_routine_is_written_out_step_by_step_without_gaps()
    {
        var programme = BuiltInProgramme.Instance;
        var timeline = TimelineCompiler.Compile(programme, DeskBreakRoutine.Choose(programme, null, null));

        var script = BreakRoutineScripts.From(timeline);

        Assert.Equal(timeline.Steps.Count(s => s.Kind != StepKind.Done), script.Steps.Count);
        Assert.Equal(timeline.TotalDuration, script.Steps[^1].EndsAt);
        Assert.Equal("Shoulder blade squeeze · get-into-position · 10 s: " + timeline.Steps[0].Instruction, script.Steps[0].Text);
        Assert.Contains(script.Steps, s => s.Text.StartsWith("Shoulder blade squeeze · hold 1/10 · ", StringComparison.Ordinal));
        Assert.Contains(script.Steps, s => s.Text.StartsWith("Chest opener stretch · hold 2/2 · ", StringComparison.Ordinal));
        var job = new BreakJob(TimeSpan.FromMinutes(50), timeline.TotalDuration, TimeSpan.FromMinutes(5), 2, 3, null, true, true, true, script);
        Assert.Equal(script.Steps, BreakJobSerializer.Deserialize(BreakJobSerializer.Serialize(job)).Routine.Steps);
    }

    [Fact]
    public async Task The_real_supple_breaks_becomes_the_native_program_in_the_same_process()
    {
        using var breaks = SuppleProcess.Start(["breaks", "--plain", "--every", "50m", "--for", "1h", "--accept-disclaimer", "--db", Db]);
        await breaks.WaitForOutputAsync("next break at", TimeSpan.FromSeconds(60));

        Assert.Equal(BreakHandOff.ProgramName, Path.GetFileName(ExecutableOf(breaks.Id)));
        Assert.Contains("desk breaks every 50m until", breaks.Stdout, StringComparison.Ordinal);
        Assert.Contains("each break: Shoulder blade squeeze, Chest opener stretch (about 2:30)", breaks.Stdout, StringComparison.Ordinal);

        // Stopped as a service manager or `kill` would: it says so and exits 130.
        await Terminate(breaks);
        Assert.Equal(130, breaks.ExitCode);
        Assert.Contains("stopped", breaks.Stdout, StringComparison.Ordinal);
        Assert.Equal("", breaks.Stderr);
    }

    [Fact]
    public async Task SUPPLE_BREAKS_IN_PROCESS_keeps_the_loop_in_supple()
    {
        using var breaks = SuppleProcess.Start(
            ["breaks", "--plain", "--every", "50m", "--for", "1h", "--accept-disclaimer", "--db", Db],
            new Dictionary<string, string?> { [BreakHandOff.InProcessVariable] = "1" });
        await breaks.WaitForOutputAsync("next break at", TimeSpan.FromSeconds(60));

        Assert.Equal("dotnet", Path.GetFileName(ExecutableOf(breaks.Id)));
        Assert.Contains("each break: Shoulder blade squeeze, Chest opener stretch (about 2:30)", breaks.Stdout, StringComparison.Ordinal);
        await Terminate(breaks);
    }

    [Fact]
    public async Task Bad_options_are_refused_before_any_hand_over()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["breaks", "--plain", "--every", "5m", "--db", Db]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("supple: --every must be a duration from 10m to 12h", stderr, StringComparison.Ordinal);
    }

    private static string ExecutableOf(int pid) => new FileInfo($"/proc/{pid}/exe").LinkTarget ?? "";

    private static async Task Terminate(SuppleProcess process)
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }
}
