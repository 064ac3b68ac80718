using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;
using Supple.Cli.Reminders;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Cli.Tests.Reminders;

/// <summary>The plan and the "see a doctor first" screen of <c>supple assess</c> in a narrow terminal.</summary>
public sealed class PersonalPlanViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static AssessmentAnswers Answers(IReadOnlyList<Prop> props, params RedFlag[] flags) =>
        new(9, PoorPosture: true, Stress: false, RepetitiveStrain: false, RecentInjuryOrFall: false, AgeRelatedStiffness: false, props, flags);

    private static string[] Render(IRenderable view, int width = 60)
    {
        using var console = new TestConsole().Width(width);
        console.Profile.Capabilities.Unicode = true;
        console.Write(view);
        return console.Output.Split('\n');
    }

    // Every line between the first bullet and the next blank line is either a bullet or indented under one.
    private static void AssertBulletsWrapUnderThemselves(string[] lines, string heading)
    {
        var start = Array.FindIndex(lines, l => l.Contains(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, string.Join('\n', lines));
        var bullets = lines.Skip(start + 1).TakeWhile(l => l.Trim().Trim('│').Trim().Length > 0).ToList();
        Assert.True(bullets.Count >= 2, "expected a bullet that wraps:\n" + string.Join('\n', lines));
        foreach (var line in bullets)
        {
            var text = line.TrimStart('│');
            Assert.True(text.StartsWith(" • ", StringComparison.Ordinal) || text.StartsWith("   ", StringComparison.Ordinal),
                $"a wrapped bullet line went back to the margin: '{line}'\n{string.Join('\n', lines)}");
        }
    }

    [Fact]
    public void The_plan_tags_stretches_as_the_browser_does_and_left_out_reasons_wrap_under_themselves()
    {
        var programme = BuiltInProgramme.Instance;
        var plan = Assessment.BuildPlan(programme, Answers([Prop.Chair, Prop.FloorSpace]), Now);

        var lines = Render(PersonalPlanView.Plan(programme, plan, null, null));

        var text = string.Join('\n', lines);
        Assert.Contains("for your causes", text, StringComparison.Ordinal);
        Assert.Contains("daily routine", text, StringComparison.Ordinal);
        Assert.DoesNotContain("supporting", text, StringComparison.Ordinal);
        AssertBulletsWrapUnderThemselves(lines, "Left out");
    }

    [Fact]
    public void Red_flag_explanations_and_their_sources_wrap_under_the_bullet()
    {
        var programme = BuiltInProgramme.Instance;
        var outcome = Assert.IsType<SeeDoctorFirst>(Assessment.Evaluate(programme, Answers([Prop.Chair], RedFlag.Fever), Now));

        var lines = Render(PersonalPlanView.SeeDoctor(outcome));

        Assert.Contains(lines, l => l.Contains("Source: ", StringComparison.Ordinal));
        var first = Array.FindIndex(lines, l => l.Contains(" • ", StringComparison.Ordinal));
        Assert.True(first >= 0, string.Join('\n', lines));
        foreach (var line in lines.Skip(first + 1).TakeWhile(l => !l.Contains("Any plan saved before", StringComparison.Ordinal)))
        {
            var inner = line.Trim().Trim('│');
            if (inner.Trim().Length > 0 && !inner.Contains(" • ", StringComparison.Ordinal))
            {
                Assert.StartsWith("    ", inner, StringComparison.Ordinal);
            }
        }
    }
}
