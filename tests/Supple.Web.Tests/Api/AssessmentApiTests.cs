using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Data;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>The assessment through the API: warning signs, causes, props, validation, and what is saved in the store.</summary>
public sealed class AssessmentApiTests : ApiTestBase
{
    public static TheoryData<string> FlagIds => [.. RedFlags.All.Select(f => f.Id)];

    /// <summary>Answers with no warning sign, no cause and every prop; <paramref name="change"/> edits them.</summary>
    private static JsonObject Answers(Action<JsonObject>? change = null)
    {
        var flags = new JsonObject();
        foreach (var flag in RedFlags.All)
        {
            flags[flag.Id] = false;
        }

        var answers = new JsonObject
        {
            ["screenHoursPerDay"] = 2,
            ["poorPosture"] = false,
            ["stress"] = false,
            ["repetitiveStrain"] = false,
            ["recentInjuryOrFall"] = false,
            ["ageRelatedStiffness"] = false,
            ["props"] = new JsonArray("chair", "foam-roller", "rolled-towel", "floor-space"),
            ["redFlags"] = flags,
        };
        change?.Invoke(answers);
        return answers;
    }

    private async Task<JsonElement> AssessAsync(JsonObject answers)
    {
        var response = await PostRawAsync("/api/v1/assessment", answers.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<string?> StoredPlanAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), Time);
        return await store.GetDocumentAsync(UserDocuments.Plan);
    }

    [Fact]
    public async Task The_questions_list_every_warning_sign_with_sources_then_the_causes_and_props()
    {
        var questions = await Client.GetFromJsonAsync<JsonElement>("/api/v1/assessment/questions");
        var flags = questions.GetProperty("redFlags").EnumerateArray().ToList();
        Assert.Equal(RedFlags.All.Select(f => f.Id), flags.Select(f => f.GetProperty("id").GetString()));
        Assert.All(flags, f => Assert.NotEmpty(f.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()!)));
        Assert.Equal("emergency", flags.Single(f => f.GetProperty("id").GetString() == "chest-pain-or-breathlessness").GetProperty("urgency").GetString());
        Assert.Equal(
            ["screenHoursPerDay", "poorPosture", "stress", "repetitiveStrain", "recentInjuryOrFall", "ageRelatedStiffness"],
            questions.GetProperty("causes").EnumerateArray().Select(c => c.GetProperty("key").GetString()));
        Assert.Equal(["chair", "foam-roller", "rolled-towel", "floor-space"], questions.GetProperty("propOptions").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Theory]
    [MemberData(nameof(FlagIds))]
    public async Task Each_warning_sign_gives_no_routine_and_advice_to_see_a_doctor_with_sources(string flagId)
    {
        await AssessAsync(Answers(a => a["poorPosture"] = true)); // a plan saved before ...
        Assert.NotNull(await StoredPlanAsync());

        var result = await AssessAsync(Answers(a => a["redFlags"]![flagId] = true));

        Assert.Equal("see-doctor-first", result.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("plan").ValueKind);
        var doctor = result.GetProperty("seeDoctor");
        var info = RedFlags.Find(flagId)!;
        var urgency = info.Urgency switch
        {
            RedFlagUrgency.Emergency => "emergency",
            RedFlagUrgency.SameDay => "same-day",
            _ => "soon",
        };
        Assert.Equal(urgency, doctor.GetProperty("urgency").GetString());
        Assert.Contains("doctor", doctor.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        var flag = Assert.Single(doctor.GetProperty("redFlags").EnumerateArray());
        Assert.Equal(flagId, flag.GetProperty("id").GetString());
        Assert.Equal(info.Explanation, flag.GetProperty("explanation").GetString());
        Assert.Equal(info.Sources.Select(s => s.Url!.ToString()), flag.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()));

        // ... is removed, and no routine is offered anywhere: each refusal says why and what to do.
        Assert.Null(await StoredPlanAsync());
        var refusal = await HttpAssert.RefusedAsync(await Client.GetAsync("/api/v1/plan"), "see-doctor-first");
        Assert.Contains(SafetyMessages.HowTheGateOpens, refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.RefusedAsync(await Client.GetAsync("/api/v1/plan/timeline"), "see-doctor-first");
        await HttpAssert.RefusedAsync(await Client.GetAsync("/api/v1/timeline?level=gentle"), "see-doctor-first");
        await HttpAssert.RefusedAsync(await PostAsync("/api/v1/sessions", new { level = "gentle" }), "see-doctor-first");
    }

    [Fact]
    public async Task The_gate_stays_closed_until_a_dated_clearance_and_a_session_already_played_is_still_recorded()
    {
        var playedOffline = await SessionBodies.PlayedWholeAsync(Client, Start.AddHours(-2), only: ["cat-camel"]);
        await AssessAsync(Answers(a => a["redFlags"]!["fever"] = true));
        var gate = await Client.GetFromJsonAsync<JsonElement>("/api/v1/assessment/gate", SuppleApp.Json);
        Assert.True(gate.GetProperty("closed").GetBoolean());
        Assert.Equal("same-day", gate.GetProperty("urgency").GetString());
        Assert.Equal(["fever"], gate.GetProperty("redFlags").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(SafetyMessages.HowTheGateOpens, gate.GetProperty("refusal").GetProperty("message").GetString(), StringComparison.Ordinal);

        // Nothing is offered, but what already happened is recorded: a session played offline before the outcome.
        await HttpAssert.RefusedAsync(await Client.GetAsync("/api/v1/timeline?level=gentle&only=cat-camel"), "see-doctor-first");
        var recorded = await PostAsync("/api/v1/sessions/completed", playedOffline);
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());

        // A clearance dated in the future or before the outcome is refused; a dated one opens the gate.
        await HttpAssert.FieldErrorAsync(await PostAsync("/api/v1/assessment/clearance", new { clearedOn = "2026-12-25" }), "clearedOn");
        var cleared = await PostAsync("/api/v1/assessment/clearance", new { clearedOn = "2026-11-20" });
        Assert.True(cleared.IsSuccessStatusCode, await cleared.Content.ReadAsStringAsync());
        var open = await Client.GetFromJsonAsync<JsonElement>("/api/v1/assessment/gate", SuppleApp.Json);
        Assert.False(open.GetProperty("closed").GetBoolean());
        Assert.Equal("2026-11-20", open.GetProperty("clearedOn").GetString());
        Assert.NotNull(await StoredPlanAsync());
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/sessions", new { level = "gentle" })).StatusCode);
    }

    [Fact]
    public async Task A_recent_injury_gives_no_routine_and_the_articles_advice()
    {
        var result = await AssessAsync(Answers(a => a["recentInjuryOrFall"] = true));
        Assert.Equal("see-doctor-first", result.GetProperty("outcome").GetString());
        Assert.True(result.GetProperty("seeDoctor").GetProperty("recentInjury").GetBoolean());
        Assert.Contains(Assessment.InjuryAdvice, result.GetProperty("seeDoctor").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Null(await StoredPlanAsync());
    }

    public static TheoryData<string, string, string[]> Causes => new()
    {
        { "poorPosture", "Posture:", ["shoulder-blade-squeeze", "chest-opener", "thoracic-extension"] },
        { "screenHoursPerDay", "Long hours sitting:", ["shoulder-blade-squeeze", "cat-camel", "seated-twist"] },
        { "repetitiveStrain", "Repeated lifting or movements:", ["upper-trapezius-stretch", "cat-camel", "seated-twist"] },
        { "ageRelatedStiffness", "Stiffness with age:", ["cat-camel", "thoracic-extension", "seated-twist"] },
        { "stress", "Stress:", ["childs-pose", "upper-trapezius-stretch", "chest-opener"] },
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public async Task Each_cause_focuses_the_plan_on_its_stretches_with_reasons_and_saves_it(string key, string reasonPrefix, string[] focus)
    {
        var result = await AssessAsync(Answers(a => a[key] = key == "screenHoursPerDay" ? JsonValue.Create(8) : JsonValue.Create(true)));

        Assert.Equal("plan", result.GetProperty("outcome").GetString());
        var stretches = result.GetProperty("plan").GetProperty("stretches").EnumerateArray().ToList();
        Assert.Equal(7, stretches.Count);
        var focused = stretches.Where(s => s.GetProperty("emphasis").GetString() == "focus").ToList();
        Assert.Equal(focus.Order(), focused.Select(s => s.GetProperty("id").GetString()!).Order());
        Assert.All(focused, s => Assert.StartsWith(reasonPrefix, s.GetProperty("why")[0].GetString(), StringComparison.Ordinal));
        Assert.All(stretches.Except(focused), s => Assert.StartsWith("Part of the daily programme", s.GetProperty("why")[0].GetString(), StringComparison.Ordinal));
        Assert.Equal("childs-pose", stretches[^1].GetProperty("id").GetString()); // the resting pose ends the routine
        Assert.All(stretches, s => Assert.Equal("gentle", s.GetProperty("level").GetString()));

        var stored = PlanSerializer.Deserialize((await StoredPlanAsync())!);
        Assert.Equal(stretches.Select(s => s.GetProperty("id").GetString()), stored.Stretches.Select(s => s.StretchId));
        var plan = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan");
        Assert.Equal(stretches.Select(s => s.GetProperty("id").GetString()), plan.GetProperty("today").GetProperty("stretchIds").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_missing_prop_is_substituted_or_the_stretch_left_out_and_its_job_handed_on()
    {
        // No foam roller: the towel does. No floor: cat-camel, child's pose and thoracic extension are left out.
        var result = await AssessAsync(Answers(a =>
        {
            a["stress"] = true;
            a["props"] = new JsonArray("chair", "rolled-towel");
        }));
        var plan = result.GetProperty("plan");
        var ids = plan.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("childs-pose", ids);
        Assert.DoesNotContain("cat-camel", ids);
        var omitted = plan.GetProperty("omitted").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.Equal("upper-trapezius-stretch", omitted["childs-pose"].GetProperty("replacedBy").GetString());
        Assert.Equal("seated-twist", omitted["cat-camel"].GetProperty("replacedBy").GetString());
        var trapezius = plan.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "upper-trapezius-stretch");
        Assert.Contains(trapezius.GetProperty("why").EnumerateArray(), w => w.GetString()!.StartsWith("In place of Child", StringComparison.Ordinal));

        var withTowel = await AssessAsync(Answers(a => a["props"] = new JsonArray("chair", "rolled-towel", "floor-space")));
        var thoracic = withTowel.GetProperty("plan").GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "thoracic-extension");
        Assert.Contains("rolled-up towel in place of a foam roller", thoracic.GetProperty("propNote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_wrong_and_unknown_answers_are_field_errors_and_nothing_is_saved()
    {
        var response = await PostRawAsync("/api/v1/assessment", Answers(a =>
        {
            a.Remove("stress");
            a["screenHoursPerDay"] = 30;
            a["props"] = new JsonArray("sofa");
            a["redFlags"]!.AsObject().Remove("fever");
            a["redFlags"]!["tired"] = true;
            a["mood"] = "fine";
        }).ToJsonString());

        Assert.Contains("missing", (await HttpAssert.FieldErrorAsync(response, "stress"))[0], StringComparison.Ordinal);
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "screenHoursPerDay", "props", "redFlags.fever", "redFlags.tired", "mood" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field} in {errors}");
        }

        Assert.Null(await StoredPlanAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"answers\"")]
    public async Task A_body_that_is_not_an_answers_object_is_a_400_problem(string body)
    {
        var response = await PostRawAsync("/api/v1/assessment", body);
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_warning_sign_answered_with_something_other_than_true_or_false_is_refused()
    {
        var response = await PostRawAsync("/api/v1/assessment", Answers(a => a["redFlags"]!["fever"] = "no").ToJsonString());
        Assert.Contains("true or false", (await HttpAssert.FieldErrorAsync(response, "redFlags.fever"))[0], StringComparison.Ordinal);
    }
}
