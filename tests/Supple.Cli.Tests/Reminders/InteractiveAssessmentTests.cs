using Spectre.Console.Testing;
using Supple.Cli.Reminders;
using Supple.Core.Content;
using Supple.Core.Safety;

namespace Supple.Cli.Tests.Reminders;

/// <summary>The terminal questions, answered through Spectre's test console.</summary>
public sealed class InteractiveAssessmentTests
{
    [Fact]
    public void A_warning_sign_needs_an_explicit_answer_and_any_yes_skips_the_cause_questions()
    {
        using var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        console.Input.PushTextWithEnter("");      // Enter alone is not an answer
        console.Input.PushTextWithEnter("maybe"); // nor is anything but y or n
        console.Input.PushTextWithEnter("n");
        console.Input.PushTextWithEnter("y");     // minor trauma with fragile bones
        for (var i = 2; i < RedFlags.All.Count; i++)
        {
            console.Input.PushTextWithEnter(i == 7 ? "y" : "n"); // chest pain or breathlessness
        }

        var answers = InteractiveAssessment.Ask(console);

        Assert.Equal([RedFlag.MinorTraumaWithFragileBones, RedFlag.ChestPainOrBreathlessness], answers.RedFlags);
        Assert.Contains("Please answer y or n.", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hours a day", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_warning_sign_it_asks_the_causes_and_props()
    {
        using var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        foreach (var _ in RedFlags.All)
        {
            console.Input.PushTextWithEnter("n");
        }

        console.Input.PushTextWithEnter("30"); // out of range: asked again
        console.Input.PushTextWithEnter("8");
        foreach (var answer in "ynnny" + "nnyy")
        {
            console.Input.PushTextWithEnter(answer.ToString());
        }

        var answers = InteractiveAssessment.Ask(console);

        Assert.Empty(answers.RedFlags);
        Assert.Equal(8, answers.ScreenHoursPerDay);
        Assert.True(answers.PoorPosture);
        Assert.False(answers.Stress);
        Assert.True(answers.AgeRelatedStiffness);
        Assert.Equal([Prop.RolledTowel, Prop.FloorSpace], answers.Props);
        Assert.Contains("from 0 to 24", console.Output, StringComparison.Ordinal);
    }
}
