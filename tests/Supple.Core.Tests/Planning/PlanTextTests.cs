using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Planning;

/// <summary>
/// The personal plan's wording (reasons, left-out notes, prop and cause names) comes from Core's <c>PlanText</c>
/// resources in the current UI culture: every key in English, every shipped language complete, the English unchanged,
/// another language really in that language, and a plan saved in one language shown in another.
/// </summary>
public sealed class PlanTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    // Sits 9 hours a day with poor posture and stress; a chair and a towel, no room on the floor.
    private static readonly AssessmentAnswers Sitter = Answers.None with
    {
        ScreenHoursPerDay = 9,
        PoorPosture = true,
        Stress = true,
        Props = [Prop.Chair, Prop.RolledTowel],
    };

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(PlanText)), PlanText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(PlanText.Resources, language);
    }

    [Fact]
    public void The_English_reads_as_it_always_did()
    {
        using var _ = new UiCulture("en");

        var plan = Answers.PlanFor(Sitter);

        var squeeze = plan.Stretches.Single(s => s.StretchId == StretchTargets.ShoulderBladeSqueeze);
        Assert.Equal(
            [
                "Posture: squeezing the shoulder blades together opens the chest and helps posture.",
                "Long hours sitting: it can be done in your chair, so it fits into desk breaks.",
                "In place of Thoracic extension stretch: posture: it eases upper-back discomfort that comes from poor posture or stiffness.",
            ],
            squeeze.Why);
        var catCamel = plan.Omitted.Single(o => o.StretchId == StretchTargets.CatCamel);
        Assert.Equal("It needs room on the floor, which you said you don't have. Seated twist takes over its job.", catCamel.Why);
        Assert.Equal("a rolled-up towel", AssessmentQuestions.PropName(Prop.RolledTowel));
        Assert.Equal("long hours sitting", AssessmentQuestions.CauseName(PainCause.Sedentary));

        var roller = Answers.PlanFor(Answers.None with { Props = [Prop.RolledTowel, Prop.FloorSpace] });
        Assert.Equal(
            "Use a rolled-up towel in place of a foam roller: the stretch works with either.",
            roller.Stretches.Single(s => s.StretchId == StretchTargets.ThoracicExtension).PropNote);
        Assert.All(roller.Stretches, s => Assert.StartsWith("Part of the daily programme: ", s.Why[0], StringComparison.Ordinal));
    }

    [Fact]
    public void In_German_the_reasons_and_notes_are_German()
    {
        using var _ = new UiCulture("de");

        var plan = Answers.PlanFor(Sitter);

        var squeeze = plan.Stretches.Single(s => s.StretchId == StretchTargets.ShoulderBladeSqueeze);
        Assert.Equal("Haltung: Die Schulterblätter zusammenzuziehen öffnet die Brust und hilft der Haltung.", squeeze.Why[0]);
        Assert.StartsWith("Anstelle von ", squeeze.Why[2], StringComparison.Ordinal);
        Assert.Contains(": Haltung: ", squeeze.Why[2], StringComparison.Ordinal); // the German noun keeps its capital
        Assert.StartsWith("Diese Übung braucht Platz auf dem Boden", plan.Omitted[0].Why, StringComparison.Ordinal);
        Assert.Equal("langes Sitzen", AssessmentQuestions.CauseName(PainCause.Sedentary));
        Assert.Equal("ein zusammengerolltes Handtuch", AssessmentQuestions.PropName(Prop.RolledTowel));
    }

    [Fact]
    public void The_questions_keep_their_keys_and_English_and_are_asked_in_German()
    {
        using (new UiCulture("en"))
        {
            Assert.Equal("About how many hours a day do you spend sitting at a screen?", AssessmentQuestions.ScreenHours.Text);
            Assert.Equal("A whole number from 0 to 24.", AssessmentQuestions.ScreenHours.Hint);
            Assert.Equal("Before you start, a few questions about warning signs.", AssessmentQuestions.RedFlags.Text);
            Assert.Null(AssessmentQuestions.Stress.Hint);
        }

        using var _ = new UiCulture("de");
        Assert.Equal(
            ["screenHoursPerDay", "poorPosture", "stress", "repetitiveStrain", "recentInjuryOrFall", "ageRelatedStiffness"],
            AssessmentQuestions.Causes.Select(q => q.Key));
        Assert.Equal("Wie viele Stunden am Tag sitzt du ungefähr vor einem Bildschirm?", AssessmentQuestions.ScreenHours.Text);
        Assert.Equal("Was hast du dort, wo du dich dehnen wirst?", AssessmentQuestions.Props.Text);
        Assert.Equal(AssessmentQuestions.Posture, AssessmentQuestions.Causes[1]); // the same question each time it is asked for
    }

    [Fact]
    public void A_plan_saved_in_English_is_shown_in_the_current_language_and_unchanged_otherwise()
    {
        Plan saved;
        using (new UiCulture("en"))
        {
            saved = PlanSerializer.Deserialize(PlanSerializer.Serialize(Answers.PlanFor(Sitter)));
        }

        using var _ = new UiCulture("fr");
        var shown = Assessment.InCurrentLanguage(ArticleProgramme.Instance, saved);

        Assert.Equal(saved.Stretches.Select(s => s.StretchId), shown.Stretches.Select(s => s.StretchId));
        Assert.Equal(saved.CreatedAt, shown.CreatedAt);
        Assert.StartsWith("Posture : serrer les omoplates", shown.Stretches[0].Why[0], StringComparison.Ordinal);
        Assert.StartsWith("Cet étirement demande de la place au sol", shown.Omitted[0].Why, StringComparison.Ordinal);

        // A plan the rules would not make again (here: another order) keeps its saved words rather than wrong ones.
        var reordered = saved with { Stretches = [.. saved.Stretches.Reverse()] };
        Assert.Same(reordered, Assessment.InCurrentLanguage(ArticleProgramme.Instance, reordered));
    }
}
