using System.Text.Json;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.EndToEnd;

/// <summary>The real built <c>supple</c>, run as a separate process the way scripts run it.</summary>
public sealed class CommandProcessTests
{
    // The article's table: hold seconds, total holds per side (reps × sets) and whether it is done on each side.
    public static TheoryData<string, int?, int?, int, int, bool> Article => new()
    {
        { "shoulder-blade-squeeze", 5, 10, 10, 15, false },
        { "upper-trapezius-stretch", 20, 30, 2, 3, true },
        { "cat-camel", null, null, 10, 12, false },
        { "thoracic-extension", 15, 20, 2, 3, false },
        { "childs-pose", 30, 60, 1, 1, false },
        { "chest-opener", 15, 20, 2, 3, false },
        { "seated-twist", 20, 30, 2, 3, true },
    };

    private static async Task<JsonElement> StretchesJsonAsync()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["stretches", "--json"]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    [Fact]
    public async Task Stretches_json_is_an_array_of_the_seven_in_the_article_order()
    {
        var json = await StretchesJsonAsync();
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(
            ["shoulder-blade-squeeze", "upper-trapezius-stretch", "cat-camel", "thoracic-extension", "childs-pose", "chest-opener", "seated-twist"],
            json.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray());
        foreach (var s in json.EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("name").GetString()));
            Assert.True(s.GetProperty("eachSide").ValueKind is JsonValueKind.True or JsonValueKind.False);
            Assert.Equal(JsonValueKind.Object, s.GetProperty("reps").ValueKind);
            Assert.Equal(JsonValueKind.Object, s.GetProperty("sets").ValueKind);
        }
    }

    [Theory]
    [MemberData(nameof(Article))]
    public async Task Stretches_json_carries_the_article_dosage(string id, int? holdMin, int? holdMax, int holdsMin, int holdsMax, bool eachSide)
    {
        var json = await StretchesJsonAsync();
        var s = json.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        var hold = s.GetProperty("holdSeconds");
        if (holdMin is null)
        {
            Assert.Equal(JsonValueKind.Null, hold.ValueKind);
        }
        else
        {
            Assert.Equal(holdMin, hold.GetProperty("min").GetInt32());
            Assert.Equal(holdMax, hold.GetProperty("max").GetInt32());
        }

        var reps = s.GetProperty("reps");
        var sets = s.GetProperty("sets");
        Assert.Equal(holdsMin, reps.GetProperty("min").GetInt32() * sets.GetProperty("min").GetInt32());
        Assert.Equal(holdsMax, reps.GetProperty("max").GetInt32() * sets.GetProperty("max").GetInt32());
        Assert.Equal(eachSide, s.GetProperty("eachSide").GetBoolean());
    }

    [Fact]
    public async Task Plan_json_has_the_total_and_every_step_adding_up()
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(["plan", "--json", "--level", "gentle", "--only", "shoulder-blade-squeeze,chest-opener"]);
        Assert.True(exit == 0, stderr);
        var plan = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("gentle", plan.GetProperty("level").GetString());
        var stretches = plan.GetProperty("stretches").EnumerateArray().ToList();
        Assert.Equal(["shoulder-blade-squeeze", "chest-opener"], stretches.Select(s => s.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(5, stretches[0].GetProperty("holdSeconds").GetInt32());
        Assert.Equal(10, stretches[0].GetProperty("reps").GetInt32());
        Assert.Equal(15, stretches[1].GetProperty("holdSeconds").GetInt32());
        var steps = plan.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(plan.GetProperty("totalSeconds").GetDouble(), steps.Sum(s => s.GetProperty("durationSeconds").GetDouble()), 6);
        Assert.Equal(10, steps.Count(s => s.GetProperty("kind").GetString() == "hold" && s.GetProperty("stretchId").GetString() == "shoulder-blade-squeeze"));
        Assert.Equal("done", steps[^1].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("plan", "--level", "extreme")]
    [InlineData("stretches", "--bogus")]
    [InlineData("start", "--pain-before", "11", "--plain")]
    [InlineData("start", "--pain-before", "lots", "--plain")]
    [InlineData("frobnicate")]
    public async Task Bad_arguments_exit_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("supple: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_stretch_id_lists_the_known_ids()
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["show", "neck-roll"]);
        Assert.Equal(2, exit);
        Assert.Contains("neck-roll", stderr, StringComparison.Ordinal);
        Assert.Contains("shoulder-blade-squeeze, upper-trapezius-stretch, cat-camel", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = await SuppleProcess.RunAsync(["plan", "--only", "cat-camel,neck-roll"]);
        Assert.Equal(2, exit);
        Assert.Contains("neck-roll", stderr, StringComparison.Ordinal);
        Assert.Contains("seated-twist", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("start")]
    public async Task Invalid_programme_file_prints_file_line_column_and_exits_2(string command)
    {
        var file = RepoPaths.TestProgramme("broken.yaml");
        string[] args = command == "plan"
            ? ["plan", "--programme", file]
            : ["start", "--programme", file, "--plain", "--accept-disclaimer"];
        var (exit, stdout, stderr) = await SuppleProcess.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains($"{file}:25:20: stretches[0].dosage.hold.min: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("session", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Missing_programme_file_is_bad_input()
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["stretches", "--programme", "/nonexistent/p.yaml"]);
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/p.yaml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_without_a_terminal_says_to_use_plain()
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["start", "--accept-disclaimer"]);
        Assert.Equal(2, exit);
        Assert.Contains("--plain", stderr, StringComparison.Ordinal);
        Assert.Contains("terminal", stderr, StringComparison.Ordinal);
    }
}
