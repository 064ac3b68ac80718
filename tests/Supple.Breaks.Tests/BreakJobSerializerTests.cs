using System.Text.Json.Nodes;

namespace Supple.Breaks.Tests;

/// <summary>The hand-over format: a job survives the trip, and anything else is refused with a reason.</summary>
public sealed class BreakJobSerializerTests
{
    [Fact]
    public void A_job_comes_back_as_it_went()
    {
        var job = TestRoutines.Job(runFor: TimeSpan.FromHours(8), live: true);

        var back = BreakJobSerializer.Deserialize(BreakJobSerializer.Serialize(job));

        Assert.Equal(job with { Routine = back.Routine }, back);
        Assert.Equal(job.Routine.Names, back.Routine.Names);
        Assert.Equal(job.Routine.TotalDuration, back.Routine.TotalDuration);
        Assert.Equal(job.Routine.Steps, back.Routine.Steps);
    }

    [Fact]
    public void A_job_without_an_end_keeps_running_until_quit()
    {
        var back = BreakJobSerializer.Deserialize(BreakJobSerializer.Serialize(TestRoutines.Job(runFor: null)));

        Assert.Null(back.RunFor);
    }

    public static TheoryData<string, string> BrokenJobs()
    {
        JsonObject Valid() => JsonNode.Parse(BreakJobSerializer.Serialize(TestRoutines.Job(TimeSpan.FromHours(1))))!.AsObject();
        string With(Action<JsonObject> change)
        {
            var json = Valid();
            change(json);
            return json.ToJsonString();
        }

        return new TheoryData<string, string>
        {
            { "", "not valid JSON" },
            { "{", "not valid JSON" },
            { "[]", "not valid JSON" },
            { "null", "empty" },
            { "{}", "not valid JSON" },
            { With(j => j.Remove("routine")), "not valid JSON" },
            { With(j => j["every"] = "soon"), "not valid JSON" },
            { With(j => j["maxSkips"] = "3"), "not valid JSON" },
            { With(j => j["surprise"] = 1), "not valid JSON" },
            { With(j => j["every"] = "00:00:30"), "settings are out of range" },
            { With(j => j["maxPostpones"] = -1), "settings are out of range" },
            { With(j => j["breakLength"] = "00:20:00"), "settings are out of range" },
            { With(j => j["runFor"] = "00:00:00"), "run time" },
            { With(j => j["runFor"] = "8.00:00:00"), "run time" },
            { With(j => j["routine"]!["names"] = " "), "no routine" },
            { With(j => j["routine"]!["steps"] = new JsonArray()), "no routine" },
            { With(j => j["routine"]!["totalDuration"] = "00:05:00"), "no longer than a break" },
            { With(j => j["routine"]!["totalDuration"] = "00:00:40"), "do not add up" },
            { With(j => j["routine"]!["steps"]![1]!["startsAt"] = "00:00:11"), "step 1" },
            { With(j => j["routine"]!["steps"]![2]!["index"] = 7), "step 2" },
            { With(j => j["routine"]!["steps"]![3]!["text"] = ""), "step 3" },
            { With(j => j["routine"]!["steps"]![0] = null), "step 0" },
            { With(j => j["routine"]!["names"] = null), "not valid JSON" },
            { new string(' ', BreakJobSerializer.MaxLength + 1), "at most" },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenJobs))]
    public void A_broken_job_is_refused_with_a_reason(string json, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => BreakJobSerializer.Deserialize(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
