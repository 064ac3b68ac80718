using System.Text.Json.Nodes;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Tests.Localization;

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
        var errors = Fails(EveryKindOfProblem()).Errors;

        Assert.Equal(8, errors.Count);
        Assert.Contains(errors, e => e.Contains("'favouriteColour' is not a question", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("from 0 to 24 (got 30)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'stress' must be true or false", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'poorPosture' is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"sofa\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'redFlags.fever' must be true or false", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'redFlags.headache' is not a warning sign", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'redFlags.history-of-cancer' is missing", StringComparison.Ordinal));
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

    private static JsonObject EveryKindOfProblem()
    {
        var json = Valid();
        json["screenHoursPerDay"] = 30;
        json["stress"] = "yes";
        json.Remove("poorPosture");
        json["props"] = new JsonArray("chair", "sofa");
        json["redFlags"]!["fever"] = "no";
        json["redFlags"]!["headache"] = false;
        json["redFlags"]!.AsObject().Remove("history-of-cancer");
        json["favouriteColour"] = "blue";
        return json;
    }

    [Fact]
    public void In_English_the_problems_read_word_for_word_as_before()
    {
        using var _ = new UiCulture("en");

        var errors = Fails(EveryKindOfProblem()).Errors;

        Assert.Contains("'favouriteColour' is not a question. Known keys: ageRelatedStiffness, poorPosture, props, recentInjuryOrFall, redFlags, repetitiveStrain, screenHoursPerDay, stress.", errors);
        Assert.Contains("'screenHoursPerDay' must be a whole number from 0 to 24 (got 30).", errors);
        Assert.Contains("'poorPosture' is missing: answer true or false.", errors);
        Assert.Contains("'stress' must be true or false (got \"yes\").", errors);
        Assert.Contains("'props' has \"sofa\", which is not one of chair, foam-roller, rolled-towel, floor-space.", errors);
        Assert.Contains("'redFlags.headache' is not a warning sign. Known: " + string.Join(", ", RedFlags.All.Select(f => f.Id)) + ".", errors);
        Assert.Contains("'redFlags.fever' must be true or false (got \"no\").", errors);
        Assert.Contains($"'redFlags.history-of-cancer' is missing: {RedFlags.All.Single(f => f.Id == "history-of-cancer").Question} Answer true or false.", errors);
        Assert.Equal("The answers must be a JSON object.", Assert.Single(Assert.Throws<InvalidAnswersException>(() => AssessmentAnswersParser.Parse("[1]")).Errors));
        Assert.StartsWith("Not valid JSON (line 2): ", Assert.Single(Assert.Throws<InvalidAnswersException>(() => AssessmentAnswersParser.Parse("{\n,")).Errors), StringComparison.Ordinal);

        var json = Valid();
        json.Remove("screenHoursPerDay");
        json["props"] = "chair";
        json.Remove("redFlags");
        Assert.Equal(
            [
                "'screenHoursPerDay' is missing: About how many hours a day do you spend sitting at a screen?",
                "'props' must be a list (got \"chair\").",
                "'redFlags' must be an object answering every warning sign true or false: " + string.Join(", ", RedFlags.All.Select(f => f.Id)) + ".",
            ],
            Fails(json).Errors);
        json.Remove("props");
        Assert.Contains("'props' is missing: a list (possibly empty) of chair, foam-roller, rolled-towel, floor-space.", Fails(json).Errors);
    }

    [Fact]
    public void In_German_the_problems_are_German_with_the_keys_and_values_as_typed()
    {
        using var _ = new UiCulture("de");

        var errors = Fails(EveryKindOfProblem()).Errors;

        Assert.Equal(8, errors.Count);
        Assert.Contains("'favouriteColour' ist keine Frage. Bekannte Schlüssel: ageRelatedStiffness, poorPosture, props, recentInjuryOrFall, redFlags, repetitiveStrain, screenHoursPerDay, stress.", errors);
        Assert.Contains("'screenHoursPerDay' muss eine ganze Zahl von 0 bis 24 sein (angegeben: 30).", errors);
        Assert.Contains("'poorPosture' fehlt: antworte mit true oder false.", errors);
        Assert.Contains("'stress' muss true oder false sein (angegeben: \"yes\").", errors);
        Assert.Contains("'props' enthält \"sofa\", das nicht zu chair, foam-roller, rolled-towel, floor-space gehört.", errors);
        Assert.Contains(errors, e => e.StartsWith("'redFlags.headache' ist kein Warnzeichen. Bekannt: ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("'redFlags.history-of-cancer' fehlt: ", StringComparison.Ordinal) && e.EndsWith(" Antworte mit true oder false.", StringComparison.Ordinal));
        Assert.Equal("Die Antworten müssen ein JSON-Objekt sein.", Assert.Single(Assert.Throws<InvalidAnswersException>(() => AssessmentAnswersParser.Parse("[1]")).Errors));
    }
}
