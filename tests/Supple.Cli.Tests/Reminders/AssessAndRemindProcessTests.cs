using System.Text.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Planning;
using Supple.Data;

namespace Supple.Cli.Tests.Reminders;

/// <summary><c>supple assess</c>, <c>remind</c> and <c>calendar</c> as the real binary, against a real SQLite file.</summary>
public sealed class AssessAndRemindProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-safety-").FullName;

    private string Db => Path.Combine(_folder, "supple.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string AnswersFile(Action<JsonObject>? change = null) =>
        TestSupport.AnswersFile.Write(_folder, props: ["chair", "rolled-towel", "floor-space"], change: change);

    private async Task<string?> PlanJsonAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(Db), TimeProvider.System);
        return await store.GetDocumentAsync(UserDocuments.Plan);
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args) =>
        await SuppleProcess.RunAsync(args, timeout: TimeSpan.FromSeconds(90));

    [Fact]
    public async Task Answers_give_a_saved_plan_that_the_json_output_describes()
    {
        var (exit, stdout, stderr) = await Run("assess", "--answers", AnswersFile(), "--db", Db, "--json");

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("plan", doc.RootElement.GetProperty("outcome").GetString());
        Assert.True(doc.RootElement.GetProperty("saved").GetBoolean());
        var plan = doc.RootElement.GetProperty("plan");
        Assert.Equal(["posture", "sedentary"], plan.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("shoulder-blade-squeeze", plan.GetProperty("stretches")[0].GetProperty("id").GetString());
        Assert.Equal("Use a rolled-up towel in place of a foam roller: the stretch works with either.",
            plan.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "thoracic-extension").GetProperty("propNote").GetString());
        var saved = PlanSerializer.Deserialize((await PlanJsonAsync())!);
        Assert.Equal(7, saved.Stretches.Count);
        Assert.True(saved.SuggestDeskBreaks);
    }

    [Fact]
    public async Task A_red_flag_gives_no_routine_and_sets_an_earlier_plan_aside()
    {
        Assert.Equal(0, (await Run("assess", "--answers", AnswersFile(), "--db", Db, "--json")).Exit);
        Assert.NotNull(await PlanJsonAsync());

        var (exit, stdout, stderr) = await Run("assess", "--answers", AnswersFile(j => j["redFlags"]!["chest-pain-or-breathlessness"] = true), "--db", Db, "--json");

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("see-doctor-first", doc.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("emergency", doc.RootElement.GetProperty("urgency").GetString());
        var flag = Assert.Single(doc.RootElement.GetProperty("redFlags").EnumerateArray().ToList());
        Assert.Equal("chest-pain-or-breathlessness", flag.GetProperty("id").GetString());
        Assert.All(flag.GetProperty("sources").EnumerateArray(), s => Assert.StartsWith("https://", s.GetString(), StringComparison.Ordinal));
        Assert.Null(await PlanJsonAsync());
    }

    [Fact]
    public async Task The_terminal_view_of_a_red_flag_says_clearly_what_to_do()
    {
        var (exit, stdout, _) = await Run("assess", "--answers", AnswersFile(j => j["recentInjuryOrFall"] = true), "--db", Db);

        Assert.Equal(0, exit);
        Assert.Contains("See a doctor first", stdout, StringComparison.Ordinal);
        Assert.Contains("rehabilitation", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Your plan", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_answers_file_is_refused_with_every_problem_and_nothing_saved()
    {
        var file = AnswersFile(j =>
        {
            j["screenHoursPerDay"] = "lots";
            j["redFlags"]!.AsObject().Remove("fever");
        });

        var (exit, _, stderr) = await Run("assess", "--answers", file, "--db", Db);

        Assert.Equal(2, exit);
        Assert.Contains("'screenHoursPerDay' must be a whole number from 0 to 24", stderr, StringComparison.Ordinal);
        Assert.Contains("'redFlags.fever' is missing", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Without_a_terminal_or_answers_file_it_says_how_to_script_it()
    {
        var (exit, _, stderr) = await Run("assess", "--db", Db);

        Assert.Equal(2, exit);
        Assert.Contains("--answers FILE.json", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_stores_the_daily_time_and_calendar_uses_it_for_the_plan()
    {
        Assert.Equal(0, (await Run("assess", "--answers", AnswersFile(), "--db", Db)).Exit);
        var (exit, stdout, stderr) = await Run("remind", "--at", "07:45", "--break-every", "45m", "--db", Db);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("Daily reminder: 07:45", stdout, StringComparison.Ordinal);
        Assert.Contains("Desk breaks: every 45m", stdout, StringComparison.Ordinal);

        var ics = Path.Combine(_folder, "supple.ics");
        (exit, stdout, stderr) = await Run("calendar", "--out", ics, "--db", Db);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");

        var e = Assert.Single(Calendar.Load(await File.ReadAllTextAsync(ics))!.Events);
        Assert.Equal(new TimeOnly(7, 45), e.DtStart!.Time);
        Assert.StartsWith("Today's stretches from your plan:\n1. Shoulder blade squeeze\n2. Chest opener stretch\n", e.Description, StringComparison.Ordinal);
        Assert.Single(e.Alarms);
    }

    [Theory]
    [InlineData("remind", "--at", "25:00")]
    [InlineData("remind", "--at", "08:30", "--off")]
    [InlineData("remind", "--break-every", "5m")]
    [InlineData("calendar", "--out", "x.ics", "--at", "noon")]
    [InlineData("breaks", "--plain", "--every", "50")]
    [InlineData("breaks", "--plain", "--for", "forever")]
    [InlineData("breaks")]
    public async Task Bad_reminder_arguments_exit_2_with_a_clear_message(params string[] args)
    {
        var (exit, _, stderr) = await Run([.. args, "--db", Db]);

        Assert.Equal(2, exit);
        Assert.StartsWith("supple: ", stderr, StringComparison.Ordinal);
    }
}
