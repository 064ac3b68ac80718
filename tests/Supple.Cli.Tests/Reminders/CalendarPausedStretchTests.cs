using Ical.Net;
using Supple.Application;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Content;
using Supple.Data;

namespace Supple.Cli.Tests.Reminders;

/// <summary>
/// docs/REMINDERS.md: the daily calendar event leaves out paused stretches. A stretch that hurt in two sessions
/// within 7 days is absent from what <c>supple calendar</c> writes (the real binary, a real SQLite file), with a plan
/// and without one; the web app has no daily event (its .ics export is the past sessions).
/// </summary>
public sealed class CalendarPausedStretchTests : IDisposable
{
    private const string Paused = "shoulder-blade-squeeze";
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-calendar-paused-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_stretch_paused_by_two_hurts_in_7_days_is_left_out_of_the_planned_event()
    {
        await AssessAsync();
        Assert.Contains("Shoulder blade squeeze", await EventTextAsync(), StringComparison.Ordinal);

        await HurtTwiceAsync();

        var text = await EventTextAsync();
        Assert.DoesNotContain("Shoulder blade squeeze", text, StringComparison.Ordinal);
        Assert.Contains("Chest opener stretch", text, StringComparison.Ordinal);
        Assert.StartsWith("Today's stretches from your plan:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_plan_the_whole_programme_event_leaves_the_paused_stretch_out_too()
    {
        Assert.Contains("Shoulder blade squeeze", await EventTextAsync(), StringComparison.Ordinal);

        await HurtTwiceAsync();

        var text = await EventTextAsync();
        Assert.DoesNotContain("Shoulder blade squeeze", text, StringComparison.Ordinal);
        foreach (var other in BuiltInProgramme.Instance.Stretches.Where(s => s.Id != Paused))
        {
            Assert.Contains(other.Name, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Two sessions this week in which the person pressed "this hurts" on the stretch, through the application layer every door uses.</summary>
    private async Task HurtTwiceAsync()
    {
        await using var users = new LocalUserStore(StoreLocation.ForFile(Db), TimeProvider.System);
        var app = new SuppleApp(users, BuiltInProgramme.Instance, TimeProvider.System);
        for (var i = 0; i < 2; i++)
        {
            var prepared = await app.Sessions.PrepareAsync(new SessionRequest(Only: [Paused]));
            var session = await app.Sessions.StartAsync(prepared, painBefore: 3);
            await app.Sessions.StopForPainAsync(session.Id, painAfter: 5);
        }
    }

    /// <summary>The event's text as <c>supple calendar --out -</c> prints it (the description: its stretches and the stop rule).</summary>
    private async Task<string> EventTextAsync()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["calendar", "--out", "-", "--db", Db], timeout: TimeSpan.FromSeconds(90));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var e = Assert.Single(Calendar.Load(stdout)!.Events);
        Assert.Contains("excruciatingly painful", e.Description, StringComparison.Ordinal);
        return e.Description!;
    }

    private async Task AssessAsync()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["assess", "--answers", AnswersFile.Write(_folder, props: ["chair", "rolled-towel", "floor-space"]), "--db", Db], timeout: TimeSpan.FromSeconds(90));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
    }
}
