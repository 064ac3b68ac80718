using Spectre.Console.Testing;
using Supple.Cli.Rendering;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.Rendering;

public sealed class ContentViewTests
{
    private static Programme Programme => BuiltInProgramme.Instance;

    private static string Render(Spectre.Console.Rendering.IRenderable renderable, int width = 80)
    {
        using var console = new TestConsole().Width(width);
        console.Profile.Capabilities.Unicode = true;
        console.Write(renderable);
        return console.Output;
    }

    [Fact]
    public void Stretches_table_lists_the_seven_with_their_dosage_and_fits_80_columns()
    {
        var output = Render(StretchesView.Render(Programme));
        var lines = output.Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 80, $"too wide: '{l}'"));
        foreach (var s in Programme.Stretches)
        {
            Assert.Contains(s.Id, output, StringComparison.Ordinal);
            Assert.Contains(s.Name, output, StringComparison.Ordinal);
        }

        // Each stretch's row carries the article's numbers.
        Assert.Contains(lines, l => l.Contains("Shoulder blade squeeze", StringComparison.Ordinal) && l.Contains("5–10 s", StringComparison.Ordinal) && l.Contains("10–15", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Child's pose", StringComparison.Ordinal) && l.Contains("30–60 s", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Upper trapezius stretch", StringComparison.Ordinal) && l.Contains("20–30 s", StringComparison.Ordinal) && l.Contains("right, left", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Cat-camel", StringComparison.Ordinal) && l.Contains("flow", StringComparison.Ordinal) && l.Contains("10–12", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_at_80_columns_keeps_wrapped_fields_under_their_value_and_each_flow_phase_on_its_own_line()
    {
        var output = Render(StretchView.Render(Programme, Programme.FindStretch("cat-camel")!));
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var why = lines.FindIndex(l => l.StartsWith("Why:", StringComparison.Ordinal));
        Assert.True(why >= 0, output);
        var valueColumn = lines[why].IndexOf('A', StringComparison.Ordinal); // "A gentle, flowing movement…"
        Assert.True(valueColumn > "Why:".Length, output);
        Assert.StartsWith(new string(' ', valueColumn), lines[why + 1], StringComparison.Ordinal);
        Assert.NotEqual(' ', lines[why + 1][valueColumn]);
        Assert.Contains(lines, l => l.StartsWith("Flow:", StringComparison.Ordinal) && l.Contains("Cat (3 s):", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("Camel (3 s):", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_gives_steps_cues_dosage_why_and_reference()
    {
        var stretch = Programme.FindStretch("upper-trapezius-stretch")!;
        var output = Render(StretchView.Render(Programme, stretch), 400);
        Assert.Contains("Upper trapezius stretch", output, StringComparison.Ordinal);
        Assert.Contains("Why:", output, StringComparison.Ordinal);
        Assert.Contains("hold 20–30 s · 2–3 reps · 1 set · each side, right first", output, StringComparison.Ordinal);
        for (var i = 0; i < stretch.Steps.Count; i++)
        {
            Assert.Contains($"{i + 1}. {stretch.Steps[i]}", output, StringComparison.Ordinal);
        }

        foreach (var cue in stretch.Cues)
        {
            Assert.Contains("• " + cue, output, StringComparison.Ordinal);
        }

        Assert.Contains("[6]", output, StringComparison.Ordinal);
        Assert.Contains("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5721192/", output, StringComparison.Ordinal);
        Assert.Contains(Programme.StopRule, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_wraps_long_steps_under_their_text_not_under_the_number()
    {
        var stretch = Programme.FindStretch("seated-twist")!;
        var lines = Render(StretchView.Render(Programme, stretch), 60).Split('\n');
        var first = Array.FindIndex(lines, l => l.Contains(" 4. ", StringComparison.Ordinal));
        Assert.True(first >= 0);
        var textColumn = lines[first].IndexOf(" 4. ", StringComparison.Ordinal) + 4;
        var continuation = lines[first + 1];
        Assert.Equal(new string(' ', textColumn), continuation[..textColumn]);
    }

    [Fact]
    public void About_at_80_columns_gives_how_often_its_own_heading_with_the_advice_indented_under_it()
    {
        var lines = Render(AboutView.Render(Programme)).Split('\n').Select(l => l.TrimEnd()).ToList();
        var heading = lines.IndexOf("How often");
        Assert.True(heading >= 0, string.Join('\n', lines));
        var advice = lines.Skip(heading + 1).TakeWhile(l => !l.StartsWith('┌')).Where(l => l.Length > 0).ToList();
        Assert.True(advice.Count >= 2, "the daily advice should wrap at 80 columns");
        Assert.All(advice, l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal(Programme.DailyAdvice, string.Join(' ', advice.Select(l => l.Trim())));
    }

    [Fact]
    public void About_has_causes_benefits_daily_advice_stop_rule_references_and_disclaimer()
    {
        var output = Render(AboutView.Render(Programme), 500);
        foreach (var cause in Programme.Causes)
        {
            Assert.Contains(cause.Name, output, StringComparison.Ordinal);
        }

        foreach (var benefit in Programme.Benefits)
        {
            Assert.Contains(benefit.Name, output, StringComparison.Ordinal);
        }

        Assert.Contains(Programme.DailyAdvice, output, StringComparison.Ordinal);
        Assert.Contains(Programme.StopRule, output, StringComparison.Ordinal);
        Assert.Contains("When to stop", output, StringComparison.Ordinal);
        Assert.Equal(7, Programme.References.Count);
        foreach (var r in Programme.References)
        {
            Assert.Contains(r.Url.ToString(), output, StringComparison.Ordinal);
        }

        Assert.Contains("Disclaimer", output, StringComparison.Ordinal);
        Assert.Contains("does not replace professional medical advice", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_shows_each_stretch_start_and_duration_and_the_total()
    {
        var timeline = TimelineCompiler.Compile(Programme, Routine.All(Programme, DosageLevel.Gentle));
        var output = Render(PlanView.Render(timeline, DosageLevel.Gentle, steps: false));
        Assert.Contains("Plan · gentle · " + Format.Duration(timeline.TotalDuration), output, StringComparison.Ordinal);
        foreach (var s in timeline.Stretches)
        {
            Assert.Contains(s.Name, output, StringComparison.Ordinal);
            Assert.Contains(Format.Clock(s.StartsAt), output, StringComparison.Ordinal);
        }

        Assert.Contains("hold 5 s × 10 reps × 1 set", output, StringComparison.Ordinal);
        Assert.Contains("flow × 10 reps × 1 set", output, StringComparison.Ordinal);
        Assert.Contains("Total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_with_steps_lists_every_step()
    {
        var timeline = TimelineCompiler.Compile(Programme, Routine.Only(Programme, ["childs-pose"], DosageLevel.Full));
        var output = Render(PlanView.Render(timeline, DosageLevel.Full, steps: true), 160);
        Assert.Contains("Get into position", output, StringComparison.Ordinal);
        Assert.Contains("1 s", Format.Duration(TimeSpan.FromSeconds(1)), StringComparison.Ordinal);
        Assert.Contains("1:00", output, StringComparison.Ordinal); // the full hold of child's pose is 60 s
        Assert.Contains("Done", output, StringComparison.Ordinal);
    }
}
