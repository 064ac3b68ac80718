using Spectre.Console;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Cli.Reminders;

/// <summary>Asks the assessment's questions in the terminal: the warning signs first, then the causes and props.</summary>
internal static class InteractiveAssessment
{
    public static AssessmentAnswers Ask(IAnsiConsole console)
    {
        console.MarkupLine("[bold]First, some questions about warning signs.[/] Answer each one y or n.");
        var flags = new List<RedFlag>();
        foreach (var info in RedFlags.All)
        {
            // No default: pressing Enter must not answer "no" to a warning sign.
            var answer = console.Prompt(new TextPrompt<string>(Markup.Escape(info.Question))
                .AddChoices(["y", "n"])
                .InvalidChoiceMessage("[yellow]Please answer y or n.[/]"));
            if (answer == "y")
            {
                flags.Add(info.Flag);
            }
        }

        if (flags.Count > 0)
        {
            // No need to ask about causes: no routine will be offered.
            return new AssessmentAnswers(0, false, false, false, false, false, [], flags);
        }

        console.WriteLine();
        console.MarkupLine("[bold]Now, what may be behind your upper-back pain.[/]");
        var hours = console.Prompt(new TextPrompt<int>(AssessmentQuestions.ScreenHours.Text)
            .DefaultValue(4)
            .Validate(h => h is >= 0 and <= 24 ? ValidationResult.Success() : ValidationResult.Error("A whole number from 0 to 24, please.")));
        bool Ask(AssessmentQuestion q) => console.Prompt(new ConfirmationPrompt(q.Text) { DefaultValue = false });
        var posture = Ask(AssessmentQuestions.Posture);
        var stress = Ask(AssessmentQuestions.Stress);
        var repetitive = Ask(AssessmentQuestions.RepetitiveStrain);
        var injury = Ask(AssessmentQuestions.RecentInjury);
        var age = Ask(AssessmentQuestions.AgeRelatedStiffness);

        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(AssessmentQuestions.Props.Text)}[/]");
        var props = new List<Prop>();
        foreach (var prop in Enum.GetValues<Prop>())
        {
            if (console.Prompt(new ConfirmationPrompt($"Do you have {AssessmentQuestions.PropName(prop)}?") { DefaultValue = prop is Prop.Chair or Prop.FloorSpace }))
            {
                props.Add(prop);
            }
        }

        return new AssessmentAnswers(hours, posture, stress, repetitive, injury, age, props, flags);
    }
}
