using System.Text.Json.Nodes;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Core.Tests.Planning;

public sealed class AssessmentAnswersParserTests
{
    private static JsonObject Valid()
    {
        var flags = new JsonObject();
        foreach (var info in RedFlags.All)
        {
            flags[info.Id] = false;
        }

        return new JsonObject
        {
            ["screenHoursPerDay"] = 8,
            ["poorPosture"] = true,
            ["stress"] = false,
            ["repetitiveStrain"] = false,
            ["recentInjuryOrFall"] = false,
            ["ageRelatedStiffness"] = true,
            ["props"] = new JsonArray("chair", "rolled-towel", "floor-space"),
            ["redFlags"] = flags,
        };
    }

    private static InvalidAnswersException Fails(JsonObject json) =>
        Assert.Throws<InvalidAnswersException>(() => AssessmentAnswersParser.Parse(json.ToJsonString()));

    [Fact]
    public void Reads_a_complete_answer_set()
    {
        var answers = AssessmentAnswersParser.Parse(Valid().ToJsonString());

        Assert.Equal(8, answers.ScreenHoursPerDay);
        Assert.True(answers.PoorPosture);
        Assert.True(answers.AgeRelatedStiffness);
        Assert.False(answers.Stress);
        Assert.Equal([Prop.Chair, Prop.RolledTowel, Prop.FloorSpace], answers.Props);
        Assert.Empty(answers.RedFlags);
        Assert.Equal([PainCause.Posture, PainCause.Sedentary, PainCause.AgeRelated], answers.Causes());
    }

    [Fact]
    public void Reads_red_flags_answered_yes()
    {
        var json = Valid();
        json["redFlags"]!["fever"] = true;
        json["redFlags"]!["history-of-cancer"] = true;

        Assert.Equal([RedFlag.Fever, RedFlag.HistoryOfCancer], AssessmentAnswersParser.Parse(json.ToJsonString()).RedFlags);
    }

    [Fact]
    public void Every_red_flag_must_be_answered()
    {
        var json = Valid();
        json["redFlags"]!.AsObject().Remove("chest-pain-or-breathlessness");

        var error = Assert.Single(Fails(json).Errors);
        Assert.Contains("redFlags.chest-pain-or-breathlessness' is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_red_flag_object_lists_every_sign()
    {
        var json = Valid();
        json.Remove("redFlags");

        var error = Assert.Single(Fails(json).Errors);
        Assert.All(RedFlags.All, f => Assert.Contains(f.Id, error, StringComparison.Ordinal));
    }

    [Fact]
    public void Collects_every_problem_at_once()
    {
        var json = Valid();
        json["screenHoursPerDay"] = 30;
        json["stress"] = "yes";
        json.Remove("poorPosture");
        json["props"] = new JsonArray("chair", "sofa");
        json["redFlags"]!["fever"] = "no";
        json["redFlags"]!["headache"] = false;
        json["favouriteColour"] = "blue";

        var errors = Fails(json).Errors;

        Assert.Equal(7, errors.Count);
        Assert.Contains(errors, e => e.Contains("'favouriteColour' is not a question", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("from 0 to 24 (got 30)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'stress' must be true or false", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'poorPosture' is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"sofa\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'redFlags.fever' must be true or false", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'redFlags.headache' is not a warning sign", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1, 2]")]
    [InlineData("\"hello\"")]
    public void Malformed_json_is_a_clear_error(string text)
    {
        var ex = Assert.Throws<InvalidAnswersException>(() => AssessmentAnswersParser.Parse(text));
        Assert.NotEmpty(ex.Errors);
    }

    [Fact]
    public void A_fractional_hour_count_is_rejected()
    {
        var json = Valid();
        json["screenHoursPerDay"] = 7.5;

        Assert.Contains("whole number", Assert.Single(Fails(json).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_props_are_kept_once()
    {
        var json = Valid();
        json["props"] = new JsonArray("chair", "chair");

        Assert.Equal([Prop.Chair], AssessmentAnswersParser.Parse(json.ToJsonString()).Props);
    }
}
