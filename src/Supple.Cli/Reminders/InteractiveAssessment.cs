using Spectre.Console;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Cli.Reminders;

/// <summary>Asks the assessment's questions in the terminal: the warning signs first, then the causes and props.</summary>
internal static class InteractiveAssessment
{
    public static AssessmentAnswers Ask(IAnsiConsole console)
    {
        var text = CliText.Localizer;
        console.MarkupLine($"[bold]{Markup.Escape(text[CliText.AssessWarningSigns])}[/] {Markup.Escape(text[CliText.AssessAnswerYOrN])}");
        var flags = new List<RedFlag>();
        foreach (var info in RedFlags.All)
        {
            // No default: pressing Enter must not answer "no" to a warning sign.
            var answer = console.Prompt(new TextPrompt<string>(Markup.Escape(info.Question))
                .AddChoices(["y", "n"])
                .InvalidChoiceMessage($"[yellow]{Markup.Escape(text[CliText.AssessPleaseYOrN])}[/]"));
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
        console.MarkupLine($"[bold]{Markup.Escape(text[CliText.AssessCausesTitle])}[/]");
        var hours = console.Prompt(new TextPrompt<int>(Markup.Escape(AssessmentQuestions.ScreenHours.Text))
            .DefaultValue(4)
            .Validate(h => h is >= 0 and <= 24 ? ValidationResult.Success() : ValidationResult.Error(Markup.Escape(text[CliText.AssessHoursError]))));
        bool Ask(AssessmentQuestion q) => console.Prompt(new ConfirmationPrompt(Markup.Escape(q.Text)) { DefaultValue = false });
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
            if (console.Prompt(new ConfirmationPrompt(Markup.Escape(text.Format(CliText.AssessDoYouHave, ("prop", AssessmentQuestions.PropName(prop))))) { DefaultValue = prop is Prop.Chair or Prop.FloorSpace }))
            {
                props.Add(prop);
            }
        }

        return new AssessmentAnswers(hours, posture, stress, repetitive, injury, age, props, flags);
    }
}
