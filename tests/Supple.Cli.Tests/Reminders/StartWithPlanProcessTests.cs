using System.Text.Json.Nodes;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Cli.Tests.Reminders;

/// <summary><c>supple start</c> plays the saved plan as today's stretches, with the safety rules applied.</summary>
public sealed class StartWithPlanProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-start-plan-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    private static string Tiny => RepoPaths.TestProgramme("tiny.yaml");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task AssessAsync()
    {
        var flags = new JsonObject();
        foreach (var info in RedFlags.All)
        {
            flags[info.Id] = false;
        }

        var answers = new JsonObject
        {
            ["screenHoursPerDay"] = 2,
            ["poorPosture"] = false,
            ["stress"] = false,
            ["repetitiveStrain"] = false,
            ["recentInjuryOrFall"] = false,
            ["ageRelatedStiffness"] = false,
            ["props"] = new JsonArray(),
            ["redFlags"] = flags,
        };
        var file = Path.Combine(_folder, "answers.json");
        await File.WriteAllTextAsync(file, answers.ToJsonString());
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["assess", "--answers", file, "--programme", Tiny, "--db", Db, "--json"]);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> StartAsync(params string[] extra) =>
        SuppleProcess.RunAsync(["start", "--plain", "--accept-disclaimer", "--quiet", "--programme", Tiny, .. extra], timeout: TimeSpan.FromSeconds(90));

    [Fact]
    public async Task High_pain_before_gives_the_plan_as_a_gentle_session_with_the_advice()
    {
        await AssessAsync();

        var (exit, stdout, stderr) = await StartAsync("--db", Db, "--pain-before", "8", "--pain-after", "7");

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("advice: Your pain is high today. You rated your pain 8 out of 10.", stdout, StringComparison.Ordinal);
        Assert.Contains("session: 2 stretches, gentle,", stdout, StringComparison.Ordinal);
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(Db), TimeProvider.System);
        var session = Assert.Single((await store.GetHistoryAsync(since: null)).Sessions);
        Assert.Equal(DosageLevel.Gentle, session.Level);
    }

    [Fact]
    public async Task An_explicit_level_plays_every_stretch_but_high_pain_still_makes_it_gentle()
    {
        await AssessAsync();

        var (exit, stdout, stderr) = await StartAsync("--db", Db, "--pain-before", "8", "--pain-after", "7", "--level", "full");

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("advice: Your pain is high today. You rated your pain 8 out of 10.", stdout, StringComparison.Ordinal);
        Assert.Contains("session: 2 stretches, gentle,", stdout, StringComparison.Ordinal);
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(Db), TimeProvider.System);
        Assert.Equal(DosageLevel.Gentle, Assert.Single((await store.GetHistoryAsync(since: null)).Sessions).Level);
    }

    [Fact]
    public async Task An_explicit_level_without_high_pain_plays_every_stretch_at_that_level()
    {
        await AssessAsync();

        var (exit, stdout, stderr) = await StartAsync("--db", Db, "--pain-before", "3", "--pain-after", "3", "--level", "full");

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.DoesNotContain("advice:", stdout, StringComparison.Ordinal);
        Assert.Contains("session: 2 stretches, full,", stdout, StringComparison.Ordinal);
    }
}
