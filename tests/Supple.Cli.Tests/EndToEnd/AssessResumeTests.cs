using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Supple.Application;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Content;
using Supple.Core.Safety;
using Supple.Data;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>
/// <c>supple assess --resume</c>, the way back for a stretch the safety rules paused after it hurt, run as the real
/// binary on a real SQLite file: nothing to resume is the person's input (exit code 2, in words), a paused stretch comes
/// back into the plan with the stop rule said again.
/// </summary>
public sealed class AssessResumeTests : IDisposable
{
    private const string Stretch = "shoulder-blade-squeeze";
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(90);
    private static readonly Dictionary<string, string?> Utc = new() { ["TZ"] = "UTC" };

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-resume-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Resume_says_when_there_is_nothing_to_resume_and_brings_a_paused_stretch_back()
    {
        var noPlan = await RunAsync("assess", "--resume", Stretch);
        Assert.True(noPlan.Exit == 2, $"exit {noPlan.Exit}\n{noPlan.Out}{noPlan.Err}");
        Assert.Equal("supple: There is no plan yet: take the assessment to make one.", noPlan.Err.Trim());

        var assess = await RunAsync("assess", "--answers", AnswersFile.Write(_folder));
        Assert.True(assess.Exit == 0, assess.Err);

        var notPaused = await RunAsync("assess", "--resume", Stretch);
        Assert.True(notPaused.Exit == 2, $"exit {notPaused.Exit}\n{notPaused.Out}{notPaused.Err}");
        Assert.Contains("Shoulder blade squeeze is not paused", notPaused.Err, StringComparison.Ordinal);

        var unknown = await RunAsync("assess", "--resume", "no-such-stretch");
        Assert.True(unknown.Exit == 2, $"exit {unknown.Exit}\n{unknown.Out}{unknown.Err}");
        Assert.Contains("'no-such-stretch' is not in your plan", unknown.Err, StringComparison.Ordinal);

        await PauseAsync();
        Assert.DoesNotContain(Stretch, await PlannedStretchesAsync());

        var resumed = await RunAsync("assess", "--resume", Stretch);
        Assert.True(resumed.Exit == 0, $"exit {resumed.Exit}\n{resumed.Out}{resumed.Err}");
        Assert.Contains("Shoulder blade squeeze is back in your sessions", resumed.Out, StringComparison.Ordinal);
        Assert.Contains("excruciatingly painful", resumed.Out, StringComparison.Ordinal);
        Assert.Contains(Stretch, await PlannedStretchesAsync());
    }

    /// <summary>Hurts enough times (two days back, through the application layer) for the safety rules to pause it.</summary>
    private async Task PauseAsync()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        await using var users = new LocalUserStore(StoreLocation.ForFile(Db), time);
        var app = new SuppleApp(users, BuiltInProgramme.Instance, time);
        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var prepared = await app.Sessions.PrepareAsync(new SessionRequest(Only: [Stretch]));
            var session = await app.Sessions.StartAsync(prepared, painBefore: 3);
            await app.Sessions.StopForPainAsync(session.Id);
            time.Advance(TimeSpan.FromHours(2));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private async Task<List<string>> PlannedStretchesAsync()
    {
        var plan = await RunAsync("plan", "--json");
        Assert.True(plan.Exit == 0, plan.Err);
        return [.. JsonNode.Parse(plan.Out)!["stretches"]!.AsArray().Select(s => (string)s!["id"]!)];
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        await SuppleProcess.RunAsync([.. args, "--db", Db], Utc, Slow);
}
